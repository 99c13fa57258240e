// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LimitedTcpServer.h"

#include "Logging.h"

#include <QTcpSocket>
#include <QTimer>

namespace mb::daemon {

namespace {

// Per-connection bookkeeping, owned by the socket.
class ConnectionGuard : public QObject
{
public:
    explicit ConnectionGuard(QTcpSocket *socket)
        : QObject(socket)
    {
        m_timer.setSingleShot(true);
    }
    QTimer m_timer;
    qint64 m_requestBytes = 0;
    bool m_inRequest = false;
    bool m_rejected = false;
};

} // namespace

LimitedTcpServer::LimitedTcpServer(QObject *parent)
    : QTcpServer(parent)
{}

void LimitedTcpServer::reject(QTcpSocket *socket, QObject *guardObject, int status, QByteArrayView reason)
{
    auto *guard = static_cast<ConnectionGuard *>(guardObject);
    if (guard->m_rejected)
        return;
    guard->m_rejected = true;
    guard->m_timer.stop();
    qCInfo(lcHttp).noquote() << logfmt(QStringLiteral("request rejected"),
                                       {{QStringLiteral("status"), QString::number(status)},
                                        {QStringLiteral("peer"), socket->peerAddress().toString()}});
    // Stop the HTTP parser from seeing more of this request, then answer and close.
    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    QObject::connect(socket, &QTcpSocket::readyRead, socket,
                     [socket] { socket->skip(socket->bytesAvailable()); });
    const QByteArray body = "{\"error\":\"" + reason.toByteArray() + "\"}";
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason.toByteArray() +
                          "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
    // A peer that never reads its answer must not hold the socket open.
    QTimer::singleShot(2000, socket, [socket] { socket->abort(); });
}

void LimitedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_open >= m_maxConnections) {
        qCWarning(lcHttp).noquote() << logfmt(QStringLiteral("too many connections; closing a new one"),
                                              {{QStringLiteral("limit"), QString::number(m_maxConnections)}});
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    auto *guard = new ConnectionGuard(socket);

    // Idle from the start: a connection that never sends a request is closed.
    guard->m_timer.start(m_requestTimeout);
    connect(&guard->m_timer, &QTimer::timeout, socket, [this, socket, guard] {
        if (guard->m_inRequest && socket->isTransactionStarted()) {
            ++m_timedOut;
            reject(socket, guard, 408, "Request Timeout");
        } else if (!guard->m_inRequest) {
            socket->abort();
        }
    });

    // Connected before QHttpServer's own readyRead slot, so this runs first on every read.
    connect(socket, &QTcpSocket::readyRead, guard, [this, socket, guard] {
        if (guard->m_rejected)
            return;
        if (!socket->isTransactionStarted()) {
            // The previous request (if any) is complete: this data starts a new one.
            guard->m_inRequest = true;
            guard->m_requestBytes = 0;
            guard->m_timer.start(m_requestTimeout);
        }
        // The parser reads everything available on each pass, so what is available now is new.
        guard->m_requestBytes += socket->bytesAvailable();
        if (guard->m_requestBytes > m_maxRequestBytes) {
            ++m_tooLarge;
            reject(socket, guard, 413, "Payload Too Large");
        }
    });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // QTcpServer emits newConnection() itself once this returns.
    addPendingConnection(socket);
}

} // namespace mb::daemon
