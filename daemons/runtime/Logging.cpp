// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Logging.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMutex>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>

namespace mb::daemon {

Q_LOGGING_CATEGORY(lcDaemon, "madbase.daemon", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "madbase.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHeartbeat, "madbase.heartbeat", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "madbase.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcComponent, "madbase.component", QtInfoMsg)

namespace {

/// Warnings with one message within the current window.
struct Burst
{
    qint64 start = 0;
    int count = 0;
    int suppressed = 0;
};

struct LogState
{
    QMutex mutex;
    QByteArray node;
    QByteArray secret;
    QFile file;
    QtMsgType minimum = QtInfoMsg;
    QtMessageHandler previous = nullptr;
    LogLimits limits;
    QElapsedTimer clock;
    QHash<QString, Burst> bursts; ///< by message (fields left out); bounded
    QByteArray stderrPath;        ///< stderr's file when it is a regular file, else empty
    qint64 stderrBytes = 0;
    bool stderrLooked = false;
    LogSink sink;
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

/// `path` → `path.1` → … → `path.<files-1>`; the oldest goes. Called with the mutex held.
void shiftFiles(const QByteArray &path, int files)
{
    for (int i = files - 1; i >= 1; --i) {
        const QByteArray from = i == 1 ? path : path + '.' + QByteArray::number(i - 1);
        const QByteArray to = path + '.' + QByteArray::number(i);
        ::rename(from.constData(), to.constData());
    }
    if (files <= 1)
        ::unlink(path.constData());
}

/// Rotates stderr when it is a regular file grown past the limit: the file is renamed and a
/// new one takes its descriptor, so the provider's redirection goes on into a fresh file.
void rotateStderr(LogState &s, qint64 written)
{
    if (!s.stderrLooked) {
        s.stderrLooked = true;
        struct stat info
        {};
        char target[4096];
        const ssize_t n = ::readlink("/proc/self/fd/2", target, sizeof target - 1);
        if (::fstat(STDERR_FILENO, &info) == 0 && S_ISREG(info.st_mode) && n > 0 && target[0] == '/') {
            s.stderrPath = QByteArray(target, n);
            s.stderrBytes = info.st_size;
        }
    }
    if (s.stderrPath.isEmpty())
        return;
    s.stderrBytes += written;
    if (s.stderrBytes < s.limits.maxBytes)
        return;
    shiftFiles(s.stderrPath, s.limits.files);
    const int fd = ::open(s.stderrPath.constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::dup2(fd, STDERR_FILENO);
        ::close(fd);
    }
    s.stderrBytes = 0;
}

void rotateFile(LogState &s)
{
    if (!s.file.isOpen() || s.file.size() < s.limits.maxBytes)
        return;
    const QString name = s.file.fileName();
    s.file.close();
    shiftFiles(QFile::encodeName(name), s.limits.files);
    s.file.setFileName(name);
    (void)s.file.open(QIODevice::WriteOnly | QIODevice::Append);
}

/// Whether a warning may be written; when a window with suppressed ones ended, `report`
/// gets the line that says how many. Called with the mutex held.
bool admitWarning(LogState &s, const QString &body, QString *report)
{
    // The message without its fields: the same warning about other peers or values counts once.
    QString key = body.section(u' ', 0, 0);
    if (body.startsWith(QLatin1String("msg=\""))) {
        const qsizetype end = body.indexOf(QLatin1String("\" "), 5);
        key = end > 0 ? body.left(end + 1) : body;
    }
    if (!s.clock.isValid())
        s.clock.start();
    const qint64 now = s.clock.elapsed();
    if (s.bursts.size() > 1024)
        s.bursts.clear(); // a flood of distinct messages: start counting afresh, still bounded
    Burst &burst = s.bursts[key];
    if (now - burst.start >= s.limits.windowMs) {
        if (burst.suppressed > 0)
            *report = logfmt(QStringLiteral("similar warnings suppressed"),
                             {{QStringLiteral("suppressed"), QString::number(burst.suppressed)},
                              {QStringLiteral("seconds"), QString::number(s.limits.windowMs / 1000)},
                              {QStringLiteral("message"), key.mid(4).remove(u'"')}});
        burst = Burst{now, 0, 0};
    }
    if (++burst.count <= s.limits.burst)
        return true;
    ++burst.suppressed;
    return false;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogState &s = state();
    if (severity(type) < severity(s.minimum) && type != QtFatalMsg)
        return;
    QString body =
        message.startsWith(QLatin1String("msg=")) ? message : QLatin1String("msg=") + logfmtValue(message);
    if (type == QtWarningMsg || type == QtCriticalMsg) {
        QString report;
        bool admitted = false;
        {
            QMutexLocker lock(&s.mutex);
            admitted = admitWarning(s, body, &report);
        }
        if (!report.isEmpty())
            handler(QtWarningMsg, context, report);
        if (!admitted)
            return;
    }
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
    qsizetype bodyStart = line.size();
    line += body.toUtf8();
    QMutexLocker lock(&s.mutex);
    if (!s.secret.isEmpty() && line.contains(s.secret)) {
        line.replace(s.secret, "<redacted>");
        bodyStart = std::min(bodyStart, line.size());
    }
    if (s.sink)
        s.sink(type, category, line, QByteArrayView(line).sliced(bodyStart));
    line += '\n';
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
    std::fflush(stderr);
    rotateStderr(s, line.size());
    if (s.file.isOpen()) {
        s.file.write(line);
        s.file.flush();
        rotateFile(s);
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

Result<void> installLogHandler(const QString &node, const QString &minimumLevel, const QString &file,
                               const QByteArray &secret)
{
    LogState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.node = logfmtValue(node).toUtf8();
        s.secret = secret;
        s.stderrLooked = false; // stderr may have been redirected since
        s.minimum = minimumLevel == QLatin1String("debug")     ? QtDebugMsg
                    : minimumLevel == QLatin1String("warning") ? QtWarningMsg
                                                               : QtInfoMsg;
    }
    const QtMessageHandler previous = qInstallMessageHandler(handler);
    if (previous != handler)
        s.previous = previous;
    if (file.isEmpty())
        return {};
    QMutexLocker lock(&s.mutex);
    s.file.setFileName(file);
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append))
        return fail(ErrorCode::IoWrite, Message{"mb::daemon",
                                                MB_TR_NOOP("mb::daemon", "cannot open the log file %1: %2"),
                                                {file.toStdString(), s.file.errorString().toStdString()}});
    return {};
}

void setLogLimits(const LogLimits &limits)
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    s.limits = limits;
    s.limits.files = std::max(1, limits.files);
    s.bursts.clear();
}

QByteArrayView lokiLevel(QtMsgType type)
{
    // The daemon's own names, in the words Grafana's level colouring knows.
    return type == QtWarningMsg ? QByteArrayView("warn")
           : type == QtFatalMsg ? QByteArrayView("error")
                                : QByteArrayView(levelName(type));
}

void setLogSink(LogSink sink)
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    s.sink = std::move(sink);
}

void removeLogHandler()
{
    LogState &s = state();
    qInstallMessageHandler(s.previous);
    QMutexLocker lock(&s.mutex);
    s.file.close();
}

} // namespace mb::daemon
