// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "AgentRoutes.h"

#include "AccessTokens.h"
#include "ApiJson.h"
#include "ConfigFeed.h"
#include "LongPoll.h"
#include "NodeInventory.h"
#include "NodeMonitor.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QUrlQuery>

namespace mb::controlplane {

namespace {
/// A heartbeat carries a node's name and a few figures; more is not a heartbeat.
constexpr qsizetype MaxHeartbeatBytes = 16 * 1024;
} // namespace

AgentRoutes::AgentRoutes(const AccessTokens &tokens, NodeInventory &inventory, NodeMonitor &monitor,
                         ConfigFeed &config, QString cluster, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_inventory(inventory)
    , m_monitor(monitor)
    , m_config(config)
    , m_cluster(std::move(cluster))
{}

void AgentRoutes::registerRoutes(QHttpServer &http)
{
    using Method = QHttpServerRequest::Method;
    http.route(QStringLiteral("/v1/agents/heartbeat"), Method::Post,
               [this](const QHttpServerRequest &r, QHttpServerResponder &&responder) {
                   postHeartbeat(r, std::move(responder));
               });
    http.route(QStringLiteral("/v1/agents/config"), Method::Get,
               [this](const QHttpServerRequest &r, QHttpServerResponder &&responder) {
                   getConfig(r, std::move(responder));
               });
    routeWrongMethods(http, {{"/v1/agents/heartbeat", "POST"}, {"/v1/agents/config", "GET"}});
}

void AgentRoutes::whenOnRecord(const QString &node, std::function<void(bool onRecord)> then)
{
    if (!m_inventory.readAt().isValid()) {
        // Just started: the nodes reporting in are not refused for want of a first read.
        m_inventory.whenRead([this, node, then](const auto &) { then(m_inventory.find(node) != nullptr); });
        return;
    }
    // Only nodes on record: a heartbeat for any other name is refused before it costs memory.
    const bool onRecord = m_inventory.find(node) != nullptr;
    if (!onRecord)
        m_inventory.refreshIfOlder(std::chrono::milliseconds{0}); // made elsewhere, perhaps
    then(onRecord);
}

AgentRoutes::Refusal AgentRoutes::unknownNode(const QString &node) const
{
    return Refusal{errorJson(u"unknown-node",
                             tr("There is no node \"%1\" in cluster %2.").arg(node.left(64), m_cluster)),
                   QHttpServerResponder::StatusCode::NotFound};
}

void AgentRoutes::postHeartbeat(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto reply = std::make_shared<PendingReply>(std::move(responder));
    if (request.body().size() > MaxHeartbeatBytes)
        return reply->send(jsonResponse(
            errorJson(u"too-large", tr("A heartbeat is at most %1 bytes.").arg(MaxHeartbeatBytes)),
            QHttpServerResponse::StatusCode::PayloadTooLarge));
    auto body = parseBody(request);
    if (!body)
        return reply->send(std::move(body).error());
    const QString node = body->value(QStringLiteral("node")).toString();
    if (node.isEmpty())
        return reply->send(jsonResponse(errorJson(u"bad-request", tr("A heartbeat needs \"node\".")),
                                        QHttpServerResponse::StatusCode::BadRequest));
    if (!m_tokens.agent(request, node))
        return reply->send(
            jsonResponse(errorJson(u"unauthorized",
                                   tr("A valid agent token for the node named in the request is required.")),
                         QHttpServerResponse::StatusCode::Unauthorized));
    whenOnRecord(node, [this, reply, node, body = *body](bool onRecord) {
        if (!onRecord) {
            const Refusal refused = unknownNode(node);
            return reply->send(jsonResponse(refused.body, refused.status));
        }
        m_monitor.recordHeartbeat(node, body);
        reply->send(jsonResponse(QJsonObject{{QStringLiteral("ok"), true}}));
    });
}

void AgentRoutes::getConfig(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QUrlQuery query(request.url());
    const QString node = query.queryItemValue(QStringLiteral("node"));
    if (!m_tokens.agent(request, node)) {
        respondJson(responder,
                    errorJson(u"unauthorized",
                              tr("A valid agent token for the node named in the request is required.")),
                    QHttpServerResponder::StatusCode::Unauthorized);
        return;
    }
    // Read before the node is looked up, answered after: an unknown node is the 404 whatever
    // its query says.
    const auto poll = LongPoll::readQuery(request);
    auto reply = std::make_shared<PendingReply>(std::move(responder));
    whenOnRecord(node, [this, reply, node, poll](bool onRecord) {
        if (!onRecord) {
            const Refusal refused = unknownNode(node);
            return reply->sendJson(refused.body, refused.status);
        }
        if (!poll)
            return reply->sendJson(LongPoll::badQuery(), QHttpServerResponder::StatusCode::BadRequest);
        m_config.wait(std::move(*reply), node, *poll);
    });
}

} // namespace mb::controlplane
