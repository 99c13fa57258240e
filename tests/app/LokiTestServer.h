// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

// The log routes of the control-plane API (docs/observability.md) served from core's real LogStore
// and LokiApi on a free loopback port: /v1/logs/<route> answers what /loki/api/v1/<route> answers,
// and /v1/logs/tail is a WebSocket on the same port sending LokiApi's tail frames, starting with
// the lines from `start` as Loki's tail does. Every request must carry the bearer token.

#include "logs/LogStore.h"
#include "logs/LokiApi.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

#include <memory>

namespace mb::test {

class LokiTestServer : public QObject
{
public:
    static constexpr auto Token = "test-token";

    LokiTestServer()
    {
        auto opened = logs::LogStore::open(":memory:");
        if (!opened)
            qFatal("log store: %s", opened.error().message.text().c_str());
        m_store = std::move(*opened);
        m_api = std::make_unique<logs::LokiApi>(*m_store);
        m_http.route(QStringLiteral("/v1/logs/tail"), QHttpServerRequest::Method::Get,
                     [](const QHttpServerRequest &, QHttpServerResponder &&) {});
        // A QUrl argument matches the rest of the path, slashes included (label/<name>/values).
        m_http.route(QStringLiteral("/v1/logs/<arg>"), [this](const QUrl &,
                                                              const QHttpServerRequest &request) {
            ++m_requests;
            if (request.value("Authorization") != QByteArray("Bearer ") + Token)
                return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("unauthorized"),
                                           QHttpServerResponse::StatusCode::Unauthorized);
            if (m_down)
                return QHttpServerResponse(QByteArrayLiteral("text/plain"),
                                           QByteArrayLiteral("the log store is down"),
                                           QHttpServerResponse::StatusCode::ServiceUnavailable);
            logs::ApiRequest in;
            in.method = "GET";
            in.path = "/loki/api/v1/" + request.url().path().mid(9).toStdString();
            const QUrlQuery query(request.url());
            for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
                in.query.emplace_back(name.toStdString(), value.toStdString());
            const logs::ApiResponse out = m_api->handle(in);
            return QHttpServerResponse(QByteArray::fromStdString(out.contentType),
                                       QByteArray::fromStdString(out.body),
                                       static_cast<QHttpServerResponse::StatusCode>(out.status));
        });
        QObject::connect(&m_http, &QHttpServer::newWebSocketConnection, this, [this] {
            while (m_http.hasPendingWebSocketConnections())
                startTail(m_http.nextPendingWebSocketConnection().release());
        });
        m_port = m_http.listen(QHostAddress::LocalHost, 0);
        if (m_port == 0)
            qFatal("cannot listen on loopback");
    }

    [[nodiscard]] QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    [[nodiscard]] logs::LogStore &store() { return *m_store; }
    [[nodiscard]] int tailConnections() const { return m_tailConnections; }
    void setDown(bool down) { m_down = down; }
    /// Closes every open tail connection from the server's side.
    void dropTails()
    {
        for (const QPointer<QWebSocket> &socket : std::as_const(m_sockets))
            if (socket)
                socket->abort();
    }

    /// Appends one line per entry to the stream of `labels`.
    void append(const std::map<std::string, std::string> &labels,
                const std::vector<std::pair<qint64, std::string>> &lines)
    {
        logs::PushRequest push;
        logs::PushStream stream;
        stream.labels = labels;
        for (const auto &[ns, text] : lines)
            stream.entries.push_back({ns, text, {}});
        push.streams.push_back(std::move(stream));
        if (!m_store->append(push))
            qFatal("append failed");
    }

private:
    void startTail(QWebSocket *socket)
    {
        ++m_tailConnections;
        m_sockets.append(socket);
        const QUrlQuery params(socket->requestUrl());
        if (socket->request().rawHeader("Authorization") != QByteArray("Bearer ") + Token) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unauthorized"));
            return;
        }
        const std::string query =
            params.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded).toStdString();
        auto session = m_api->startTail(query);
        if (!session) {
            socket->close(QWebSocketProtocol::CloseCodeProtocolError,
                          QString::fromStdString(session.error().message.text()));
            return;
        }
        // What the store has from `start` first, then every new line.
        logs::ApiRequest history;
        history.method = "GET";
        history.path = "/loki/api/v1/query_range";
        history.query = {
            {"query", query},
            {"start", params.queryItemValue(QStringLiteral("start")).toStdString()},
            {"end", std::to_string(QDateTime::currentMSecsSinceEpoch() * 1'000'000 + 3'600'000'000'000)},
            {"direction", "forward"},
            {"limit", params.queryItemValue(QStringLiteral("limit")).toStdString()}};
        const logs::ApiResponse past = m_api->handle(history);
        const QJsonArray streams = QJsonDocument::fromJson(QByteArray::fromStdString(past.body))
                                       .object()
                                       .value(QStringLiteral("data"))
                                       .toObject()
                                       .value(QStringLiteral("result"))
                                       .toArray();
        if (!streams.isEmpty())
            socket->sendTextMessage(
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("streams"), streams}})
                                      .toJson(QJsonDocument::Compact)));
        auto state = std::make_shared<logs::TailSession>(std::move(*session));
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [this, socket, state] {
            auto frame = m_api->pollTail(*state, 1000);
            if (frame && !frame->empty())
                socket->sendTextMessage(QString::fromStdString(*frame));
        });
        QObject::connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        timer->start(20);
    }

    std::unique_ptr<logs::LogStore> m_store;
    std::unique_ptr<logs::LokiApi> m_api;
    QHttpServer m_http;
    QList<QPointer<QWebSocket>> m_sockets;
    quint16 m_port = 0;
    int m_requests = 0;
    int m_tailConnections = 0;
    bool m_down = false;
};

} // namespace mb::test
