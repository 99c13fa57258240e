// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ObserveDocks.h"

#include "StudioTypes.h"
#include "logs/LogsView.h"
#include "metrics/Dashboards.h"
#include "metrics/MetricsView.h"
#include "metrics/PromResult.h"
#include "operate/OperateController.h"

#include <QDateTime>
#include <QDockWidget>
#include <QMainWindow>

namespace mb::studio {

namespace {
constexpr int SparklineRefreshMs = 30000;
}

ObserveDocks::ObserveDocks(QMainWindow *window, OperateController *controller)
    : QObject(window)
    , m_controller(controller)
    , m_metricsDock(new QDockWidget(tr("Metrics"), window))
    , m_logsDock(new QDockWidget(tr("Logs"), window))
{
    const ClientSource client = [controller] { return controller->apiClient(); };
    m_metrics = new MetricsView(client);
    m_logs = new LogsView(client);
    m_metricsDock->setObjectName(QStringLiteral("MetricsDock"));
    m_metricsDock->setWidget(m_metrics);
    m_logsDock->setObjectName(QStringLiteral("LogsDock"));
    m_logsDock->setWidget(m_logs);
    for (QDockWidget *dock : {m_metricsDock, m_logsDock}) {
        window->addDockWidget(Qt::BottomDockWidgetArea, dock);
        window->restoreDockWidget(dock);
    }
    connect(controller, &OperateController::nodesChanged, m_metrics, &MetricsView::setNodes);
    connect(controller, &OperateController::connectionStateChanged, this,
            [this](OperateController::ConnectionState state) {
                const QString cluster = m_controller->clusterName();
                m_metrics->setCluster(cluster);
                m_logs->setCluster(cluster);
                if (state == OperateController::ConnectionState::Connected) {
                    refreshSparklines();
                    m_sparklineTimer.start(SparklineRefreshMs);
                } else if (state == OperateController::ConnectionState::NotConnected) {
                    m_sparklineTimer.stop();
                }
            });
    connect(&m_sparklineTimer, &QTimer::timeout, this, &ObserveDocks::refreshSparklines);
}

void ObserveDocks::openNodeMetrics(const NodeRow &node)
{
    m_metricsDock->show();
    m_metricsDock->raise();
    m_metrics->openScope(DashboardScope{DashboardScope::Kind::Node, m_controller->clusterName(), node.name,
                                        pillarKey(node.pillar)});
}

void ObserveDocks::openPillarMetrics(topology::Pillar pillar)
{
    m_metricsDock->show();
    m_metricsDock->raise();
    m_metrics->openScope(DashboardScope{DashboardScope::Kind::Pillar, m_controller->clusterName(),
                                        pillarKey(pillar), pillarKey(pillar)});
}

void ObserveDocks::openNodeLogs(const NodeRow &node)
{
    m_logsDock->show();
    m_logsDock->raise();
    m_logs->setCluster(m_controller->clusterName());
    m_logs->openNode(node.name);
}

void ObserveDocks::refreshSparklines()
{
    const qint64 end = QDateTime::currentSecsSinceEpoch();
    QUrlQuery query;
    query.addQueryItem(
        QStringLiteral("query"),
        QStringLiteral(
            "100 * (1 - avg by (pillar) (rate(node_cpu_seconds_total{mode=\"idle\",cluster=%1}[2m])))")
            .arg(promQuote(m_controller->clusterName())));
    query.addQueryItem(QStringLiteral("start"), QString::number(end - 1800));
    query.addQueryItem(QStringLiteral("end"), QString::number(end));
    query.addQueryItem(QStringLiteral("step"), QStringLiteral("60"));
    fetchDecoded<PromResult>(m_controller->apiClient(), QStringLiteral("/v1/metrics/query_range"), query,
                             this, decodePromResult, [this](const PromResult &result) {
                                 for (const PromSeries &series : result.series) {
                                     const auto pillar = topology::pillarFromName(
                                         series.labels.value(QStringLiteral("pillar")).toStdString());
                                     if (pillar)
                                         Q_EMIT pillarCpuChanged(*pillar, series.points);
                                 }
                             });
}

} // namespace mb::studio
