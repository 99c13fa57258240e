// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "CheckCommand.h"

#include "ClusterSession.h"
#include "Ctl.h"
#include "base/Secret.h"
#include "net/HttpClient.h"
#include "providers/local/LocalPorts.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

namespace mb::ctl {

namespace {

struct Hop
{
    QString name;
    bool ok = false;
    double ms = -1;
    QString detail;
    /// Not reached because an earlier hop failed; the error names the earlier one.
    bool skipped = false;
};

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

/// The running node of `pillar` (the first), as {name, daemon port}.
std::pair<QString, int> firstNode(const QJsonArray &nodes, const QString &pillar)
{
    for (const QJsonValue &v : nodes) {
        const QJsonObject n = v.toObject();
        if (n.value(QStringLiteral("pillar")).toString() != pillar ||
            n.value(QStringLiteral("state")).toString() != u"running")
            continue;
        const QString address = n.value(QStringLiteral("address")).toString();
        return {n.value(QStringLiteral("name")).toString(),
                address.mid(address.lastIndexOf(u':') + 1).toInt()};
    }
    return {};
}

/// The component `name` as the control plane last heard of it from `node` (its heartbeat, in
/// `GET /v1/nodes`), or an empty object. The operator's client never calls a node itself: the
/// control plane is its one endpoint (docs/architecture.md).
QJsonObject componentOf(const QJsonArray &nodes, const QString &node, const QString &name)
{
    for (const QJsonValue &n : nodes) {
        if (n.toObject().value(QStringLiteral("name")).toString() != node)
            continue;
        for (const QJsonValue &c : n.toObject().value(QStringLiteral("components")).toArray()) {
            if (c.toObject().value(QStringLiteral("name")).toString() == name)
                return c.toObject();
        }
    }
    return {};
}

double tcpConnectMs(int port, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), static_cast<quint16>(port));
    if (!socket.waitForConnected(2000)) {
        *error = socket.errorString();
        return -1;
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

QString componentDetail(const QJsonObject &component, const QString &name)
{
    if (component.isEmpty())
        return Ctl::tr("%1 is not reported by its node").arg(name);
    QString detail = Ctl::tr("%1 is %2").arg(name, component.value(QStringLiteral("state")).toString());
    if (const QString why = component.value(QStringLiteral("detail")).toString(); !why.isEmpty())
        detail += QStringLiteral(" (") + why + u')';
    const QJsonArray lines = component.value(QStringLiteral("lastLines")).toArray();
    if (!lines.isEmpty())
        detail += QStringLiteral(": ") + lines.last().toString();
    return detail;
}

} // namespace

int checkCommand(const ClusterOptions &options, Context &ctx)
{
    auto session = openCluster(options, ctx);
    if (!session)
        return ExitUsage;
    const app::ApiResult listed = session->client->callBlocking("GET", QStringLiteral("/v1/nodes"), {}, 5000);
    if (!listed.ok())
        return reportApiError(listed, ctx);
    const QJsonArray nodes = listed.body.value(QStringLiteral("nodes")).toArray();
    const auto [proxy, proxyPort] = firstNode(nodes, QStringLiteral("proxy"));
    const auto [state, statePort] = firstNode(nodes, QStringLiteral("state"));
    const auto [system, systemPort] = firstNode(nodes, QStringLiteral("system"));
    const auto provider = session->provider();
    const std::string cluster = session->record.name;
    net::HttpClientOptions pinned;
    // The cluster CA the control plane made (docs/pillars.md) is the only one trusted.
    pinned.caFile = (provider->nodeDir(cluster, system.toStdString()) / "data" / "cluster-ca.pem").string();
    pinned.connectTimeout = std::chrono::seconds(3);
    const net::HttpClient gatewayClient(pinned);

    QList<Hop> hops;
    Hop gateway{QStringLiteral("gateway"), false, -1, {}};
    QJsonObject answer;
    if (proxy.isEmpty()) {
        gateway.detail = Ctl::tr("no running Proxy node");
    } else {
        const int port = providers::local::componentPort(proxyPort, 1);
        const std::string url = "https://127.0.0.1:" + std::to_string(port) + "/functions/hello";
        QElapsedTimer timer;
        timer.start();
        const auto r = gatewayClient.request("POST", url, {}, {}, std::chrono::seconds(10));
        gateway.ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!r) {
            gateway.detail =
                fromStd(r.error().message.text() + (r.error().detail.empty() ? "" : ": " + r.error().detail));
        } else {
            answer = QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object();
            gateway.ok = r->status == 200;
            gateway.detail =
                gateway.ok
                    ? Ctl::tr("HTTP 200 over TLS from %1").arg(proxy)
                    : Ctl::tr("HTTP %1: %2")
                          .arg(r->status)
                          .arg(answer.value(QStringLiteral("message")).toString(fromStd(r->body).left(200)));
        }
    }
    // A worker that answered with the function's error passed the request on: the gateway and
    // the worker did their part, the store named below did not.
    const QString worker = answer.value(QStringLiteral("worker")).toString();
    const QString functionError = answer.value(QStringLiteral("message")).toString();
    if (!gateway.ok && !worker.isEmpty()) {
        gateway.ok = true;
        gateway.detail = Ctl::tr("passed the request to %1").arg(worker);
    }
    hops << gateway;
    Hop workerHop{QStringLiteral("worker"),
                  !worker.isEmpty() && functionError.isEmpty(),
                  answer.value(QStringLiteral("workerMs")).toDouble(-1),
                  {}};
    if (worker.isEmpty())
        workerHop.detail = Ctl::tr("no answer from a worker");
    else if (!functionError.isEmpty())
        workerHop.detail = Ctl::tr("hello on %1 failed: %2").arg(worker, functionError);
    else
        workerHop.detail = Ctl::tr("hello ran on %1").arg(worker);
    // The worker's failure is a store's, when a store hop below names one.
    workerHop.skipped = !gateway.ok || !functionError.isEmpty();
    hops << workerHop;

