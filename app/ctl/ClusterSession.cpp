// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ClusterSession.h"

#include "Ctl.h"
#include "api/ClusterProvider.h"
#include "api/LocalBootstrap.h"
#include "base/Secret.h"
#include "common/CoreText.h"
#include "providers/local/LocalProvider.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <unistd.h>

namespace mb::ctl {

namespace {

volatile std::sig_atomic_t g_interrupts = 0;

void onInterrupt(int)
{
    g_interrupts = g_interrupts + 1;
}

QString seconds(double s)
{
    return s < 10 ? QString::number(s, 'f', 1) + QStringLiteral(" s")
                  : QString::number(qRound(s)) + QStringLiteral(" s");
}

} // namespace

Result<std::unique_ptr<providers::Provider>> ClusterSession::provider() const
{
    // Heartbeat interval of new nodes (default 5 s); tests and demos shorten it.
    return api::clusterProvider(root, record, qEnvironmentVariableIntValue("MADBASE_HEARTBEAT_SECONDS"));
}

std::filesystem::path clusterRoot(const ClusterOptions &options)
{
    if (!options.root.isEmpty())
        return options.root.toStdString();
    const QByteArray env = qgetenv("MADBASE_ROOT");
    if (!env.isEmpty())
        return env.toStdString();
    return providers::local::LocalProvider::defaultRoot();
}

std::optional<ClusterSession> openCluster(const ClusterOptions &options, Context &ctx, bool startSystem)
{
    ClusterSession session;
    session.root = clusterRoot(options);
    QString name = options.cluster;
    if (name.isEmpty()) {
        const auto names = api::ClusterRecord::list(session.root);
        if (names.size() != 1) {
            ctx.err << QStringLiteral("madbasectl: ")
                    << (names.empty()
                            ? Ctl::tr("no cluster is up here (%1); start one with \"madbasectl up FILE\".")
                                  .arg(QString::fromStdString(session.root.string()))
                            : Ctl::tr("several clusters are up here; name one with --cluster NAME."))
                    << '\n';
            return std::nullopt;
        }
        name = QString::fromStdString(names.front());
    }
    auto record = api::ClusterRecord::load(session.root, name.toStdString());
    if (!record) {
        ctx.err << QStringLiteral("madbasectl: ") << app::describe(record.error()) << '\n';
        return std::nullopt;
    }
    auto token = readSecretFile(api::ClusterRecord::tokenPath(session.root, record->name));
    if (!token) {
        ctx.err << QStringLiteral("madbasectl: ") << app::describe(token.error()) << '\n';
        return std::nullopt;
    }
    session.record = *record;
    session.client = std::make_unique<app::ControlPlaneClient>(QUrl(QString::fromStdString(record->apiUrl)),
                                                               QString::fromStdString(*token));
    if (!startSystem)
        return session;
    const auto started = api::startSystemIfDown(session.root, record->name);
    if (!started) {
        ctx.err << QStringLiteral("madbasectl: ") << app::describe(started.error()) << '\n';
        return session; // the command says what it cannot reach
    }
    if (*started) {
        // On stderr: the command's own output (perhaps JSON) stays clean.
        ctx.err << Ctl::tr("The System node %1 was not running; it has been started again.")
                       .arg(QString::fromStdString(record->systemNode))
                << '\n';
        ctx.err.flush();
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 15000 &&
               !session.client->callBlocking("GET", QStringLiteral("/v1/health"), {}, 2000).ok())
            QThread::msleep(50);
    }
    return session;
}

bool confirm(const QString &question, const ClusterOptions &options, Context &ctx)
{
    if (options.yes)
        return true;
    ctx.out.flush();
    if (!::isatty(STDIN_FILENO)) {
        ctx.err << QStringLiteral("madbasectl: ")
                << Ctl::tr("not changing anything: no terminal to ask on; add --yes to go ahead.") << '\n';
        return false;
    }
    ctx.out << question << QStringLiteral(" [y/N] ");
    ctx.out.flush();
    std::string answer;
    std::getline(std::cin, answer);
    return answer == "y" || answer == "Y" || answer == "yes";
}

