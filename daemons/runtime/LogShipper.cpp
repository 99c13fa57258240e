// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LogShipper.h"

#include "LogSpool.h"
#include "Logging.h"
#include "MetricsText.h"
#include "logs/LokiPushEncoder.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <deque>
#include <map>

namespace mb::daemon {

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

/// A value of a logfmt record at `pos` (quoted with escapes, or bare up to a space), unescaped;
/// `pos` ends past it.
QByteArray logfmtValueAt(QByteArrayView text, qsizetype &pos)
{
    QByteArray out;
    if (pos < text.size() && text[pos] == '"') {
        ++pos;
        while (pos < text.size() && text[pos] != '"') {
            char c = text[pos++];
            if (c == '\\' && pos < text.size()) {
                const char e = text[pos++];
                c = e == 'n' ? '\n' : e;
            }
            out += c;
        }
        ++pos; // the closing quote
        return out;
    }
    const qsizetype end = text.indexOf(' ', pos);
    const qsizetype stop = end < 0 ? text.size() : end;
    out = text.sliced(pos, stop - pos).toByteArray();
    pos = stop;
    return out;
}

bool containsWord(QByteArrayView lower, QByteArrayView word)
{
    return lower.indexOf(word) >= 0;
}

} // namespace

bool componentOutput(QByteArrayView body, QByteArray *component, QByteArray *line)
{
    static constexpr QByteArrayView prefix = "msg=output component=";
    if (!body.startsWith(prefix))
        return false;
    qsizetype pos = prefix.size();
    *component = logfmtValueAt(body, pos);
    static constexpr QByteArrayView linePrefix = " line=";
    if (body.sliced(pos).startsWith(linePrefix) == false)
        return false;
    pos += linePrefix.size();
    *line = logfmtValueAt(body, pos);
    return true;
}

QByteArray levelOfLine(QByteArrayView line)
{
    const QByteArray lower = line.first(std::min<qsizetype>(line.size(), 160)).toByteArray().toLower();
    if (containsWord(lower, "level=error") || containsWord(lower, "level=fatal") ||
        containsWord(lower, "error") || containsWord(lower, "fatal") || containsWord(lower, "panic") ||
        containsWord(lower, "crit"))
        return "error";
    if (containsWord(lower, "warn"))
        return "warn";
    if (containsWord(lower, "debug"))
        return "debug";
    if (containsWord(lower, "info") || containsWord(lower, "notice") || containsWord(lower, "log:"))
        return "info";
    return "unknown";
}

struct ShipperRecord
{
    qint64 ns = 0;
    QByteArray component;
    QByteArray level;
    QByteArray line;
};

struct ShipperIntake
{
    QMutex mutex;
    std::deque<ShipperRecord> records;
    qint64 bytes = 0;
    qint64 lastNs = 0;
    qint64 maxBytes = 0;
    qint64 wakeBytes = 0;
    int maxLineBytes = 0;
    bool wakeAsked = false;
    QObject *worker = nullptr; ///< set once before the thread starts
    std::atomic<qint64> queued{0};
    std::atomic<qint64> shipped{0};
    std::atomic<qint64> dropped{0};
    std::atomic<qint64> rejected{0};
    std::atomic<qint64> failures{0};
    std::atomic<qint64> bufferedLines{0};
    std::atomic<qint64> bufferedBytes{0};
};

/// The shipper's thread: batches, the buffer, the pushes, the files.
class ShipperWorker final : public QObject
{
public:
    ShipperWorker(LogShipperOptions options, std::shared_ptr<ShipperIntake> intake)
        : m_options(std::move(options))
        , m_intake(std::move(intake))
        , m_spool(m_options.spoolDir, m_options.maxSpoolBytes)
    {}

