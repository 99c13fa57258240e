// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "PromResult.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace mb::studio {

namespace {

bool readPoint(const QJsonValue &value, QPointF *point)
{
    const QJsonArray pair = value.toArray();
    if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isString())
        return false;
    bool ok = false;
    const QString text = pair.at(1).toString();
    double v = text.toDouble(&ok);
    if (!ok) {
        // Prometheus writes these three as words.
        if (text == u"NaN")
            v = std::nan("");
        else if (text == u"+Inf")
            v = INFINITY;
        else if (text == u"-Inf")
            v = -INFINITY;
        else
            return false;
    }
    *point = QPointF(pair.at(0).toDouble() * 1000.0, v);
    return true;
}

PromResult malformed(const QString &where)
{
    PromResult result;
    result.failure.kind = ApiFailure::Kind::Other;
    result.failure.message =
        QCoreApplication::translate("mb::studio", "The metrics answer is malformed at %1.").arg(where);
    return result;
}

} // namespace

QString PromSeries::displayName() const
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        if (it.key() != u"__name__")
            parts.append(it.key() + QStringLiteral("=\"") + it.value() + u'"');
    const QString name = labels.value(QStringLiteral("__name__"));
    if (parts.isEmpty())
        return name.isEmpty() ? QStringLiteral("{}") : name;
    return name + u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

PromResult decodePromResult(const app::RawReply &reply)
{
    PromResult result;
    result.failure = readFailure(reply);
    if (result.failure.failed())
        return result;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    if (!doc.isObject())
        return malformed(QCoreApplication::translate("mb::studio", "byte %1 (%2)")
                             .arg(error.offset)
                             .arg(error.errorString()));
    const QJsonObject data = doc.object().value(QStringLiteral("data")).toObject();
    result.resultType = data.value(QStringLiteral("resultType")).toString();
    const QJsonValue raw = data.value(QStringLiteral("result"));
    if (result.resultType == u"scalar") {
        PromSeries one;
        QPointF point;
        if (!readPoint(raw, &point))
            return malformed(QStringLiteral("/data/result"));
        one.points.append(point);
        result.series.append(one);
        return result;
    }
    if (!raw.isArray())
        return malformed(QStringLiteral("/data/result"));
    const QJsonArray items = raw.toArray();
    result.series.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        PromSeries series;
        const QJsonObject metric = item.value(QStringLiteral("metric")).toObject();
        for (auto it = metric.begin(); it != metric.end(); ++it)
            series.labels.insert(it.key(), it.value().toString());
        if (item.contains(QStringLiteral("values"))) {
            const QJsonArray values = item.value(QStringLiteral("values")).toArray();
            series.points.reserve(values.size());
            for (qsizetype j = 0; j < values.size(); ++j) {
                QPointF point;
                if (!readPoint(values.at(j), &point))
                    return malformed(QStringLiteral("/data/result/%1/values/%2").arg(i).arg(j));
                series.points.append(point);
            }
        } else {
            QPointF point;
            if (!readPoint(item.value(QStringLiteral("value")), &point))
                return malformed(QStringLiteral("/data/result/%1/value").arg(i));
            series.points.append(point);
        }
        result.series.append(std::move(series));
    }
    return result;
}

QList<QList<QPointF>> splitAtGaps(const QList<QPointF> &points, double maxGapMs)
{
    QList<QList<QPointF>> runs;
    for (const QPointF &point : points) {
        if (runs.isEmpty() || point.x() - runs.last().last().x() > maxGapMs)
            runs.append(QList<QPointF>{});
        runs.last().append(point);
    }
    return runs;
}

} // namespace mb::studio
