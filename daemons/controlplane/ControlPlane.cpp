// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ControlPlane.h"

#include "ApiJson.h"
#include "DaemonRuntime.h"
#include "base/Secret.h"
#include "plan/Sha256.h"
#include "providers/local/LocalProvider.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcControlPlane, "madbase.controlplane")

namespace mb::controlplane {

namespace {
/// Missed heartbeats before a node is reported unhealthy.
constexpr const char *Ctx = "mb::controlplane";
constexpr int MissedHeartbeats = 3;
constexpr int MaxWaitSeconds = 60;
constexpr int EventBatch = 500;
/// A heartbeat carries a node's name and a few figures; more is not a heartbeat.
constexpr qsizetype MaxHeartbeatBytes = 16 * 1024;
} // namespace

HttpHealthProbe::HttpHealthProbe(std::string clusterSecret)
    : m_secret(std::move(clusterSecret))
{}

Result<bool> HttpHealthProbe::healthy(const providers::NodeInfo &node)
{
    net::HttpRequest request;
    request.url = "http://" + node.address + "/health";
    // Each node knows only its own token (per request: the executor asks from many threads).
    request.headers.set("Authorization", "Bearer " + plan::hmacSha256Hex(m_secret, node.name));
    request.timeout = std::chrono::seconds(3);
    auto response = m_client.request(request);
    if (response && response->status == 401) {
        // A node made before per-node tokens holds the cluster's secret itself.
        request.headers.set("Authorization", "Bearer " + m_secret);
        response = m_client.request(request);
    }
    if (!response)
        return std::unexpected(response.error());
    return response->status == 200;
}

ControlPlane::ControlPlane(daemon::DaemonRuntime &runtime, QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
{
    m_waiterTimer.setInterval(250);
    connect(&m_waiterTimer, &QTimer::timeout, this, &ControlPlane::wakeWaiters);
    connect(&m_monitor, &QTimer::timeout, this, &ControlPlane::checkNodes);
}

ControlPlane::~ControlPlane()
{
    // Stop the worker before the store and provider it uses go away.
    m_reconciler.reset();
}

Result<void> ControlPlane::init()
{
    const auto &config = m_runtime.config();
    const QJsonObject settings = m_runtime.extension(QStringLiteral("system"));
    m_cluster = config.cluster;
    m_systemNode = config.node;
    m_heartbeatSeconds = config.heartbeatSeconds;
    m_selfUrl = QStringLiteral("http://%1:%2").arg(config.listenAddress.toString()).arg(config.listenPort);

    const QString apiTokenFile = settings.value(QStringLiteral("apiTokenFile")).toString();
    if (apiTokenFile.isEmpty())
        return fail(
            ErrorCode::JsonMissingKey,
            Message{Ctx,
                    MB_TR_NOOP("mb::controlplane", "The config has no extensions.system.apiTokenFile: "
                                                   "the control plane needs an API token."),
                    {}},
            "/extensions/system/apiTokenFile");
    auto apiToken = readSecretFile(apiTokenFile.toStdString());
    if (!apiToken)
        return std::unexpected(apiToken.error());
    m_apiToken = QByteArray::fromStdString(*apiToken);
    m_runtime.addAccessToken(m_apiToken);
    m_runtime.addOwnTokenPrefix(QStringLiteral("/v1/agents/"));

    const QString provider = settings.value(QStringLiteral("provider")).toString(QStringLiteral("local"));
    if (provider != u"local")
        return fail(ErrorCode::JsonValue,
                    Message{Ctx,
                            MB_TR_NOOP("mb::controlplane",
                                       "Provider \"%1\" is not supported by this control plane yet."),
                            {provider.toStdString()}},
                    "/extensions/system/provider");
    providers::local::LocalProviderOptions options;
    options.root = settings.value(QStringLiteral("root")).toString().toStdString();
    options.binDir = settings.value(QStringLiteral("binDir")).toString().toStdString();
    options.heartbeatSeconds = m_heartbeatSeconds;
    // The control plane starts many nodes over a long life: one spawn server per pillar saves
    // each node the exec and the linking of Qt. MADBASE_SPAWN_SERVERS=0 starts each with an exec.
    options.spawnServers = qEnvironmentVariable("MADBASE_SPAWN_SERVERS") != u"0";
    if (options.root.empty() || options.binDir.empty())
        return fail(
            ErrorCode::JsonMissingKey,
            Message{Ctx,
                    MB_TR_NOOP("mb::controlplane",
                               "extensions.system needs \"root\" and \"binDir\" for the local provider."),
                    {}},
            "/extensions/system");
    auto local = std::make_unique<providers::local::LocalProvider>(options);
    // The cluster's secret, from which every node's agent token is derived (the System node's
    // own token file holds only its derived token, like every other node).
    auto agentSecret = readSecretFile(local->agentTokenFile(m_cluster.toStdString()));
    if (!agentSecret)
        return std::unexpected(agentSecret.error());
    m_agentSecret = *agentSecret;
    m_provider = std::move(local);

    const QString storePath = config.dataDir + QStringLiteral("/control-plane.sqlite");
    // WAL with synchronous=NORMAL: a killed control plane loses nothing committed (the crash
    // test kills it at random points); only a power cut may lose the last commits, and the
    // executor checks reality before redoing anything. FULL fsyncs every journal entry and made
    // a 50-node apply wait on the disk.
    store::StoreOptions storeOptions;
    storeOptions.syncEveryCommit = false;
    auto store = store::Store::open(storePath.toStdString(), storeOptions);
    if (!store)
        return std::unexpected(store.error());
    m_store = std::make_unique<store::Store>(std::move(*store));
    auto nodeConfig = NodeConfig::open(config.dataDir.toStdString());
    if (!nodeConfig)
        return std::unexpected(nodeConfig.error());
    m_nodeConfig = std::move(*nodeConfig);
    m_probe = std::make_unique<HttpHealthProbe>(m_agentSecret);

    plan::ExecutorOptions executorOptions;
    executorOptions.controlPlaneUrl = m_selfUrl.toStdString();
    executorOptions.healthTimeout = std::chrono::seconds(60);
    executorOptions.healthInterval = std::chrono::milliseconds(20);
    executorOptions.backoffBase = std::chrono::milliseconds(200);
    executorOptions.backoffCap = std::chrono::seconds(5);
    if (const QString value = qEnvironmentVariable("MADBASE_PARALLELISM"); !value.isEmpty()) {
        bool ok = false;
        const int parallelism = value.toInt(&ok);
        if (ok && parallelism >= 1 && parallelism <= 100)
            executorOptions.parallelism = parallelism;
        else
            qCWarning(lcControlPlane).noquote() << "MADBASE_PARALLELISM must be 1 to 100, not" << value
                                                << "- keeping" << executorOptions.parallelism;
    }
    m_reconciler = std::make_unique<Reconciler>(*m_store, *m_provider, *m_probe, m_hooks, executorOptions);
    connect(m_reconciler.get(), &Reconciler::eventStored, this, &ControlPlane::scheduleWake,
            Qt::QueuedConnection);
    connect(m_reconciler.get(), &Reconciler::resumeFinished, this, &ControlPlane::restartDeadNodes,
            Qt::QueuedConnection);
    // Converge or say so: after a resume and after every apply, what still differs is reported.
    connect(m_reconciler.get(), &Reconciler::resumeFinished, this, &ControlPlane::reportDrift,
            Qt::QueuedConnection);
    connect(
        m_reconciler.get(), &Reconciler::applyFinished, this,
        [this](qint64 planId, const QString &status, const QString &message) {
            appendEvent(
                QStringLiteral("apply-finished"), QString(), planId,
                status == u"succeeded" ? MB_TR_NOOP("mb::controlplane", "Apply of plan %1 finished.")
                : status == u"cancelled"
                    ? MB_TR_NOOP("mb::controlplane", "Apply of plan %1 was cancelled; apply again to resume.")
                    : MB_TR_NOOP("mb::controlplane", "Apply of plan %1 failed: %2"),
                {QString::number(planId), message}, QJsonObject{{QStringLiteral("status"), status}});
            reportDrift();
        },
        Qt::QueuedConnection);

    registerRoutes();
    m_reconciler->start();
    m_waiterTimer.start();
    m_monitor.start(std::max(1, m_heartbeatSeconds) * 1000);

    appendEvent(QStringLiteral("control-plane-started"), m_systemNode, std::nullopt,
                MB_TR_NOOP("mb::controlplane", "Control plane of %1 started at %2."), {m_cluster, m_selfUrl});
    return {};
}

bool ControlPlane::authorized(const QHttpServerRequest &request, Scope scope, const QString &node) const
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer "))
        return false;
    const std::string_view token(header.constData() + 7, static_cast<std::size_t>(header.size() - 7));
    if (constantTimeEquals(
            token, std::string_view(m_apiToken.constData(), static_cast<std::size_t>(m_apiToken.size()))))
        return true; // the operator's token opens every route
    // An agent speaks for one node: its token is the one derived for the node it names. A node
    // made before per-node tokens holds the cluster's secret itself, which no newer node has.
    if (scope != Scope::Agent || node.isEmpty())
        return false;
    const bool own = constantTimeEquals(token, plan::hmacSha256Hex(m_agentSecret, node.toStdString()));
    const bool legacy = constantTimeEquals(token, m_agentSecret);
    return own || legacy;
}

std::optional<ControlPlane::Refusal> ControlPlane::refuseAgent(const QHttpServerRequest &request,
                                                               const QString &node)
{
    if (!authorized(request, Scope::Agent, node))
        return Refusal{errorJson(u"unauthorized",
                                 tr("A valid agent token for the node named in the request is required.")),
                       QHttpServerResponder::StatusCode::Unauthorized};
    // Only nodes on record: a heartbeat for any other name is refused before it costs memory.
    const auto found = m_provider->findNode(m_cluster.toStdString(), node.toStdString());
    if (!found || !*found)
        return Refusal{errorJson(u"unknown-node",
                                 tr("There is no node \"%1\" in cluster %2.").arg(node.left(64), m_cluster)),
                       QHttpServerResponder::StatusCode::NotFound};
    return std::nullopt;
}

void ControlPlane::appendEvent(const QString &kind, const QString &node, std::optional<qint64> planId,
                               const char *source, const QStringList &args, const QJsonObject &data)
{
    store::Event event;
    event.kind = kind.toStdString();
    event.node = node.toStdString();
    event.planId = planId;
    Message message{"mb::controlplane", source, {}};
    QJsonArray trArgs;
    for (const QString &a : args) {
        message.args.push_back(a.toStdString());
        trArgs.append(a);
    }
    event.message = message.text();
    QJsonObject withTr = data;
    withTr.insert(QStringLiteral("tr"),
                  QJsonObject{{QStringLiteral("context"), QString::fromLatin1(message.context)},
                              {QStringLiteral("source"), QString::fromUtf8(source)},
                              {QStringLiteral("args"), trArgs}});
    event.data = QJsonDocument(withTr).toJson(QJsonDocument::Compact).toStdString();
    if (const auto seq = m_store->appendEvent(event); !seq)
        qCWarning(lcControlPlane).noquote()
            << "cannot store event:" << QString::fromStdString(seq.error().describe());
    scheduleWake();
}

bool ControlPlane::readLongPoll(const QHttpServerRequest &request, QHttpServerResponder &responder,
                                qint64 *after, int *wait)
{
    // One reading for both long-polls: the same bad value gets the same answer on each.
    const QUrlQuery query(request.url());
    bool ok = true;
    *after = query.hasQueryItem(QStringLiteral("after"))
                 ? query.queryItemValue(QStringLiteral("after")).toLongLong(&ok)
                 : 0;
    bool waitOk = true;
    *wait = query.hasQueryItem(QStringLiteral("wait"))
                ? query.queryItemValue(QStringLiteral("wait")).toInt(&waitOk)
                : 0;
    if (ok && waitOk && *after >= 0 && *wait >= 0 && *wait <= MaxWaitSeconds)
        return true;
    respondJson(
        responder,
        errorJson(
            u"bad-request",
            tr("\"after\" must be a sequence number and \"wait\" 0 to %1 seconds.").arg(MaxWaitSeconds)),
        QHttpServerResponder::StatusCode::BadRequest);
    return false;
}

void ControlPlane::getEvents(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (!authorized(request, Scope::Api)) {
        respondJson(responder, errorJson(u"unauthorized", tr("A valid API token is required.")),
                    QHttpServerResponder::StatusCode::Unauthorized);
        return;
    }
    qint64 after = 0;
    int wait = 0;
    if (!readLongPoll(request, responder, &after, &wait))
        return;
    Waiter waiter{QPointer<QTcpSocket>(responder.socket()),     std::move(responder), after, false, {},
                  QDateTime::currentDateTimeUtc().addSecs(wait)};
    m_waiters.push_back(std::move(waiter));
    answerWaiter(m_waiters.back());
}

void ControlPlane::getAgentConfig(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QUrlQuery query(request.url());
    if (auto refused = refuseAgent(request, query.queryItemValue(QStringLiteral("node")))) {
        respondJson(responder, refused->body, refused->status);
        return;
    }
    qint64 after = 0;
    int wait = 0;
    if (!readLongPoll(request, responder, &after, &wait))
        return;
    Waiter waiter{QPointer<QTcpSocket>(responder.socket()),
                  std::move(responder),
                  after,
                  true,
                  query.queryItemValue(QStringLiteral("node")),
                  QDateTime::currentDateTimeUtc().addSecs(wait)};
    m_waiters.push_back(std::move(waiter));
    answerWaiter(m_waiters.back());
}

void ControlPlane::answerWaiter(Waiter &waiter, std::optional<qint64> topologyVersion)
{
    if (!waiter.socket || waiter.socket->state() != QAbstractSocket::ConnectedState) {
        waiter.deadline = {}; // the client left; drop it
        return;
    }
    const bool expired = QDateTime::currentDateTimeUtc() >= waiter.deadline;
    if (waiter.config) {
        const qint64 topology = topologyVersion ? *topologyVersion : latestTopologyVersion();
        // The node's values follow the inventory (NodeConfig); the version moves with them.
        // Read at most every 200 ms, however many nodes wait.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!m_configNodesRead.isValid() || m_configNodesRead.msecsTo(now) > 200) {
            if (auto nodes = m_provider->listNodes(m_cluster.toStdString()))
                m_configNodes = std::move(*nodes);
            m_configNodesRead = now;
        }
        const QJsonObject values = m_nodeConfig->valuesFor(waiter.node, m_configNodes);
        const qint64 version = m_nodeConfig->versionFor(waiter.node, topology, values);
        if (version > waiter.after) {
            QJsonObject answer = agentConfigJson(topology, waiter.node, *m_store);
            QJsonObject desired = answer.value(QLatin1String("config")).toObject();
            if (!values.isEmpty())
                desired.insert(QStringLiteral("values"), values);
            answer.insert(QStringLiteral("version"), version);
            answer.insert(QStringLiteral("config"), desired);
            respondJson(waiter.responder, answer);
            waiter.deadline = {};
        } else if (expired) {
            waiter.responder.write(QHttpServerResponder::StatusCode::NoContent);
            waiter.deadline = {};
        }
        return;
    }
    const auto events = m_store->eventsAfter(waiter.after, EventBatch);
    if (!events) {
        respondJson(waiter.responder,
                    errorJson(u"store", QString::fromStdString(events.error().message.text())),
                    QHttpServerResponder::StatusCode::ServiceUnavailable);
        waiter.deadline = {};
        return;
    }
    if (!events->empty() || expired) {
        respondJson(waiter.responder, eventsJson(*events, waiter.after));
        waiter.deadline = {};
    }
}

