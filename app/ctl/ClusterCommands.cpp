// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ClusterCommands.h"

#include "ClusterSession.h"
#include "Ctl.h"
#include "api/ClusterProvider.h"
#include "api/LocalBootstrap.h"
#include "common/CoreText.h"
#include "providers/local/LocalProvider.h"
#include "topology/Rules.h"
#include "topology/Topology.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <nlohmann/json.hpp>

namespace mb::ctl {

namespace {

using app::fromStd;

/// Reads and checks a topology file; prints problems. nullopt when it cannot be used.
std::optional<std::pair<topology::Topology, QByteArray>> loadTopology(const QString &file, Context &ctx)
{
    const auto text = readFileOrReport(file, ctx.err);
    if (!text)
        return std::nullopt;
    auto parsed =
        topology::parseTopology(std::string_view(text->constData(), static_cast<std::size_t>(text->size())));
    if (!parsed) {
        for (const Error &e : parsed.error())
            ctx.err << file << QStringLiteral(": ") << app::describe(e) << '\n';
        return std::nullopt;
    }
    const auto diagnostics = topology::validate(*parsed, topology::PlanCatalogue::builtin());
    if (topology::hasErrors(diagnostics)) {
        for (const auto &d : diagnostics)
            if (d.severity == topology::Severity::Error)
                ctx.err << file << QStringLiteral(": [") << fromStd(d.code) << QStringLiteral("] ")
                        << app::translated(d.message) << QStringLiteral(" (") << fromStd(d.pointer)
                        << QStringLiteral(")\n");
        ctx.err << Ctl::tr("madbasectl: %1 has errors; nothing was changed.").arg(file) << '\n';
        return std::nullopt;
    }
    return std::pair{std::move(*parsed), *text};
}

/// Sends a topology document to the control plane and asks for a plan.
std::optional<QJsonObject> uploadAndPlan(ClusterSession &session, const QByteArray &text, Context &ctx,
                                         int *code)
{
    const QJsonObject doc = QJsonDocument::fromJson(text).object();
    const app::ApiResult put = session.client->callBlocking("PUT", QStringLiteral("/v1/topology"), doc);
    if (!put.ok()) {
        *code = reportApiError(put, ctx);
        return std::nullopt;
    }
    const app::ApiResult plan = session.client->callBlocking("POST", QStringLiteral("/v1/plan"), {});
    if (!plan.ok()) {
        *code = reportApiError(plan, ctx);
        return std::nullopt;
    }
    return plan.body;
}

/// Waits until GET /v1/health answers 200, up to `timeoutMs`. Returns the time it took.
std::optional<qint64> waitHealthy(app::ControlPlaneClient &client, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (client.callBlocking("GET", QStringLiteral("/v1/health"), {}, 2000).ok())
            return clock.elapsed();
        QThread::msleep(100);
    }
    return std::nullopt;
}

} // namespace

