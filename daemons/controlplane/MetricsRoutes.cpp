// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "MetricsRoutes.h"

#include "AccessTokens.h"
#include "ApiJson.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>

#include <memory>

namespace mb::controlplane {

namespace {

using Status = QHttpServerResponse::StatusCode;

const QStringList &passedParameters()
{
    static const QStringList names{QStringLiteral("query"), QStringLiteral("time"),
                                   QStringLiteral("start"), QStringLiteral("end"),
                                   QStringLiteral("step"),  QStringLiteral("timeout")};
    return names;
}

} // namespace

MetricsRoutes::MetricsRoutes(const AccessTokens &tokens, QUrl victoriaMetrics, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_base(std::move(victoriaMetrics))
{}

void MetricsRoutes::relay(const QUrl &url, std::shared_ptr<PendingReply> reply)
{
    QNetworkRequest forwarded(url);
    forwarded.setTransferTimeout(60000);
    QNetworkReply *answer = m_network.get(forwarded);
    connect(answer, &QNetworkReply::finished, this, [answer, reply] {
        answer->deleteLater();
        const int status = answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            reply->send(jsonResponse(
                errorJson(u"metrics-unavailable",
                          QStringLiteral("VictoriaMetrics on the System node does not answer: %1")
                              .arg(answer->errorString())),
                Status::ServiceUnavailable));
            return;
        }
        // VictoriaMetrics' own answer, errors included (Prometheus' JSON shape).
        reply->send(QHttpServerResponse(QByteArrayLiteral("application/json"), answer->readAll(),
                                        static_cast<Status>(status)));
    });
}

void MetricsRoutes::lookup(const QString &target, const QHttpServerRequest &request,
                           QHttpServerResponder &&responder)
{
    auto reply = std::make_shared<PendingReply>(std::move(responder));
    if (!m_tokens.api(request))
        return reply->send(
            jsonResponse(errorJson(u"unauthorized", QStringLiteral("A valid API token is required.")),
                         Status::Unauthorized));
    // Prometheus' metadata parameters; match[] may repeat.
    const QUrlQuery in(request.url());
    QUrlQuery out;
    for (const auto &[encodedName, value] : in.queryItems(QUrl::FullyEncoded)) {
        const QString name = QUrl::fromPercentEncoding(encodedName.toLatin1());
        if (name == u"match[]" || name == u"start" || name == u"end" || name == u"limit")
            out.addQueryItem(name, value);
    }
    QUrl url = m_base;
    url.setPath(target);
    url.setQuery(out);
    relay(url, reply);
}

void MetricsRoutes::registerRoutes(QHttpServer &http)
{
    const auto forward = [this](const QString &target) {
        return [this, target](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            auto reply = std::make_shared<PendingReply>(std::move(responder));
            if (!m_tokens.api(request)) {
                reply->send(
                    jsonResponse(errorJson(u"unauthorized", QStringLiteral("A valid API token is required.")),
                                 Status::Unauthorized));
                return;
            }
            const QUrlQuery in(request.url());
            const QString query = in.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
            if (query.isEmpty()) {
                reply->send(jsonResponse(
                    errorJson(u"bad-query", QStringLiteral("The parameter \"query\" is missing.")),
                    Status::BadRequest));
                return;
            }
            if (query.toUtf8().size() > MaxQueryBytes) {
                reply->send(jsonResponse(
                    errorJson(u"bad-query",
                              QStringLiteral("The query is longer than %1 bytes.").arg(MaxQueryBytes)),
                    Status::BadRequest));
                return;
            }
            QUrlQuery out;
            for (const QString &name : passedParameters())
                if (in.hasQueryItem(name))
                    out.addQueryItem(name, in.queryItemValue(name, QUrl::FullyEncoded));
            QUrl url = m_base;
            url.setPath(target);
            url.setQuery(out);
            relay(url, reply);
        };
    };
    http.route(QStringLiteral("/v1/metrics/query"), QHttpServerRequest::Method::Get,
               forward(QStringLiteral("/api/v1/query")));
    http.route(QStringLiteral("/v1/metrics/labels"), QHttpServerRequest::Method::Get,
               [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   lookup(QStringLiteral("/api/v1/labels"), request, std::move(responder));
               });
    http.route(QStringLiteral("/v1/metrics/series"), QHttpServerRequest::Method::Get,
               [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   lookup(QStringLiteral("/api/v1/series"), request, std::move(responder));
               });
    http.route(
        QStringLiteral("/v1/metrics/label/<arg>/values"), QHttpServerRequest::Method::Get,
        [this](const QString &name, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            static const QRegularExpression labelName(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
            if (!labelName.match(name).hasMatch()) {
                PendingReply(std::move(responder))
                    .send(QHttpServerResponse(
                        QByteArrayLiteral("application/json"),
                        QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                                  {QStringLiteral("errorType"), QStringLiteral("422")},
                                                  {QStringLiteral("error"),
                                                   tr("\"%1\" is not a label name.").arg(name.left(64))}})
                            .toJson(QJsonDocument::Compact),
                        Status::UnprocessableEntity));
                return;
            }
            lookup(QStringLiteral("/api/v1/label/%1/values").arg(name), request, std::move(responder));
        });
    http.route(QStringLiteral("/v1/metrics/query_range"), QHttpServerRequest::Method::Get,
               forward(QStringLiteral("/api/v1/query_range")));
    routeWrongMethods(http, {{"/v1/metrics/query", "GET"},
                             {"/v1/metrics/query_range", "GET"},
                             {"/v1/metrics/labels", "GET"},
                             {"/v1/metrics/series", "GET"}});
}

} // namespace mb::controlplane
