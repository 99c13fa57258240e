// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QHttpServerResponder>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace mb::controlplane {

class AccessTokens;
class ConfigFeed;
class PendingReply;
class NodeInventory;
class NodeMonitor;

/**
 * The node daemons' own routes (docs/operations.md, "The control-plane API"):
 * `POST /v1/agents/heartbeat` and the desired-config long-poll `GET /v1/agents/config`. Each
 * takes the token of the node it names, and only for a node in the inventory's snapshot (a node
 * the executor creates is in it at once): a name not in it is refused with 404 at once and asks
 * for a background refresh, so a node made elsewhere is heard when its agent retries (the poll
 * after a second, with a heartbeat along). Only before the first read of the inventory (a
 * control plane that just started) do requests wait, for that read. Nothing here blocks on the
 * provider. Main thread only.
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
    /// Whether `node` is on record: at once from the snapshot, or after the first read.
    void whenOnRecord(const QString &node, std::function<void(bool onRecord)> then);
    [[nodiscard]] Refusal unknownNode(const QString &node) const;
    void postHeartbeat(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void getConfig(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    const AccessTokens &m_tokens;
    NodeInventory &m_inventory;
    NodeMonitor &m_monitor;
    ConfigFeed &m_config;
    QString m_cluster;
};

} // namespace mb::controlplane