void printPlan(const QJsonObject &plan, Context &ctx)
{
    const QJsonArray actions = plan.value(QStringLiteral("changes")).toArray();
    if (actions.isEmpty()) {
        ctx.out << Ctl::tr("No changes: the cluster already matches the topology.") << '\n';
        return;
    }
    for (const QJsonValue &v : actions) {
        const QJsonObject a = v.toObject();
        const QString kind = a.value(QStringLiteral("kind")).toString();
        const QString node = a.value(QStringLiteral("node")).toString();
        const QString pillar = a.value(QStringLiteral("pillar")).toString();
        const QString planName = a.value(QStringLiteral("plan")).toString();
        if (kind == u"create")
            ctx.out << QStringLiteral("  + ") << Ctl::tr("create %1 (%2, %3)").arg(node, pillar, planName)
                    << '\n';
        else if (kind == u"destroy")
            ctx.out << QStringLiteral("  - ") << Ctl::tr("destroy %1 (%2, %3)").arg(node, pillar, planName)
                    << '\n';
        else if (kind == u"resize")
            ctx.out << QStringLiteral("  ~ ")
                    << Ctl::tr("resize %1 %2 → %3 (downtime ≈ %4)")
                           .arg(node, a.value(QStringLiteral("fromPlan")).toString(), planName,
                                seconds(a.value(QStringLiteral("downtimeSeconds")).toDouble()))
                    << '\n';
        else
            ctx.out << QStringLiteral("  ? ") << kind << QLatin1Char(' ') << node << '\n';
    }
    const QJsonObject summary = plan.value(QStringLiteral("summary")).toObject();
    const QJsonObject cost = plan.value(QStringLiteral("cost")).toObject();
    ctx.out << '\n'
            << Ctl::tr("Plan: %1 to add, %2 to change, %3 to destroy.")
                   .arg(summary.value(QStringLiteral("add")).toInt())
                   .arg(summary.value(QStringLiteral("change")).toInt())
                   .arg(summary.value(QStringLiteral("destroy")).toInt())
            << '\n'
            << Ctl::tr("Monthly cost: %1 → %2 %3 (%4)")
                   .arg(cost.value(QStringLiteral("before")).toString(),
                        cost.value(QStringLiteral("after")).toString(),
                        cost.value(QStringLiteral("currency")).toString(),
                        cost.value(QStringLiteral("delta")).toString())
            << '\n';
}

int reportApiError(const app::ApiResult &result, Context &ctx)
{
    ctx.err << QStringLiteral("madbasectl: ") << result.error << '\n';
    const QJsonArray diagnostics = result.body.value(QStringLiteral("diagnostics")).toArray();
    for (const QJsonValue &v : diagnostics) {
        const QJsonObject d = v.toObject();
        ctx.err << QStringLiteral("  ") << d.value(QStringLiteral("severity")).toString()
                << QStringLiteral(" [") << d.value(QStringLiteral("code")).toString() << QStringLiteral("] ")
                << d.value(QStringLiteral("message")).toString() << QStringLiteral(" (")
                << d.value(QStringLiteral("pointer")).toString() << QStringLiteral(")\n");
    }
    return result.status == 0 ? ExitUsage : ExitInvalid;
}

