// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "ComponentSupervisor.h"
#include "ControlPlaneClient.h"
#include "DaemonConfig.h"
#include "HostMetrics.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>

namespace mb::daemon {

class LimitedTcpServer;

/// Adds samples (with their # HELP / # TYPE lines) to a /metrics scrape.
using MetricsCollector = std::function<void(MetricsText &out)>;
/// A named check shown in /health; returning false makes the node "degraded".
using HealthCheck = std::function<bool(QString *detail)>;

/**
 * The runtime every pillar daemon runs on: one HTTP server on the configured address (bearer
 * token on every route, size and time limits), GET /health and GET /metrics, heartbeats and
 * the desired-config long-poll to the control plane, and the component supervisor.
 * Everything runs on the thread that owns it (the main thread); nothing blocks it.
 *
 * A pillar's main adds to it before start(), through runDaemon()'s customize hook:
 *
 *     runtime.route("/v1/topology", QHttpServerRequest::Method::Get, [](const QHttpServerRequest &r) {…});
 *     const QJsonObject mine = runtime.extension(QStringLiteral("system"));
 *     runtime.addMetricsCollector([](MetricsText &m) {…});
 *     QObject::connect(&runtime, &DaemonRuntime::desiredConfigChanged, …);
 *
 * Every route, including ones added later, requires `Authorization: Bearer <token>`:
 * a guard rule registered first answers 401 to any request without the right token.
 */
class DaemonRuntime : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxRequestBytes = 1024 * 1024;
    static constexpr int RequestTimeoutMs = 10000;

    DaemonRuntime(DaemonConfig config, QByteArray token, QObject *parent = nullptr);
    ~DaemonRuntime() override;

    /// Listens, starts the components (template defaults merged with the config's) and the
    /// control-plane client. On failure, a message for a person.
    [[nodiscard]] Result<void> start();
    /// Graceful stop: stops accepting, stops heartbeats and components (SIGTERM, then SIGKILL
    /// after each grace period), then emits stopped(exitCode). Safe to call twice.
    void stop(int exitCode = 0);

    [[nodiscard]] const DaemonConfig &config() const { return m_config; }
    /// config.extensions[name] as an object (empty when absent or not an object).
    [[nodiscard]] QJsonObject extension(const QString &name) const;

    /// The HTTP server, for routes of the pillar's own API (all behind the bearer token).
    [[nodiscard]] QHttpServer &httpServer() { return m_http; }
    /// Passthrough to QHttpServer::route().
    template <typename... Args> bool route(Args &&...args)
    {
        return m_http.route(std::forward<Args>(args)...);
    }
    void addMetricsCollector(MetricsCollector collector);
    void addHealthCheck(const QString &name, HealthCheck check);

    [[nodiscard]] ComponentSupervisor &components() { return *m_supervisor; }
    /// Null when the config names no control plane (the System node itself).
    [[nodiscard]] ControlPlaneClient *controlPlane() { return m_controlPlane; }
    [[nodiscard]] QNetworkAccessManager &network() { return m_network; }

    [[nodiscard]] quint16 serverPort() const;
    [[nodiscard]] qint64 uptimeSeconds() const { return m_uptime.elapsed() / 1000; }
    /// "ok" when every component and health check is fine, otherwise "degraded".
    [[nodiscard]] QString status() const;
    [[nodiscard]] QJsonObject healthJson() const;
    [[nodiscard]] QByteArray metricsText() const;
    /// The heartbeat body: {node, pillar, plan, status, uptimeSeconds, components}.
    [[nodiscard]] QJsonObject heartbeatJson() const;
    /// Whether `authorization` is "Bearer <token>" (constant time in the token).
    [[nodiscard]] bool authorized(QByteArrayView authorization) const;
    /// Accepts a second token at the guard (the System node's API token); routes that need
    /// one token rather than the other check it themselves.
    void addAccessToken(const QByteArray &token);
    /// Paths under `prefix` pass the guard: their routes check a token themselves (the
    /// control plane's agent routes take each node's own token).
    void addOwnTokenPrefix(const QString &prefix) { m_ownTokenPrefixes.append(prefix); }
    [[nodiscard]] bool checksItsOwnToken(const QString &path) const;

    /**
     * Reads the config file again (SIGHUP, `systemctl reload`): its components take effect at
     * once, over the template and under the desired config; the other settings (addresses,
     * names, files) wait for the next start, and a warning says so. A file that cannot be read
     * or holds a bad field changes nothing: the components keep running on the last good
     * config, and the error, with its JSON pointer, is kept in configError() until a good
     * config arrives. Returns whether the file was good.
     */
    bool reloadConfigFile();
    /// The last config the daemon refused (file or desired config): source, message, pointer;
    /// empty when the running config is the last one it was given. Shown in /health and in
    /// heartbeats.
    [[nodiscard]] QJsonObject configError() const { return m_configError; }

Q_SIGNALS:
    /// A new desired config arrived from the control plane (version > the previous one).
    /// When it holds "components":[…] (same schema as the config file), the runtime has
    /// already applied them on top of the template and config-file components.
    void desiredConfigChanged(int version, const QJsonObject &config);
    /// stop() began; the pillar flushes its own state here.
    void stopping();
    void stopped(int exitCode);

private:
    void addBuiltinRoutes();
    void applyDesiredComponents(int version, const QJsonObject &desired);
    void refuseConfig(const QString &source, const Error &error);
    /// Placeholders expanded (built-ins, the node's port slots, the desired config's values).
    [[nodiscard]] Result<QList<ComponentSpec>> expanded(QList<ComponentSpec> specs,
                                                        const QMap<QString, QString> &values) const;

    DaemonConfig m_config;
    QByteArray m_tokenDigest;
    QList<QByteArray> m_extraDigests;
    QStringList m_ownTokenPrefixes;
    QElapsedTimer m_uptime;
    QNetworkAccessManager m_network;
    QHttpServer m_http;
    LimitedTcpServer *m_tcp = nullptr;
    ComponentSupervisor *m_supervisor = nullptr;
    ControlPlaneClient *m_controlPlane = nullptr;
    HostMetrics m_host;
    QList<MetricsCollector> m_collectors;
    QList<std::pair<QString, HealthCheck>> m_healthChecks;
    QList<ComponentSpec> m_baseComponents;   ///< template merged with the config file's
    QList<ComponentSpec> m_pushedComponents; ///< the desired config's, last good
    QMap<QString, QString> m_values;         ///< the desired config's values, last good
    QJsonObject m_configError;
    bool m_stopping = false;
};

} // namespace mb::daemon
