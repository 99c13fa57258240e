// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "DaemonRuntime.h"

#include "LimitedTcpServer.h"
#include "Logging.h"
#include "SdNotify.h"
#include "Templates.h"
#include "json/JsonReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServerRouterRule>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace mb::daemon {

namespace {

QByteArray digest(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray jsonError(const char *code, const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), QLatin1String(code)},
                                     {QStringLiteral("message"), message}})
        .toJson(QJsonDocument::Compact);
}

/// Registered first, so it wins over every route: matches any request that lacks the right
/// bearer token, whatever its path and method.
class AuthGuardRule : public QHttpServerRouterRule
{
public:
    AuthGuardRule(const QString &pattern, QHttpServerRequest::Methods methods, const DaemonRuntime *runtime,
                  RouterHandler handler)
        : QHttpServerRouterRule(pattern, methods, std::move(handler))
        , m_runtime(runtime)
    {}

protected:
    bool matches(const QHttpServerRequest &request, QRegularExpressionMatch *) const override
    {
        return !m_runtime->authorized(request.value("Authorization")) &&
               !m_runtime->checksItsOwnToken(request.url().path());
    }

private:
    const DaemonRuntime *m_runtime;
};

} // namespace

DaemonRuntime::DaemonRuntime(DaemonConfig config, QByteArray token, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_tokenDigest(digest(token))
{
    m_uptime.start();
    m_supervisor = new ComponentSupervisor(&m_network, this);
    if (!m_config.controlPlaneUrl.isEmpty()) {
        m_controlPlane = new ControlPlaneClient(m_config.controlPlaneUrl, token, m_config.node,
                                                m_config.heartbeatSeconds, &m_network, this);
        m_controlPlane->setHeartbeatBody([this] { return heartbeatJson(); });
        // A component's news reaches the control plane at once (madbasectl up waits for it).
        connect(m_supervisor, &ComponentSupervisor::componentStateChanged, m_controlPlane,
                &ControlPlaneClient::heartbeatSoon);
        connect(m_controlPlane, &ControlPlaneClient::desiredConfigChanged, this,
                [this](int version, const QJsonObject &desired) {
                    applyDesiredComponents(version, desired);
                    Q_EMIT desiredConfigChanged(version, desired);
                });
    }
    addBuiltinRoutes();
}

DaemonRuntime::~DaemonRuntime() = default;

bool DaemonRuntime::authorized(QByteArrayView authorization) const
{
    static constexpr QByteArrayView prefix = "Bearer ";
    if (!authorization.startsWith(prefix))
        return false;
    // Comparing fixed-size digests keeps the time independent of the token and of how much
    // of it a guess got right.
    const QByteArray presented = digest(authorization.sliced(prefix.size()).trimmed());
    auto same = [&](const QByteArray &expected) {
        unsigned char difference = 0;
        for (qsizetype i = 0; i < expected.size(); ++i)
            difference |= static_cast<unsigned char>(presented[i] ^ expected[i]);
        return difference == 0;
    };
    bool ok = same(m_tokenDigest);
    for (const QByteArray &extra : m_extraDigests)
        ok = same(extra) || ok; // no early exit: every digest is compared
    return ok;
}

void DaemonRuntime::addAccessToken(const QByteArray &token)
{
    m_extraDigests.append(digest(token));
}

bool DaemonRuntime::checksItsOwnToken(const QString &path) const
{
    return std::any_of(m_ownTokenPrefixes.begin(), m_ownTokenPrefixes.end(),
                       [&](const QString &prefix) { return path.startsWith(prefix); });
}

void DaemonRuntime::addBuiltinRoutes()
{
    m_http.route<AuthGuardRule>(
        QStringLiteral("/"), QHttpServerRequest::Method::AnyKnown, static_cast<const DaemonRuntime *>(this),
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (!request.value("Upgrade").isEmpty()) {
                // A WebSocket upgrade cannot be refused with a status (QHttpServer 6.4): close.
                if (QTcpSocket *socket = responder.socket())
                    socket->abort();
                return;
            }
            qCDebug(lcHttp).noquote()
                << logfmt(QStringLiteral("unauthorized request"),
                          {{QStringLiteral("path"), request.url().path()},
                           {QStringLiteral("peer"), request.remoteAddress().toString()}});
            responder.write(
                jsonError("unauthorized",
                          QStringLiteral("Send the node's token as \"Authorization: Bearer <token>\".")),
                {{"Content-Type", "application/json"}, {"WWW-Authenticate", "Bearer"}},
                QHttpServerResponder::StatusCode::Unauthorized);
        });
    m_http.route(QStringLiteral("/health"), QHttpServerRequest::Method::Get,
                 [this] { return QHttpServerResponse(healthJson()); });
    m_http.route(QStringLiteral("/metrics"), QHttpServerRequest::Method::Get, [this] {
        return QHttpServerResponse(MetricsText::ContentType.toByteArray(), metricsText());
    });
    m_http.setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        responder.write(jsonError("not-found", QStringLiteral("No route for %1.").arg(request.url().path())),
                        "application/json", QHttpServerResponder::StatusCode::NotFound);
    });
}

