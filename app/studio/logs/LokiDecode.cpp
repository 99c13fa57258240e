// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LokiDecode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace mb::studio {

namespace {
constexpr qsizetype MaxInternedLabelSets = 10000;

LokiLines malformed(const QString &what)
{
    LokiLines out;
    out.failure.kind = ApiFailure::Kind::Other;
    out.failure.message =
        QCoreApplication::translate("mb::studio", "The log answer is malformed: %1").arg(what);
    return out;
}
} // namespace

LabelSet LokiDecoder::intern(const QJsonObject &labels)
{
    QMap<QString, QString> map;
    QString key;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        map.insert(it.key(), it.value().toString());
    }
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        key += it.key() + u'\x1f' + it.value() + u'\x1e';
    if (const auto found = m_labelSets.constFind(key); found != m_labelSets.cend())
        return *found;
    if (m_labelSets.size() >= MaxInternedLabelSets)
        m_labelSets.clear();
    LabelSet set(new const QMap<QString, QString>(std::move(map)));
    m_labelSets.insert(key, set);
    return set;
}

LokiLines LokiDecoder::decodeStreams(const QJsonArray &streams)
{
    LokiLines out;
    qsizetype total = 0;
    for (const QJsonValue &stream : streams)
        total += stream.toObject().value(QStringLiteral("values")).toArray().size();
    out.lines.reserve(total);
    for (qsizetype s = 0; s < streams.size(); ++s) {
        const QJsonObject stream = streams.at(s).toObject();
        const LabelSet labels = intern(stream.value(QStringLiteral("stream")).toObject());
        const LogLevel level = levelFromLabel(labels->value(QStringLiteral("level")));
        const QJsonArray values = stream.value(QStringLiteral("values")).toArray();
        for (qsizetype v = 0; v < values.size(); ++v) {
            const QJsonArray pair = values.at(v).toArray();
            bool ok = false;
            const qint64 ns = pair.at(0).toString().toLongLong(&ok);
            if (pair.size() < 2 || !ok || !pair.at(1).isString())
                return malformed(QStringLiteral("/streams/%1/values/%2").arg(s).arg(v));
            out.lines.append(LogLine{ns, pair.at(1).toString(), labels, level});
        }
    }
    // Each stream is in order already; the merge keeps ties in stream order.
    std::stable_sort(out.lines.begin(), out.lines.end(),
                     [](const LogLine &a, const LogLine &b) { return a.timestampNs < b.timestampNs; });
    return out;
}

LokiLines LokiDecoder::decode(const app::RawReply &reply)
{
    const ApiFailure failure = readFailure(reply);
    if (failure.failed()) {
        LokiLines out;
        out.failure = failure;
        return out;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    if (!doc.isObject())
        return malformed(error.errorString());
    const QJsonObject data = doc.object().value(QStringLiteral("data")).toObject();
    if (data.value(QStringLiteral("resultType")).toString() != u"streams")
        return malformed(QCoreApplication::translate("mb::studio", "expected streams, got \"%1\"")
                             .arg(data.value(QStringLiteral("resultType")).toString()));
    return decodeStreams(data.value(QStringLiteral("result")).toArray());
}

LokiLines LokiDecoder::decodeFrame(const QByteArray &frame)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(frame, &error);
    if (!doc.isObject())
        return malformed(error.errorString());
    LokiLines out = decodeStreams(doc.object().value(QStringLiteral("streams")).toArray());
    out.droppedEntries = doc.object().value(QStringLiteral("dropped_entries")).toArray().size();
    return out;
}

} // namespace mb::studio
