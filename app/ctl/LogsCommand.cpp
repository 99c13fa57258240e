// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LogsCommand.h"

#include "ClusterSession.h"
#include "Ctl.h"
#include "CtlOutput.h"
#include "logs/LogQl.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QUrl>
#include <QWebSocket>

#include <algorithm>
#include <chrono>

namespace mb::ctl {

namespace {

constexpr qint64 PageLimit = 5000; // Loki's max_entries_limit_per_query

struct Answer
{
    int status = 0;
    QByteArray body;
    QString error;
};

Answer get(app::ControlPlaneClient &client, const QString &path)
{
    QNetworkRequest request = client.authorizedRequest(path);
    request.setTransferTimeout(120000);
    QNetworkReply *reply = client.network().get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.error = reply->errorString();
    reply->deleteLater();
    return answer;
}

/// `a=1&b=x%20y` from pairs, each value percent-encoded (a `+` stays a plus).
QString encodedQuery(std::initializer_list<std::pair<const char *, QString>> items)
{
    QStringList parts;
    for (const auto &[name, value] : items)
        parts << QLatin1String(name) + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
    return parts.join(u'&');
}

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

/// The error of a failed answer, on stderr; the exit code.
int refused(const Answer &answer, Context &ctx)
{
    const QString text = QString::fromUtf8(answer.body).trimmed();
    ctx.err << QStringLiteral("madbasectl: ");
    if (answer.status == 0)
        ctx.err << Ctl::tr("the control plane does not answer: %1").arg(answer.error);
    else if (answer.status == 400)
        ctx.err << Ctl::tr("the query was refused: %1").arg(text);
    else if (answer.status == 503)
        ctx.err << Ctl::tr("the log store is unavailable: %1").arg(text);
    else
        ctx.err << Ctl::tr("the control plane answered %1: %2").arg(answer.status).arg(text.left(500));
    ctx.err << '\n';
    return ExitInvalid;
}

struct Entry
{
    qint64 ns = 0;
    QString line;
    const QJsonObject *labels = nullptr;
};

QString labelsText(const QJsonObject &labels)
{
    QStringList parts;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        if (it.key() != u"cluster")
            parts << it.key() + QStringLiteral("=\"") + it.value().toString() + u'"';
    parts.sort();
    return u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

void printEntry(const Entry &entry, Context &ctx)
{
    switch (ctx.format) {
    case Format::Raw:
        ctx.out << entry.line << '\n';
        break;
    case Format::Json:
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("timestamp"), QString::number(entry.ns)},
                                             {QStringLiteral("labels"), *entry.labels},
                                             {QStringLiteral("line"), entry.line}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        break;
    case Format::Text:
        ctx.out << QDateTime::fromMSecsSinceEpoch(entry.ns / 1'000'000, Qt::UTC).toString(Qt::ISODateWithMs)
                << ' ' << labelsText(*entry.labels) << ' ' << entry.line << '\n';
        break;
    }
}

/// The entries of a `streams` result, oldest first; `labels` keeps what they point at.
std::vector<Entry> entriesOf(const QJsonArray &streams, std::vector<QJsonObject> &labels)
{
    labels.clear();
    labels.reserve(std::size_t(streams.size()));
    std::vector<Entry> out;
    for (const QJsonValue &s : streams) {
        const QJsonObject stream = s.toObject();
        labels.push_back(stream.value(QStringLiteral("stream")).toObject());
        for (const QJsonValue &v : stream.value(QStringLiteral("values")).toArray()) {
            const QJsonArray pair = v.toArray();
            out.push_back({pair.at(0).toString().toLongLong(), pair.at(1).toString(), &labels.back()});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) { return a.ns < b.ns; });
    return out;
}

void printMatrix(const QJsonObject &data, Context &ctx)
{
    for (const QJsonValue &v : data.value(QStringLiteral("result")).toArray()) {
        const QJsonObject series = v.toObject();
        ctx.out << labelsText(series.value(QStringLiteral("metric")).toObject()) << '\n';
        const QJsonArray values = series.contains(QStringLiteral("values"))
                                      ? series.value(QStringLiteral("values")).toArray()
                                      : QJsonArray{series.value(QStringLiteral("value"))};
        for (const QJsonValue &p : values) {
            const QJsonArray point = p.toArray();
            ctx.out << "  "
                    << QDateTime::fromMSecsSinceEpoch(qint64(point.at(0).toDouble() * 1000), Qt::UTC)
                           .toString(Qt::ISODate)
                    << "  " << point.at(1).toString() << '\n';
        }
    }
}

QString rangePath(const QString &query, qint64 startNs, qint64 endNs, qint64 limit, const char *direction)
{
    return QStringLiteral("/v1/logs/query_range?") + encodedQuery({{"query", query},
                                                                   {"start", QString::number(startNs)},
                                                                   {"end", QString::number(endNs)},
                                                                   {"limit", QString::number(limit)},
                                                                   {"direction", QLatin1String(direction)}});
}

/// Follows the tail from `startNs` until the connection ends; the exit code.
int follow(app::ControlPlaneClient &client, const QString &query, qint64 startNs, Context &ctx)
{
    const QString q = encodedQuery(
        {{"query", query}, {"start", QString::number(startNs)}, {"limit", QString::number(PageLimit)}});
    QWebSocket socket;
    QEventLoop loop;
    int code = ExitOk;
    bool opened = false;
    QObject::connect(&socket, &QWebSocket::connected, &loop, [&opened] { opened = true; });
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &loop, [&ctx](const QString &frame) {
        std::vector<QJsonObject> labels;
        const QJsonObject body = QJsonDocument::fromJson(frame.toUtf8()).object();
        for (const Entry &entry : entriesOf(body.value(QStringLiteral("streams")).toArray(), labels))
            printEntry(entry, ctx);
        ctx.out.flush();
    });
    QObject::connect(&socket, &QWebSocket::disconnected, &loop, [&] {
        const QString reason = opened ? socket.closeReason() : socket.errorString();
        if (!opened || socket.closeCode() != QWebSocketProtocol::CloseCodeNormal || !reason.isEmpty()) {
            ctx.err << QStringLiteral("madbasectl: ") << Ctl::tr("the tail ended: %1").arg(reason) << '\n';
            code = ExitInvalid;
        }
        loop.quit();
    });
    socket.open(client.authorizedRequest(QStringLiteral("/v1/logs/tail?") + q, true));
    loop.exec();
    return code;
}

} // namespace

