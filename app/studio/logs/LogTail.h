// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "LogLine.h"
#include "LokiDecode.h"
#include "observe/ObserveApi.h"

#include <QSet>

#include <QObject>
#include <QThread>
#include <QTimer>
#include <deque>

#include <memory>

QT_BEGIN_NAMESPACE
class QWebSocket;
QT_END_NAMESPACE

namespace mb::studio {

/**
 * Decodes tail frames on its own thread, in the order they came, and leaves out the lines it
 * delivered already (a resumed tail resends the overlap). It remembers the lines of the last
 * ResumeOverlapNs, at most MaxRemembered of them, forgetting the oldest one by one.
 */
class TailDecoder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TailDecoder)

public:
    static constexpr qsizetype MaxRemembered = 200'000;

    using QObject::QObject;
    void decode(const QByteArray &frame, qint64 overlapNs);
    /// Forgets every line (a new tail).
    void reset();

Q_SIGNALS:
    /// `newestNs` is the newest line delivered so far; `floorNs` the newest line forgotten: a resume
    /// must start after it, or lines forgotten could come twice.
    void decoded(const QList<mb::studio::LogLine> &lines, qint64 newestNs, qint64 floorNs,
                 qint64 droppedEntries, const QString &error);

private:
    LokiDecoder m_decoder;
    QSet<quint64> m_recent;
    std::deque<std::pair<qint64, quint64>> m_order; ///< (time, key) in arrival order
    qint64 m_newestNs = 0;
    qint64 m_floorNs = 0;
};

/**
 * A live tail over the control plane's `/v1/logs/tail` WebSocket (Loki's tail frames). Frames are
 * decoded on a worker thread; the lines that pass arrive through linesArrived at most once per
 * frame interval (16 ms), however many frames came in between.
 *
 * A lost connection is said (connectionChanged) and retried with backoff, from a little before
 * the newest line it had (`start` = newest − overlap): lines already delivered are recognised and
 * left out, so the resumed tail has neither gap nor duplicate, even for lines that reached the
 * store late within the overlap.
 */
class LogTail final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogTail)

public:
    /// How far before its newest line a reconnect resumes (lines shipped late by up to this much are kept).
    static constexpr qint64 ResumeOverlapNs = 10'000'000'000;
    static constexpr int FrameIntervalMs = 16;

    explicit LogTail(ClientSource client, QObject *parent = nullptr);
    ~LogTail() override;

    /// Starts tailing `query` from `startNs` (unix ns; the server sends what it has from there first).
    void start(const QString &query, qint64 startNs, int limit = 1000);
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isConnected() const { return m_connected; }
    /// Lines the server said it dropped (`dropped_entries`).
    [[nodiscard]] qint64 serverDropped() const { return m_serverDropped; }
    /// How many times the connection was made again after a loss.
    [[nodiscard]] int reconnects() const { return m_reconnects; }
    /// Drops the connection as a network failure would (tests).
    void simulateConnectionLoss();

Q_SIGNALS:
    void linesArrived(const QList<mb::studio::LogLine> &lines);
    void connectionChanged(bool connected, const QString &reason);
    void serverDroppedChanged(qint64 count);

private:
    void open();
    void onDecoded(const QList<LogLine> &lines, qint64 newestNs, qint64 floorNs, qint64 dropped,
                   const QString &error);
    void scheduleRetry(const QString &reason);
    void flush();

    ClientSource m_client;
    QThread m_thread;
    TailDecoder *m_decoder;
    std::unique_ptr<QWebSocket> m_socket;
    QString m_query;
    int m_limit = 1000;
    qint64 m_startNs = 0;
    qint64 m_newestNs = 0;
    qint64 m_floorNs = 0;
    QList<LogLine> m_pending;
    QTimer m_frameTimer;
    QTimer m_retryTimer;
    int m_retryDelayMs = 500;
    int m_reconnects = 0;
    bool m_running = false;
    bool m_connected = false;
    bool m_everConnected = false;
    qint64 m_serverDropped = 0;
};

} // namespace mb::studio
