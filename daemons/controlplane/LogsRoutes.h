// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QNetworkReply;
class QWebSocket;

namespace mb::controlplane {

class AccessTokens;
class PendingReply;

/**
 * The cluster's logs through the control-plane API (docs/observability.md, "Logs through the
 * control plane"), with the API token:
 *
 * - `GET /v1/logs/query`, `query_range`, `labels`, `label/<name>/values`, `series` pass their
 *   parameters as they are to the log store's `/loki/api/v1/<same>` and answer its status and
 *   body, so they speak Grafana Loki's API exactly; 503 with the reason when the store does not
 *   answer.
 * - `GET /v1/logs/tail` is a WebSocket on the control plane's own port, bridged frame for frame
 *   to the store's tail; the bearer token goes in the handshake.
 * - `POST /v1/agents/logs?node=NAME` (that node's agent token) takes a daemon's shipped lines, a
 *   Loki push body, checks that every stream carries the node's own `cluster` and `node` labels,
 *   and forwards it to the store: nodes never reach the store themselves.
 *
 * The store is the System node's embedded one or an external Loki (the topology's
 * `observability.loki.url`); nothing else differs. Asynchronous: the event loop never waits.
 */
class LogsRoutes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogsRoutes)

public:
    static constexpr qsizetype MaxPushBytes = 1024 * 1024;

    /// `store` is the Loki API's base URL; `storeToken`, when not empty, is sent as its bearer token.
    LogsRoutes(const AccessTokens &tokens, QUrl store, QByteArray storeToken, QString cluster,
               QObject *parent = nullptr);
    void registerRoutes(QHttpServer &http);

private:
    void forward(const QString &lokiPath, const QHttpServerRequest &request,
                 QHttpServerResponder &&responder);
    void push(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    /// Answers `reply` with the store's status and body once `answer` is in; 503 without one.
    void relay(QNetworkReply *answer, std::shared_ptr<PendingReply> reply);
    void acceptTails(QHttpServer &http);
    void bridgeTail(QWebSocket *client);
    [[nodiscard]] QUrl storeUrl(const QString &path, const QString &encodedQuery,
                                bool webSocket = false) const;

    const AccessTokens &m_tokens;
    QUrl m_store;
    QByteArray m_storeToken;
    QString m_cluster;
    QNetworkAccessManager m_network;
};

} // namespace mb::controlplane
