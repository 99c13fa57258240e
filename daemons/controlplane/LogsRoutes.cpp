// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LogsRoutes.h"

#include "AccessTokens.h"
#include "ApiJson.h"
#include "logs/LokiPush.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>

#include <memory>

namespace mb::controlplane {

namespace {

using Status = QHttpServerResponse::StatusCode;

constexpr QByteArrayView TextType = "text/plain; charset=utf-8";

QHttpServerResponse textResponse(const QString &text, Status status)
{
    return QHttpServerResponse(TextType.toByteArray(), (text + u'\n').toUtf8(), status);
}

QHttpServerResponse unauthorized()
{
    return jsonResponse(errorJson(u"unauthorized", LogsRoutes::tr("A valid API token is required.")),
                        Status::Unauthorized);
}

/// Whether every stream of a push speaks for `node` of `cluster` only; the reason when not.
QString foreignStream(const logs::PushRequest &push, const QString &cluster, const QString &node)
{
    const std::string clusterName = cluster.toStdString();
    const std::string nodeName = node.toStdString();
    for (std::size_t i = 0; i < push.streams.size(); ++i) {
        const auto &labels = push.streams[i].labels;
        const auto c = labels.find("cluster");
        const auto n = labels.find("node");
        if (c == labels.end() || c->second != clusterName || n == labels.end() || n->second != nodeName)
            return LogsRoutes::tr("stream %1 must carry cluster=\"%2\" and node=\"%3\"")
                .arg(i)
                .arg(cluster, node);
    }
    return {};
}

} // namespace

LogsRoutes::LogsRoutes(const AccessTokens &tokens, QUrl store, QByteArray storeToken, QString cluster,
                       QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_store(std::move(store))
    , m_storeToken(std::move(storeToken))
    , m_cluster(std::move(cluster))
{}

QUrl LogsRoutes::storeUrl(const QString &path, const QString &encodedQuery, bool webSocket) const
{
    QUrl url = m_store;
    if (webSocket)
        url.setScheme(url.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(encodedQuery, QUrl::StrictMode);
    return url;
}

void LogsRoutes::registerRoutes(QHttpServer &http)
{
    using Method = QHttpServerRequest::Method;
    for (const char *name : {"query", "query_range", "labels", "series"}) {
        const QString path = QStringLiteral("/v1/logs/") + QLatin1String(name);
        const QString target = QStringLiteral("/loki/api/v1/") + QLatin1String(name);
        http.route(path, Method::Get,
                   [this, target](const QHttpServerRequest &request, QHttpServerResponder &&r) {
                       forward(target, request, std::move(r));
                   });
    }
    http.route(QStringLiteral("/v1/logs/label/<arg>/values"), Method::Get,
               [this](const QString &name, const QHttpServerRequest &request, QHttpServerResponder &&r) {
                   forward(QStringLiteral("/loki/api/v1/label/%1/values")
                               .arg(QString::fromLatin1(QUrl::toPercentEncoding(name))),
                           request, std::move(r));
               });
    http.route(QStringLiteral("/v1/logs/tail"), Method::Get,
               [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   if (request.value("Upgrade").isEmpty()) {
                       responder.write((tr("The tail is a WebSocket: send an upgrade.") + u'\n').toUtf8(),
                                       TextType.toByteArray(), QHttpServerResponder::StatusCode::BadRequest);
                       return;
                   }
                   // The upgrade follows this route, which therefore writes nothing (QHttpServer 6.4);
                   // a handshake without the API token is closed before it.
                   if (!m_tokens.api(request))
                       if (QTcpSocket *socket = responder.socket())
                           socket->abort();
               });
    http.route(
        QStringLiteral("/v1/agents/logs"), Method::Post,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&r) { push(request, std::move(r)); });
    routeWrongMethods(http, {{"/v1/logs/query", "GET"},
                             {"/v1/logs/query_range", "GET"},
                             {"/v1/logs/labels", "GET"},
                             {"/v1/logs/series", "GET"},
                             {"/v1/logs/tail", "GET"},
                             {"/v1/agents/logs", "POST"}});
    connect(&http, &QHttpServer::newWebSocketConnection, this, [this, &http] { acceptTails(http); });
}

void LogsRoutes::forward(const QString &lokiPath, const QHttpServerRequest &request,
                         QHttpServerResponder &&responder)
{
    auto reply = std::make_shared<PendingReply>(std::move(responder));
    if (!m_tokens.api(request))
        return reply->send(unauthorized());
    QNetworkRequest forwarded(storeUrl(lokiPath, request.url().query(QUrl::FullyEncoded)));
    forwarded.setTransferTimeout(60000);
    if (!m_storeToken.isEmpty())
        forwarded.setRawHeader("Authorization", "Bearer " + m_storeToken);
    relay(m_network.get(forwarded), reply);
}

void LogsRoutes::relay(QNetworkReply *answer, std::shared_ptr<PendingReply> reply)
{
    connect(answer, &QNetworkReply::finished, this, [answer, reply] {
        answer->deleteLater();
        const int status = answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0)
            return reply->send(
                textResponse(tr("The log store does not answer: %1").arg(answer->errorString()),
                             Status::ServiceUnavailable));
        if (status == 204)
            return reply->sendStatus(QHttpServerResponder::StatusCode::NoContent);
        QByteArray type = answer->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (type.isEmpty())
            type = TextType.toByteArray();
        // The store's own answer, errors included (Loki's shapes and texts).
        reply->send(QHttpServerResponse(type, answer->readAll(), static_cast<Status>(status)));
    });
}

void LogsRoutes::push(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto reply = std::make_shared<PendingReply>(std::move(responder));
    const QString node = QUrlQuery(request.url()).queryItemValue(QStringLiteral("node"));
    if (node.isEmpty() || !m_tokens.agent(request, node))
        return reply->send(
            jsonResponse(errorJson(u"unauthorized",
                                   tr("A valid agent token for the node named in the request is required.")),
                         Status::Unauthorized));
    const QByteArray body = request.body();
    if (body.size() > MaxPushBytes)
        return reply->send(
            textResponse(tr("A push is at most %1 bytes.").arg(MaxPushBytes), Status::PayloadTooLarge));
    const QByteArray type = request.value("Content-Type");
    const std::string_view bytes(body.constData(), static_cast<std::size_t>(body.size()));
    auto decoded =
        type.startsWith("application/json") ? logs::decodePushJson(bytes) : logs::decodePushProtobuf(bytes);
    if (!decoded)
        return reply->send(
            textResponse(QString::fromStdString(decoded.error().describe()), Status::BadRequest));
    if (const QString foreign = foreignStream(*decoded, m_cluster, node); !foreign.isEmpty())
        return reply->send(textResponse(foreign, Status::BadRequest));
    QNetworkRequest forwarded(storeUrl(QStringLiteral("/loki/api/v1/push"), QString()));
    forwarded.setTransferTimeout(30000);
    forwarded.setHeader(QNetworkRequest::ContentTypeHeader,
                        type.isEmpty() ? QByteArrayLiteral("application/x-protobuf") : type);
    if (!m_storeToken.isEmpty())
        forwarded.setRawHeader("Authorization", "Bearer " + m_storeToken);
    relay(m_network.post(forwarded, body), reply);
}

void LogsRoutes::acceptTails(QHttpServer &http)
{
    while (http.hasPendingWebSocketConnections()) {
        QWebSocket *client = http.nextPendingWebSocketConnection().release();
        connect(client, &QWebSocket::disconnected, client, &QObject::deleteLater);
        if (client->requestUrl().path() != u"/v1/logs/tail" ||
            !m_tokens.api(client->request().rawHeader("Authorization"))) {
            client->close(QWebSocketProtocol::CloseCodePolicyViolated, tr("A valid API token is required."));
            continue;
        }
        bridgeTail(client);
    }
}

void LogsRoutes::bridgeTail(QWebSocket *client)
{
    auto *upstream = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, client);
    QPointer<QWebSocket> guarded(client);
    connect(upstream, &QWebSocket::textMessageReceived, client,
            [client](const QString &frame) { client->sendTextMessage(frame); });
    auto connected = std::make_shared<bool>(false);
    connect(upstream, &QWebSocket::connected, client, [connected] { *connected = true; });
    const auto upstreamGone = [upstream, guarded, connected] {
        if (!guarded || guarded->state() != QAbstractSocket::ConnectedState)
            return;
        if (!*connected)
            guarded->close(QWebSocketProtocol::CloseCodeBadOperation,
                           tr("The log store does not answer: %1").arg(upstream->errorString()).left(120));
        else
            guarded->close(upstream->closeCode(), upstream->closeReason());
    };
    connect(upstream, &QWebSocket::disconnected, client, upstreamGone);
    connect(upstream, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), client, upstreamGone);
    connect(client, &QWebSocket::disconnected, upstream, [upstream] { upstream->close(); });
    QNetworkRequest request(
        storeUrl(QStringLiteral("/loki/api/v1/tail"), client->requestUrl().query(QUrl::FullyEncoded), true));
    if (!m_storeToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_storeToken);
    upstream->open(request);
}

} // namespace mb::controlplane
