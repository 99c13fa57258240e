// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"
#include "net/HttpClient.h"
#include "plan/Executor.h"
#include "providers/Provider.h"

#include <QObject>
#include <QString>

#include <memory>
#include <string>

namespace mb::store {
class Store;
}
namespace mb::daemon {
class DaemonRuntime;
}

namespace mb::controlplane {

class AccessTokens;
class AgentRoutes;
class ApiRoutes;
class ConfigFeed;
class EventLog;
class EventShipper;
class LogsRoutes;
class MetricsRoutes;
class NodeInventory;
class NodeMonitor;
class Reconciler;
class ScrapeConfigWriter;

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
 * The control plane of a cluster, inside madbase-system (docs/operations.md, "The control-plane
 * API" and "Inside the control plane"). It owns and wires the pieces: NodeInventory (the provider,
 * on its own thread, and the last snapshot of the nodes), EventLog (the event feed and its
 * long-poll), ConfigFeed (the agents' desired-config long-poll), NodeMonitor (heartbeats, health,
 * restarts), the Reconciler (plans applied on its own thread), and the routes: ApiRoutes for
 * Studio and madbasectl, AgentRoutes for the node daemons.
 *
 * Everything but the provider calls and the reconciler lives on the daemon's main thread, whose
 * event loop never waits on a provider. Destruction stops the reconciler first, then the
 * inventory's thread, before the store and the provider go.
 */
class ControlPlane final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlPlane)

public:
    /// The provider and the cluster's secret come from `extensions.system` at init().
    explicit ControlPlane(daemon::DaemonRuntime &runtime, QObject *parent = nullptr);
    /// With a provider of the caller's (tests) and the cluster's secret, from which every node's
    /// agent token is derived; `extensions.system` then needs only `apiTokenFile`.
    ControlPlane(daemon::DaemonRuntime &runtime, std::unique_ptr<providers::Provider> provider,
                 std::string clusterSecret, QObject *parent = nullptr);
    ~ControlPlane() override;

    /// Reads `extensions.system` of the daemon config, opens the store, registers the routes
    /// and starts the reconciler (which resumes an interrupted apply); the reason when the
    /// control plane cannot run.
    [[nodiscard]] Result<void> init();

private:
    /// The local provider `extensions.system` names and the cluster's secret.
    Result<void> makeProvider(const QJsonObject &settings);
    /// After a resume or an apply, on a fresh read: when the nodes differ from the topology and
    /// no apply is under way, says so in an event (and the log) with the plan that would converge.
    void reportDrift();
    /// The log routes, to the embedded store (port slot 2) or to `extensions.system.lokiUrl`.
    Result<void> makeLogsRoutes(const QJsonObject &settings);
    void applyFinished(qint64 planId, const QString &status, const QString &message);

    daemon::DaemonRuntime &m_runtime;
    std::unique_ptr<providers::Provider> m_provider; ///< until the inventory takes it
    std::string m_clusterSecret;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<AccessTokens> m_tokens;
    std::unique_ptr<NodeInventory> m_inventory;
    std::unique_ptr<HttpHealthProbe> m_probe;
    std::unique_ptr<plan::NodeHooks> m_hooks; ///< a StateDrain
    std::unique_ptr<EventLog> m_events;
    std::unique_ptr<Reconciler> m_reconciler;
    std::unique_ptr<ConfigFeed> m_config;
    std::unique_ptr<NodeMonitor> m_monitor;
    std::unique_ptr<ApiRoutes> m_api;
    std::unique_ptr<AgentRoutes> m_agents;
    std::unique_ptr<ScrapeConfigWriter> m_scrape;
    std::unique_ptr<MetricsRoutes> m_metrics;
    std::unique_ptr<LogsRoutes> m_logs;
    std::unique_ptr<EventShipper> m_eventShipper;
};

} // namespace mb::controlplane