    Hop entry{QStringLiteral("haproxy"), false, -1, {}};
    if (state.isEmpty()) {
        entry.detail = Ctl::tr("no running State node");
    } else {
        QString error;
        entry.ms = tcpConnectMs(providers::local::componentPort(statePort, 3), &error);
        const QJsonObject haproxy = componentOf(nodes, state, QStringLiteral("haproxy"));
        entry.ok = entry.ms >= 0 && haproxy.value(QStringLiteral("state")).toString() == u"running";
        entry.detail =
            entry.ms < 0 ? Ctl::tr("State entry point refuses connections: %1").arg(error)
                         : componentDetail(haproxy, QStringLiteral("haproxy")) + Ctl::tr(" on %1").arg(state);
    }
    hops << entry;

    const auto storeHop = [&](const QString &name, const QString &valueKey, const QString &msKey,
                              const QString &what) {
        Hop hop{name, answer.contains(valueKey), answer.value(msKey).toDouble(-1), {}};
        if (hop.ok) {
            hop.detail = what.arg(answer.value(valueKey).toInteger());
        } else if (state.isEmpty()) {
            hop.detail = Ctl::tr("no running State node");
        } else {
            const QJsonObject c = componentOf(nodes, state, name);
            hop.detail = componentDetail(c, name);
            hop.skipped = c.value(QStringLiteral("state")).toString() == u"running";
            if (hop.skipped)
                hop.detail += Ctl::tr("; not reached");
        }
        return hop;
    };
    hops << storeHop(QStringLiteral("postgres"), QStringLiteral("row"), QStringLiteral("postgresMs"),
                     Ctl::tr("inserted row %1"));
    hops << storeHop(QStringLiteral("redis"), QStringLiteral("counter"), QStringLiteral("redisMs"),
                     Ctl::tr("counter is %1"));

    const bool allOk = std::all_of(hops.begin(), hops.end(), [](const Hop &h) { return h.ok; });
    if (ctx.format == Format::Json) {
        QJsonArray list;
        for (const Hop &h : std::as_const(hops))
            list.append(QJsonObject{{QStringLiteral("hop"), h.name},
                                    {QStringLiteral("ok"), h.ok},
                                    {QStringLiteral("ms"), h.ms},
                                    {QStringLiteral("detail"), h.detail}});
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), allOk}, {QStringLiteral("hops"), list}})
                       .toJson(QJsonDocument::Indented);
        return allOk ? ExitOk : ExitInvalid;
    }
    TextTable table({Ctl::tr("HOP"), Ctl::tr("RESULT"), Ctl::tr("LATENCY"), Ctl::tr("DETAIL")},
                    {false, false, true, false});
    for (const Hop &h : std::as_const(hops))
        table.addRow({h.name, h.ok ? Ctl::tr("ok") : Ctl::tr("FAILED"),
                      h.ms >= 0 ? QStringLiteral("%1 ms").arg(h.ms, 0, 'f', 1) : QStringLiteral("-"),
                      h.detail});
    table.print(ctx.out);
    if (!allOk) {
        auto failed =
            std::find_if(hops.begin(), hops.end(), [](const Hop &h) { return !h.ok && !h.skipped; });
        if (failed == hops.end())
            failed = std::find_if(hops.begin(), hops.end(), [](const Hop &h) { return !h.ok; });
        ctx.err << Ctl::tr("madbasectl: check failed at %1: %2").arg(failed->name, failed->detail) << '\n';
        return ExitInvalid;
    }
    ctx.out << Ctl::tr("Check passed: every hop answered.") << '\n';
    return ExitOk;
}

} // namespace mb::ctl
