// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ConfigFeed.h"

#include "ApiJson.h"
#include "NodeInventory.h"

namespace mb::controlplane {

namespace {
/// How old the inventory may be while desired-config polls wait.
constexpr auto ValuesMaxAge = std::chrono::milliseconds{200};
} // namespace

ConfigFeed::ConfigFeed(store::Store &store, NodeInventory &inventory, NodeConfig nodeConfig, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_inventory(inventory)
    , m_nodeConfig(std::move(nodeConfig))
    , m_waiters([this](LongPoll::Waiter &waiter, bool expired) { return answer(waiter, expired); })
{
    m_waiters.setBeforeAnswers([this] {
        m_topologyVersion.reset();
        // The node's values follow the inventory (NodeConfig); the version moves with them.
        m_inventory.refreshIfOlder(ValuesMaxAge);
    });
    connect(&m_inventory, &NodeInventory::refreshed, this, &ConfigFeed::scheduleWake);
}

void ConfigFeed::wait(PendingReply &&reply, const QString &node, const LongPoll::Query &query)
{
    m_waiters.park(std::move(reply), query, node);
}

bool ConfigFeed::answer(LongPoll::Waiter &waiter, bool expired)
{
    if (!m_inventory.readAt().isValid())
        return expired ? (waiter.reply.sendStatus(QHttpServerResponder::StatusCode::NoContent), true)
                       : false; // values without the inventory would be wrong, not empty
    if (!m_topologyVersion)
        m_topologyVersion = latestTopologyVersion(m_store);
    const qint64 topology = *m_topologyVersion;
    const QJsonObject values = m_nodeConfig.valuesFor(waiter.node, m_inventory.nodes());
    const qint64 version = m_nodeConfig.versionFor(waiter.node, topology, values);
    if (version > waiter.after) {
        QJsonObject answer = agentConfigJson(topology, waiter.node, m_store);
        QJsonObject desired = answer.value(QLatin1String("config")).toObject();
        if (!values.isEmpty())
            desired.insert(QStringLiteral("values"), values);
        answer.insert(QStringLiteral("version"), version);
        answer.insert(QStringLiteral("config"), desired);
        waiter.reply.sendJson(answer);
        return true;
    }
    if (expired) {
        waiter.reply.sendStatus(QHttpServerResponder::StatusCode::NoContent);
        return true;
    }
    return false;
}

} // namespace mb::controlplane