Result<void> DaemonRuntime::start()
{
    m_tcp = new LimitedTcpServer(this);
    m_tcp->setMaxRequestBytes(MaxRequestBytes);
    m_tcp->setRequestTimeout(std::chrono::milliseconds{RequestTimeoutMs});
    if (!m_tcp->listen(m_config.listenAddress, m_config.listenPort))
        return fail(ErrorCode::IoRead,
                    Message{"mb::daemon",
                            MB_TR_NOOP("mb::daemon", "cannot listen on %1:%2: %3"),
                            {m_config.listenAddress.toString().toStdString(),
                             std::to_string(m_config.listenPort), m_tcp->errorString().toStdString()}});
    m_http.bind(m_tcp);
    qCInfo(lcDaemon).noquote() << logfmt(QStringLiteral("listening"),
                                         {{QStringLiteral("address"), m_config.listenAddress.toString()},
                                          {QStringLiteral("port"), QString::number(serverPort())}});

    auto defaults = templateComponents(m_config.pillar);
    if (!defaults)
        return fail(
            defaults.error().code,
            Message{"mb::daemon",
                    MB_TR_NOOP("mb::daemon", "the built-in %1 template is invalid: %2"),
                    {std::string(topology::pillarName(m_config.pillar)), defaults.error().describe()}});
    m_baseComponents = mergeComponents(*defaults, m_config.components);
    auto specs = expanded(m_baseComponents, m_values);
    if (!specs)
        return fail(specs.error().code, Message{"mb::daemon",
                                                MB_TR_NOOP("mb::daemon", "the components are invalid: %1"),
                                                {specs.error().describe()}});
    m_supervisor->apply(*specs);
    if (m_controlPlane)
        m_controlPlane->start();
    return {};
}

