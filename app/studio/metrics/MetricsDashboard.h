// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "Dashboards.h"
#include "PromResult.h"
#include "observe/ObserveApi.h"

#include <QWidget>

class QGridLayout;

namespace mb::studio {

class MetricsChart;

/// Why a chart has nothing to draw, for a person: the store is down, no such series exists in
/// the 7 days kept, or the range holds no points.
[[nodiscard]] QString noDataText(const ApiFailure &failure, bool seriesExist);

/**
 * The charts of one dashboard scope, two per row. refresh() sends every panel's queries for the
 * range, at the step that fits the chart's width (chooseStep), decodes the answers on the thread
 * pool and redraws each chart once; an empty answer is followed by an existence probe so the chart
 * says why it is empty.
 */
class MetricsDashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsDashboard)

public:
    explicit MetricsDashboard(ClientSource client, QWidget *parent = nullptr);

    void setScope(const DashboardScope &scope);
    [[nodiscard]] const DashboardScope &scope() const { return m_scope; }
    void refresh(qint64 startMs, qint64 endMs);
    [[nodiscard]] QList<MetricsChart *> charts() const { return m_charts; }
    /// The step the last refresh used, in seconds.
    [[nodiscard]] qint64 lastStep() const { return m_lastStep; }

Q_SIGNALS:
    /// Every panel of the last refresh has its answer.
    void refreshed();

private:
    void rebuild();
    void panelAnswered(int panel, int generation);

    ClientSource m_client;
    DashboardScope m_scope;
    QList<PanelDef> m_panels;
    QList<MetricsChart *> m_charts;
    QGridLayout *m_grid;
    /// Per panel: the answers of its queries in the current refresh.
    QList<QList<PromResult>> m_answers;
    int m_generation = 0;
    int m_pending = 0;
    qint64 m_lastStep = 0;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
};

} // namespace mb::studio
