// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LogQuery.h"

#include <QRegularExpression>

namespace mb::studio {

QString logQlQuote(const QString &value)
{
    QString out = value;
    out.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'\n', QStringLiteral("\\n"));
    return u'"' + out + u'"';
}

QString buildSelector(const QMap<QString, QStringList> &picked, const QString &cluster)
{
    QStringList matchers;
    bool hasCluster = false;
    for (auto it = picked.cbegin(); it != picked.cend(); ++it) {
        QStringList values = it.value();
        values.removeDuplicates();
        values.sort();
        if (values.isEmpty())
            continue;
        hasCluster = hasCluster || it.key() == u"cluster";
        if (values.size() == 1) {
            matchers.append(it.key() + u'=' + logQlQuote(values.first()));
        } else {
            QStringList escaped;
            for (const QString &v : values)
                escaped.append(QRegularExpression::escape(v));
            matchers.append(it.key() + QStringLiteral("=~") + logQlQuote(escaped.join(u'|')));
        }
    }
    if (!hasCluster)
        matchers.prepend(cluster.isEmpty() ? QStringLiteral("cluster=~\".+\"")
                                           : QStringLiteral("cluster=") + logQlQuote(cluster));
    return u'{' + matchers.join(QStringLiteral(", ")) + u'}';
}

QString volumeQuery(const QString &logQuery, qint64 stepSeconds)
{
    return QStringLiteral("sum by (level) (count_over_time(%1 [%2s]))")
        .arg(logQuery.trimmed())
        .arg(stepSeconds);
}

QString nodeSelector(const QString &cluster, const QString &node)
{
    return QStringLiteral("{cluster=%1, node=%2}").arg(logQlQuote(cluster), logQlQuote(node));
}

qint64 volumeStep(qint64 rangeSeconds, int buckets)
{
    return std::max<qint64>(1, (rangeSeconds + buckets - 1) / std::max(buckets, 1));
}

} // namespace mb::studio
