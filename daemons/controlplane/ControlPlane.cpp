// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ControlPlane.h"

#include "AccessTokens.h"
#include "AgentRoutes.h"
#include "ApiJson.h"
#include "ApiRoutes.h"
#include "ComponentSpec.h"
#include "ConfigFeed.h"
#include "DaemonRuntime.h"
#include "EventLog.h"
#include "EventShipper.h"
#include "LogsRoutes.h"
#include "MetricsRoutes.h"
#include "NodeConfig.h"
#include "NodeInventory.h"
#include "NodeMonitor.h"
#include "Reconciler.h"
#include "ScrapeConfig.h"
#include "StateDrain.h"
#include "base/Secret.h"
#include "plan/Sha256.h"
#include "providers/ProviderFactory.h"
#include "store/Store.h"

#include <QHttpServer>
#include <QJsonObject>

Q_LOGGING_CATEGORY(lcControlPlane, "madbase.controlplane")

namespace mb::controlplane {

namespace {
constexpr const char *Ctx = "mb::controlplane";
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
{}

ControlPlane::ControlPlane(daemon::DaemonRuntime &runtime, std::unique_ptr<providers::Provider> provider,
                           std::string clusterSecret, QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
    , m_provider(std::move(provider))
    , m_clusterSecret(std::move(clusterSecret))
{}

ControlPlane::~ControlPlane()
{
    // Stop the worker before the store and provider it uses go away.
    m_reconciler.reset();
}

Result<void> ControlPlane::makeProvider(const QJsonObject &settings)
{
    providers::ProviderSettings wanted;
    wanted.provider =
        settings.value(QStringLiteral("provider")).toString(QStringLiteral("local")).toStdString();
    wanted.root = settings.value(QStringLiteral("root")).toString().toStdString();
    wanted.binDir = settings.value(QStringLiteral("binDir")).toString().toStdString();
    wanted.heartbeatSeconds = m_runtime.config().heartbeatSeconds;
    // The control plane starts many nodes over a long life: one spawn server per pillar saves
    // each node the exec and the linking of Qt. MADBASE_SPAWN_SERVERS=0 starts each with an exec.
    wanted.spawnServers = qEnvironmentVariable("MADBASE_SPAWN_SERVERS") != u"0";
    wanted.endpoint = settings.value(QStringLiteral("endpoint")).toString().toStdString();
    wanted.tokenFile = settings.value(QStringLiteral("tokenFile")).toString().toStdString();
    wanted.location =
        settings.value(QStringLiteral("location")).toString(QStringLiteral("fsn1")).toStdString();
    if (wanted.root.empty())
        return fail(ErrorCode::JsonMissingKey,
                    Message{Ctx,
                            MB_TR_NOOP("mb::controlplane",
                                       "extensions.system needs \"root\", the clusters' directory."),
                            {}},
                    "/extensions/system/root");
    auto provider = providers::makeProvider(wanted);
    if (!provider) {
        Error e = provider.error();
        e.pointer = "/extensions/system";
        return std::unexpected(std::move(e));
    }
    // The cluster's secret, from which every node's agent token is derived (the System node's
    // own token file holds only its derived token, like every other node).
    auto secret =
        readSecretFile(providers::clusterSecretFile(wanted, m_runtime.config().cluster.toStdString()));
    if (!secret)
        return std::unexpected(secret.error());
    m_clusterSecret = *secret;
    m_provider = std::move(*provider);
    return {};
}

Result<void> ControlPlane::init()
{
    const auto &config = m_runtime.config();
    const QJsonObject settings = m_runtime.extension(QStringLiteral("system"));
    const QString selfUrl =
        QStringLiteral("http://%1:%2").arg(config.listenAddress.toString()).arg(config.listenPort);

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
    m_runtime.addAccessToken(QByteArray::fromStdString(*apiToken));
    m_runtime.addOwnTokenPrefix(QStringLiteral("/v1/agents/"));
    if (!m_provider)
        if (auto made = makeProvider(settings); !made)
            return made;
    m_tokens = std::make_unique<AccessTokens>(QByteArray::fromStdString(*apiToken), m_clusterSecret);

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
    m_inventory = std::make_unique<NodeInventory>(std::move(m_provider), config.cluster.toStdString());
    m_probe = std::make_unique<HttpHealthProbe>(m_clusterSecret);
    m_hooks = std::make_unique<StateDrain>(m_inventory->provider(), config.cluster.toStdString());

    plan::ExecutorOptions executorOptions;
    executorOptions.controlPlaneUrl = selfUrl.toStdString();
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
    m_events = std::make_unique<EventLog>(*m_store);
    // The executor calls the provider on the reconciler's thread (providers are thread-safe),
    // through the inventory, which learns of every change it makes.
    m_reconciler =
        std::make_unique<Reconciler>(*m_store, m_inventory->provider(), *m_probe, *m_hooks, executorOptions);
    m_config = std::make_unique<ConfigFeed>(*m_store, *m_inventory, std::move(*nodeConfig));
    m_monitor = std::make_unique<NodeMonitor>(*m_inventory, *m_events, *m_reconciler, config.node,
                                              config.heartbeatSeconds);
    // VictoriaMetrics scrapes what the inventory and the heartbeats name (docs/observability.md).
    ScrapeInputs scrape;
    scrape.cluster = config.cluster.toStdString();
    scrape.components = [this, self = config.node.toStdString()](const std::string &node) {
        return node == self ? m_runtime.components().toJson()
                            : m_monitor->heartbeat(QString::fromStdString(node))
                                  .body.value(QLatin1String("components"))
                                  .toArray();
    };
    scrape.token = [secret = m_clusterSecret](const std::string &node) {
        return plan::hmacSha256Hex(secret, node);
    };
    m_scrape = std::make_unique<ScrapeConfigWriter>(config.dataDir + QStringLiteral("/scrape.json"),
                                                    std::move(scrape), *m_inventory);
    m_api = std::make_unique<ApiRoutes>(m_runtime, *m_tokens, *m_store, *m_inventory, *m_monitor, *m_events,
                                        *m_reconciler);
    m_agents = std::make_unique<AgentRoutes>(*m_tokens, *m_inventory, *m_monitor, *m_config, config.cluster);

    connect(m_reconciler.get(), &Reconciler::eventStored, m_events.get(), &EventLog::notifyStored,
            Qt::QueuedConnection);
    // A topology stored, a plan made: a desired config may have moved.
    connect(m_events.get(), &EventLog::stored, m_config.get(), &ConfigFeed::scheduleWake);
    connect(m_reconciler.get(), &Reconciler::resumeFinished, m_monitor.get(), &NodeMonitor::restartDeadNodes,
            Qt::QueuedConnection);
    // Converge or say so: after a resume and after every apply, what still differs is reported.
    connect(m_reconciler.get(), &Reconciler::resumeFinished, this, &ControlPlane::reportDrift,
            Qt::QueuedConnection);
    connect(m_reconciler.get(), &Reconciler::applyFinished, this, &ControlPlane::applyFinished,
            Qt::QueuedConnection);

    m_api->registerRoutes(m_runtime.httpServer());
    // The System node's VictoriaMetrics: its first port slot (resources/templates/system.json).
    QUrl victoriaMetrics;
    victoriaMetrics.setScheme(QStringLiteral("http"));
    victoriaMetrics.setHost(config.listenAddress.toString());
    victoriaMetrics.setPort(daemon::componentPort(config.listenPort, 1));
    m_metrics = std::make_unique<MetricsRoutes>(*m_tokens, victoriaMetrics);
    m_metrics->registerRoutes(m_runtime.httpServer());
    if (auto logs = makeLogsRoutes(settings); !logs)
        return std::unexpected(logs.error());
    m_logs->registerRoutes(m_runtime.httpServer());
    m_eventShipper = std::make_unique<EventShipper>(*m_store, *m_events);
    m_agents->registerRoutes(m_runtime.httpServer());
    m_inventory->refresh(); // the first snapshot, for the agents that report in at once
    m_reconciler->start();
    m_monitor->start();

    m_events->append(QStringLiteral("control-plane-started"), config.node, std::nullopt,
                     MB_TR_NOOP("mb::controlplane", "Control plane of %1 started at %2."),
                     {config.cluster, selfUrl});
    return {};
}

void ControlPlane::applyFinished(qint64 planId, const QString &status, const QString &message)
{
    m_events->append(
        QStringLiteral("apply-finished"), QString(), planId,
        status == u"succeeded" ? MB_TR_NOOP("mb::controlplane", "Apply of plan %1 finished.")
        : status == u"cancelled"
            ? MB_TR_NOOP("mb::controlplane", "Apply of plan %1 was cancelled; apply again to resume.")
            : MB_TR_NOOP("mb::controlplane", "Apply of plan %1 failed: %2"),
        {QString::number(planId), message}, QJsonObject{{QStringLiteral("status"), status}});
    reportDrift();
}

void ControlPlane::reportDrift()
{
    if (m_reconciler->busy())
        return;
    m_inventory->refresh([this](const Result<NodeInventory::Nodes> &nodes) {
        if (m_reconciler->busy())
            return; // the next apply reports when it is over
        const QJsonObject pending = pendingJson(*m_store, nodes);
        const qint64 count = pending.value(QStringLiteral("count")).toInteger();
        if (count == 0)
            return;
        m_events->append(
            QStringLiteral("drift"), QString(), std::nullopt,
            MB_TR_NOOP("mb::controlplane",
                       "%1 changes pending: the nodes differ from topology revision %2. Review the "
                       "plan and apply it (madbasectl apply)."),
            {QString::number(count), QString::number(pending.value(QStringLiteral("revision")).toInteger())},
            pending);
    });
}

Result<void> ControlPlane::makeLogsRoutes(const QJsonObject &settings)
{
    const auto &config = m_runtime.config();
    // An external Loki replaces the embedded store; every client still speaks only Loki's API.
    const QString external = settings.value(QStringLiteral("lokiUrl")).toString();
    QUrl store(external);
    QByteArray token;
    if (external.isEmpty()) {
        store = QUrl(QStringLiteral("http://%1:%2")
                         .arg(config.listenAddress.toString())
                         .arg(daemon::componentPort(config.listenPort, 2)));
        // The embedded store takes the System node's own token (resources/templates/system.json);
        // a control plane built without a token file (tests) sends none and gets the store's 401.
        if (!config.tokenFile.isEmpty()) {
            auto own = daemon::readTokenFile(config.tokenFile);
            if (!own)
                return std::unexpected(own.error());
            token = *own;
        }
    } else if (!store.isValid() || (store.scheme() != u"http" && store.scheme() != u"https")) {
        return fail(ErrorCode::JsonValue,
                    Message{Ctx,
                            MB_TR_NOOP("mb::controlplane", "lokiUrl must be an http(s) URL, not \"%1\"."),
                            {external.toStdString()}},
                    "/extensions/system/lokiUrl");
    }
    m_logs = std::make_unique<LogsRoutes>(*m_tokens, store, token, config.cluster);
    return {};
}

} // namespace mb::controlplane
