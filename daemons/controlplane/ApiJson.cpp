// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ApiJson.h"

#include "plan/Planner.h"
#include "topology/Topology.h"
#include "json/JsonReader.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonDocument>

#include <map>

namespace mb::controlplane {

QJsonObject errorJson(QStringView code, const QString &message)
{
    return QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code.toString()},
                                                             {QStringLiteral("message"), message}}}};
}

QHttpServerResponse jsonResponse(const QJsonObject &body, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse(body, status);
}

void respondJson(QHttpServerResponder &responder, const QJsonObject &body,
                 QHttpServerResponder::StatusCode status)
{
    responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact),
                    {{"Content-Type", "application/json"}}, status);
}

void PendingReply::send(const QHttpServerResponse &response)
{
    if (!waiting())
        return;
    m_sent = true;
    response.write(std::move(m_responder));
}

void PendingReply::sendJson(const QJsonObject &body, QHttpServerResponder::StatusCode status)
{
    if (!waiting())
        return;
    m_sent = true;
    respondJson(m_responder, body, status);
}

void PendingReply::sendStatus(QHttpServerResponder::StatusCode status)
{
    if (!waiting())
        return;
    m_sent = true;
    m_responder.write(status);
}

QHttpServerResponse wrongMethodResponse(const QByteArray &allow)
{
    QHttpServerResponse response =
        jsonResponse(errorJson(u"method-not-allowed",
                               QStringLiteral("This path takes %1 only.").arg(QString::fromLatin1(allow))),
                     QHttpServerResponse::StatusCode::MethodNotAllowed);
    response.setHeader("Allow", allow);
    return response;
}

void routeWrongMethods(QHttpServer &http, std::initializer_list<std::pair<const char *, const char *>> paths)
{
    for (const auto &[path, allow] : paths) {
        const QByteArray methods(allow);
        if (QByteArrayView(path).contains("<arg>"))
            http.route(
                QString::fromLatin1(path), QHttpServerRequest::Method::AnyKnown,
                [=](const QString &, const QHttpServerRequest &) { return wrongMethodResponse(methods); });
        else
            http.route(QString::fromLatin1(path), QHttpServerRequest::Method::AnyKnown,
                       [=](const QHttpServerRequest &) { return wrongMethodResponse(methods); });
    }
}

std::optional<topology::Topology> latestTopology(store::Store &store, qint64 *revision)
{
    const auto latest = store.latestTopologyRevision();
    if (!latest || !*latest)
        return std::nullopt;
    *revision = (*latest)->id;
    auto parsed = topology::parseTopology((*latest)->text);
    if (!parsed)
        return std::nullopt;
    return std::move(*parsed);
}

qint64 latestTopologyVersion(store::Store &store)
{
    const auto latest = store.latestTopologyRevision();
    return latest && *latest ? (*latest)->id : 0;
}

QJsonObject pendingJson(store::Store &store, const Result<std::vector<providers::NodeInfo>> &observed)
{
    qint64 revision = 0;
    const auto desired = latestTopology(store, &revision);
    if (!desired)
        return QJsonObject{{QStringLiteral("count"), 0}, {QStringLiteral("revision"), 0}};
    if (!observed)
        return QJsonObject{
            {QStringLiteral("error"), QString::fromStdString(observed.error().message.text())}};
    const plan::Planner planner(topology::PlanCatalogue::builtin());
    const auto computed = planner.plan(*desired, *observed);
    if (!computed)
        return QJsonObject{
            {QStringLiteral("error"), QString::fromStdString(computed.error().message.text())}};
    const QJsonObject full = planJson(*computed, 0, revision);
    const QJsonArray changes = full.value(QStringLiteral("changes")).toArray();
    return QJsonObject{{QStringLiteral("count"), changes.size()},
                       {QStringLiteral("revision"), revision},
                       {QStringLiteral("changes"), changes},
                       {QStringLiteral("summary"), full.value(QStringLiteral("summary"))},
                       {QStringLiteral("text"), full.value(QStringLiteral("text"))}};
}

