// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Logging.h"

#include <QDateTime>
#include <QFile>
#include <QMutex>

#include <cstdio>

namespace mb::daemon {

Q_LOGGING_CATEGORY(lcDaemon, "madbase.daemon", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "madbase.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHeartbeat, "madbase.heartbeat", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "madbase.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcComponent, "madbase.component", QtInfoMsg)

namespace {

struct LogState
{
    QMutex mutex;
    QByteArray node;
    QByteArray secret;
    QFile file;
    QtMsgType minimum = QtInfoMsg;
    QtMessageHandler previous = nullptr;
};

LogState &state()
{
    static LogState s;
    return s;
}

int severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 1;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogState &s = state();
    if (severity(type) < severity(s.minimum) && type != QtFatalMsg)
        return;
    QString body =
        message.startsWith(QLatin1String("msg=")) ? message : QLatin1String("msg=") + logfmtValue(message);
    QByteArray line;
    line.reserve(96 + body.size());
    line += "ts=";
    line += QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
    line += " level=";
    line += levelName(type);
    line += " node=";
    line += s.node;
    line += " cat=";
    const char *category = context.category ? context.category : "default";
    line += std::string_view(category).starts_with("madbase.") ? category + 8 : category;
    line += ' ';
    line += body.toUtf8();
    QMutexLocker lock(&s.mutex);
    if (!s.secret.isEmpty() && line.contains(s.secret))
        line.replace(s.secret, "<redacted>");
    line += '\n';
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
    if (s.file.isOpen()) {
        s.file.write(line);
        s.file.flush();
    }
}

} // namespace

QString logfmtValue(const QString &value)
{
    bool quote = value.isEmpty();
    for (const QChar c : value) {
        if (c == u' ' || c == u'"' || c == u'=' || c == u'\\' || c.unicode() < 0x20) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return value;
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c == u'\n') {
            out += QLatin1String("\\n");
        } else if (c.unicode() < 0x20) {
            out += u' ';
        } else {
            out += c;
        }
    }
    out += u'"';
    return out;
}

QString logfmt(const QString &message, std::initializer_list<LogField> fields)
{
    QString out = QLatin1String("msg=") + logfmtValue(message);
    for (const auto &[key, value] : fields)
        out += u' ' + key + u'=' + logfmtValue(value);
    return out;
}

bool installLogHandler(const QString &node, const QString &minimumLevel, const QString &file,
                       const QByteArray &secret, QString *error)
{
    LogState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.node = logfmtValue(node).toUtf8();
        s.secret = secret;
        s.minimum = minimumLevel == QLatin1String("debug")     ? QtDebugMsg
                    : minimumLevel == QLatin1String("warning") ? QtWarningMsg
                                                               : QtInfoMsg;
    }
    const QtMessageHandler previous = qInstallMessageHandler(handler);
    if (previous != handler)
        s.previous = previous;
    if (file.isEmpty())
        return true;
    QMutexLocker lock(&s.mutex);
    s.file.setFileName(file);
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = s.file.errorString();
        return false;
    }
    return true;
}

void removeLogHandler()
{
    LogState &s = state();
    qInstallMessageHandler(s.previous);
    QMutexLocker lock(&s.mutex);
    s.file.close();
}

} // namespace mb::daemon
