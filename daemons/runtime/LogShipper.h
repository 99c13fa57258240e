// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <utility>

class QThread;

namespace mb::daemon {

class MetricsText;
class ShipperWorker;
struct ShipperIntake;

/// Where and how a daemon ships its log lines.
struct LogShipperOptions
{
    /// A Loki push endpoint: the control plane's `/v1/agents/logs?node=…`, or on the System node
    /// its own store's `/loki/api/v1/push`.
    QUrl target;
    QByteArray token; ///< sent as "Authorization: Bearer <token>"
    QString cluster;
    QString pillar;
    QString node;
    QString spoolDir;                 ///< the on-disk buffer (LogSpool)
    qint64 maxSpoolBytes = 64 << 20;  ///< the on-disk buffer's bound
    qint64 maxPendingBytes = 4 << 20; ///< lines in memory before they reach the buffer
    qint64 maxBatchBytes = 512 << 10; ///< lines per push (a push body stays under 1 MiB)
    int flushIntervalMs = 200;        ///< how often lines in memory become a batch
    int fileIntervalMs = 500;         ///< how often named log files are read
    int maxBackoffMs = 30000;         ///< retries wait 1 s, doubling to this
    int maxLineBytes = 64 << 10;      ///< a longer line is cut
};

/// A log file a component writes, read and shipped as that component's lines.
struct ShippedFile
{
    QString component;
    QString path;
    bool operator==(const ShippedFile &) const = default;
};

/// Loki's level label for a daemon line's Qt type, or guessed from a component's line
/// ("debug", "info", "warn", "error", or "unknown").
[[nodiscard]] QByteArray levelOfLine(QByteArrayView line);

/**
 * Ships a daemon's log lines to the log store (docs/observability.md, "Shipping"): its own
 * (component="daemon", or "control-plane" for the control plane's events), its components'
 * output (the component's name) and the log files their templates name, each labelled
 * `cluster`, `pillar`, `node`, `component`, `level`.
 *
 * enqueue() only appends to a bounded queue under a mutex, from any thread: it never blocks on
 * disk or network, and a queue that is full drops its oldest lines (counted). A thread of the
 * shipper's own turns the queue into batches every flushIntervalMs, writes them to the on-disk
 * buffer (LogSpool), and sends the oldest batch — protobuf, snappy-compressed — retrying with
 * backoff until the store takes it. A batch leaves the buffer only once the store answered 2xx
 * (or refused it for good with a 4xx other than 401, 404, 408 or 429, counted as rejected), so a
 * restart of the daemon or an outage of the store loses nothing. Destruction writes what is in
 * memory to the buffer and stops the thread.
 */
class LogShipper
{
public:
    explicit LogShipper(LogShipperOptions options);
    ~LogShipper();
    LogShipper(const LogShipper &) = delete;
    LogShipper &operator=(const LogShipper &) = delete;

    /// Opens the buffer (what a previous run left is sent first) and starts the thread.
    void start();
    /// Thread-safe, never blocks; `component` and `level` become the line's labels.
    void enqueue(QByteArrayView component, QByteArrayView level, QByteArrayView line);
    /// The files to follow; replaces the previous list (a file no longer named is let go).
    void setFiles(const QList<ShippedFile> &files);
    /// Writes what is in memory to the buffer now (a daemon about to stop); waits for it.
    void flush();
    /// madbase_log_* counters and gauges for /metrics.
    void collectMetrics(MetricsText &out) const;

    struct Counters
    {
        qint64 queued = 0;   ///< lines taken by enqueue()
        qint64 shipped = 0;  ///< lines the store took
        qint64 dropped = 0;  ///< lines dropped because a bound was reached
        qint64 rejected = 0; ///< lines in batches the store refused for good
        qint64 failures = 0; ///< pushes that failed and will be retried
        qint64 bufferedLines = 0;
        qint64 bufferedBytes = 0;
    };
    [[nodiscard]] Counters counters() const;

    /// enqueue() on an intake (the worker's files use it too).
    static void enqueueInto(ShipperIntake &intake, QByteArrayView component, QByteArrayView level,
                            QByteArrayView line);

private:
    std::shared_ptr<ShipperIntake> m_intake;
    QThread *m_thread = nullptr;
    ShipperWorker *m_worker = nullptr;
};

/// A component output line as the daemon logs it (`msg=output component=NAME line=…`): the
/// component and the line, unescaped; false for any other line.
[[nodiscard]] bool componentOutput(QByteArrayView body, QByteArray *component, QByteArray *line);

} // namespace mb::daemon
