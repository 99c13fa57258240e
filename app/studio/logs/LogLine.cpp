// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LogLine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace mb::studio {

LogLevel levelFromLabel(QStringView value)
{
    if (value == u"error")
        return LogLevel::Error;
    if (value == u"warn")
        return LogLevel::Warn;
    if (value == u"info")
        return LogLevel::Info;
    if (value == u"debug")
        return LogLevel::Debug;
    return LogLevel::Unknown;
}

QString levelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return QCoreApplication::translate("mb::studio", "debug");
    case LogLevel::Info:
        return QCoreApplication::translate("mb::studio", "info");
    case LogLevel::Warn:
        return QCoreApplication::translate("mb::studio", "warn");
    case LogLevel::Error:
        return QCoreApplication::translate("mb::studio", "error");
    case LogLevel::Unknown:
        break;
    }
    return QCoreApplication::translate("mb::studio", "unknown");
}

QString LogLine::labelText() const
{
    QStringList parts;
    if (labels)
        for (auto it = labels->cbegin(); it != labels->cend(); ++it)
            parts.append(it.key() + QStringLiteral("=\"") + it.value() + u'"');
    return u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

QByteArray exportLine(const LogLine &line)
{
    const qint64 seconds = line.timestampNs / 1'000'000'000;
    const qint64 nanos = line.timestampNs % 1'000'000'000;
    QByteArray out = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC)
                         .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
                         .toLatin1();
    out += '.';
    out += QByteArray::number(nanos).rightJustified(9, '0');
    out += "Z ";
    out += line.labelText().toUtf8();
    out += ' ';
    out += line.text.toUtf8();
    out += '\n';
    return out;
}

} // namespace mb::studio
