// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "DaemonTestSupport.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

namespace mb::test {

quint16 freeLoopbackPort()
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        const auto port = static_cast<quint16>(QRandomGenerator::global()->bounded(20000, 32000));
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, port))
            return port;
    }
    qFatal("no free loopback port below 32768");
}

HttpResult httpRequest(QNetworkAccessManager &network, const QString &url, const QByteArray &token,
                       const QByteArray &method, const QByteArray &body, int timeoutMs)
{
    QNetworkRequest request{QUrl(url)};
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    request.setTransferTimeout(timeoutMs);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 1000);
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    reply->deleteLater();
    return result;
}

QByteArray rawExchange(quint16 port, const QByteArray &request, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    socket.write(request);
    const QDeadlineTimer deadline(timeoutMs);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired())
        QTest::qWait(20);
    received += socket.readAll();
    return received;
}

ControlPlaneStub::ControlPlaneStub(QObject *parent)
    : QObject(parent)
{
    m_server.route(QStringLiteral("/v1/agents/heartbeat"), QHttpServerRequest::Method::Post,
                   [this](const QHttpServerRequest &request) {
                       heartbeats << Heartbeat{request.value("Authorization"),
                                               QJsonDocument::fromJson(request.body()).object()};
                       return QHttpServerResponse(QJsonObject{{QStringLiteral("ok"), true}});
                   });
    m_server.route(QStringLiteral("/v1/agents/config"), QHttpServerRequest::Method::Get,
                   [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                       const QUrlQuery query(request.url());
                       const int after = query.queryItemValue(QStringLiteral("after")).toInt();
                       const int wait = query.queryItemValue(QStringLiteral("wait")).toInt();
                       pollAfterValues << after;
                       if (m_failPolls > 0) {
                           --m_failPolls;
                           responder.write(QHttpServerResponder::StatusCode::ServiceUnavailable);
                           return;
                       }
                       const quint64 id = ++m_nextId;
                       m_waiters.emplace_back(id, after, std::move(responder));
                       if (m_version > after) {
                           answer(m_waiters.back());
                           return;
                       }
                       QTimer::singleShot(std::min(wait, 30) * 1000, this, [this, id] {
                           for (auto it = m_waiters.begin(); it != m_waiters.end(); ++it) {
                               if (it->id != id)
                                   continue;
                               if (it->socket)
                                   it->responder.write(QHttpServerResponder::StatusCode::NoContent);
                               m_waiters.erase(it);
                               return;
                           }
                       });
                   });
}

bool ControlPlaneStub::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port) == port;
}

void ControlPlaneStub::answer(Waiter &waiter)
{
    if (waiter.socket && waiter.socket->state() == QAbstractSocket::ConnectedState)
        waiter.responder.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), m_version},
                                                         {QStringLiteral("config"), m_config}}),
                               QHttpServerResponder::StatusCode::Ok);
    const quint64 id = waiter.id;
    m_waiters.remove_if([id](const Waiter &w) { return w.id == id; });
}

void ControlPlaneStub::failPolls(int count)
{
    m_failPolls = count;
    for (Waiter &w : m_waiters)
        if (w.socket && w.socket->state() == QAbstractSocket::ConnectedState)
            w.responder.write(QHttpServerResponder::StatusCode::ServiceUnavailable);
    m_waiters.clear();
}

void ControlPlaneStub::publish(int version, const QJsonObject &config)
{
    m_version = version;
    m_config = config;
    std::list<Waiter *> due;
    for (Waiter &w : m_waiters)
        if (w.after < version)
            due.push_back(&w);
    for (Waiter *w : due)
        answer(*w);
}

} // namespace mb::test