qint64 ControlPlane::latestTopologyVersion() const
{
    const auto latest = m_store->latestTopologyRevision();
    return latest && *latest ? (*latest)->id : 0;
}

void ControlPlane::scheduleWake()
{
    // An apply stores hundreds of events in a burst while every node holds a desired-config
    // long-poll: the waiters are woken once per turn of the event loop, not once per event.
    if (m_wakeScheduled)
        return;
    m_wakeScheduled = true;
    QMetaObject::invokeMethod(this, &ControlPlane::wakeWaiters, Qt::QueuedConnection);
}

void ControlPlane::wakeWaiters()
{
    m_wakeScheduled = false;
    std::optional<qint64> topologyVersion; // read once for all the config long-polls
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (it->deadline.isValid()) {
            if (it->config && !topologyVersion)
                topologyVersion = latestTopologyVersion();
            answerWaiter(*it, topologyVersion);
        }
        it = it->deadline.isValid() ? std::next(it) : m_waiters.erase(it);
    }
}

QHttpServerResponse ControlPlane::postHeartbeat(const QHttpServerRequest &request)
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
    if (const auto refused = refuseAgent(request, node))
        return jsonResponse(refused->body, refused->status);
    m_heartbeats.insert(node, Heartbeat{QDateTime::currentDateTimeUtc(), *body});
    if (m_health.value(node) == u"unhealthy") {
        m_health.insert(node, QStringLiteral("healthy"));
        appendEvent(QStringLiteral("node-recovered"), node, std::nullopt,
                    MB_TR_NOOP("mb::controlplane", "%1 is healthy again."), {node});
    }
    m_health.insert(node, QStringLiteral("healthy"));
    return jsonResponse(QJsonObject{{QStringLiteral("ok"), true}});
}

