// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "providers/Provider.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <vector>

namespace mb::controlplane {

class EventLog;
class NodeInventory;
class Reconciler;

/**
 * The nodes' heartbeats and health (docs/operations.md, "Interruptions and resume"): a node that
 * missed three heartbeats, or whose process is not running, is reported unhealthy
 * (`node-unhealthy`); one that stopped is started again (`node-restarted`); one that reports in
 * again is healthy (`node-recovered`). The check runs every heartbeat interval on a fresh read
 * of the inventory, and never while an apply runs (the executor owns the nodes then). Per-node
 * state lives as long as the node's record. Main thread only; provider calls go through
 * NodeInventory.
 */
class NodeMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeMonitor)

public:
    static constexpr int MissedHeartbeats = 3;

    struct Heartbeat
    {
        QDateTime last;
        QJsonObject body;
    };

    NodeMonitor(NodeInventory &inventory, EventLog &events, const Reconciler &reconciler, QString systemNode,
                int heartbeatSeconds, QObject *parent = nullptr);

    /// Starts the check every heartbeat interval.
    void start();
    /// A heartbeat of a node on record.
    void recordHeartbeat(const QString &node, const QJsonObject &body);
    /// At start, once any unfinished apply is done: starts the nodes that failed.
    void restartDeadNodes();

    /// "healthy", "unhealthy", or empty when the node has not reported since this control
    /// plane started.
    [[nodiscard]] QString health(const QString &node) const { return m_health.value(node); }
    [[nodiscard]] Heartbeat heartbeat(const QString &node) const { return m_heartbeats.value(node); }

private:
    void check();
    void checkNodes(const std::vector<providers::NodeInfo> &nodes);
    /// Forgets heartbeats, health and restarts of nodes that are no longer on record.
    void prune();
    void restart(const providers::NodeInfo &node);

    NodeInventory &m_inventory;
    EventLog &m_events;
    const Reconciler &m_reconciler;
    QString m_systemNode;
    int m_heartbeatSeconds;
    QHash<QString, Heartbeat> m_heartbeats;
    QHash<QString, QString> m_health; ///< node → last health reported in events
    QHash<QString, QDateTime> m_restarted;
    QSet<QString> m_starting; ///< restarts under way
    bool m_checking = false;
    QTimer m_timer;
};

} // namespace mb::controlplane