int upCommand(const QString &file, const ClusterOptions &options, Context &ctx)
{
    const auto loaded = loadTopology(file, ctx);
    if (!loaded)
        return ExitInvalid;
    const topology::Topology &t = loaded->first;
    if (t.provider != "local") {
        ctx.err << QStringLiteral("madbasectl: ")
                << Ctl::tr("provider \"%1\" cannot be bootstrapped by this build yet; use \"local\".")
                       .arg(fromStd(t.provider))
                << '\n';
        return ExitInvalid;
    }
    const std::filesystem::path root = clusterRoot(options);
    if (api::ClusterRecord::load(root, t.name)) {
        ctx.err << QStringLiteral("madbasectl: ")
                << Ctl::tr("cluster \"%1\" is already up; change it with \"madbasectl apply %2\".")
                       .arg(fromStd(t.name), file)
                << '\n';
        return ExitInvalid;
    }
    ctx.out << Ctl::tr("Bootstrapping cluster \"%1\" on this machine (local provider).").arg(fromStd(t.name))
            << '\n';
    ctx.out.flush();

    ClusterSession session;
    session.root = root;
    QElapsedTimer clock;
    clock.start();
    auto bootstrapped = api::bootstrapLocal(root, providers::local::LocalProvider::executableDir(), t,
                                            qEnvironmentVariableIntValue("MADBASE_HEARTBEAT_SECONDS"),
                                            QFileInfo(file).absoluteFilePath().toStdString());
    if (!bootstrapped) {
        ctx.err << QStringLiteral("madbasectl: ") << app::describe(bootstrapped.error()) << '\n';
        return ExitInvalid;
    }
    session.record = bootstrapped->record;
    session.client = std::make_unique<app::ControlPlaneClient>(QUrl(fromStd(session.record.apiUrl)),
                                                               fromStd(bootstrapped->apiToken));
    const std::string systemNode = session.record.systemNode;
    if (!waitHealthy(*session.client, 30000)) {
        const auto provider = session.provider();
        const auto *local =
            provider ? dynamic_cast<const providers::local::LocalProvider *>(provider->get()) : nullptr;
        ctx.err << QStringLiteral("madbasectl: ")
                << (local ? Ctl::tr("the System node did not answer within 30 s; see %1.")
                                .arg(fromStd((local->nodeDir(t.name, systemNode) / "daemon.log").string()))
                          : Ctl::tr("the System node did not answer within 30 s."))
                << '\n';
        return ExitInvalid;
    }
    ctx.out << Ctl::tr("System node %1 is up at %2 (%3 ms).")
                   .arg(fromStd(systemNode), fromStd(session.record.apiUrl))
                   .arg(clock.elapsed())
            << '\n';
    int code = ExitOk;
    const auto plan = uploadAndPlan(session, loaded->second, ctx, &code);
    if (!plan)
        return code;
    return reviewAndApply(session, *plan, options, ctx);
}

/// The plan for `file` (uploaded first) or, without one, for the current topology.
std::optional<QJsonObject> planFor(ClusterSession &session, const QString &file, Context &ctx, int *code)
{
    if (!file.isEmpty()) {
        const auto loaded = loadTopology(file, ctx);
        if (!loaded) {
            *code = ExitInvalid;
            return std::nullopt;
        }
        return uploadAndPlan(session, loaded->second, ctx, code);
    }
    const app::ApiResult r = session.client->callBlocking("POST", QStringLiteral("/v1/plan"), {});
    if (!r.ok()) {
        *code = reportApiError(r, ctx);
        return std::nullopt;
    }
    return r.body;
}

int planCommand(const QString &file, const ClusterOptions &options, Context &ctx)
{
    auto session = openCluster(options, ctx);
    if (!session)
        return ExitUsage;
    int code = ExitOk;
    const auto plan = planFor(*session, file, ctx, &code);
    if (!plan)
        return code;
    if (ctx.format == Format::Json)
        ctx.out << QJsonDocument(*plan).toJson(QJsonDocument::Indented);
    else
        printPlan(*plan, ctx);
    return ExitOk;
}

int applyCommand(const QString &file, const ClusterOptions &options, Context &ctx)
{
    auto session = openCluster(options, ctx);
    if (!session)
        return ExitUsage;
    int code = ExitOk;
    const auto plan = planFor(*session, file, ctx, &code);
    if (!plan)
        return code;
    return reviewAndApply(*session, *plan, options, ctx);
}

int scaleCommand(const QString &pillar, const QString &count, const ClusterOptions &options, Context &ctx)
{
    bool ok = false;
    const int n = count.toInt(&ok);
    if (!ok || !topology::pillarFromName(pillar.toStdString())) {
        ctx.err << QStringLiteral("madbasectl: ")
                << Ctl::tr("usage: madbasectl scale system|proxy|worker|state COUNT (got \"%1 %2\")")
                       .arg(pillar, count)
                << '\n';
        return ExitUsage;
    }
    auto session = openCluster(options, ctx);
    if (!session)
        return ExitUsage;
    const app::ApiResult plan =
        session->client->callBlocking("POST", QStringLiteral("/v1/pillars/%1/scale").arg(pillar),
                                      QJsonObject{{QStringLiteral("count"), n}});
    if (!plan.ok())
        return reportApiError(plan, ctx);
    return reviewAndApply(*session, plan.body, options, ctx);
}

