// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QByteArray>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <list>

namespace mb::test {

/// A port on 127.0.0.1 that was free a moment ago, below 32768 (outside the ephemeral range).
quint16 freeLoopbackPort();

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};

/// A GET (or POST) that spins the event loop until it finished or `timeoutMs` passed.
HttpResult httpRequest(QNetworkAccessManager &network, const QString &url, const QByteArray &token,
                       const QByteArray &method = "GET", const QByteArray &body = {}, int timeoutMs = 10000);

/// Sends raw bytes on a fresh connection and returns what came back until the peer closed or
/// `timeoutMs` passed.
QByteArray rawExchange(quint16 port, const QByteArray &request, int timeoutMs = 10000);

/**
 * The control plane as a daemon sees it, inside the test: records heartbeats (bearer token
 * and body) and answers the desired-config long-poll, parking it until publish() or the
 * wait runs out (responders guarded by QPointer, as QHttpServer 6.4 requires).
 */
class ControlPlaneStub : public QObject
{
    Q_OBJECT

public:
    struct Heartbeat
    {
        QByteArray authorization;
        QJsonObject body;
    };

    explicit ControlPlaneStub(QObject *parent = nullptr);
    bool listen(quint16 port);

    void publish(int version, const QJsonObject &config);
    /// Answers every parked long-poll, and the next `count` polls, with 503: the control plane
    /// as a node sees it while it restarts.
    void failPolls(int count);

    QList<Heartbeat> heartbeats;
    QList<int> pollAfterValues; ///< the `after` of every poll, in order

private:
    struct Waiter
    {
        quint64 id;
        int after;
        QPointer<QTcpSocket> socket;
        QHttpServerResponder responder;
        Waiter(quint64 i, int a, QHttpServerResponder &&r)
            : id(i)
            , after(a)
            , socket(r.socket())
            , responder(std::move(r))
        {}
    };
    void answer(Waiter &waiter);

    QHttpServer m_server;
    std::list<Waiter> m_waiters;
    int m_version = 0;
    int m_failPolls = 0;
    quint64 m_nextId = 0;
    QJsonObject m_config;
};

} // namespace mb::test
