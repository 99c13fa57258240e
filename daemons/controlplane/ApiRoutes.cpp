// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ApiRoutes.h"

#include "AccessTokens.h"
#include "ApiJson.h"
#include "DaemonRuntime.h"
#include "EventLog.h"
#include "LongPoll.h"
#include "NodeMonitor.h"
#include "Reconciler.h"
#include "plan/Executor.h"
#include "plan/Planner.h"
#include "plan/Sha256.h"
#include "topology/Topology.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>

namespace mb::controlplane {

namespace {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse noTopology()
{
    return jsonResponse(errorJson(u"no-topology", QStringLiteral("No topology yet: PUT /v1/topology first.")),
                        Status::Conflict);
}

QHttpServerResponse unauthorized()
{
    return jsonResponse(errorJson(u"unauthorized", QStringLiteral("A valid API token is required.")),
                        Status::Unauthorized);
}

} // namespace

ApiRoutes::ApiRoutes(daemon::DaemonRuntime &runtime, const AccessTokens &tokens, store::Store &store,
                     NodeInventory &inventory, NodeMonitor &monitor, EventLog &events, Reconciler &reconciler,
                     QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
    , m_tokens(tokens)
    , m_store(store)
    , m_inventory(inventory)
    , m_monitor(monitor)
    , m_events(events)
    , m_reconciler(reconciler)
    , m_cluster(runtime.config().cluster)
    , m_systemNode(runtime.config().node)
{}

void ApiRoutes::registerRoutes(QHttpServer &http)
{
    using Method = QHttpServerRequest::Method;
    // Routes that answer at once, and routes that may answer after a provider read (parked).
    auto now = [this](auto handler) {
        return [this, handler](const QHttpServerRequest &r) -> QHttpServerResponse {
            return m_tokens.api(r) ? handler(r) : unauthorized();
        };
    };
    auto later = [this](auto handler) {
        return [this, handler](const QHttpServerRequest &r, QHttpServerResponder &&responder) {
            auto reply = std::make_shared<PendingReply>(std::move(responder));
            if (m_tokens.api(r))
                handler(r, std::move(reply));
            else
                reply->send(unauthorized());
        };
    };
    auto laterWithArg = [this](auto handler) {
        return [this, handler](const QString &arg, const QHttpServerRequest &r,
                               QHttpServerResponder &&responder) {
            auto reply = std::make_shared<PendingReply>(std::move(responder));
            if (m_tokens.api(r))
                handler(arg, r, std::move(reply));
            else
                reply->send(unauthorized());
        };
    };
    http.route(QStringLiteral("/v1/health"), Method::Get,
               later([this](const QHttpServerRequest &, Reply reply) { getHealth(std::move(reply)); }));
    http.route(QStringLiteral("/v1/topology"), Method::Get,
               now([this](const QHttpServerRequest &) { return getTopology(); }));
    http.route(QStringLiteral("/v1/topology"), Method::Put,
               now([this](const QHttpServerRequest &r) { return putTopology(r); }));
    http.route(QStringLiteral("/v1/plan"), Method::Post,
               later([this](const QHttpServerRequest &, Reply reply) { postPlan(std::move(reply)); }));
    http.route(QStringLiteral("/v1/apply"), Method::Post,
               now([this](const QHttpServerRequest &r) { return postApply(r); }));
    http.route(QStringLiteral("/v1/cancel"), Method::Post,
               now([this](const QHttpServerRequest &) { return postCancel(); }));
    http.route(QStringLiteral("/v1/nodes"), Method::Get,
               later([this](const QHttpServerRequest &, Reply reply) { getNodes(std::move(reply)); }));
    http.route(QStringLiteral("/v1/pillars/<arg>/scale"), Method::Post,
               laterWithArg([this](const QString &p, const QHttpServerRequest &r, Reply reply) {
                   postScale(p, r, std::move(reply));
               }));
    http.route(QStringLiteral("/v1/pillars/<arg>/resize"), Method::Post,
               laterWithArg([this](const QString &p, const QHttpServerRequest &r, Reply reply) {
                   postResize(p, true, r, std::move(reply));
               }));
    http.route(QStringLiteral("/v1/nodes/<arg>/resize"), Method::Post,
               laterWithArg([this](const QString &n, const QHttpServerRequest &r, Reply reply) {
                   postResize(n, false, r, std::move(reply));
               }));
    http.route(QStringLiteral("/v1/events"), Method::Get,
               [this](const QHttpServerRequest &r, QHttpServerResponder &&responder) {
                   getEvents(r, std::move(responder));
               });
    routeWrongMethods(http, {{"/v1/health", "GET"},
                             {"/v1/topology", "GET, PUT"},
                             {"/v1/plan", "POST"},
                             {"/v1/apply", "POST"},
                             {"/v1/cancel", "POST"},
                             {"/v1/nodes", "GET"},
                             {"/v1/events", "GET"},
                             {"/v1/pillars/<arg>/scale", "POST"},
                             {"/v1/pillars/<arg>/resize", "POST"},
                             {"/v1/nodes/<arg>/resize", "POST"}});
}

void ApiRoutes::getHealth(Reply reply)
{
    // While an apply runs, what differs is what it is doing; once it is over, whatever still
    // differs is pending and said so (never "idle"), from the snapshot when nothing changed the
    // nodes since it was read, else from a read that waits for the apply's last step. Busy is
    // read once per answer: "applying": false always comes with "pending".
    if (m_reconciler.busy()) {
        reply->send(healthResponse(nullptr));
        return;
    }
    if (m_inventory.current()) {
        const Result<NodeInventory::Nodes> nodes(m_inventory.nodes());
        reply->send(healthResponse(&nodes));
        return;
    }
    m_inventory.refresh([this, reply](const Result<NodeInventory::Nodes> &nodes) {
        reply->send(healthResponse(m_reconciler.busy() ? nullptr : &nodes));
    });
}

QHttpServerResponse ApiRoutes::healthResponse(const Result<NodeInventory::Nodes> *observed)
{
    const auto seq = m_store.lastEventSeq();
    QJsonObject health{{QStringLiteral("status"), QStringLiteral("ok")},
                       {QStringLiteral("cluster"), m_cluster},
                       {QStringLiteral("node"), m_systemNode},
                       {QStringLiteral("version"), QStringLiteral(MB_VERSION)},
                       {QStringLiteral("topologyRevision"), latestTopologyVersion(m_store)},
                       {QStringLiteral("applying"), observed == nullptr},
                       {QStringLiteral("lastEventSeq"), qint64(seq ? *seq : 0)}};
    if (observed)
        health.insert(QStringLiteral("pending"), pendingJson(m_store, *observed));
    return jsonResponse(health);
}

QHttpServerResponse ApiRoutes::getTopology() const
{
    const auto latest = m_store.latestTopologyRevision();
    if (!latest || !*latest)
        return noTopology();
    return jsonResponse(
        QJsonObject{{QStringLiteral("revision"), qint64((*latest)->id)},
                    {QStringLiteral("hash"), QString::fromStdString((*latest)->hash)},
                    {QStringLiteral("topology"),
                     QJsonDocument::fromJson(QByteArray::fromStdString((*latest)->text)).object()}});
}

std::optional<QHttpServerResponse> ApiRoutes::storeTopology(const std::string &text, qint64 *revision)
{
    auto parsed = topology::parseTopology(text);
    if (!parsed) {
        QJsonArray problems;
        for (const Error &e : parsed.error())
            problems.append(
                QJsonObject{{QStringLiteral("severity"), QStringLiteral("error")},
                            {QStringLiteral("code"), QString::fromUtf8(errorCodeName(e.code).data())},
                            {QStringLiteral("message"), QString::fromStdString(e.message.text())},
                            {QStringLiteral("pointer"), QString::fromStdString(e.pointer)}});
        QJsonObject body =
            errorJson(u"invalid-topology", QString::fromStdString(parsed.error().front().describe()));
        body.insert(QStringLiteral("diagnostics"), problems);
        return jsonResponse(body, Status::UnprocessableEntity);
    }
    if (parsed->name != m_cluster.toStdString()) {
        return jsonResponse(
            errorJson(u"wrong-cluster", tr("This control plane runs cluster \"%1\", not \"%2\".")
                                            .arg(m_cluster, QString::fromStdString(parsed->name))),
            Status::UnprocessableEntity);
    }
    const auto diagnostics = topology::validate(*parsed, topology::PlanCatalogue::builtin());
    if (topology::hasErrors(diagnostics)) {
        std::string first;
        for (const auto &d : diagnostics)
            if (d.severity == topology::Severity::Error && first.empty())
                first = d.message.text();
        QJsonObject body = errorJson(u"invalid-topology", QString::fromStdString(first));
        body.insert(QStringLiteral("diagnostics"), diagnosticsJson(diagnostics));
        return jsonResponse(body, Status::UnprocessableEntity);
    }
    const std::string canonical = topology::serializeTopology(*parsed);
    const auto latest = m_store.latestTopologyRevision();
    if (latest && *latest && (*latest)->text == canonical) {
        *revision = (*latest)->id; // unchanged: no new revision, nothing to plan
        return std::nullopt;
    }
    const auto id = m_store.addTopologyRevision(canonical, plan::sha256Hex(canonical));
    if (!id)
        return jsonResponse(errorJson(u"store", QString::fromStdString(id.error().message.text())),
                            Status::ServiceUnavailable);
    *revision = *id;
    m_events.append(QStringLiteral("topology-updated"), QString(), std::nullopt,
                    MB_TR_NOOP("mb::controlplane", "Topology revision %1 stored."), {QString::number(*id)});
    return std::nullopt;
}

QHttpServerResponse ApiRoutes::putTopology(const QHttpServerRequest &request)
{
    auto body = parseBody(request);
    if (!body)
        return std::move(body).error();
    qint64 revision = 0;
    if (auto failed = storeTopology(QJsonDocument(*body).toJson().toStdString(), &revision))
        return std::move(*failed);
    const auto diagnostics =
        topology::validate(*topology::parseTopology(m_store.topologyRevision(revision)->text),
                           topology::PlanCatalogue::builtin());
    return jsonResponse(QJsonObject{{QStringLiteral("revision"), revision},
                                    {QStringLiteral("diagnostics"), diagnosticsJson(diagnostics)}});
}

QHttpServerResponse ApiRoutes::postApply(const QHttpServerRequest &request)
{
    auto body = parseBody(request);
    if (!body)
        return std::move(body).error();
    bool ok = false;
    const qint64 planId = body->value(QStringLiteral("planId")).toString().toLongLong(&ok);
    if (!ok)
        return jsonResponse(
            errorJson(u"bad-request", tr("\"planId\" must be the id POST /v1/plan answered.")),
            Status::BadRequest);
    const auto record = m_store.plan(planId);
    if (!record)
        return jsonResponse(errorJson(u"not-found", tr("There is no plan %1.").arg(planId)),
                            Status::NotFound);
    const auto latest = m_store.latestTopologyRevision();
    const qint64 current = latest && *latest ? (*latest)->id : 0;
    const QString hash = body->value(QStringLiteral("hash")).toString();
    if (record->topologyRevision.value_or(-1) != current || record->status == store::PlanStatus::Superseded ||
        (!hash.isEmpty() && hash.toStdString() != record->hash)) {
        return jsonResponse(
            errorJson(u"stale-plan", tr("Plan %1 is stale: the topology changed since it was made. "
                                        "Review a new plan (POST /v1/plan) and apply that.")
                                         .arg(planId)),
            Status::Conflict);
    }
    if (record->status == store::PlanStatus::Done)
        return jsonResponse(errorJson(u"already-applied", tr("Plan %1 is already applied.").arg(planId)),
                            Status::Conflict);
    if (!m_reconciler.enqueue(planId))
        return jsonResponse(
            errorJson(u"busy", tr("Another plan is being applied; wait for it or cancel it.")),
            Status::Conflict);
    m_events.append(QStringLiteral("apply-started"), QString(), planId,
                    MB_TR_NOOP("mb::controlplane", "Applying plan %1."), {QString::number(planId)});
    return jsonResponse(QJsonObject{{QStringLiteral("planId"), QString::number(planId)},
                                    {QStringLiteral("status"), QStringLiteral("applying")}},
                        Status::Accepted);
}

QHttpServerResponse ApiRoutes::postCancel()
{
    const bool busy = m_reconciler.busy();
    m_reconciler.cancel();
    return jsonResponse(QJsonObject{{QStringLiteral("cancelling"), busy}}, Status::Accepted);
}

void ApiRoutes::postPlan(Reply reply)
{
    answerPlan(std::move(reply));
}

void ApiRoutes::answerPlan(Reply reply)
{
    qint64 revision = 0;
    if (!latestTopology(m_store, &revision)) {
        reply->send(noTopology());
        return;
    }
    // A plan is made against the nodes as they are now, never against an older snapshot.
    m_inventory.refresh([this, reply](const Result<NodeInventory::Nodes> &observed) {
        if (reply->waiting())
            reply->send(planResponse(observed));
    });
}

QHttpServerResponse ApiRoutes::planResponse(const Result<NodeInventory::Nodes> &observed)
{
    qint64 revision = 0;
    const auto desired = latestTopology(m_store, &revision);
    if (!desired)
        return noTopology();
    if (!observed)
        return jsonResponse(errorJson(u"provider", QString::fromStdString(observed.error().message.text())),
                            Status::ServiceUnavailable);
    const plan::Planner planner(topology::PlanCatalogue::builtin());
    auto computed = planner.plan(*desired, *observed);
    if (!computed)
        return jsonResponse(
            errorJson(u"plan-refused", QString::fromStdString(computed.error().message.text())),
            Status::UnprocessableEntity);
    // The control plane cannot restart the server it runs on: the System node's own resize is
    // driven by madbasectl or Studio, so its actions never enter a plan run here.
    plan::Plan &p = *computed;
    const std::string self = m_systemNode.toStdString();
    std::vector<std::string> dropped;
    std::erase_if(p.actions, [&](const plan::Action &a) {
        if (a.node != self)
            return false;
        dropped.push_back(a.id);
        return true;
    });
    for (plan::Action &a : p.actions)
        std::erase_if(a.dependsOn, [&](const std::string &d) {
            return std::find(dropped.begin(), dropped.end(), d) != dropped.end();
        });
    qint64 planId = 0;
    if (!p.empty()) {
        for (const auto &old :
             m_store.plansWithStatus(store::PlanStatus::Planned).value_or(std::vector<store::PlanRecord>{}))
            (void)m_store.setPlanStatus(old.id, store::PlanStatus::Superseded);
        const auto saved = plan::Executor::savePlan(m_store, p, revision);
        if (!saved)
            return jsonResponse(errorJson(u"store", QString::fromStdString(saved.error().message.text())),
                                Status::ServiceUnavailable);
        planId = *saved;
        m_events.append(
            QStringLiteral("plan-created"), QString(), planId,
            MB_TR_NOOP("mb::controlplane", "Plan %1 computed: %2 to add, %3 to change, %4 to destroy."),
            {QString::number(planId), QString::number(p.summary().toAdd),
             QString::number(p.summary().toChange), QString::number(p.summary().toDestroy)});
    }
    return jsonResponse(planJson(p, planId, revision));
}

void ApiRoutes::postScale(const QString &pillarName, const QHttpServerRequest &request, Reply reply)
{
    const auto pillar = topology::pillarFromName(pillarName.toStdString());
    if (!pillar)
        return reply->send(jsonResponse(
            errorJson(u"not-found", tr("There is no pillar \"%1\".").arg(pillarName)), Status::NotFound));
    auto body = parseBody(request);
    if (!body)
        return reply->send(std::move(body).error());
    const QJsonValue count = body->value(QStringLiteral("count"));
    if (!count.isDouble() || count.toDouble() != double(count.toInt()))
        return reply->send(jsonResponse(errorJson(u"bad-request", tr("\"count\" must be a whole number.")),
                                        Status::BadRequest));
    qint64 revision = 0;
    auto t = latestTopology(m_store, &revision);
    if (!t)
        return reply->send(noTopology());
    if (!t->pillar(*pillar))
        return reply->send(jsonResponse(
            errorJson(u"not-found", tr("The topology has no %1 pillar.").arg(pillarName)), Status::NotFound));
    t->pillar(*pillar)->count = count.toInt();
    if (auto failed = storeTopology(topology::serializeTopology(*t), &revision))
        return reply->send(std::move(*failed));
    answerPlan(std::move(reply));
}

void ApiRoutes::postResize(const QString &target, bool isPillar, const QHttpServerRequest &request,
                           Reply reply)
{
    auto body = parseBody(request);
    if (!body)
        return reply->send(std::move(body).error());
    const QString planName = body->value(QStringLiteral("plan")).toString();
    if (planName.isEmpty())
        return reply->send(jsonResponse(errorJson(u"bad-request", tr("\"plan\" must name a server plan.")),
                                        Status::BadRequest));
    qint64 revision = 0;
    auto t = latestTopology(m_store, &revision);
    if (!t)
        return reply->send(noTopology());
    std::optional<topology::Pillar> pillar;
    int ordinal = 0;
    if (isPillar) {
        pillar = topology::pillarFromName(target.toStdString());
    } else {
        const QStringList parts = target.mid(m_cluster.size() + 1).split(u'-');
        if (target.startsWith(m_cluster + u'-') && parts.size() == 2) {
            pillar = topology::pillarFromName(parts[0].toStdString());
            ordinal = parts[1].toInt();
        }
    }
    // An unknown node gets the answer the agent routes give to one.
    if (!pillar || !t->pillar(*pillar) || (!isPillar && (ordinal < 1 || ordinal > t->pillar(*pillar)->count)))
        return reply->send(jsonResponse(errorJson(isPillar ? u"not-found" : u"unknown-node",
                                                  tr("There is no %1 \"%2\" in this cluster.")
                                                      .arg(isPillar ? tr("pillar") : tr("node"), target)),
                                        Status::NotFound));
    if (*pillar == topology::Pillar::System)
        return reply->send(jsonResponse(
            errorJson(u"system-resize", tr("The System node cannot restart the server it runs on: resize it "
                                           "with \"madbasectl resize system %1\" or from Studio.")
                                            .arg(planName)),
            Status::UnprocessableEntity));
    if (isPillar) {
        t->pillar(*pillar)->plan = planName.toStdString();
        t->pillar(*pillar)->nodePlans.clear();
    } else {
        t->pillar(*pillar)->nodePlans[ordinal] = planName.toStdString();
    }
    if (auto failed = storeTopology(topology::serializeTopology(*t), &revision))
        return reply->send(std::move(*failed));
    answerPlan(std::move(reply));
}

void ApiRoutes::getNodes(Reply reply)
{
    // The operator asks for the nodes as they are (a listing that also sweeps what a killed
    // creation or deletion left, docs/reliability.md): a fresh read, as a plan gets.
    m_inventory.refresh(
        [this, reply](const Result<NodeInventory::Nodes> &nodes) { reply->send(nodesResponse(nodes)); });
}

QHttpServerResponse ApiRoutes::nodesResponse(const Result<NodeInventory::Nodes> &nodes) const
{
    if (!nodes)
        return jsonResponse(errorJson(u"provider", QString::fromStdString(nodes.error().message.text())),
                            Status::ServiceUnavailable);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray list;
    for (const providers::NodeInfo &n : *nodes) {
        const QString name = QString::fromStdString(n.name);
        const qint64 started =
            std::chrono::duration_cast<std::chrono::seconds>(n.started.time_since_epoch()).count();
        const bool running = n.state == providers::NodeState::Running;
        QString health;
        if (name == m_systemNode)
            health = QStringLiteral("healthy"); // it is answering this request
        else if (!running)
            health = n.state == providers::NodeState::Stopped ? QStringLiteral("stopped")
                                                              : QStringLiteral("unhealthy");
        else
            health = m_monitor.health(name);
        if (health.isEmpty())
            health = QStringLiteral("starting"); // no heartbeat to this control plane yet
        const auto heartbeat = m_monitor.heartbeat(name);
        list.append(QJsonObject{
            {QStringLiteral("name"), name},
            {QStringLiteral("pillar"), QString::fromUtf8(topology::pillarName(n.pillar).data())},
            {QStringLiteral("zone"),
             QString::fromUtf8(topology::zoneName(topology::zoneOf(n.pillar)).data())},
            {QStringLiteral("plan"), QString::fromStdString(n.plan)},
            {QStringLiteral("state"), QString::fromUtf8(providers::nodeStateName(n.state).data())},
            {QStringLiteral("health"), health},
            {QStringLiteral("address"), QString::fromStdString(n.address)},
            {QStringLiteral("uptimeSeconds"), running && started > 0 ? now.toSecsSinceEpoch() - started : 0},
            {QStringLiteral("lastHeartbeatSeconds"),
             heartbeat.last.isValid() ? heartbeat.last.secsTo(now) : -1},
            {QStringLiteral("limits"), QString::fromStdString(n.limits)},
            // As the node's last heartbeat reported them: name, state, role, restarts, …
            {QStringLiteral("components"),
             name == m_systemNode ? m_runtime.components().toJson()
                                  : heartbeat.body.value(QLatin1String("components")).toArray()}});
        // A config the node refused (it keeps running the last good one), with its pointer.
        const QJsonObject configError = name == m_systemNode
                                            ? m_runtime.configError()
                                            : heartbeat.body.value(QLatin1String("configError")).toObject();
        if (!configError.isEmpty()) {
            QJsonObject entry = list.last().toObject();
            entry.insert(QStringLiteral("configError"), configError);
            list.replace(list.size() - 1, entry);
        }
    }
    return jsonResponse(QJsonObject{{QStringLiteral("nodes"), list}});
}

void ApiRoutes::getEvents(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    if (!m_tokens.api(request)) {
        respondJson(responder, errorJson(u"unauthorized", tr("A valid API token is required.")),
                    QHttpServerResponder::StatusCode::Unauthorized);
        return;
    }
    const auto query = LongPoll::readQuery(request);
    if (!query) {
        respondJson(responder, LongPoll::badQuery(), QHttpServerResponder::StatusCode::BadRequest);
        return;
    }
    m_events.wait(PendingReply(std::move(responder)), *query);
}

} // namespace mb::controlplane
