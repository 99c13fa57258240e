// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "Dashboards.h"
#include "observe/ObserveApi.h"
#include "operate/NodesModel.h"

#include <QWidget>

class QComboBox;
class QTabWidget;

namespace mb::studio {

class MetricsDashboard;
class PromQueryPanel;
class TimeRangeBar;

/**
 * The Metrics view of Operate: a dashboard for the cluster, a pillar or a node (picked in the
 * scope box, or opened from the canvas and the Nodes view), and a PromQL box, over one time range
 * with auto-refresh. Everything it shows comes through the control plane's /v1/metrics routes.
 */
class MetricsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsView)

public:
    MetricsView(ClientSource client, QWidget *parent = nullptr);

    void setCluster(const QString &cluster);
    /// The nodes the scope box offers (with their pillars).
    void setNodes(const QList<NodeRow> &nodes);
    /// Shows the dashboard of `scope` and refreshes it.
    void openScope(const DashboardScope &scope);
    void refresh();

    [[nodiscard]] MetricsDashboard *dashboard() const { return m_dashboard; }
    [[nodiscard]] PromQueryPanel *queryPanel() const { return m_query; }
    [[nodiscard]] TimeRangeBar *rangeBar() const { return m_range; }
    [[nodiscard]] QComboBox *scopeBox() const { return m_scopeBox; }

private:
    void fillScopes();
    void scopePicked();

    QString m_cluster;
    QList<NodeRow> m_nodes;
    QComboBox *m_scopeBox;
    TimeRangeBar *m_range;
    QTabWidget *m_tabs;
    MetricsDashboard *m_dashboard;
    PromQueryPanel *m_query;
};

} // namespace mb::studio
