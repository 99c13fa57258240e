// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>

#include <functional>
#include <initializer_list>
#include <utility>

namespace mb::daemon {

Q_DECLARE_LOGGING_CATEGORY(lcDaemon)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcHeartbeat)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcComponent)

/// One log field: key and value (the value is quoted when needed).
using LogField = std::pair<QString, QString>;

/**
 * A logfmt body `msg="…" key=value …` for qCInfo(cat).noquote(). The message handler adds
 * `ts=… level=… node=… cat=…` in front, so every log line is one logfmt record.
 */
[[nodiscard]] QString logfmt(const QString &message, std::initializer_list<LogField> fields = {});

/// Quotes a logfmt value when it holds spaces, quotes, `=` or control characters.
[[nodiscard]] QString logfmtValue(const QString &value);

/**
 * Installs the one-line logfmt message handler (stderr, plus `file` when not empty) for the
 * whole process. `minimumLevel` is "debug", "info" or "warning" (for "debug", also enable the
 * madbase.* debug categories with QLoggingCategory::setFilterRules). `secret` (the bearer token)
 * is replaced by "<redacted>" should it ever appear in a message. Returns false, with the
 * reason, when the file cannot be opened (stderr logging still works).
 */
[[nodiscard]] Result<void> installLogHandler(const QString &node, const QString &minimumLevel,
                                             const QString &file, const QByteArray &secret);

/// Loki's `level` label for a message type: debug, info, warn or error.
[[nodiscard]] QByteArrayView lokiLevel(QtMsgType type);

/// Restores Qt's default handler and closes the log file.
void removeLogHandler();

/**
 * Receives every line the handler writes, after redaction and without its newline: its type,
 * its category ("madbase.http"), the whole record and the body after `cat=…` (the logfmt
 * message and fields). Called on the thread that logged, with the handler's lock held: it must
 * not block and must not log. An empty function removes it.
 */
using LogSink =
    std::function<void(QtMsgType type, const char *category, QByteArrayView line, QByteArrayView body)>;
void setLogSink(LogSink sink);

/// How much a daemon may log (docs/reliability.md).
struct LogLimits
{
    /// A log file (the `log.file`, or stderr when it is a regular file, as the local provider
    /// makes it) is rotated past this size: `daemon.log` → `daemon.log.1` → … .
    qint64 maxBytes = 10 * 1024 * 1024;
    /// Files kept, the current one included; the oldest is removed.
    int files = 5;
    /// Warnings (and errors) with the same message: at most this many per window; the rest
    /// are counted and reported in one line when the window ends.
    int burst = 20;
    qint64 windowMs = 10000;
};

/// Sets the limits for the whole process (before or after installLogHandler).
void setLogLimits(const LogLimits &limits);

} // namespace mb::daemon