    void begin()
    {
        m_network = new QNetworkAccessManager(this);
        if (auto opened = m_spool.open(); !opened)
            qCWarning(lcDaemon).noquote()
                << logfmt(QStringLiteral("log buffer unavailable"),
                          {{QStringLiteral("error"), QString::fromStdString(opened.error().describe())}});
        publishSpool();
        loadOffsets();
        m_flush = new QTimer(this);
        connect(m_flush, &QTimer::timeout, this, &ShipperWorker::drain);
        m_flush->start(m_options.flushIntervalMs);
        m_fileTimer = new QTimer(this);
        connect(m_fileTimer, &QTimer::timeout, this, &ShipperWorker::readFiles);
        m_fileTimer->start(m_options.fileIntervalMs);
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, &ShipperWorker::send);
        send();
    }

    /// Every line in memory into batches on disk, then a send if none is under way.
    void drain()
    {
        {
            QMutexLocker lock(&m_intake->mutex);
            m_intake->wakeAsked = false;
        }
        for (;;) {
            std::vector<ShipperRecord> batch;
            qint64 bytes = 0;
            {
                QMutexLocker lock(&m_intake->mutex);
                while (!m_intake->records.empty() && bytes < m_options.maxBatchBytes) {
                    bytes += m_intake->records.front().line.size();
                    batch.push_back(std::move(m_intake->records.front()));
                    m_intake->records.pop_front();
                }
                m_intake->bytes -= bytes;
            }
            if (batch.empty())
                break;
            const QByteArray body = encode(batch);
            auto dropped = m_spool.append(body, qint64(batch.size()));
            if (!dropped) {
                m_intake->dropped += qint64(batch.size());
                if (!m_spoolFailed)
                    qCWarning(lcDaemon).noquote() << logfmt(
                        QStringLiteral("log buffer write failed; lines dropped"),
                        {{QStringLiteral("error"), QString::fromStdString(dropped.error().describe())}});
                m_spoolFailed = true;
            } else {
                m_spoolFailed = false;
                m_intake->dropped += *dropped;
            }
        }
        saveOffsets();
        publishSpool();
        if (!m_inFlight && !m_retry->isActive())
            send();
    }

    void send()
    {
        if (m_inFlight)
            return;
        const auto batch = m_spool.oldest();
        if (!batch)
            return;
        auto body = m_spool.read(*batch);
        if (!body) {
            m_spool.remove(*batch); // gone or unreadable: nothing to retry
            m_intake->dropped += batch->lines;
            publishSpool();
            QTimer::singleShot(0, this, &ShipperWorker::send);
            return;
        }
        QNetworkRequest request(m_options.target);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-protobuf"));
        if (!m_options.token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_options.token);
        request.setTransferTimeout(15000);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        m_inFlight = true;
        QNetworkReply *reply = m_network->post(request, *body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, batch = *batch] {
            reply->deleteLater();
            m_inFlight = false;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 200 && status < 300) {
                m_spool.remove(batch);
                m_intake->shipped += batch.lines;
                publishSpool();
                if (m_backoffMs > 0)
                    qCInfo(lcDaemon).noquote()
                        << logfmt(QStringLiteral("log shipping resumed"),
                                  {{QStringLiteral("buffered"), QString::number(m_spool.lines())}});
                m_backoffMs = 0;
                QTimer::singleShot(0, this, &ShipperWorker::send);
                return;
            }
            const bool forGood = status >= 400 && status < 500 && status != 401 && status != 404 &&
                                 status != 408 && status != 429;
            const QString reason = status == 0 ? reply->errorString()
                                               : QStringLiteral("%1 %2").arg(status).arg(
                                                     QString::fromUtf8(reply->readAll().left(300)).trimmed());
            if (forGood) {
                m_spool.remove(batch);
                m_intake->rejected += batch.lines;
                publishSpool();
                qCWarning(lcDaemon).noquote()
                    << logfmt(QStringLiteral("the log store refused a batch"),
                              {{QStringLiteral("lines"), QString::number(batch.lines)},
                               {QStringLiteral("reason"), reason}});
                QTimer::singleShot(0, this, &ShipperWorker::send);
                return;
            }
            ++m_intake->failures;
            if (m_backoffMs == 0)
                qCWarning(lcDaemon).noquote()
                    << logfmt(QStringLiteral("log shipping paused; lines are kept on disk"),
                              {{QStringLiteral("reason"), reason},
                               {QStringLiteral("target"), m_options.target.toString(QUrl::RemoveQuery)}});
            m_backoffMs = m_backoffMs == 0 ? 1000 : std::min(m_backoffMs * 2, m_options.maxBackoffMs);
            m_retry->start(m_backoffMs);
        });
    }

    void setFiles(const QList<ShippedFile> &files)
    {
        m_files = files;
        QHash<QString, FileState> kept;
        for (const ShippedFile &file : files)
            if (m_state.contains(file.path))
                kept.insert(file.path, m_state.value(file.path));
        m_state = kept;
    }

