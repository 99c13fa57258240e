// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "LongPoll.h"
#include "NodeConfig.h"
#include "store/Store.h"

#include <QObject>

#include <optional>

namespace mb::controlplane {

class NodeInventory;

/**
 * The desired config each node's agent long-polls for (`GET /v1/agents/config`): the topology
 * revision, the node's plan and its values (NodeConfig) from the inventory's snapshot. A poll
 * is answered when the node's config version passes its `after`; the version moves with the
 * topology and with the node's values, so a join or a leave reaches the peers with the next
 * answer. While polls wait, the snapshot is kept at most 200 ms old (a background refresh) and
 * every refresh wakes them. Main thread only.
 */
class ConfigFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigFeed)

public:
    ConfigFeed(store::Store &store, NodeInventory &inventory, NodeConfig nodeConfig,
               QObject *parent = nullptr);

    /// Parks the poll of `node` (query already read) until its config passes `after` or the
    /// wait ran out (204).
    void wait(PendingReply &&reply, const QString &node, const LongPoll::Query &query);
    /// The topology or the inventory may have changed: answer the polls that have news.
    void scheduleWake() { m_waiters.scheduleWake(); }

private:
    bool answer(LongPoll::Waiter &waiter, bool expired);

    store::Store &m_store;
    NodeInventory &m_inventory;
    NodeConfig m_nodeConfig;
    std::optional<qint64> m_topologyVersion; ///< read once per round of answers
    LongPoll m_waiters;
};

} // namespace mb::controlplane
