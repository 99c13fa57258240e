// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace mb::controlplane {

class AccessTokens;
class PendingReply;

/**
 * The cluster's metrics through the control-plane API (docs/observability.md, "Queries"):
 * `GET /v1/metrics/query` and `GET /v1/metrics/query_range` pass a PromQL query on to the System
 * node's VictoriaMetrics (`/api/v1/query`, `/api/v1/query_range`) and answer its JSON as it is,
 * in the Prometheus HTTP API's shape, errors included; `labels`, `label/<name>/values` and
 * `series` do the same for VictoriaMetrics' metadata lookups (for completion). They take the API token like
 * every API route; only `query`, `time`, `start`, `end`, `step` and `timeout` are passed on, a query is at
 * most 16 KiB, and VictoriaMetrics stays on the node's private address. Asynchronous: the
 * event loop never waits for a query.
 */
class MetricsRoutes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsRoutes)

public:
    static constexpr qsizetype MaxQueryBytes = 16 * 1024;

    MetricsRoutes(const AccessTokens &tokens, QUrl victoriaMetrics, QObject *parent = nullptr);
    void registerRoutes(QHttpServer &http);

private:
    /// `GET /v1/metrics/labels`, `label/<name>/values`, `series`: `match[]`, `start`, `end`, `limit`.
    void lookup(const QString &target, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    /// Answers `reply` with VictoriaMetrics' answer to `url`; 503 with the reason without one.
    void relay(const QUrl &url, std::shared_ptr<PendingReply> reply);

    const AccessTokens &m_tokens;
    QUrl m_base;
    QNetworkAccessManager m_network;
};

} // namespace mb::controlplane