private:
    struct FileState
    {
        quint64 inode = 0;
        qint64 offset = 0;
        QByteArray partial;
    };

    QByteArray encode(std::vector<ShipperRecord> &batch) const
    {
        logs::PushRequest push;
        std::map<std::pair<QByteArray, QByteArray>, std::size_t> index;
        for (ShipperRecord &record : batch) {
            const auto [it, added] = index.try_emplace({record.component, record.level}, push.streams.size());
            if (added) {
                logs::PushStream stream;
                stream.labels = {{"cluster", m_options.cluster.toStdString()},
                                 {"pillar", m_options.pillar.toStdString()},
                                 {"node", m_options.node.toStdString()},
                                 {"component", record.component.toStdString()},
                                 {"level", record.level.toStdString()}};
                push.streams.push_back(std::move(stream));
            }
            push.streams[it->second].entries.push_back({record.ns, record.line.toStdString(), {}});
        }
        return QByteArray::fromStdString(logs::encodePushProtobuf(push));
    }

    void publishSpool()
    {
        m_intake->bufferedLines = m_spool.lines();
        m_intake->bufferedBytes = m_spool.bytes();
    }

    QString offsetsPath() const { return m_options.spoolDir + QStringLiteral("/files.json"); }

    void loadOffsets()
    {
        QFile file(offsetsPath());
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
        for (auto it = saved.begin(); it != saved.end(); ++it) {
            const QJsonObject o = it.value().toObject();
            m_state.insert(
                it.key(),
                FileState{quint64(o.value(u"inode").toInteger()), o.value(u"offset").toInteger(), {}});
        }
    }

    void saveOffsets()
    {
        if (!m_offsetsChanged)
            return;
        m_offsetsChanged = false;
        QJsonObject out;
        for (auto it = m_state.cbegin(); it != m_state.cend(); ++it)
            out.insert(it.key(), QJsonObject{{QStringLiteral("inode"), qint64(it->inode)},
                                             {QStringLiteral("offset"), it->offset - it->partial.size()}});
        QFile file(offsetsPath() + QStringLiteral(".tmp"));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
            file.write(QJsonDocument(out).toJson(QJsonDocument::Compact)) > 0) {
            file.close();
            QFile::remove(offsetsPath());
            QFile::rename(file.fileName(), offsetsPath());
        }
    }

    /// New bytes of every named file, a MiB at most per file and pass; a file that was
    /// replaced (another inode) or cut (smaller than read) is read from its start.
    void readFiles()
    {
        for (const ShippedFile &file : std::as_const(m_files)) {
            struct stat info
            {};
            const QByteArray native = QFile::encodeName(file.path);
            if (::stat(native.constData(), &info) != 0 || !S_ISREG(info.st_mode))
                continue;
            FileState &state = m_state[file.path];
            if (state.inode != quint64(info.st_ino) || info.st_size < state.offset) {
                state = FileState{quint64(info.st_ino), 0, {}};
                m_offsetsChanged = true;
            }
            if (info.st_size == state.offset)
                continue;
            QFile in(file.path);
            if (!in.open(QIODevice::ReadOnly) || !in.seek(state.offset))
                continue;
            const QByteArray chunk = in.read(1 << 20);
            state.offset += chunk.size();
            m_offsetsChanged = true;
            state.partial += chunk;
            qsizetype start = 0;
            for (qsizetype newline; (newline = state.partial.indexOf('\n', start)) >= 0;
                 start = newline + 1) {
                const QByteArrayView line = QByteArrayView(state.partial).sliced(start, newline - start);
                enqueueFileLine(file.component, line);
            }
            state.partial.remove(0, start);
            if (state.partial.size() > m_options.maxLineBytes) {
                enqueueFileLine(file.component, state.partial);
                state.partial.clear();
            }
        }
        if (m_offsetsChanged)
            drain(); // the offsets are saved once the lines are in the buffer
    }

    void enqueueFileLine(const QString &component, QByteArrayView line)
    {
        QByteArrayView text = line;
        if (text.endsWith('\r'))
            text.chop(1);
        if (text.isEmpty())
            return;
        LogShipper::enqueueInto(*m_intake, component.toUtf8(), levelOfLine(text), text);
    }

    LogShipperOptions m_options;
    std::shared_ptr<ShipperIntake> m_intake;
    LogSpool m_spool;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_flush = nullptr;
    QTimer *m_fileTimer = nullptr;
    QTimer *m_retry = nullptr;
    bool m_inFlight = false;
    bool m_spoolFailed = false;
    bool m_offsetsChanged = false;
    int m_backoffMs = 0;
    QList<ShippedFile> m_files;
    QHash<QString, FileState> m_state;
};

