// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QSharedPointer>
#include <QString>

namespace mb::studio {

/// A log line's level, from its stream's `level` label.
enum class LogLevel : quint8
{
    Debug,
    Info,
    Warn,
    Error,
    Unknown,
};

[[nodiscard]] LogLevel levelFromLabel(QStringView value);
[[nodiscard]] QString levelName(LogLevel level);

/// A stream's labels, shared by all of its lines.
using LabelSet = QSharedPointer<const QMap<QString, QString>>;

/// One log line as the explorer keeps it.
struct LogLine
{
    qint64 timestampNs = 0;
    QString text;
    LabelSet labels;
    LogLevel level = LogLevel::Unknown;

    [[nodiscard]] QString label(const QString &name) const
    {
        return labels ? labels->value(name) : QString();
    }
    /// `{a="1", b="2"}`.
    [[nodiscard]] QString labelText() const;
    friend bool operator==(const LogLine &a, const LogLine &b)
    {
        return a.timestampNs == b.timestampNs && a.text == b.text &&
               (a.labels == b.labels || (a.labels && b.labels && *a.labels == *b.labels));
    }
};

/// A line as a text file line: RFC 3339 time with nanoseconds, its labels, the line.
[[nodiscard]] QByteArray exportLine(const LogLine &line);

} // namespace mb::studio

Q_DECLARE_METATYPE(mb::studio::LogLine)
