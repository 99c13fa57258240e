// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LogTail.h"

#include <QLocale>
#include <QWebSocket>

namespace mb::studio {

namespace {
constexpr int MaxRetryDelayMs = 10000;
}

void TailDecoder::reset()
{
    m_recent.clear();
    m_order.clear();
    m_newestNs = 0;
    m_floorNs = 0;
}

void TailDecoder::decode(const QByteArray &frame, qint64 overlapNs)
{
    LokiLines decoded = m_decoder.decodeFrame(frame);
    QList<LogLine> fresh;
    fresh.reserve(decoded.lines.size());
    for (LogLine &line : decoded.lines) {
        // The label set is shared per stream, so its address names the stream within one decoder.
        const auto stream = reinterpret_cast<quintptr>(line.labels.data());
        const auto key = quint64(qHashMulti(0x9e3779b97f4a7c15ULL, line.timestampNs, stream, line.text));
        if (m_recent.contains(key))
            continue;
        m_recent.insert(key);
        m_order.emplace_back(line.timestampNs, key);
        m_newestNs = std::max(m_newestNs, line.timestampNs);
        fresh.append(std::move(line));
    }
    while (!m_order.empty() &&
           (qsizetype(m_order.size()) > MaxRemembered || m_order.front().first < m_newestNs - overlapNs)) {
        m_floorNs = std::max(m_floorNs, m_order.front().first);
        m_recent.remove(m_order.front().second);
        m_order.pop_front();
    }
    Q_EMIT this->decoded(fresh, m_newestNs, m_floorNs, decoded.droppedEntries, decoded.failure.message);
}

LogTail::LogTail(ClientSource client, QObject *parent)
    : QObject(parent)
    , m_client(std::move(client))
    , m_decoder(new TailDecoder)
{
    qRegisterMetaType<QList<mb::studio::LogLine>>();
    m_thread.setObjectName(QStringLiteral("LogTailDecoder"));
    m_decoder->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_decoder, &QObject::deleteLater);
    connect(m_decoder, &TailDecoder::decoded, this, &LogTail::onDecoded, Qt::QueuedConnection);
    m_thread.start();
    m_frameTimer.setSingleShot(true);
    m_frameTimer.setInterval(FrameIntervalMs);
    connect(&m_frameTimer, &QTimer::timeout, this, &LogTail::flush);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &LogTail::open);
}

LogTail::~LogTail()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

void LogTail::start(const QString &query, qint64 startNs, int limit)
{
    stop();
    m_query = query;
    m_startNs = startNs;
    m_limit = limit;
    m_newestNs = 0;
    m_floorNs = 0;
    QMetaObject::invokeMethod(m_decoder, &TailDecoder::reset);
    m_reconnects = 0;
    m_everConnected = false;
    m_serverDropped = 0;
    m_running = true;
    open();
}

void LogTail::stop()
{
    m_running = false;
    m_retryTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket.reset();
    }
    flush();
    m_connected = false;
}

void LogTail::simulateConnectionLoss()
{
    if (m_socket)
        m_socket->abort();
}

void LogTail::open()
{
    if (!m_running)
        return;
    app::ControlPlaneClient *client = m_client();
    if (!client) {
        scheduleRetry(tr("Not connected to a cluster."));
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("query"), m_query);
    const qint64 from =
        m_newestNs > 0 ? std::max({m_startNs, m_newestNs - ResumeOverlapNs, m_floorNs + 1}) : m_startNs;
    query.addQueryItem(QStringLiteral("start"), QString::number(from));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_limit));
    m_socket = std::make_unique<QWebSocket>();
    QWebSocket *socket = m_socket.get();
    connect(socket, &QWebSocket::connected, this, [this] {
        m_connected = true;
        m_retryDelayMs = 500;
        if (m_everConnected)
            ++m_reconnects;
        m_everConnected = true;
        Q_EMIT connectionChanged(true, QString());
    });
    connect(socket, &QWebSocket::textMessageReceived, m_decoder, [this](const QString &frame) {
        // Runs on the decoder's thread (the context object's); the socket only hands the text over.
        m_decoder->decode(frame.toUtf8(), ResumeOverlapNs);
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        const QString reason =
            socket->closeReason().isEmpty() ? socket->errorString() : socket->closeReason();
        m_connected = false;
        m_socket.release()->deleteLater();
        scheduleRetry(reason);
    });
    socket->open(
        client->authorizedRequest(QStringLiteral("/v1/logs/tail?") + app::encodedQuery(query), true));
}

void LogTail::scheduleRetry(const QString &reason)
{
    if (!m_running)
        return;
    Q_EMIT connectionChanged(false, tr("Connection lost, retrying in %1 s: %2")
                                        .arg(QLocale().toString(m_retryDelayMs / 1000.0, 'f', 1), reason));
    m_retryTimer.start(m_retryDelayMs);
    m_retryDelayMs = std::min(m_retryDelayMs * 2, MaxRetryDelayMs);
}

void LogTail::onDecoded(const QList<LogLine> &lines, qint64 newestNs, qint64 floorNs, qint64 dropped,
                        const QString &error)
{
    if (!m_running)
        return;
    if (!error.isEmpty())
        Q_EMIT connectionChanged(m_connected, error);
    if (dropped > 0) {
        m_serverDropped += dropped;
        Q_EMIT serverDroppedChanged(m_serverDropped);
    }
    m_newestNs = std::max(m_newestNs, newestNs);
    m_floorNs = std::max(m_floorNs, floorNs);
    m_pending.append(lines);
    if (!m_pending.isEmpty() && !m_frameTimer.isActive())
        m_frameTimer.start();
}

void LogTail::flush()
{
    if (m_pending.isEmpty())
        return;
    QList<LogLine> lines;
    lines.swap(m_pending);
    Q_EMIT linesArrived(lines);
}

} // namespace mb::studio
