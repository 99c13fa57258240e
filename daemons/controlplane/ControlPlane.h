// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "NodeConfig.h"
#include "Reconciler.h"
#include "net/HttpClient.h"
#include "plan/Executor.h"
#include "providers/Provider.h"
#include "store/Store.h"

#include <QDateTime>
#include <QHash>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <list>
#include <memory>

class QHttpServerRequest;
class QHttpServerResponse;

namespace mb::daemon {
class DaemonRuntime;
}

namespace mb::controlplane {

/// Asks a node's daemon for GET /health with that node's agent token (derived from the
/// cluster's secret).
class HttpHealthProbe final : public plan::HealthProbe
{
public:
    explicit HttpHealthProbe(std::string clusterSecret);
    Result<bool> healthy(const providers::NodeInfo &node) override;

private:
    std::string m_secret;
    net::HttpClient m_client;
};

/**
 * The control plane of a cluster, inside madbase-system (docs/operations.md, "The control-plane API"): the
 * HTTP API Studio and madbasectl use (topology, plan, apply, scale, resize, nodes, events long-poll, cancel),
 * the agents' endpoints (heartbeats, desired-config long-poll), the reconciler that runs plans, and the node
 * monitor that reports a node unhealthy after three missed heartbeats and brings it back.
 *
 * It lives on the daemon's main thread; the reconciler works on its own thread. API routes
 * take the API token; agent routes take the token of the node they name, which is
 * HMAC-SHA-256 of the cluster's secret and the node's name (or the secret itself, which only
 * nodes made before per-node tokens hold), and only for nodes on record.
 * Tokens are compared in constant time.
 */
class ControlPlane : public QObject
{
    Q_OBJECT

public:
    explicit ControlPlane(daemon::DaemonRuntime &runtime, QObject *parent = nullptr);
    ~ControlPlane() override;

    /// Reads `extensions.system` of the daemon config, opens the store, registers the routes
    /// and starts the reconciler (which resumes an interrupted apply); the reason when the
    /// control plane cannot run.
    [[nodiscard]] Result<void> init();

private:
    enum class Scope
    {
        Api,
        Agent
    };
    struct Heartbeat
    {
        QDateTime last;
        QJsonObject body;
    };
    struct Waiter
    {
        QPointer<QTcpSocket> socket;
        QHttpServerResponder responder;
        qint64 after = 0;
        bool config = false; ///< a desired-config long-poll (else events)
        QString node;
        QDateTime deadline;
    };

    /// Whether the request carries the API token, or (agent scope) the token of `node`.
    [[nodiscard]] bool authorized(const QHttpServerRequest &request, Scope scope,
                                  const QString &node = {}) const;
    struct Refusal
    {
        QJsonObject body;
        QHttpServerResponder::StatusCode status;
    };
    /// For an agent route naming `node`: the 401 (not its token) or 404 (no such node on
    /// record) answer, or nothing when the request may go on.
    std::optional<Refusal> refuseAgent(const QHttpServerRequest &request, const QString &node);
    /// Forgets heartbeats, health and restarts of nodes that are no longer on record.
    void pruneNodeState(const std::vector<providers::NodeInfo> &nodes);
    void registerRoutes();

    // API handlers (ControlPlaneRoutes.cpp)
    QHttpServerResponse getHealth();
    QHttpServerResponse getTopology() const;
    QHttpServerResponse putTopology(const QHttpServerRequest &request);
    QHttpServerResponse postPlan();
    QHttpServerResponse postApply(const QHttpServerRequest &request);
    QHttpServerResponse postScale(const QString &pillar, const QHttpServerRequest &request);
    QHttpServerResponse postResize(const QString &target, bool isPillar, const QHttpServerRequest &request);
    QHttpServerResponse getNodes() const;
    QHttpServerResponse postCancel();
    QHttpServerResponse postHeartbeat(const QHttpServerRequest &request);
    void getEvents(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void getAgentConfig(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    /// `after` and `wait` of a long-poll; false once the 400 that says why is answered.
    bool readLongPoll(const QHttpServerRequest &request, QHttpServerResponder &responder, qint64 *after,
                      int *wait);

    /// Validates and stores a new topology revision; on failure, the error response.
    std::optional<QHttpServerResponse> storeTopology(const std::string &text, qint64 *revision);
    /// Computes, filters and stores a plan for the latest revision; the plan response.
    QHttpServerResponse planResponse();
    /// What differs between the latest topology revision and the nodes that exist, System
    /// node included: {"count", "revision", "changes", "summary", "text"}, or {"error"} when
    /// it cannot be computed. Nothing is stored.
    QJsonObject pendingJson();
    /// After a resume or an apply: when the nodes differ from the topology and no apply is
    /// under way, says so in an event (and the log) with the plan that would converge.
    void reportDrift();

    void appendEvent(const QString &kind, const QString &node, std::optional<qint64> planId,
                     const char *source, const QStringList &args, const QJsonObject &data = {});
    void scheduleWake();
    void wakeWaiters();
    /// Answers `waiter` if it has news or has timed out. `topologyVersion` saves a store read
    /// when the caller already has it.
    void answerWaiter(Waiter &waiter, std::optional<qint64> topologyVersion = std::nullopt);
    [[nodiscard]] qint64 latestTopologyVersion() const;
    void checkNodes();
    void restartDeadNodes();
    void restartNode(const providers::NodeInfo &node, const QDateTime &now);

    daemon::DaemonRuntime &m_runtime;
    QString m_cluster;
    QString m_systemNode;
    QString m_selfUrl;
    QByteArray m_apiToken;
    std::string m_agentSecret; ///< the cluster's secret; nodes hold only tokens derived from it
    int m_heartbeatSeconds = 5;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<providers::Provider> m_provider;
    std::unique_ptr<HttpHealthProbe> m_probe;
    plan::NodeHooks m_hooks;
    std::unique_ptr<Reconciler> m_reconciler;
    std::optional<NodeConfig> m_nodeConfig;         ///< what each node needs (values of its desired config)
    std::vector<providers::NodeInfo> m_configNodes; ///< the nodes NodeConfig last saw
    QDateTime m_configNodesRead;
    QHash<QString, Heartbeat> m_heartbeats;
    QHash<QString, QString> m_health; ///< node → last health reported in events
    QHash<QString, QDateTime> m_restarted;
    std::list<Waiter> m_waiters;
    QTimer m_waiterTimer;
    bool m_wakeScheduled = false;
    QTimer m_monitor;
};

} // namespace mb::controlplane