LogShipper::LogShipper(LogShipperOptions options)
    : m_intake(std::make_shared<ShipperIntake>())
{
    m_intake->maxBytes = options.maxPendingBytes;
    m_intake->wakeBytes = options.maxBatchBytes;
    m_intake->maxLineBytes = options.maxLineBytes;
    m_worker = new ShipperWorker(std::move(options), m_intake);
    m_intake->worker = m_worker;
}

LogShipper::~LogShipper()
{
    if (m_thread) {
        flush();
        // The worker and its timers go on their own thread, as the thread ends.
        QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    } else {
        delete m_worker;
    }
}

void LogShipper::start()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("log-shipper"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->begin(); }, Qt::QueuedConnection);
}

void LogShipper::enqueueInto(ShipperIntake &intake, QByteArrayView component, QByteArrayView level,
                             QByteArrayView line)
{
    ShipperRecord record;
    record.component = component.toByteArray();
    record.level = level.toByteArray();
    record.line = line.first(std::min<qsizetype>(line.size(), intake.maxLineBytes)).toByteArray();
    bool wake = false;
    {
        QMutexLocker lock(&intake.mutex);
        // Strictly increasing times keep lines of one stream in the order they were written.
        record.ns = std::max(nowNs(), intake.lastNs + 1);
        intake.lastNs = record.ns;
        intake.bytes += record.line.size();
        intake.records.push_back(std::move(record));
        ++intake.queued;
        while (intake.bytes > intake.maxBytes && !intake.records.empty()) {
            intake.bytes -= intake.records.front().line.size();
            intake.records.pop_front();
            ++intake.dropped;
        }
        if (intake.bytes >= intake.wakeBytes && !intake.wakeAsked && intake.worker) {
            intake.wakeAsked = true;
            wake = true;
        }
    }
    if (wake)
        QMetaObject::invokeMethod(
            intake.worker, [worker = intake.worker] { static_cast<ShipperWorker *>(worker)->drain(); },
            Qt::QueuedConnection);
}

void LogShipper::enqueue(QByteArrayView component, QByteArrayView level, QByteArrayView line)
{
    enqueueInto(*m_intake, component, level, line);
}

void LogShipper::setFiles(const QList<ShippedFile> &files)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, files] { worker->setFiles(files); }, Qt::QueuedConnection);
}

void LogShipper::flush()
{
    if (!m_thread || !m_thread->isRunning() || QThread::currentThread() == m_thread)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->drain(); }, Qt::BlockingQueuedConnection);
}

LogShipper::Counters LogShipper::counters() const
{
    return Counters{m_intake->queued,   m_intake->shipped,       m_intake->dropped,      m_intake->rejected,
                    m_intake->failures, m_intake->bufferedLines, m_intake->bufferedBytes};
}

void LogShipper::collectMetrics(MetricsText &out) const
{
    const Counters c = counters();
    out.family("madbase_log_lines_shipped_total", "Log lines the log store took.", "counter");
    out.sample("madbase_log_lines_shipped_total", {}, double(c.shipped));
    out.family("madbase_log_lines_dropped_total",
               "Log lines dropped: the buffer was full (the oldest went) or the store refused them for good.",
               "counter");
    out.sample("madbase_log_lines_dropped_total", "reason", "buffer-full", double(c.dropped));
    out.sample("madbase_log_lines_dropped_total", "reason", "rejected", double(c.rejected));
    out.family("madbase_log_push_failures_total", "Pushes to the log store that failed and are retried.",
               "counter");
    out.sample("madbase_log_push_failures_total", {}, double(c.failures));
    out.family("madbase_log_buffer_lines", "Log lines waiting in the on-disk buffer.", "gauge");
    out.sample("madbase_log_buffer_lines", {}, double(c.bufferedLines));
    out.family("madbase_log_buffer_bytes", "Bytes of the on-disk log buffer.", "gauge");
    out.sample("madbase_log_buffer_bytes", {}, double(c.bufferedBytes));
}

} // namespace mb::daemon