void ControlPlane::checkNodes()
{
    if (m_reconciler->busy())
        return; // the executor owns the nodes while it applies
    auto nodes = m_provider->listNodes(m_cluster.toStdString());
    if (!nodes)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 limitMs = qint64(MissedHeartbeats) * m_heartbeatSeconds * 1000;
    pruneNodeState(*nodes);
    for (const providers::NodeInfo &n : *nodes) {
        const QString name = QString::fromStdString(n.name);
        if (name == m_systemNode || n.state == providers::NodeState::Stopped)
            continue;
        const QDateTime started = QDateTime::fromSecsSinceEpoch(
            std::chrono::duration_cast<std::chrono::seconds>(n.started.time_since_epoch()).count(), Qt::UTC);
        const QDateTime last =
            std::max(m_heartbeats.value(name).last.isValid() ? m_heartbeats.value(name).last : started,
                     m_restarted.value(name, started));
        if (last.msecsTo(now) <= limitMs && n.state == providers::NodeState::Running)
            continue;
        if (m_health.value(name) != u"unhealthy") {
            m_health.insert(name, QStringLiteral("unhealthy"));
            appendEvent(QStringLiteral("node-unhealthy"), name, std::nullopt,
                        MB_TR_NOOP("mb::controlplane", "%1 missed %2 heartbeats; it is unhealthy."),
                        {name, QString::number(MissedHeartbeats)});
        }
        if (n.state != providers::NodeState::Running)
            restartNode(n, now);
    }
}

