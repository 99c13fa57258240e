// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QPointer>
#include <QTcpServer>

#include <chrono>
#include <list>

namespace mb::daemon {

/**
 * The listening socket handed to QHttpServer::bind(). QHttpServer 6.4 has no request size
 * limit and no timeout (a 300 MiB body is buffered twice; a slowloris holds a connection
 * forever), so every accepted socket gets a guard that runs before the HTTP parser:
 *
 * - a request larger than `maxRequestBytes` gets 413 and the connection is closed;
 * - a request still incomplete `requestTimeout` after its first byte gets 408 and is closed;
 * - a malformed request line or header line gets 400, a header larger than
 *   `maxHeaderBytes` 431, and the connection is closed;
 * - a connection that sends nothing within `requestTimeout` of opening is closed;
 * - at `maxConnections` open connections, a new one takes the place of the oldest that has
 *   not sent a byte yet (a flood of idle connections cannot lock out a client that talks);
 *   when every open connection has spoken, the new one is closed at once.
 *
 * Requests whose headers and body arrived (parked long-polls) are never touched.
 * QHttpServer keeps a QIODevice transaction open on the socket while a request is
 * incomplete, which is how the guard tells "in a request" from "between requests".
 */
class LimitedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit LimitedTcpServer(QObject *parent = nullptr);

    void setMaxRequestBytes(qint64 bytes) { m_maxRequestBytes = bytes; }
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }
    void setMaxConnections(int connections) { m_maxConnections = connections; }
    void setMaxHeaderBytes(qint64 bytes) { m_maxHeaderBytes = bytes; }
    [[nodiscard]] int openConnections() const { return m_open; }
    [[nodiscard]] quint64 rejectedTooLarge() const { return m_tooLarge; }
    [[nodiscard]] quint64 rejectedTimeout() const { return m_timedOut; }
    [[nodiscard]] quint64 rejectedMalformed() const { return m_malformed; }
    [[nodiscard]] quint64 evictedSilent() const { return m_evicted; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void reject(class QTcpSocket *socket, QObject *guard, int status, QByteArrayView reason);
    /// Checks the header of the request under way as far as it has arrived; false after a
    /// rejection.
    bool checkHeader(class QTcpSocket *socket, QObject *guard, QByteArrayView data);

    qint64 m_maxRequestBytes = 1024 * 1024;
    qint64 m_maxHeaderBytes = 16 * 1024;
    std::chrono::milliseconds m_requestTimeout{10000};
    int m_maxConnections = 512;
    int m_open = 0;
    quint64 m_tooLarge = 0;
    quint64 m_timedOut = 0;
    quint64 m_malformed = 0;
    quint64 m_evicted = 0;
    std::list<QPointer<class QTcpSocket>> m_silent; ///< open, not a byte sent yet; oldest first
};

} // namespace mb::daemon
