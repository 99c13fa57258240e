// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "LogLine.h"
#include "observe/ObserveApi.h"

#include <QFile>
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace mb::studio {

/**
 * "Export all matching lines": every line of a log query over a range, oldest first, written to
 * a file as it comes, with no cap. It pages through `/v1/logs/query_range` (direction forward,
 * the server's largest page), each page starting at the last timestamp of the one before and
 * leaving out the lines of that timestamp it wrote already, so nothing is lost or written twice.
 * Pages are decoded and written on the thread pool; memory is one page. Progress is the share of
 * the range covered; cancel() stops after the page in flight and removes the partial file.
 */
class LogExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogExporter)

public:
    /// Loki's default max_entries_limit_per_query: the largest page the server gives.
    static constexpr int DefaultPageSize = 5000;

    explicit LogExporter(ClientSource client, QObject *parent = nullptr);
    ~LogExporter() override;

    /// Starts writing the lines of `query` in [startNs, endNs) to `path`; false (with finished())
    /// when the file cannot be opened.
    bool start(const QString &query, qint64 startNs, qint64 endNs, const QString &path,
               int pageSize = DefaultPageSize);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] qint64 linesWritten() const { return m_written; }

Q_SIGNALS:
    /// `fraction` of the range done (0..1), `lines` written so far.
    void progress(double fraction, qint64 lines);
    /// `error` is empty on success; `cancelled` when a person stopped it.
    void finished(bool cancelled, qint64 lines, const QString &error);

private:
    struct Page
    {
        QString error;
        qint64 lines = 0;   ///< lines the page held
        qint64 written = 0; ///< lines written (without the repeats of the last timestamp)
        qint64 lastNs = 0;
        qint64 atLastNs = 0; ///< how many lines of the page are at lastNs
    };

    void requestPage();
    void finish(bool cancelled, const QString &error);

    ClientSource m_client;
    std::shared_ptr<QFile> m_file;
    QString m_query;
    qint64 m_startNs = 0;
    qint64 m_endNs = 0;
    qint64 m_cursorNs = 0;     ///< the next page starts here
    qint64 m_skipAtCursor = 0; ///< lines at m_cursorNs written already
    qint64 m_written = 0;
    int m_pageSize = DefaultPageSize;
    bool m_running = false;
    std::atomic_bool m_cancel = false;
};

} // namespace mb::studio