int resizeCommand(const QString &target, const QString &plan, const ClusterOptions &options, Context &ctx)
{
    auto session = openCluster(options, ctx);
    if (!session)
        return ExitUsage;
    const auto resolved = topology::PlanCatalogue::builtin().resolve(plan.toStdString());
    if (!resolved) {
        ctx.err << QStringLiteral("madbasectl: ")
                << Ctl::tr("unknown plan \"%1\"; see \"madbasectl plans\".").arg(plan) << '\n';
        return ExitInvalid;
    }
    const bool system = target == u"system" || target == fromStd(session->record.systemNode);
    if (!system) {
        const bool isPillar = topology::pillarFromName(target.toStdString()).has_value();
        const QString path = isPillar ? QStringLiteral("/v1/pillars/%1/resize").arg(target)
                                      : QStringLiteral("/v1/nodes/%1/resize").arg(target);
        const app::ApiResult r =
            session->client->callBlocking("POST", path, QJsonObject{{QStringLiteral("plan"), plan}});
        if (!r.ok())
            return reportApiError(r, ctx);
        return reviewAndApply(*session, r.body, options, ctx);
    }

    // The control plane cannot restart the server it runs on: madbasectl drives the System
    // node's resize through the same provider, after recording the new plan in the topology.
    const app::ApiResult current = session->client->callBlocking("GET", QStringLiteral("/v1/topology"));
    if (!current.ok())
        return reportApiError(current, ctx);
    QJsonObject doc = current.body.value(QStringLiteral("topology")).toObject();
    QJsonObject pillars = doc.value(QStringLiteral("pillars")).toObject();
    QJsonObject systemPillar = pillars.value(QStringLiteral("system")).toObject();
    const QString from = systemPillar.value(QStringLiteral("plan")).toString();
    const QString to = fromStd(resolved->plan->name);
    auto provider = session->provider();
    if (!provider) {
        ctx.err << QStringLiteral("madbasectl: ") << app::describe(provider.error()) << '\n';
        return ExitInvalid;
    }
    ctx.out << QStringLiteral("  ~ ")
            << Ctl::tr("resize %1 %2 → %3 (downtime ≈ %4)")
                   .arg(fromStd(session->record.systemNode), from, to, QStringLiteral("3 s"))
            << '\n';
    if (from == to) {
        ctx.out << Ctl::tr("No changes: the System node already runs on %1.").arg(to) << '\n';
        return ExitOk;
    }
    if (!confirm(Ctl::tr("Resize the System node? The control plane is down while it restarts."), options,
                 ctx))
        return ExitInvalid;
    systemPillar.insert(QStringLiteral("plan"), to);
    pillars.insert(QStringLiteral("system"), systemPillar);
    doc.insert(QStringLiteral("pillars"), pillars);
    if (const app::ApiResult put = session->client->callBlocking("PUT", QStringLiteral("/v1/topology"), doc);
        !put.ok())
        return reportApiError(put, ctx);

    QElapsedTimer downtime;
    downtime.start();
    const std::string cluster = session->record.name;
    const std::string node = session->record.systemNode;
    const auto resized =
        api::resizeSystemNode(**provider, cluster, node, to.toStdString(), [&](api::SystemResizeStep step) {
            if (step == api::SystemResizeStep::Stopping) {
                ctx.out << Ctl::tr("Stopping %1…").arg(fromStd(node)) << '\n';
                ctx.out.flush();
            }
        });
    if (!resized) {
        ctx.err << QStringLiteral("madbasectl: ") << app::describe(resized.error()) << '\n';
        ctx.err << Ctl::tr("Run \"madbasectl resize system %1\" again to finish.").arg(to) << '\n';
        return ExitInvalid;
    }
    if (!waitHealthy(*session->client, 60000)) {
        ctx.err << QStringLiteral("madbasectl: ") << Ctl::tr("the System node did not come back within 60 s.")
                << '\n';
        return ExitInvalid;
    }
    ctx.out << Ctl::tr("System node resized %1 → %2; the control plane was down for %3 s (measured).")
                   .arg(from, to, QString::number(downtime.elapsed() / 1000.0, 'f', 2))
            << '\n';
    return ExitOk;
}

