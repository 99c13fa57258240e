// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"
#include "logs/LogStore.h"
#include "logs/LokiApi.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace mb::daemon {
class LimitedTcpServer;
}

namespace mb::logstore {

struct LogStoreServerOptions
{
    QString dataDir; ///< the store's directory; the database is logs.sqlite in it
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; ///< 0: the kernel's choice (tests)
    QByteArray token; ///< every route but /ready takes "Authorization: Bearer <token>"
    std::int64_t maxAgeNs = std::int64_t{7} * 24 * 3600 * 1'000'000'000; ///< 0: kept forever
    std::int64_t maxBytes = std::int64_t{1} << 30;                       ///< 0: no bound
    int retentionIntervalMs = 60000;
    int tailIntervalMs = 250;
    /// A tail client with more than this many bytes unsent gets no more frames until it reads
    /// them; the lines it misses meanwhile are listed in the next frame's dropped_entries.
    qint64 tailBacklogBytes = 4 << 20;
};

/**
 * The embedded log store served over HTTP (docs/observability.md, "The log store"): Loki's API
 * from core's LokiApi on its own port, so any Loki client (and the control plane) talks to it
 * as to Grafana Loki: push (JSON, protobuf + snappy), query, query_range, labels, label values,
 * series, `GET /ready` and the tail as a WebSocket on the same port (`/loki/api/v1/tail`).
 *
 * Requests run on a small thread pool (SQLite work never holds the event loop), answers go back
 * through guarded responders; the tail polls the store every tailIntervalMs and pings each
 * second as Loki does. A timer applies retention by age; size is bounded after every push.
 * Main thread only; the store outlives every request (the pool is drained in the destructor).
 */
class LogStoreServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogStoreServer)

public:
    /// A push body may be this large (Loki's 32 MiB, plus the head).
    static constexpr qint64 MaxRequestBytes = (32 << 20) + (64 << 10);
    static constexpr int MaxTails = 10; ///< Loki's max_concurrent_tail_requests

    explicit LogStoreServer(LogStoreServerOptions options, QObject *parent = nullptr);
    ~LogStoreServer() override;

    /// Opens the store and listens; the reason when either fails.
    [[nodiscard]] Result<void> start();
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] logs::LogStore &store() { return *m_store; }

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void acceptTails();
    void startTail(QWebSocket *socket);
    [[nodiscard]] bool authorized(QByteArrayView header) const;

    LogStoreServerOptions m_options;
    std::unique_ptr<logs::LogStore> m_store;
    std::unique_ptr<logs::LokiApi> m_api;
    QThreadPool m_pool;
    QHttpServer m_http;
    daemon::LimitedTcpServer *m_tcp = nullptr;
    QTimer m_retention;
    int m_tails = 0;
};

/// "7d", "12h", "30m", "90s" as nanoseconds; "0" is 0; false for anything else.
[[nodiscard]] bool parseDuration(QStringView text, std::int64_t *ns);
/// "1GiB", "500MiB", "64KiB", "1000" as bytes; false for anything else.
[[nodiscard]] bool parseSize(QStringView text, std::int64_t *bytes);

} // namespace mb::logstore