Result<QList<ComponentSpec>> DaemonRuntime::expanded(QList<ComponentSpec> specs,
                                                     const QMap<QString, QString> &values) const
{
    QMap<QString, QString> placeholders = values;
    placeholders.insert(QStringLiteral("dataDir"), m_config.dataDir);
    placeholders.insert(QStringLiteral("node"), m_config.node);
    placeholders.insert(QStringLiteral("cluster"), m_config.cluster);
    placeholders.insert(QStringLiteral("pillar"), QString::fromUtf8(topology::pillarName(m_config.pillar)));
    placeholders.insert(QStringLiteral("address"), m_config.listenAddress.toString());
    placeholders.insert(QStringLiteral("port"), QString::number(serverPort()));
    placeholders.insert(QStringLiteral("tokenFile"), m_config.tokenFile);
    placeholders.insert(QStringLiteral("binDir"), QCoreApplication::applicationDirPath());
    const QString functions = qEnvironmentVariable("MADBASE_FUNCTIONS_DIR");
    placeholders.insert(QStringLiteral("functionsDir"),
                        functions.isEmpty() ? QStringLiteral(MB_FUNCTIONS_DIR) : functions);
    for (const ComponentSpec &spec : std::as_const(specs)) {
        for (auto it = spec.ports.cbegin(); it != spec.ports.cend(); ++it) {
            const int port = componentPort(serverPort(), it.value());
            if (port == 0)
                return fail(
                    ErrorCode::JsonValue,
                    Message{"mb::daemon",
                            MB_TR_NOOP("mb::daemon", "Port slot %1 has no port for a daemon on port %2."),
                            {std::to_string(it.value()), std::to_string(serverPort())}},
                    spec.origin + "/ports/" + it.key().toStdString());
            placeholders.insert(QStringLiteral("port.") + it.key(), QString::number(port));
        }
    }
    QStringList secrets;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key().contains(QLatin1String("Password")) || it.key().contains(QLatin1String("Pem")))
            secrets << it.value();
    }
    for (ComponentSpec &spec : specs) {
        if (auto done = expandPlaceholders(spec, placeholders); !done)
            return std::unexpected(done.error());
        spec.redact = secrets;
    }
    return specs;
}

