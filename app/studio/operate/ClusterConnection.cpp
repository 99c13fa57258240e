// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ClusterConnection.h"

#include "api/ClusterProvider.h"
#include "api/LocalBootstrap.h"
#include "base/Secret.h"
#include "common/CoreText.h"
#include "providers/local/LocalProvider.h"
#include "topology/PlanCatalogue.h"
#include "topology/Topology.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QtConcurrent>

namespace mb::studio {

namespace {

constexpr int NodesIntervalMs = 2000;
constexpr int HealthAttempts = 150; // × 200 ms

std::filesystem::path defaultRoot()
{
    const QByteArray env = qgetenv("MADBASE_ROOT");
    return env.isEmpty() ? providers::local::LocalProvider::defaultRoot()
                         : std::filesystem::path(env.toStdString());
}

/// Runs `work` on the thread pool and `done` with its result on `context`'s thread.
template <typename Work, typename Done> void runThenCallback(QObject *context, Work work, Done done)
{
    using Result = decltype(work());
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done = std::move(done)] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

PlanAction::Kind kindOf(const QString &kind)
{
    if (kind == u"destroy")
        return PlanAction::Kind::Remove;
    if (kind == u"resize")
        return PlanAction::Kind::Resize;
    return PlanAction::Kind::Create;
}

/// What one change adds to the monthly bill: its server, and a public IPv4 for public nodes.
topology::Micros monthlyDelta(const PlanAction &a, const std::string &location)
{
    const auto &catalogue = topology::PlanCatalogue::builtin();
    const auto price = [&](const QString &plan) -> topology::Micros {
        const auto resolved = catalogue.resolve(plan.toStdString());
        if (!resolved)
            return 0;
        const auto it = resolved->plan->prices.find(location);
        return it == resolved->plan->prices.end() ? 0 : it->second.monthly;
    };
    const topology::Micros ip =
        topology::zoneOf(a.pillar) == topology::Zone::Public ? catalogue.primaryIpv4().monthly : 0;
    switch (a.kind) {
    case PlanAction::Kind::Create:
        return price(a.toPlan) + ip;
    case PlanAction::Kind::Remove:
        return -(price(a.fromPlan) + ip);
    case PlanAction::Kind::Resize:
        return price(a.toPlan) - price(a.fromPlan);
    }
    return 0;
}

} // namespace

ClusterConnection::ClusterConnection(QObject *parent)
    : OperateController(parent)
    , m_root(defaultRoot())
{
    m_nodesTimer.setInterval(NodesIntervalMs);
    connect(&m_nodesTimer, &QTimer::timeout, this, &ClusterConnection::pollNodes);
}

ClusterConnection::~ClusterConnection() = default;

QString ClusterConnection::endpoint() const
{
    return m_client ? m_client->baseUrl().toString() : QString();
}

OperateController::CheckTargetJob ClusterConnection::checkTarget() const
{
    if (m_state != ConnectionState::Connected || !m_client)
        return {};
    return [root = m_root, cluster = m_cluster.toStdString()]() -> Result<api::CheckTarget> {
        // The CA is pinned from the cluster's record; the first check after bootstrap keeps it there.
        const auto record = api::pinLocalClusterCa(root, cluster);
        if (!record)
            return std::unexpected(record.error());
        auto token = readSecretFile(api::ClusterRecord::tokenPath(root, record->name));
        if (!token)
            return std::unexpected(token.error());
        return api::CheckTarget{record->apiUrl, std::move(*token), record->caCertificate};
    };
}

void ClusterConnection::setState(ConnectionState state, const QString &detail)
{
    m_state = state;
    Q_EMIT connectionStateChanged(state, detail);
}

void ClusterConnection::connectToCluster(const topology::Topology &design)
{
    if (m_state != ConnectionState::NotConnected || m_busy)
        return;
    m_busy = true;
    m_cluster = QString::fromStdString(design.name);
    setState(ConnectionState::Connecting, tr("Looking for cluster %1…").arg(m_cluster));
    const std::filesystem::path root = m_root;
    runThenCallback(
        this,
        [root, design]() -> Endpoint {
            // Connect when the cluster is up; otherwise bootstrap its System node here.
            auto open = api::openLocal(root, design.name);
            if (!open && open.error().code == ErrorCode::IoNotFound)
                open = api::bootstrapLocal(root, providers::local::LocalProvider::executableDir(), design,
                                           qEnvironmentVariableIntValue("MADBASE_HEARTBEAT_SECONDS"));
            if (!open)
                return Endpoint{{}, {}, {}, app::describe(open.error())};
            // A System node that is not running (a crash, a restart of the machine) is started
            // again; the connection then waits for its control plane as for any other.
            if (const auto started = api::startSystemIfDown(root, design.name); !started)
                return Endpoint{{}, {}, {}, app::describe(started.error())};
            return Endpoint{QString::fromStdString(open->record.apiUrl),
                            QString::fromStdString(open->apiToken),
                            QString::fromStdString(open->record.systemNode),
                            {}};
        },
        [this](const Endpoint &endpoint) { onEndpoint(endpoint); });
}

void ClusterConnection::onEndpoint(const Endpoint &endpoint)
{
    if (!endpoint.error.isEmpty()) {
        m_busy = false;
        setState(ConnectionState::NotConnected, endpoint.error);
        return;
    }
    m_systemNode = endpoint.systemNode;
    m_client = std::make_unique<app::ControlPlaneClient>(QUrl(endpoint.url), endpoint.token);
    connect(m_client.get(), &app::ControlPlaneClient::eventsReceived, this, &ClusterConnection::onEvents);
    connect(m_client.get(), &app::ControlPlaneClient::connectionChanged, this,
            [this](bool connected, const QString &reason) {
                if (m_state == ConnectionState::NotConnected || m_state == ConnectionState::Connecting)
                    return;
                setState(connected ? ConnectionState::Connected : ConnectionState::Reconnecting,
                         connected ? QString() : tr("Retrying: %1").arg(reason));
            });
    setState(ConnectionState::Connecting, tr("Waiting for the control plane at %1…").arg(endpoint.url));
    waitForHealth(HealthAttempts);
}

void ClusterConnection::waitForHealth(int attemptsLeft)
{
    if (!m_client)
        return;
    m_client->call(
        "GET", QStringLiteral("/v1/health"), {}, this,
        [this, attemptsLeft](const app::ApiResult &r) {
            if (!m_client)
                return;
            if (!r.ok()) {
                if (attemptsLeft <= 0) {
                    m_busy = false;
                    m_client.reset();
                    setState(ConnectionState::NotConnected, r.error);
                    return;
                }
                QTimer::singleShot(200, this, [this, attemptsLeft] { waitForHealth(attemptsLeft - 1); });
                return;
            }
            m_busy = false;
            setState(ConnectionState::Connected);
            m_client->followEvents(r.body.value(QStringLiteral("lastEventSeq")).toInteger());
            pollNodes();
            m_nodesTimer.start();
        },
        2000);
}

void ClusterConnection::disconnectFromCluster()
{
    m_nodesTimer.stop();
    if (m_client)
        m_client->stopFollowing();
    m_client.reset();
    m_busy = false;
    setState(ConnectionState::NotConnected);
}

void ClusterConnection::pollNodes()
{
    if (!m_client)
        return;
    m_client->call(
        "GET", QStringLiteral("/v1/nodes"), {}, this,
        [this](const app::ApiResult &r) {
            if (!r.ok()) {
                if (m_state == ConnectionState::Connected)
                    setState(ConnectionState::Reconnecting, tr("Retrying: %1").arg(r.error));
                return;
            }
            if (m_state == ConnectionState::Reconnecting)
                setState(ConnectionState::Connected);
            const QList<NodeRow> rows = nodeRowsFromJson(r.body.value(QStringLiteral("nodes")).toArray(),
                                                         QDateTime::currentDateTimeUtc());
            for (const NodeRow &n : rows)
                if (n.pillar == topology::Pillar::System)
                    m_systemPlan = n.plan;
            Q_EMIT nodesChanged(rows);
            for (const topology::Pillar p : topology::AllPillars) {
                const auto [healthy, total] = pillarHealthOf(rows, p);
                Q_EMIT pillarHealthChanged(p, healthy, total);
            }
        },
        5000);
    // Converge or say so: the control plane reports what differs once no apply runs.
    m_client->call(
        "GET", QStringLiteral("/v1/health"), {}, this,
        [this](const app::ApiResult &r) {
            if (!r.ok() || r.body.value(QStringLiteral("applying")).toBool())
                return;
            const QJsonObject pending = r.body.value(QStringLiteral("pending")).toObject();
            Q_EMIT pendingChanged(int(pending.value(QStringLiteral("count")).toInteger()),
                                  pending.value(QStringLiteral("text")).toString());
        },
        5000);
}

void ClusterConnection::requestReview(const topology::Topology &design)
{
    if (!m_client || m_state != ConnectionState::Connected) {
        Q_EMIT reviewFailed(tr("Not connected to the cluster's control plane."));
        return;
    }
    const QJsonObject doc =
        QJsonDocument::fromJson(QByteArray::fromStdString(topology::serializeTopology(design))).object();
    const auto &system = design.pillar(topology::Pillar::System);
    const QString wantedSystemPlan =
        system ? QString::fromStdString(
                     topology::PlanCatalogue::builtin().resolve(system->plan)
                         ? topology::PlanCatalogue::builtin().resolve(system->plan)->plan->name
                         : system->plan)
               : QString();
    const std::string location = design.location;
    m_client->call(
        "PUT", QStringLiteral("/v1/topology"), doc, this,
        [this, wantedSystemPlan, location](const app::ApiResult &put) {
            if (!put.ok()) {
                Q_EMIT reviewFailed(put.error);
                return;
            }
            m_client->call(
                "POST", QStringLiteral("/v1/plan"), {}, this,
                [this, wantedSystemPlan, location](const app::ApiResult &r) {
                    if (!r.ok()) {
                        Q_EMIT reviewFailed(r.error);
                        return;
                    }
                    ReviewPlan plan;
                    plan.id = r.body.value(QStringLiteral("planId")).toString();
                    plan.hash = r.body.value(QStringLiteral("hash")).toString();
                    plan.cluster = m_cluster;
                    const QJsonObject cost = r.body.value(QStringLiteral("cost")).toObject();
                    plan.monthlyBefore =
                        topology::parseMoney(cost.value(QStringLiteral("before")).toString().toStdString())
                            .value_or(0);
                    plan.monthlyAfter =
                        topology::parseMoney(cost.value(QStringLiteral("after")).toString().toStdString())
                            .value_or(0);
                    plan.currency =
                        cost.value(QStringLiteral("currency")).toString(QStringLiteral("EUR")).toStdString();
                    m_planSteps.clear();
                    for (const QJsonValue &v : r.body.value(QStringLiteral("actions")).toArray())
                        ++m_planSteps[v.toObject().value(QStringLiteral("node")).toString()];
                    for (const QJsonValue &v : r.body.value(QStringLiteral("changes")).toArray()) {
                        const QJsonObject c = v.toObject();
                        PlanAction a;
                        a.kind = kindOf(c.value(QStringLiteral("kind")).toString());
                        a.node = c.value(QStringLiteral("node")).toString();
                        a.pillar = topology::pillarFromName(
                                       c.value(QStringLiteral("pillar")).toString().toStdString())
                                       .value_or(topology::Pillar::Worker);
                        if (a.kind == PlanAction::Kind::Create)
                            a.toPlan = c.value(QStringLiteral("plan")).toString();
                        else if (a.kind == PlanAction::Kind::Remove)
                            a.fromPlan = c.value(QStringLiteral("plan")).toString();
                        else {
                            a.fromPlan = c.value(QStringLiteral("fromPlan")).toString();
                            a.toPlan = c.value(QStringLiteral("plan")).toString();
                            a.downtimeSeconds = c.value(QStringLiteral("downtimeSeconds")).toInt();
                        }
                        a.monthlyDelta = monthlyDelta(a, location);
                        plan.actions.append(a);
                    }
                    // The System node's own resize: Studio drives it (the control plane cannot).
                    m_pendingSystemPlan.clear();
                    if (!m_systemPlan.isEmpty() && !wantedSystemPlan.isEmpty() &&
                        wantedSystemPlan != m_systemPlan) {
                        m_pendingSystemPlan = wantedSystemPlan;
                        PlanAction a;
                        a.kind = PlanAction::Kind::Resize;
                        a.node = m_systemNode;
                        a.pillar = topology::Pillar::System;
                        a.fromPlan = m_systemPlan;
                        a.toPlan = wantedSystemPlan;
                        a.downtimeSeconds = 3;
                        a.detail = tr(
                            "Studio restarts the System node itself; the control plane is away meanwhile.");
                        a.monthlyDelta = monthlyDelta(a, location);
                        plan.actions.prepend(a);
                        if (plan.id.isEmpty() || plan.id == u"0")
                            plan.id = QStringLiteral("system-only");
                    }
                    m_reviewedPlanId = plan.id;
                    m_reviewedHash = plan.hash;
                    Q_EMIT reviewReady(plan);
                });
        });
}

void ClusterConnection::apply(const QString &planId)
{
    if (!m_client || planId != m_reviewedPlanId) {
        Q_EMIT applyFinished(false, tr("That plan is no longer the reviewed one; review the changes again."));
        return;
    }
    m_applyingPlanId = planId;
    QMap<QString, int> steps = m_planSteps;
    if (!m_pendingSystemPlan.isEmpty())
        steps.insert(m_systemNode, 3);
    Q_EMIT applyStarted(planId, steps);
    if (!m_pendingSystemPlan.isEmpty())
        resizeSystemThenApply(planId);
    else
        postApply(planId);
}

void ClusterConnection::resizeSystemThenApply(const QString &planId)
{
    const std::filesystem::path root = m_root;
    const std::string cluster = m_cluster.toStdString();
    const std::string node = m_systemNode.toStdString();
    const std::string plan = m_pendingSystemPlan.toStdString();
    m_nodesTimer.stop();
    Q_EMIT applyStep(m_systemNode, QStringLiteral("started"),
                     tr("Stopping %1 to resize it.").arg(m_systemNode));
    runThenCallback(
        this,
        [root, cluster, node, plan]() -> QString {
            auto record = api::ClusterRecord::load(root, cluster);
            if (!record)
                return app::describe(record.error());
            auto provider = api::clusterProvider(root, *record);
            if (!provider)
                return app::describe(provider.error());
            if (auto done = api::resizeSystemNode(**provider, cluster, node, plan); !done)
                return app::describe(done.error());
            return {};
        },
        [this, planId](const QString &error) {
            m_nodesTimer.start();
            if (!error.isEmpty()) {
                Q_EMIT applyStep(m_systemNode, QStringLiteral("failed"), error);
                Q_EMIT applyFinished(false, tr("Resizing the System node failed: %1").arg(error));
                return;
            }
            Q_EMIT applyStep(m_systemNode, QStringLiteral("done"),
                             tr("%1 now runs on %2; waiting for its control plane.")
                                 .arg(m_systemNode, m_pendingSystemPlan));
            m_pendingSystemPlan.clear();
            // The control plane is back when it answers; then apply the rest (if anything).
            auto waitBack = std::make_shared<std::function<void(int)>>();
            *waitBack = [this, planId, waitBack](int attempts) {
                m_client->call(
                    "GET", QStringLiteral("/v1/health"), {}, this,
                    [this, planId, attempts, waitBack](const app::ApiResult &r) {
                        if (!r.ok() && attempts > 0) {
                            QTimer::singleShot(200, this,
                                               [waitBack, attempts] { (*waitBack)(attempts - 1); });
                            return;
                        }
                        Q_EMIT applyStep(m_systemNode, QStringLiteral("done"),
                                         tr("%1 is healthy.").arg(m_systemNode));
                        if (planId == u"system-only") {
                            Q_EMIT applyFinished(r.ok(),
                                                 r.ok() ? tr("The System node was resized.") : r.error);
                            return;
                        }
                        postApply(planId);
                    },
                    2000);
            };
            (*waitBack)(HealthAttempts);
        });
}

void ClusterConnection::postApply(const QString &planId)
{
    m_client->call("POST", QStringLiteral("/v1/apply"),
                   QJsonObject{{QStringLiteral("planId"), planId}, {QStringLiteral("hash"), m_reviewedHash}},
                   this, [this](const app::ApiResult &r) {
                       if (!r.ok())
                           Q_EMIT applyFinished(false, r.error);
                   });
}

void ClusterConnection::cancelApply()
{
    if (m_client)
        m_client->call("POST", QStringLiteral("/v1/cancel"), {}, this, {});
}

void ClusterConnection::onEvents(const QJsonArray &events)
{
    bool nodesChangedHint = false;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        const QString kind = e.value(QStringLiteral("kind")).toString();
        const QString node = e.value(QStringLiteral("node")).toString();
        const QString message = app::translatedEvent(e);
        if (kind.startsWith(QStringLiteral("action-")) && !node.isEmpty()) {
            const QString state = kind.mid(7); // started, done, failed, retry, cancelled, reconciled
            Q_EMIT applyStep(node, state == u"reconciled" ? QStringLiteral("done") : state, message);
            nodesChangedHint = true;
        } else if (kind == u"apply-finished" &&
                   e.value(QStringLiteral("planId")).toString() == m_applyingPlanId) {
            const QString status =
                e.value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString();
            m_applyingPlanId.clear();
            Q_EMIT applyFinished(status == u"succeeded", message);
            nodesChangedHint = true;
        } else if (kind.startsWith(QStringLiteral("node-"))) {
            nodesChangedHint = true;
        }
    }
    if (nodesChangedHint)
        pollNodes();
}

} // namespace mb::studio
