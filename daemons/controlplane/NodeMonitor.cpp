// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "NodeMonitor.h"

#include "EventLog.h"
#include "NodeInventory.h"
#include "Reconciler.h"

namespace mb::controlplane {

NodeMonitor::NodeMonitor(NodeInventory &inventory, EventLog &events, const Reconciler &reconciler,
                         QString systemNode, int heartbeatSeconds, QObject *parent)
    : QObject(parent)
    , m_inventory(inventory)
    , m_events(events)
    , m_reconciler(reconciler)
    , m_systemNode(std::move(systemNode))
    , m_heartbeatSeconds(heartbeatSeconds)
{
    connect(&m_timer, &QTimer::timeout, this, &NodeMonitor::check);
    connect(&m_inventory, &NodeInventory::refreshed, this, &NodeMonitor::prune);
}

void NodeMonitor::start()
{
    m_timer.start(std::max(1, m_heartbeatSeconds) * 1000);
}

void NodeMonitor::recordHeartbeat(const QString &node, const QJsonObject &body)
{
    m_heartbeats.insert(node, Heartbeat{QDateTime::currentDateTimeUtc(), body});
    if (m_health.value(node) == u"unhealthy") {
        m_health.insert(node, QStringLiteral("healthy"));
        m_events.append(QStringLiteral("node-recovered"), node, std::nullopt,
                        MB_TR_NOOP("mb::controlplane", "%1 is healthy again."), {node});
    }
    m_health.insert(node, QStringLiteral("healthy"));
}

void NodeMonitor::check()
{
    if (m_reconciler.busy() || m_checking)
        return; // the executor owns the nodes while it applies; a slow read is not asked twice
    m_checking = true;
    m_inventory.refresh([this](const Result<std::vector<providers::NodeInfo>> &nodes) {
        m_checking = false;
        if (nodes && !m_reconciler.busy())
            checkNodes(*nodes);
    });
}

void NodeMonitor::checkNodes(const std::vector<providers::NodeInfo> &nodes)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 limitMs = qint64(MissedHeartbeats) * m_heartbeatSeconds * 1000;
    for (const providers::NodeInfo &n : nodes) {
        const QString name = QString::fromStdString(n.name);
        if (name == m_systemNode || n.state == providers::NodeState::Stopped)
            continue;
        const QDateTime started = QDateTime::fromSecsSinceEpoch(
            std::chrono::duration_cast<std::chrono::seconds>(n.started.time_since_epoch()).count(), Qt::UTC);
        const QDateTime last =
            std::max(m_heartbeats.value(name).last.isValid() ? m_heartbeats.value(name).last : started,
                     m_restarted.value(name, started));
        if (last.msecsTo(now) <= limitMs && n.state == providers::NodeState::Running)
            continue;
        if (m_health.value(name) != u"unhealthy") {
            m_health.insert(name, QStringLiteral("unhealthy"));
            m_events.append(QStringLiteral("node-unhealthy"), name, std::nullopt,
                            MB_TR_NOOP("mb::controlplane", "%1 missed %2 heartbeats; it is unhealthy."),
                            {name, QString::number(MissedHeartbeats)});
        }
        if (n.state != providers::NodeState::Running)
            restart(n);
    }
}

void NodeMonitor::prune()
{
    // Per-node state lives as long as the node's record: a node that left is forgotten.
    QSet<QString> names;
    for (const providers::NodeInfo &n : m_inventory.nodes())
        names.insert(QString::fromStdString(n.name));
    const auto gone = [&](const QString &name) { return !names.contains(name); };
    m_heartbeats.removeIf([&](const auto &it) { return gone(it.key()); });
    m_health.removeIf([&](const auto &it) { return gone(it.key()); });
    m_restarted.removeIf([&](const auto &it) { return gone(it.key()); });
}

void NodeMonitor::restart(const providers::NodeInfo &node)
{
    const QString name = QString::fromStdString(node.name);
    if (m_starting.contains(name))
        return;
    m_starting.insert(name);
    const QDateTime asked = QDateTime::currentDateTimeUtc();
    m_inventory.startNode(node, [this, name, asked](const Result<void> &started) {
        m_starting.remove(name);
        if (started) {
            m_restarted.insert(name, asked);
            m_events.append(
                QStringLiteral("node-restarted"), name, std::nullopt,
                MB_TR_NOOP("mb::controlplane", "%1 had stopped; the control plane started it again."),
                {name});
        } else {
            m_events.append(QStringLiteral("node-restart-failed"), name, std::nullopt,
                            MB_TR_NOOP("mb::controlplane", "%1 could not be started again: %2"),
                            {name, QString::fromStdString(started.error().message.text())});
        }
    });
}

void NodeMonitor::restartDeadNodes()
{
    // At start (after a crash, or a restart of the machine), once any unfinished apply is done,
    // nodes that should run but do not are brought back at once rather than at the first
    // heartbeat check. Living nodes are left to report in: they have not had the chance to send
    // a heartbeat to this control plane yet.
    if (m_reconciler.busy())
        return; // an apply came first and owns the nodes; the monitor looks after them later
    m_inventory.refresh([this](const Result<std::vector<providers::NodeInfo>> &nodes) {
        if (!nodes || m_reconciler.busy())
            return;
        for (const providers::NodeInfo &n : *nodes)
            if (n.state == providers::NodeState::Failed && QString::fromStdString(n.name) != m_systemNode)
                restart(n);
    });
}

} // namespace mb::controlplane