void DaemonRuntime::applyDesiredComponents(int version, const QJsonObject &desired)
{
    const QJsonValue list = desired.value(QLatin1String("components"));
    const QJsonValue values = desired.value(QLatin1String("values"));
    if ((list.isUndefined() && values.isUndefined()) || m_stopping)
        return;
    QJsonObject parts;
    if (!list.isUndefined())
        parts.insert(QStringLiteral("components"), list);
    if (!values.isUndefined())
        parts.insert(QStringLiteral("values"), values);
    const QByteArray text = QJsonDocument(parts).toJson();
    const auto document =
        json::parseText(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    json::ErrorList errors;
    QList<ComponentSpec> pushed = m_pushedComponents;
    QMap<QString, QString> newValues = m_values;
    if (document && document->contains("components"))
        pushed = readComponents((*document)["components"], "/config/components", errors);
    if (document && document->contains("values")) {
        newValues.clear();
        readValues((*document)["values"], "/config/values", newValues, errors);
    }
    Result<QList<ComponentSpec>> specs;
    if (document && errors.empty()) {
        specs = expanded(mergeComponents(m_baseComponents, pushed), newValues);
        if (!specs)
            errors.add(specs.error());
    }
    if (!document || !errors.empty()) {
        refuseConfig(QStringLiteral("desired config %1").arg(version),
                     document ? errors.errors().front() : document.error());
        return;
    }
    qCInfo(lcConfig).noquote() << logfmt(QStringLiteral("applying desired components"),
                                         {{QStringLiteral("version"), QString::number(version)},
                                          {QStringLiteral("count"), QString::number(pushed.size())}});
    m_pushedComponents = pushed;
    m_values = newValues;
    m_configError = {};
    m_supervisor->apply(*specs);
}

bool DaemonRuntime::reloadConfigFile()
{
    if (m_stopping)
        return false;
    auto loaded = loadDaemonConfig(m_config.path);
    if (!loaded) {
        refuseConfig(m_config.path, loaded.error().front());
        return false;
    }
    auto defaults = templateComponents(m_config.pillar);
    if (!defaults) {
        refuseConfig(m_config.path, defaults.error());
        return false;
    }
    QList<ComponentSpec> base = mergeComponents(*defaults, loaded->components);
    auto specs = expanded(mergeComponents(base, m_pushedComponents), m_values);
    if (!specs) {
        refuseConfig(m_config.path, specs.error());
        return false;
    }
    QStringList later;
    if (loaded->cluster != m_config.cluster || loaded->node != m_config.node ||
        loaded->pillar != m_config.pillar)
        later << QStringLiteral("identity");
    if (loaded->listenAddress != m_config.listenAddress || loaded->listenPort != m_config.listenPort)
        later << QStringLiteral("listen");
    if (loaded->tokenFile != m_config.tokenFile || loaded->dataDir != m_config.dataDir ||
        loaded->logFile != m_config.logFile)
        later << QStringLiteral("files");
    if (loaded->controlPlaneUrl != m_config.controlPlaneUrl ||
        loaded->heartbeatSeconds != m_config.heartbeatSeconds)
        later << QStringLiteral("controlPlane");
    if (!later.isEmpty())
        qCWarning(lcConfig).noquote() << logfmt(
            QStringLiteral("these settings take effect at the next start"),
            {{QStringLiteral("file"), m_config.path}, {QStringLiteral("settings"), later.join(u',')}});
    qCInfo(lcConfig).noquote() << logfmt(QStringLiteral("config file reloaded"),
                                         {{QStringLiteral("file"), m_config.path},
                                          {QStringLiteral("components"), QString::number(specs->size())}});
    m_config.components = loaded->components;
    m_baseComponents = std::move(base);
    m_configError = {};
    m_supervisor->apply(*specs);
    return true;
}

void DaemonRuntime::refuseConfig(const QString &source, const Error &error)
{
    const QString message = QString::fromStdString(error.message.text());
    const QString pointer = QString::fromStdString(error.pointer);
    qCWarning(lcConfig).noquote() << logfmt(
        QStringLiteral("config refused; the components keep the last good one"),
        {{QStringLiteral("source"), source},
         {QStringLiteral("error"), message},
         {QStringLiteral("pointer"), pointer}});
    m_configError =
        QJsonObject{{QStringLiteral("source"), source},
                    {QStringLiteral("message"), message},
                    {QStringLiteral("pointer"), pointer},
                    {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    if (error.line > 0) {
        m_configError.insert(QStringLiteral("line"), error.line);
        m_configError.insert(QStringLiteral("column"), error.column);
    }
    if (m_controlPlane)
        m_controlPlane->heartbeatSoon();
}

void DaemonRuntime::stop(int exitCode)
{
    if (m_stopping)
        return;
    m_stopping = true;
    qCInfo(lcDaemon).noquote() << logfmt(QStringLiteral("stopping"));
    sdNotify("STOPPING=1");
    Q_EMIT stopping();
    if (m_controlPlane)
        m_controlPlane->stop();
    if (m_tcp)
        m_tcp->close();
    connect(
        m_supervisor, &ComponentSupervisor::allStopped, this,
        [this, exitCode] {
            qCInfo(lcDaemon).noquote() << logfmt(QStringLiteral("stopped"),
                                                 {{QStringLiteral("exitCode"), QString::number(exitCode)}});
            Q_EMIT stopped(exitCode);
        },
        Qt::QueuedConnection);
    m_supervisor->stopAll();
}

QJsonObject DaemonRuntime::extension(const QString &name) const
{
    return m_config.extensions.value(name).toObject();
}

void DaemonRuntime::addMetricsCollector(MetricsCollector collector)
{
    m_collectors << std::move(collector);
}

void DaemonRuntime::addHealthCheck(const QString &name, HealthCheck check)
{
    m_healthChecks.emplace_back(name, std::move(check));
}

quint16 DaemonRuntime::serverPort() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QString DaemonRuntime::status() const
{
    bool fine = m_supervisor->allFine();
    for (const auto &[name, check] : m_healthChecks)
        fine = fine && check(nullptr);
    return fine ? QStringLiteral("ok") : QStringLiteral("degraded");
}

QJsonObject DaemonRuntime::healthJson() const
{
    QJsonObject out{{QStringLiteral("status"), status()},
                    {QStringLiteral("node"), m_config.node},
                    {QStringLiteral("cluster"), m_config.cluster},
                    {QStringLiteral("pillar"), QString::fromUtf8(topology::pillarName(m_config.pillar))},
                    {QStringLiteral("plan"), m_config.plan},
                    {QStringLiteral("uptimeSeconds"), uptimeSeconds()},
                    {QStringLiteral("version"), QStringLiteral(MB_VERSION)},
                    {QStringLiteral("components"), m_supervisor->toJson()}};
    if (!m_healthChecks.isEmpty()) {
        QJsonArray checks;
        for (const auto &[name, check] : m_healthChecks) {
            QString detail;
            const bool ok = check(&detail);
            QJsonObject entry{{QStringLiteral("name"), name}, {QStringLiteral("ok"), ok}};
            if (!detail.isEmpty())
                entry.insert(QStringLiteral("detail"), detail);
            checks.append(entry);
        }
        out.insert(QStringLiteral("checks"), checks);
    }
    if (m_controlPlane)
        out.insert(QStringLiteral("desiredConfigVersion"), m_controlPlane->configVersion());
    if (!m_configError.isEmpty())
        out.insert(QStringLiteral("configError"), m_configError);
    return out;
}

QJsonObject DaemonRuntime::heartbeatJson() const
{
    QJsonObject out{{QStringLiteral("node"), m_config.node},
                    {QStringLiteral("cluster"), m_config.cluster},
                    {QStringLiteral("pillar"), QString::fromUtf8(topology::pillarName(m_config.pillar))},
                    {QStringLiteral("plan"), m_config.plan},
                    {QStringLiteral("status"), status()},
                    {QStringLiteral("uptimeSeconds"), uptimeSeconds()},
                    {QStringLiteral("version"), QStringLiteral(MB_VERSION)},
                    {QStringLiteral("configVersion"), m_controlPlane ? m_controlPlane->configVersion() : 0},
                    {QStringLiteral("components"), m_supervisor->toJson()}};
    if (!m_configError.isEmpty())
        out.insert(QStringLiteral("configError"), m_configError);
    return out;
}

QByteArray DaemonRuntime::metricsText() const
{
    MetricsText out;
    m_host.collect(out);
    out.family("madbase_up", "Whether the MadBase daemon is up (1).", "gauge");
    out.sample("madbase_up", {}, 1);
    out.family("madbase_info", "The daemon's identity; the value is always 1.", "gauge");
    const QByteArray node = m_config.node.toUtf8();
    const QByteArray cluster = m_config.cluster.toUtf8();
    const QByteArray plan = m_config.plan.toUtf8();
    const std::string_view pillar = topology::pillarName(m_config.pillar);
    out.sample("madbase_info",
               {{"cluster", cluster},
                {"node", node},
                {"pillar", QByteArrayView(pillar.data(), static_cast<qsizetype>(pillar.size()))},
                {"plan", plan},
                {"version", MB_VERSION}},
               1);
    out.family("madbase_uptime_seconds", "Seconds since the daemon started.", "gauge");
    out.sample("madbase_uptime_seconds", {}, static_cast<double>(m_uptime.elapsed()) / 1000.0);
    out.family("madbase_heartbeats_total", "Heartbeats the control plane acknowledged.", "counter");
    out.sample("madbase_heartbeats_total", {},
               m_controlPlane ? static_cast<double>(m_controlPlane->heartbeatsSent()) : 0);
    out.family("madbase_heartbeat_failures_total", "Heartbeats that failed or were not acknowledged.",
               "counter");
    out.sample("madbase_heartbeat_failures_total", {},
               m_controlPlane ? static_cast<double>(m_controlPlane->heartbeatFailures()) : 0);
    out.family("madbase_desired_config_version", "Version of the desired config last received.", "gauge");
    out.sample("madbase_desired_config_version", {}, m_controlPlane ? m_controlPlane->configVersion() : 0);
    if (m_tcp) {
        out.family("madbase_http_rejected_total", "Requests refused for size (413) or slowness (408).",
                   "counter");
        out.sample("madbase_http_rejected_total", "reason", "too-large",
                   static_cast<double>(m_tcp->rejectedTooLarge()));
        out.sample("madbase_http_rejected_total", "reason", "timeout",
                   static_cast<double>(m_tcp->rejectedTimeout()));
    }
    m_supervisor->collectMetrics(out);
    for (const MetricsCollector &collector : m_collectors)
        collector(out);
    return out.take();
}

} // namespace mb::daemon
