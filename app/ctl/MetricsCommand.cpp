// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "MetricsCommand.h"

#include "ClusterSession.h"
#include "Ctl.h"
#include "CtlOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>

namespace mb::ctl {

namespace {

/// `name{a="1", b="2"}` with the labels sorted, `__name__` first as the name.
QString seriesText(const QJsonObject &metric)
{
    QStringList labels;
    for (auto it = metric.begin(); it != metric.end(); ++it)
        if (it.key() != u"__name__")
            labels << it.key() + QStringLiteral("=\"") + it.value().toString() + u'"';
    labels.sort();
    return metric.value(QStringLiteral("__name__")).toString() + u'{' + labels.join(QStringLiteral(", ")) +
           u'}';
}

} // namespace

int metricsCommand(const QString &query, const ClusterOptions &options, Context &ctx)
{
    auto session = openCluster(options, ctx);
    if (!session)
        return ExitUsage;
    const app::ApiResult r =
        session->client->callBlocking("GET", QStringLiteral("/v1/metrics/query?query=") +
                                                 QString::fromLatin1(QUrl::toPercentEncoding(query)));
    // VictoriaMetrics' own errors come in Prometheus' shape: {"status":"error","error":…}.
    if (r.status == 400 || r.status == 422) {
        const QString reason = r.body.value(QStringLiteral("error")).isString()
                                   ? r.body.value(QStringLiteral("error")).toString()
                                   : r.error;
        ctx.err << QStringLiteral("madbasectl: ") << Ctl::tr("the query was refused: %1").arg(reason) << '\n';
        return ExitInvalid;
    }
    if (!r.ok())
        return reportApiError(r, ctx);
    if (ctx.format == Format::Json) {
        ctx.out << QJsonDocument(r.body).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const QJsonObject data = r.body.value(QStringLiteral("data")).toObject();
    const QString type = data.value(QStringLiteral("resultType")).toString();
    const QJsonValue result = data.value(QStringLiteral("result"));
    if (type == u"scalar" || type == u"string") {
        ctx.out << result.toArray().at(1).toString() << '\n';
        return ExitOk;
    }
    QList<QPair<QString, QString>> rows;
    for (const QJsonValue &v : result.toArray()) {
        const QJsonObject series = v.toObject();
        const QJsonArray value = series.value(QStringLiteral("value")).toArray();
        rows.append({seriesText(series.value(QStringLiteral("metric")).toObject()),
                     value.size() == 2 ? value.at(1).toString() : QString()});
    }
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty()) {
        ctx.out << Ctl::tr("No series matches (metrics of a node that just joined arrive within 15 s).")
                << '\n';
        return ExitOk;
    }
    TextTable table({Ctl::tr("SERIES"), Ctl::tr("VALUE")}, {false, true});
    for (const auto &[series, value] : rows)
        table.addRow({series, value});
    table.print(ctx.out);
    return ExitOk;
}

} // namespace mb::ctl