int followApply(app::ControlPlaneClient &client, qint64 afterSeq, const QString &planId, Context &ctx)
{
    g_interrupts = 0;
    struct sigaction action
    {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    struct sigaction previous
    {};
    ::sigaction(SIGINT, &action, &previous);
    QElapsedTimer clock;
    clock.start();
    qint64 seq = afterSeq;
    int cancelRequests = 0;
    int code = ExitInvalid;
    int failures = 0;
    for (;;) {
        if (g_interrupts > 0 && cancelRequests == 0) {
            ++cancelRequests;
            ctx.out << '\n'
                    << Ctl::tr("Cancelling: running steps finish, the rest are left for later…") << '\n';
            ctx.out.flush();
            client.callBlocking("POST", QStringLiteral("/v1/cancel"), {});
        } else if (g_interrupts > 1) {
            ctx.out << '\n'
                    << Ctl::tr("Stopped following. The control plane goes on; watch it with \"madbasectl "
                               "events --follow\".")
                    << '\n';
            code = ExitInvalid;
            break;
        }
        const app::ApiResult r =
            client.callBlocking("GET", QStringLiteral("/v1/events?after=%1&wait=1").arg(seq));
        if (!r.ok()) {
            // The control plane may be restarting (a resumed apply); keep trying for a while.
            if (++failures > 60) {
                code = reportApiError(r, ctx);
                break;
            }
            QThread::msleep(500);
            continue;
        }
        failures = 0;
        bool finished = false;
        for (const QJsonValue &v : r.body.value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = v.toObject();
            seq = e.value(QStringLiteral("seq")).toInteger(seq);
            const QString kind = e.value(QStringLiteral("kind")).toString();
            const QString message = e.value(QStringLiteral("message")).toString();
            ctx.out << QStringLiteral("[%1] ").arg(seconds(clock.elapsed() / 1000.0), 7) << message << '\n';
            ctx.out.flush();
            if (kind == u"apply-finished" && e.value(QStringLiteral("planId")).toString() == planId) {
                finished = true;
                const QString status =
                    e.value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString();
                code = status == u"succeeded" ? ExitOk : ExitInvalid;
                if (status == u"cancelled")
                    ctx.out << Ctl::tr("Cancelled. Nothing is half-done; run \"madbasectl apply\" to resume.")
                            << '\n';
                else if (status != u"succeeded")
                    ctx.out << Ctl::tr("The apply failed; fix the cause above, then run \"madbasectl apply\" "
                                       "to resume.")
                            << '\n';
            }
        }
        if (finished)
            break;
    }
    ::sigaction(SIGINT, &previous, nullptr);
    return code;
}

int reviewAndApply(ClusterSession &session, const QJsonObject &plan, const ClusterOptions &options,
                   Context &ctx)
{
    printPlan(plan, ctx);
    if (plan.value(QStringLiteral("changes")).toArray().isEmpty())
        return ExitOk;
    if (!confirm(Ctl::tr("Apply this plan?"), options, ctx))
        return ExitInvalid;
    const app::ApiResult health = session.client->callBlocking("GET", QStringLiteral("/v1/health"));
    const qint64 seq = health.body.value(QStringLiteral("lastEventSeq")).toInteger(0);
    const QString planId = plan.value(QStringLiteral("planId")).toString();
    const app::ApiResult applied = session.client->callBlocking(
        "POST", QStringLiteral("/v1/apply"),
        QJsonObject{{QStringLiteral("planId"), planId},
                    {QStringLiteral("hash"), plan.value(QStringLiteral("hash"))}});
    if (!applied.ok())
        return reportApiError(applied, ctx);
    if (const int code = followApply(*session.client, seq, planId, ctx); code != ExitOk || options.noWait)
        return code;
    return waitForComponents(*session.client, ctx, ComponentsTimeoutMs);
}

int waitForComponents(app::ControlPlaneClient &client, Context &ctx, int timeoutMs)
{
    // Settled (app::componentSettled) or still on its way: starting, waiting for its config,
    // backing off.
    QElapsedTimer clock;
    clock.start();
    QStringList shown;
    for (;;) {
        const app::ApiResult r = client.callBlocking("GET", QStringLiteral("/v1/nodes"));
        QStringList pending;
        if (r.ok()) {
            for (const QJsonValue &n : r.body.value(QStringLiteral("nodes")).toArray()) {
                const QJsonObject node = n.toObject();
                if (node.value(QStringLiteral("state")).toString() != u"running")
                    continue;
                const QString name = node.value(QStringLiteral("name")).toString();
                for (const QJsonValue &c : node.value(QStringLiteral("components")).toArray()) {
                    const QJsonObject component = c.toObject();
                    const QString state = component.value(QStringLiteral("state")).toString();
                    if (app::componentSettled(state))
                        continue;
                    const QString what = name + u'/' + component.value(QStringLiteral("name")).toString();
                    if (component.value(QStringLiteral("crashLoop")).toBool() || state == u"failed") {
                        const QJsonArray lines = component.value(QStringLiteral("lastLines")).toArray();
                        ctx.err << QStringLiteral("madbasectl: ")
                                << Ctl::tr(
                                       "the plan was applied, but %1 cannot start (%2): %3 See \"madbasectl "
                                       "status\".")
                                       .arg(what, state,
                                            lines.isEmpty() ? Ctl::tr("it left no output.")
                                                            : lines.last().toString().trimmed() + u'.')
                                << '\n';
                        return ExitInvalid;
                    }
                    pending << what + QStringLiteral(" (") + state + u')';
                }
            }
            if (pending.isEmpty()) {
                if (!shown.isEmpty() && ctx.format == Format::Text)
                    ctx.out << Ctl::tr("Every component runs (%1).").arg(seconds(clock.elapsed() / 1000.0))
                            << '\n';
                return ExitOk;
            }
        }
        if (clock.elapsed() > timeoutMs) {
            ctx.err << QStringLiteral("madbasectl: ")
                    << (r.ok()
                            ? Ctl::tr("the plan was applied, but after %1 these components are not running "
                                      "yet: %2. See \"madbasectl status\".")
                                  .arg(seconds(timeoutMs / 1000.0), pending.join(QStringLiteral(", ")))
                            : Ctl::tr(
                                  "the plan was applied, but the control plane did not list the nodes: %1")
                                  .arg(r.error))
                    << '\n';
            return ExitInvalid;
        }
        if (r.ok() && pending != shown && ctx.format == Format::Text) {
            ctx.out << Ctl::tr("Waiting for %1.").arg(pending.join(QStringLiteral(", "))) << '\n';
            ctx.out.flush();
            shown = pending;
        }
        QThread::msleep(250);
    }
}

} // namespace mb::ctl