std::expected<QJsonObject, QJsonObject> readBody(QByteArrayView body)
{
    // Strict first (docs/reliability.md, "Input limits"): a duplicate key or a body past a limit
    // is refused with the positions, never read with the last key winning.
    if (auto strict =
            json::parseText(std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
        !strict) {
        const ErrorCode code = strict.error().code;
        const bool named = code == ErrorCode::JsonDuplicateKey || code == ErrorCode::JsonLimit;
        return std::unexpected(
            errorJson(named ? QString::fromUtf8(errorCodeName(code).data(),
                                                static_cast<qsizetype>(errorCodeName(code).size()))
                            : QStringLiteral("malformed-json"),
                      QStringLiteral("The request body is not valid JSON: %1")
                          .arg(QString::fromStdString(strict.error().describe()))));
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::unexpected(
            errorJson(u"malformed-json", QStringLiteral("The request body is not valid JSON: %1 at byte %2.")
                                             .arg(error.errorString())
                                             .arg(error.offset)));
    if (!doc.isObject())
        return std::unexpected(
            errorJson(u"malformed-json", QStringLiteral("The request body must be a JSON object.")));
    return doc.object();
}

std::expected<QJsonObject, QHttpServerResponse> parseBody(const QHttpServerRequest &request)
{
    auto body = readBody(request.body());
    if (!body)
        return std::unexpected(jsonResponse(body.error(), QHttpServerResponse::StatusCode::BadRequest));
    return std::move(*body);
}

QJsonArray diagnosticsJson(const std::vector<topology::Diagnostic> &diagnostics)
{
    QJsonArray out;
    for (const topology::Diagnostic &d : diagnostics)
        out.append(QJsonObject{
            {QStringLiteral("severity"), QString::fromUtf8(topology::severityName(d.severity).data())},
            {QStringLiteral("code"), QString::fromStdString(d.code)},
            {QStringLiteral("message"), QString::fromStdString(d.message.text())},
            {QStringLiteral("pointer"), QString::fromStdString(d.pointer)}});
    return out;
}

QJsonObject eventsJson(const std::vector<store::Event> &events, qint64 after)
{
    QJsonArray list;
    qint64 last = after;
    for (const store::Event &e : events) {
        const qint64 ms =
            std::chrono::duration_cast<std::chrono::milliseconds>(e.time.time_since_epoch()).count();
        QJsonObject o{
            {QStringLiteral("seq"), qint64(e.seq)},
            {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs)},
            {QStringLiteral("kind"), QString::fromStdString(e.kind)},
            {QStringLiteral("node"), QString::fromStdString(e.node)},
            {QStringLiteral("message"), QString::fromStdString(e.message)},
            {QStringLiteral("data"), QJsonDocument::fromJson(QByteArray::fromStdString(e.data)).object()}};
        if (e.planId)
            o.insert(QStringLiteral("planId"), QString::number(*e.planId));
        list.append(o);
        last = e.seq;
    }
    return QJsonObject{{QStringLiteral("events"), list}, {QStringLiteral("last"), last}};
}

QJsonObject agentConfigJson(qint64 version, const QString &node, store::Store &store)
{
    QJsonObject config{{QStringLiteral("node"), node}, {QStringLiteral("topologyRevision"), version}};
    if (const auto revision = store.topologyRevision(version)) {
        if (const auto t = topology::parseTopology(revision->text)) {
            // Node names are <cluster>-<pillar>-<ordinal>.
            const QStringList parts = node.mid(QString::fromStdString(t->name).size() + 1).split(u'-');
            const auto pillar =
                parts.size() == 2 ? topology::pillarFromName(parts[0].toStdString()) : std::nullopt;
            if (pillar)
                config.insert(QStringLiteral("plan"),
                              QString::fromStdString(t->planOf(*pillar, parts[1].toInt())));
        }
    }
    return QJsonObject{{QStringLiteral("version"), version}, {QStringLiteral("config"), config}};
}

QJsonObject planJson(const plan::Plan &plan, qint64 planId, qint64 revision)
{
    // One line per node a person cares about: created, resized, destroyed, started.
    QJsonArray changes;
    std::map<std::string, QJsonObject> resizes;
    for (const plan::Action &a : plan.actions) {
        QJsonObject change{
            {QStringLiteral("node"), QString::fromStdString(a.node)},
            {QStringLiteral("pillar"), QString::fromUtf8(topology::pillarName(a.pillar).data())},
            {QStringLiteral("plan"), QString::fromStdString(a.plan)}};
        switch (a.kind) {
        case plan::ActionKind::CreateNode:
            change.insert(QStringLiteral("kind"), QStringLiteral("create"));
            changes.append(change);
            break;
        case plan::ActionKind::DeleteNode:
            change.insert(QStringLiteral("kind"), QStringLiteral("destroy"));
            changes.append(change);
            break;
        case plan::ActionKind::ChangePlan:
            change.insert(QStringLiteral("kind"), QStringLiteral("resize"));
            change.insert(QStringLiteral("fromPlan"), QString::fromStdString(a.fromPlan));
            change.insert(QStringLiteral("downtimeSeconds"), a.downtimeSeconds);
            changes.append(change);
            break;
        case plan::ActionKind::StartNode: {
            const bool partOfResize =
                std::any_of(plan.actions.begin(), plan.actions.end(), [&](const plan::Action &o) {
                    return o.node == a.node && o.kind == plan::ActionKind::ChangePlan;
                });
            if (!partOfResize) {
                change.insert(QStringLiteral("kind"), QStringLiteral("start"));
                changes.append(change);
            }
            break;
        }
        default:
            break;
        }
    }
    QJsonArray actions;
    for (const plan::Action &a : plan.actions) {
        QJsonArray deps;
        for (const std::string &d : a.dependsOn)
            deps.append(QString::fromStdString(d));
        actions.append(
            QJsonObject{{QStringLiteral("id"), QString::fromStdString(a.id)},
                        {QStringLiteral("kind"), QString::fromUtf8(plan::actionKindName(a.kind).data())},
                        {QStringLiteral("node"), QString::fromStdString(a.node)},
                        {QStringLiteral("dependsOn"), deps}});
    }
    const plan::PlanSummary summary = plan.summary();
    const topology::Micros delta = plan.costAfter.monthly - plan.costBefore.monthly;
    const QString deltaText =
        QString::fromLatin1(delta >= 0 ? "+" : "") + QString::fromStdString(topology::formatMoney(delta, 2));
    return QJsonObject{
        {QStringLiteral("planId"), QString::number(planId)},
        {QStringLiteral("hash"), QString::fromStdString(plan.hash())},
        {QStringLiteral("topologyRevision"), revision},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("add"), summary.toAdd},
                                                {QStringLiteral("change"), summary.toChange},
                                                {QStringLiteral("destroy"), summary.toDestroy}}},
        {QStringLiteral("cost"),
         QJsonObject{{QStringLiteral("currency"), QString::fromStdString(plan.currency)},
                     {QStringLiteral("before"),
                      QString::fromStdString(topology::formatMoney(plan.costBefore.monthly, 2))},
                     {QStringLiteral("after"),
                      QString::fromStdString(topology::formatMoney(plan.costAfter.monthly, 2))},
                     {QStringLiteral("delta"), deltaText}}},
        {QStringLiteral("text"), QString::fromStdString(plan::renderText(plan))}};
}

} // namespace mb::controlplane
