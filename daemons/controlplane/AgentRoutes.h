// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QHttpServerResponder>
#include <QJsonObject>
#include <QObject>

#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace mb::controlplane {

class AccessTokens;
class ConfigFeed;
class NodeInventory;
class NodeMonitor;

/**
 * The node daemons' own routes (docs/operations.md, "The control-plane API"):
 * `POST /v1/agents/heartbeat` and the desired-config long-poll `GET /v1/agents/config`. Each
 * takes the token of the node it names, and only for a node in the inventory's snapshot: a name
 * not in it is refused with 404 at once and asks for a background refresh, so a node just
 * created is heard when its agent retries (the poll after a second, with a heartbeat along).
 * Nothing here waits on the provider. Main thread only.
 */
class AgentRoutes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentRoutes)

public:
    AgentRoutes(const AccessTokens &tokens, NodeInventory &inventory, NodeMonitor &monitor,
                ConfigFeed &config, QString cluster, QObject *parent = nullptr);

    /// Registers the routes, then the 405 answers for other methods on their paths.
    void registerRoutes(QHttpServer &http);

private:
    struct Refusal
    {
        QJsonObject body;
        QHttpServerResponder::StatusCode status;
    };
    /// The 401 (not its token) or 404 (no such node on record) answer for a request naming
    /// `node`, or nothing when the request may go on.
    std::optional<Refusal> refuse(const QHttpServerRequest &request, const QString &node);
    QHttpServerResponse postHeartbeat(const QHttpServerRequest &request);
    void getConfig(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    const AccessTokens &m_tokens;
    NodeInventory &m_inventory;
    NodeMonitor &m_monitor;
    ConfigFeed &m_config;
    QString m_cluster;
};

} // namespace mb::controlplane
