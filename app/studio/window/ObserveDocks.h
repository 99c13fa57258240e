// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "operate/NodesModel.h"
#include "topology/Pillar.h"

#include <QObject>
#include <QTimer>

class QDockWidget;
class QMainWindow;

namespace mb::studio {

class LogsView;
class MetricsView;
class OperateController;

/**
 * The Metrics and Logs docks of Operate, next to Nodes and Activity: they follow the controller's
 * connection (cluster name, client, nodes) and open a node's or a pillar's dashboard, or a node's
 * logs, on request. Every few seconds while connected it reads each pillar's CPU over the last
 * half hour for the cards' sparklines (pillarCpuChanged).
 */
class ObserveDocks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObserveDocks)

public:
    ObserveDocks(QMainWindow *window, OperateController *controller);

    [[nodiscard]] QDockWidget *metricsDock() const { return m_metricsDock; }
    [[nodiscard]] QDockWidget *logsDock() const { return m_logsDock; }
    [[nodiscard]] MetricsView *metrics() const { return m_metrics; }
    [[nodiscard]] LogsView *logs() const { return m_logs; }

    void openNodeMetrics(const NodeRow &node);
    void openPillarMetrics(topology::Pillar pillar);
    void openNodeLogs(const NodeRow &node);

Q_SIGNALS:
    /// A pillar's CPU (%, one point per minute) over the last half hour.
    void pillarCpuChanged(mb::topology::Pillar pillar, const QList<QPointF> &points);

private:
    void refreshSparklines();

    OperateController *m_controller;
    QDockWidget *m_metricsDock;
    QDockWidget *m_logsDock;
    MetricsView *m_metrics;
    LogsView *m_logs;
    QTimer m_sparklineTimer;
};

} // namespace mb::studio