namespace {

/// Each node's components as its last heartbeat reported them.
void printComponents(const QJsonArray &nodes, Context &ctx)
{
    TextTable table({Ctl::tr("NODE"), Ctl::tr("COMPONENT"), Ctl::tr("ROLE"), Ctl::tr("STATE"),
                     Ctl::tr("RESTARTS"), Ctl::tr("DETAIL")},
                    {false, false, false, false, true, false});
    bool any = false;
    for (const QJsonValue &v : nodes) {
        const QJsonObject n = v.toObject();
        for (const QJsonValue &c : n.value(QStringLiteral("components")).toArray()) {
            const QJsonObject component = c.toObject();
            QString detail = component.value(QStringLiteral("detail")).toString();
            if (component.value(QStringLiteral("crashLoop")).toBool())
                detail = Ctl::tr("crash loop: %1").arg(detail);
            const QJsonArray lines = component.value(QStringLiteral("lastLines")).toArray();
            if (!lines.isEmpty())
                detail += QStringLiteral(" — ") + lines.last().toString();
            table.addRow({n.value(QStringLiteral("name")).toString(),
                          component.value(QStringLiteral("name")).toString(),
                          component.value(QStringLiteral("role")).toString(),
                          component.value(QStringLiteral("state")).toString(),
                          QString::number(component.value(QStringLiteral("restarts")).toInt()), detail});
            any = true;
        }
    }
    if (any) {
        ctx.out << '\n';
        table.print(ctx.out);
    }
    // Configs a node refused: it keeps running its last good one.
    for (const QJsonValue &v : nodes) {
        const QJsonObject error = v.toObject().value(QStringLiteral("configError")).toObject();
        if (error.isEmpty())
            continue;
        const QString pointer = error.value(QStringLiteral("pointer")).toString();
        ctx.out << '\n'
                << (pointer.isEmpty()
                        ? Ctl::tr("%1 refused its config, %2: %3 It keeps running the last good one.")
                              .arg(v.toObject().value(QStringLiteral("name")).toString(),
                                   error.value(QStringLiteral("source")).toString(),
                                   error.value(QStringLiteral("message")).toString())
                        : Ctl::tr("%1 refused its config, %2 at %3: %4 It keeps running the last good one.")
                              .arg(v.toObject().value(QStringLiteral("name")).toString(),
                                   error.value(QStringLiteral("source")).toString(), pointer,
                                   error.value(QStringLiteral("message")).toString()))
                << '\n';
    }
}

} // namespace

int statusCommand(const ClusterOptions &options, Context &ctx)
{
    auto session = openCluster(options, ctx);
    if (!session)
        return ExitUsage;
    const app::ApiResult health =
        session->client->callBlocking("GET", QStringLiteral("/v1/health"), {}, 5000);
    const app::ApiResult nodes = session->client->callBlocking("GET", QStringLiteral("/v1/nodes"), {}, 5000);
    if (!health.ok() || !nodes.ok()) {
        ctx.err << QStringLiteral("madbasectl: ") << (health.ok() ? nodes.error : health.error) << '\n';
        return ExitInvalid;
    }
    if (ctx.format == Format::Json) {
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("health"), health.body},
                                             {QStringLiteral("nodes"), nodes.body}})
                       .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    // Converge or say so: when the nodes differ from the topology and nothing is applying, the
    // control plane answers what is pending, and status shows it with the plan that converges.
    const QJsonObject pending = health.body.value(QStringLiteral("pending")).toObject();
    const qint64 pendingCount = pending.value(QStringLiteral("count")).toInteger();
    QString state;
    if (health.body.value(QStringLiteral("applying")).toBool())
        state = Ctl::tr("applying a plan");
    else if (pending.contains(QStringLiteral("error")))
        state = Ctl::tr("cannot compare the nodes with the topology: %1")
                    .arg(pending.value(QStringLiteral("error")).toString());
    else if (pendingCount > 0)
        state = Ctl::tr("%n changes pending", nullptr, int(pendingCount));
    else
        state = Ctl::tr("idle");
    ctx.out << Ctl::tr("Cluster %1 — control plane %2, %3")
                   .arg(fromStd(session->record.name), fromStd(session->record.apiUrl), state)
            << "\n\n";
    if (pendingCount > 0)
        ctx.out << Ctl::tr("The nodes differ from topology revision %1; \"madbasectl apply\" runs this plan:")
                       .arg(pending.value(QStringLiteral("revision")).toInteger())
                << '\n'
                << pending.value(QStringLiteral("text")).toString().trimmed() << "\n\n";
    TextTable table({Ctl::tr("NODE"), Ctl::tr("PILLAR"), Ctl::tr("ZONE"), Ctl::tr("PLAN"), Ctl::tr("STATE"),
                     Ctl::tr("HEALTH"), Ctl::tr("ADDRESS"), Ctl::tr("UPTIME")},
                    {false, false, false, false, false, false, false, true});
    for (const QJsonValue &v : nodes.body.value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject n = v.toObject();
        const qint64 up = n.value(QStringLiteral("uptimeSeconds")).toInteger();
        table.addRow(
            {n.value(QStringLiteral("name")).toString(), n.value(QStringLiteral("pillar")).toString(),
             n.value(QStringLiteral("zone")).toString(), n.value(QStringLiteral("plan")).toString(),
             n.value(QStringLiteral("state")).toString(), n.value(QStringLiteral("health")).toString(),
             n.value(QStringLiteral("address")).toString(),
             up >= 3600
                 ? QStringLiteral("%1h%2m").arg(up / 3600).arg((up % 3600) / 60, 2, 10, QLatin1Char('0'))
                 : QStringLiteral("%1m%2s").arg(up / 60).arg(up % 60, 2, 10, QLatin1Char('0'))});
    }
    table.print(ctx.out);
    printComponents(nodes.body.value(QStringLiteral("nodes")).toArray(), ctx);
    return ExitOk;
}

