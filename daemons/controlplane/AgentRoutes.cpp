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
               [this](const QHttpServerRequest &r) { return postHeartbeat(r); });
    http.route(QStringLiteral("/v1/agents/config"), Method::Get,
               [this](const QHttpServerRequest &r, QHttpServerResponder &&responder) {
                   getConfig(r, std::move(responder));
               });
    routeWrongMethods(http, {{"/v1/agents/heartbeat", "POST"}, {"/v1/agents/config", "GET"}});
}

std::optional<AgentRoutes::Refusal> AgentRoutes::refuse(const QHttpServerRequest &request,
                                                        const QString &node)
{
    if (!m_tokens.agent(request, node))
        return Refusal{errorJson(u"unauthorized",
                                 tr("A valid agent token for the node named in the request is required.")),
                       QHttpServerResponder::StatusCode::Unauthorized};
    // Only nodes on record: a heartbeat for any other name is refused before it costs memory.
    if (!m_inventory.find(node)) {
        // Perhaps just created: the next read will say (its agent retries within a second).
        m_inventory.refreshIfOlder(std::chrono::milliseconds{0});
        return Refusal{errorJson(u"unknown-node",
                                 tr("There is no node \"%1\" in cluster %2.").arg(node.left(64), m_cluster)),
                       QHttpServerResponder::StatusCode::NotFound};
    }
    return std::nullopt;
}

QHttpServerResponse AgentRoutes::postHeartbeat(const QHttpServerRequest &request)
{
    if (request.body().size() > MaxHeartbeatBytes)
        return jsonResponse(
            errorJson(u"too-large", tr("A heartbeat is at most %1 bytes.").arg(MaxHeartbeatBytes)),
            QHttpServerResponse::StatusCode::PayloadTooLarge);
    auto body = parseBody(request);
    if (!body)
        return std::move(body).error();
    const QString node = body->value(QStringLiteral("node")).toString();
    if (node.isEmpty())
        return jsonResponse(errorJson(u"bad-request", tr("A heartbeat needs \"node\".")),
                            QHttpServerResponse::StatusCode::BadRequest);
    if (const auto refused = refuse(request, node))
        return jsonResponse(refused->body, refused->status);
    m_monitor.recordHeartbeat(node, *body);
    return jsonResponse(QJsonObject{{QStringLiteral("ok"), true}});
}

void AgentRoutes::getConfig(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QUrlQuery query(request.url());
    const QString node = query.queryItemValue(QStringLiteral("node"));
    if (auto refused = refuse(request, node)) {
        respondJson(responder, refused->body, refused->status);
        return;
    }
    qint64 after = 0;
    int wait = 0;
    if (!LongPoll::readQuery(request, responder, &after, &wait))
        return;
    m_config.wait(std::move(responder), node, after, wait);
}

} // namespace mb::controlplane