void ControlPlane::pruneNodeState(const std::vector<providers::NodeInfo> &nodes)
{
    // Per-node state lives as long as the node's record: a node that left is forgotten.
    QSet<QString> names;
    for (const providers::NodeInfo &n : nodes)
        names.insert(QString::fromStdString(n.name));
    const auto gone = [&](const QString &name) { return !names.contains(name); };
    m_heartbeats.removeIf([&](const auto &it) { return gone(it.key()); });
    m_health.removeIf([&](const auto &it) { return gone(it.key()); });
    m_restarted.removeIf([&](const auto &it) { return gone(it.key()); });
}

void ControlPlane::restartNode(const providers::NodeInfo &node, const QDateTime &now)
{
    const QString name = QString::fromStdString(node.name);
    if (const auto started = m_provider->startNode(m_cluster.toStdString(), node.name); started) {
        m_restarted.insert(name, now);
        appendEvent(QStringLiteral("node-restarted"), name, std::nullopt,
                    MB_TR_NOOP("mb::controlplane", "%1 had stopped; the control plane started it again."),
                    {name});
    } else {
        appendEvent(QStringLiteral("node-restart-failed"), name, std::nullopt,
                    MB_TR_NOOP("mb::controlplane", "%1 could not be started again: %2"),
                    {name, QString::fromStdString(started.error().message.text())});
    }
}

