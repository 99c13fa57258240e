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
    QByteArray m_header; ///< the current request's bytes until its header is complete
    bool m_headerDone = false;
    bool m_inRequest = false;
    bool m_rejected = false;
    bool m_spoke = false;
    bool m_upgraded = false; ///< a WebSocket now: its frames are not HTTP
};

/// "METHOD SP target SP HTTP/1.x": an upper-case token, a target without controls or
/// spaces, and the version.
bool validRequestLine(QByteArrayView line)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1)
        return false;
    for (const char c : line.first(firstSpace))
        if (c < 'A' || c > 'Z')
            return false;
    for (const char c : line.sliced(firstSpace + 1, lastSpace - firstSpace - 1))
        if (static_cast<unsigned char>(c) <= ' ' || c == 0x7f)
            return false;
    const QByteArrayView version = line.sliced(lastSpace + 1);
    return version == "HTTP/1.1" || version == "HTTP/1.0";
}

/// "name: value": a token name (no spaces or controls) and no control character in the value.
bool validHeaderLine(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    for (const char c : line.first(colon))
        if (static_cast<unsigned char>(c) <= ' ' || c == 0x7f || c == '(' || c == ')' || c == '"')
            return false;
    for (const char c : line.sliced(colon + 1))
        if ((static_cast<unsigned char>(c) < ' ' && c != '\t') || c == 0x7f)
            return false;
    return true;
}

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

bool LimitedTcpServer::checkHeader(QTcpSocket *socket, QObject *guardObject, QByteArrayView data)
{
    auto *guard = static_cast<ConnectionGuard *>(guardObject);
    if (guard->m_headerDone)
        return true;
    guard->m_header.append(data);
    const qsizetype end = guard->m_header.indexOf("\r\n\r\n");
    const QByteArrayView header =
        end >= 0 ? QByteArrayView(guard->m_header).first(end) : QByteArrayView(guard->m_header);
    if ((end < 0 ? guard->m_header.size() : end) > m_maxHeaderBytes) {
        ++m_malformed;
        reject(socket, guard, 431, "Request Header Fields Too Large");
        return false;
    }
    // Every complete line so far: the first is the request line, the others header fields.
    qsizetype start = 0;
    for (int index = 0;; ++index) {
        const qsizetype newline = header.indexOf('\n', start);
        if (newline < 0 && end < 0)
            break; // the rest of this line has not arrived yet
        const qsizetype stop = newline < 0 ? header.size() : newline;
        QByteArrayView line = header.sliced(start, stop - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!(index == 0 ? validRequestLine(line) : validHeaderLine(line))) {
            ++m_malformed;
            reject(socket, guard, 400, "Bad Request");
            return false;
        }
        if (newline < 0)
            break;
        start = newline + 1;
    }
    if (end >= 0) {
        if (header.toByteArray().toLower().contains("\nupgrade:"))
            guard->m_upgraded = true;
        guard->m_headerDone = true;
        guard->m_header.clear();
    }
    return true;
}

void LimitedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_open >= m_maxConnections) {
        // The oldest connection that has not said a word makes room; a client that talks is
        // never pushed out by ones that only open sockets.
        while (!m_silent.empty() && !m_silent.front())
            m_silent.pop_front();
        if (m_silent.empty()) {
            qCWarning(lcHttp).noquote()
                << logfmt(QStringLiteral("too many connections; closing a new one"),
                          {{QStringLiteral("limit"), QString::number(m_maxConnections)}});
            socket->abort();
            socket->deleteLater();
            return;
        }
        QTcpSocket *oldest = m_silent.front();
        m_silent.pop_front();
        ++m_evicted;
        oldest->abort();
        // Counted as closed now: its deletion comes later and must not count twice.
        QObject::disconnect(oldest, &QObject::destroyed, this, nullptr);
        --m_open;
        oldest->deleteLater();
    }
    // Answers leave at once: QHttpServer writes a response's head and body apart, and Nagle's
    // wait for the peer's delayed acknowledgement made every keep-alive request take 40 ms.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    auto *guard = new ConnectionGuard(socket);
    m_silent.push_back(QPointer<QTcpSocket>(socket));
    if (m_silent.size() > std::size_t(m_maxConnections) * 2)
        m_silent.remove_if([](const QPointer<QTcpSocket> &p) { return !p; }); // closed ones

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
        if (guard->m_upgraded) {
            guard->m_timer.stop();
            return;
        }
        if (!guard->m_spoke) {
            guard->m_spoke = true;
            m_silent.remove(QPointer<QTcpSocket>(socket));
        }
        if (!socket->isTransactionStarted()) {
            // The previous request (if any) is complete: this data starts a new one.
            guard->m_inRequest = true;
            guard->m_requestBytes = 0;
            guard->m_headerDone = false;
            guard->m_header.clear();
            guard->m_timer.start(m_requestTimeout);
        }
        // The parser reads everything available on each pass, so what is available now is new.
        // Only the head is looked at; a body is counted, not copied.
        const qint64 available = socket->bytesAvailable();
        if (!guard->m_headerDone && !checkHeader(socket, guard, socket->peek(available)))
            return;
        guard->m_requestBytes += available;
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
