// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "NodeInventory.h"

#include <QHttpServerResponder>
#include <QObject>

#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace mb::store {
class Store;
}
namespace mb::daemon {
class DaemonRuntime;
}

namespace mb::controlplane {

class AccessTokens;
class EventLog;
class NodeMonitor;
class PendingReply;
class Reconciler;

/**
 * The API Studio and madbasectl use (docs/operations.md, "The control-plane API"): topology,
 * plan, apply, scale, resize, nodes, health, cancel and the events long-poll, all behind the API
 * token. Requests that need the nodes as they are (a plan, the node list) are parked and
 * answered when NodeInventory's read comes back, so the event loop never waits on the
 * provider; `GET /v1/health` answers from the snapshot whenever it is current. Main thread only.
 */
class ApiRoutes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiRoutes)

public:
    ApiRoutes(daemon::DaemonRuntime &runtime, const AccessTokens &tokens, store::Store &store,
              NodeInventory &inventory, NodeMonitor &monitor, EventLog &events, Reconciler &reconciler,
              QObject *parent = nullptr);

    /// Registers the routes, then the 405 answers for other methods on their paths.
    void registerRoutes(QHttpServer &http);

private:
    using Reply = std::shared_ptr<PendingReply>;

    void getHealth(Reply reply);
    /// The health answer: "applying" without `observed`, else "pending" against it.
    QHttpServerResponse healthResponse(const Result<NodeInventory::Nodes> *observed);
    QHttpServerResponse getTopology() const;
    QHttpServerResponse putTopology(const QHttpServerRequest &request);
    void postPlan(Reply reply);
    QHttpServerResponse postApply(const QHttpServerRequest &request);
    void postScale(const QString &pillar, const QHttpServerRequest &request, Reply reply);
    void postResize(const QString &target, bool isPillar, const QHttpServerRequest &request, Reply reply);
    void getNodes(Reply reply);
    QHttpServerResponse nodesResponse(const Result<NodeInventory::Nodes> &nodes) const;
    QHttpServerResponse postCancel();
    void getEvents(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    /// Validates and stores a new topology revision; on failure, the error response.
    std::optional<QHttpServerResponse> storeTopology(const std::string &text, qint64 *revision);
    /// Computes, filters and stores a plan for the latest revision from a fresh read of the
    /// nodes, and answers it.
    void answerPlan(Reply reply);
    QHttpServerResponse planResponse(const Result<NodeInventory::Nodes> &observed);

    daemon::DaemonRuntime &m_runtime;
    const AccessTokens &m_tokens;
    store::Store &m_store;
    NodeInventory &m_inventory;
    NodeMonitor &m_monitor;
    EventLog &m_events;
    Reconciler &m_reconciler;
    QString m_cluster;
    QString m_systemNode;
};

} // namespace mb::controlplane