void ControlPlane::restartDeadNodes()
{
    // At start (after a crash, or a restart of the machine), once any unfinished apply is done,
    // nodes that should run but do not are brought back at once rather than at the first
    // heartbeat check. Living nodes are left to
    // report in: they have not had the chance to send a heartbeat to this control plane yet.
    if (m_reconciler->busy())
        return; // an apply came first and owns the nodes; the monitor looks after them later
    auto nodes = m_provider->listNodes(m_cluster.toStdString());
    if (!nodes)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const providers::NodeInfo &n : *nodes)
        if (n.state == providers::NodeState::Failed && QString::fromStdString(n.name) != m_systemNode)
            restartNode(n, now);
}

void ControlPlane::registerRoutes()
{
    using Method = QHttpServerRequest::Method;
    auto &http = m_runtime.httpServer();
    auto guard = [this](const QHttpServerRequest &request, auto handler) -> QHttpServerResponse {
        if (!authorized(request, Scope::Api))
            return jsonResponse(errorJson(u"unauthorized", tr("A valid API token is required.")),
                                QHttpServerResponse::StatusCode::Unauthorized);
        return handler();
    };
    http.route(QStringLiteral("/v1/health"), Method::Get,
               [=, this](const QHttpServerRequest &r) { return guard(r, [&] { return getHealth(); }); });
    http.route(QStringLiteral("/v1/topology"), Method::Get,
               [=, this](const QHttpServerRequest &r) { return guard(r, [&] { return getTopology(); }); });
    http.route(QStringLiteral("/v1/topology"), Method::Put,
               [=, this](const QHttpServerRequest &r) { return guard(r, [&] { return putTopology(r); }); });
    http.route(QStringLiteral("/v1/plan"), Method::Post,
               [=, this](const QHttpServerRequest &r) { return guard(r, [&] { return postPlan(); }); });
    http.route(QStringLiteral("/v1/apply"), Method::Post,
               [=, this](const QHttpServerRequest &r) { return guard(r, [&] { return postApply(r); }); });
    http.route(QStringLiteral("/v1/cancel"), Method::Post,
               [=, this](const QHttpServerRequest &r) { return guard(r, [&] { return postCancel(); }); });
    http.route(QStringLiteral("/v1/nodes"), Method::Get,
               [=, this](const QHttpServerRequest &r) { return guard(r, [&] { return getNodes(); }); });
    http.route(QStringLiteral("/v1/pillars/<arg>/scale"), Method::Post,
               [=, this](const QString &p, const QHttpServerRequest &r) {
                   return guard(r, [&] { return postScale(p, r); });
               });
    http.route(QStringLiteral("/v1/pillars/<arg>/resize"), Method::Post,
               [=, this](const QString &p, const QHttpServerRequest &r) {
                   return guard(r, [&] { return postResize(p, true, r); });
               });
    http.route(QStringLiteral("/v1/nodes/<arg>/resize"), Method::Post,
               [=, this](const QString &n, const QHttpServerRequest &r) {
                   return guard(r, [&] { return postResize(n, false, r); });
               });
    http.route(QStringLiteral("/v1/events"), Method::Get,
               [this](const QHttpServerRequest &r, QHttpServerResponder &&responder) {
                   getEvents(r, std::move(responder));
               });
    http.route(QStringLiteral("/v1/agents/heartbeat"), Method::Post,
               [this](const QHttpServerRequest &r) { return postHeartbeat(r); });
    http.route(QStringLiteral("/v1/agents/config"), Method::Get,
               [this](const QHttpServerRequest &r, QHttpServerResponder &&responder) {
                   getAgentConfig(r, std::move(responder));
               });

    // Any other method on a known path: 405 with the methods it takes (rules are tried in
    // order, so these only see what the ones above did not take).
    auto wrongMethod = [](const QByteArray &allow) {
        QHttpServerResponse response = jsonResponse(
            errorJson(u"method-not-allowed", tr("This path takes %1 only.").arg(QString::fromLatin1(allow))),
            QHttpServerResponse::StatusCode::MethodNotAllowed);
        response.setHeader("Allow", allow);
        return response;
    };
    const std::pair<const char *, const char *> paths[] = {
        {"/v1/health", "GET"}, {"/v1/topology", "GET, PUT"},     {"/v1/plan", "POST"},
        {"/v1/apply", "POST"}, {"/v1/cancel", "POST"},           {"/v1/nodes", "GET"},
        {"/v1/events", "GET"}, {"/v1/agents/heartbeat", "POST"}, {"/v1/agents/config", "GET"}};
    for (const auto &[path, allow] : paths)
        http.route(QString::fromLatin1(path), Method::AnyKnown,
                   [=](const QHttpServerRequest &) { return wrongMethod(allow); });
    for (const char *path : {"/v1/pillars/<arg>/scale", "/v1/pillars/<arg>/resize", "/v1/nodes/<arg>/resize"})
        http.route(QString::fromLatin1(path), Method::AnyKnown,
                   [=](const QString &, const QHttpServerRequest &) { return wrongMethod("POST"); });
}

} // namespace mb::controlplane