int eventsCommand(bool follow, qint64 after, const ClusterOptions &options, Context &ctx)
{
    auto session = openCluster(options, ctx);
    if (!session)
        return ExitUsage;
    qint64 seq = after;
    do {
        const app::ApiResult r = session->client->callBlocking(
            "GET", QStringLiteral("/v1/events?after=%1&wait=%2").arg(seq).arg(follow ? 30 : 0), {}, 45000);
        if (!r.ok())
            return reportApiError(r, ctx);
        for (const QJsonValue &v : r.body.value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = v.toObject();
            seq = e.value(QStringLiteral("seq")).toInteger(seq);
            if (ctx.format == Format::Json)
                ctx.out << QJsonDocument(e).toJson(QJsonDocument::Compact) << '\n';
            else
                ctx.out << QStringLiteral("%1  %2  %3  %4")
                               .arg(seq, 6)
                               .arg(e.value(QStringLiteral("time")).toString(),
                                    e.value(QStringLiteral("kind")).toString().leftJustified(16),
                                    e.value(QStringLiteral("message")).toString())
                        << '\n';
        }
        ctx.out.flush();
    } while (follow);
    return ExitOk;
}

int downCommand(const ClusterOptions &options, Context &ctx)
{
    auto session = openCluster(options, ctx, false);
    if (!session)
        return ExitUsage;
    auto provider = session->provider();
    if (!provider) {
        ctx.err << QStringLiteral("madbasectl: ") << app::describe(provider.error()) << '\n';
        return ExitInvalid;
    }
    const std::string cluster = session->record.name;
    auto nodes = (*provider)->listNodes(cluster);
    if (!nodes) {
        ctx.err << QStringLiteral("madbasectl: ") << app::describe(nodes.error()) << '\n';
        return ExitInvalid;
    }
    for (const auto &n : *nodes)
        ctx.out << QStringLiteral("  - ")
                << Ctl::tr("destroy %1 (%2, %3)")
                       .arg(fromStd(n.name), fromStd(std::string(topology::pillarName(n.pillar))),
                            fromStd(n.plan))
                << '\n';
    ctx.out << Ctl::tr("Every node of \"%1\" and all its data will be deleted.").arg(fromStd(cluster))
            << '\n';
    if (!confirm(Ctl::tr("Destroy the cluster?"), options, ctx))
        return ExitInvalid;
    const api::Teardown teardown = api::destroyLocal(session->root, cluster);
    for (const std::string &name : teardown.removed)
        ctx.out << Ctl::tr("destroyed %1").arg(fromStd(name)) << '\n';
    for (const Error &e : teardown.failures)
        ctx.err << QStringLiteral("madbasectl: ") << app::describe(e) << '\n';
    const bool clean = teardown.failures.empty();
    ctx.out
        << (clean ? Ctl::tr("Cluster \"%1\" is gone: no process or file of it is left.").arg(fromStd(cluster))
                  : Ctl::tr("Not everything could be removed; fix the cause above and run \"madbasectl "
                            "down\" again."))
        << '\n';
    return clean ? ExitOk : ExitInvalid;
}

} // namespace mb::ctl