std::optional<qint64> parseSince(const QString &text)
{
    std::int64_t ns = 0;
    if (!logs::logql::parseDuration(text.toStdString(), &ns) || ns <= 0)
        return std::nullopt;
    return ns;
}

int logsCommand(const QString &query, const LogsOptions &logs, const ClusterOptions &options, Context &ctx)
{
    const auto since = parseSince(logs.since);
    if (!since) {
        ctx.err
            << QStringLiteral("madbasectl: ")
            << Ctl::tr("--since must be a duration such as 90s, 10m, 2h or 7d, not \"%1\".").arg(logs.since)
            << '\n';
        return ExitUsage;
    }
    if (!logs.all && (logs.limit <= 0 || logs.limit > PageLimit)) {
        ctx.err << QStringLiteral("madbasectl: ")
                << Ctl::tr("--limit must be 1 to %1; --all prints every line.").arg(PageLimit) << '\n';
        return ExitUsage;
    }
    auto session = openCluster(options, ctx);
    if (!session)
        return ExitUsage;
    app::ControlPlaneClient &client = *session->client;
    const qint64 end = nowNs();
    qint64 start = end - *since;
    qint64 last = 0;
    std::vector<QJsonObject> labels;
    for (;;) {
        const qint64 limit = logs.all ? PageLimit : logs.limit;
        // Without --all the newest lines are wanted (backward); --all pages forward from the start.
        const Answer answer =
            get(client, rangePath(query, start, end, limit, logs.all ? "forward" : "backward"));
        if (answer.status != 200)
            return refused(answer, ctx);
        const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
        const QJsonObject data = body.value(QStringLiteral("data")).toObject();
        if (data.value(QStringLiteral("resultType")).toString() != u"streams") {
            if (ctx.format == Format::Json)
                ctx.out << QJsonDocument(body).toJson(QJsonDocument::Compact) << '\n';
            else
                printMatrix(data, ctx);
            return ExitOk;
        }
        const auto entries = entriesOf(data.value(QStringLiteral("result")).toArray(), labels);
        for (const Entry &entry : entries)
            printEntry(entry, ctx);
        ctx.out.flush();
        if (!entries.empty())
            last = entries.back().ns;
        if (!logs.all || qint64(entries.size()) < limit)
            break;
        start = last + 1;
    }
    if (!logs.follow)
        return ExitOk;
    return follow(client, query, last > 0 ? last + 1 : end, ctx);
}

int metricsRangeCommand(const QString &query, const QString &range, const QString &step,
                        const ClusterOptions &options, Context &ctx)
{
    const auto span = parseSince(range);
    if (!span) {
        ctx.err << QStringLiteral("madbasectl: ")
                << Ctl::tr("--range must be a duration such as 30m, 1h or 7d, not \"%1\".").arg(range)
                << '\n';
        return ExitUsage;
    }
    auto session = openCluster(options, ctx);
    if (!session)
        return ExitUsage;
    const double end = double(nowNs()) / 1e9;
    const QString q = encodedQuery({{"query", query},
                                    {"start", QString::number(end - double(*span) / 1e9, 'f', 3)},
                                    {"end", QString::number(end, 'f', 3)},
                                    {"step", step}});
    const Answer answer = get(*session->client, QStringLiteral("/v1/metrics/query_range?") + q);
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    if (answer.status == 400 || answer.status == 422) {
        ctx.err << QStringLiteral("madbasectl: ")
                << Ctl::tr("the query was refused: %1").arg(body.value(QStringLiteral("error")).toString())
                << '\n';
        return ExitInvalid;
    }
    if (answer.status != 200)
        return refused(answer, ctx);
    if (ctx.format == Format::Json) {
        ctx.out << QJsonDocument(body).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    printMatrix(body.value(QStringLiteral("data")).toObject(), ctx);
    return ExitOk;
}

} // namespace mb::ctl
