// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ControlPlaneClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace mb::app {

namespace {
constexpr int EventWaitSeconds = 30;
constexpr int MaxRetryDelayMs = 10000;

ApiResult toResult(QNetworkReply *reply)
{
    ApiResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    QJsonParseError parseError{};
    const QJsonDocument doc = data.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(data, &parseError);
    if (doc.isObject())
        result.body = doc.object();
    if (result.status == 0) {
        result.error = QCoreApplication::translate("mb::app", "No answer from the control plane at %1: %2")
                           .arg(reply->url().adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString(),
                                reply->errorString());
    } else if (!result.ok()) {
        const QString message =
            result.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        result.error = message.isEmpty()
                           ? QCoreApplication::translate("mb::app", "The control plane answered HTTP %1.")
                                 .arg(result.status)
                           : message;
    } else if (!data.isEmpty() && !doc.isObject()) {
        result.error = QCoreApplication::translate(
                           "mb::app", "The control plane sent a reply that is not a JSON object: %1")
                           .arg(parseError.errorString());
        result.status = 0;
    }
    return result;
}
} // namespace

QString ApiResult::errorCode() const
{
    return body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

ControlPlaneClient::ControlPlaneClient(QUrl baseUrl, QString token, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_authorization("Bearer " + token.toUtf8())
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ControlPlaneClient::pollEvents);
}

QNetworkRequest ControlPlaneClient::authorizedRequest(const QString &path, bool webSocket) const
{
    QUrl url = m_baseUrl;
    const qsizetype question = path.indexOf(u'?');
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    if (webSocket)
        url.setScheme(url.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", m_authorization);
    return request;
}

void ControlPlaneClient::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                              QObject *context, Callback callback, int timeoutMs)
{
    QUrl url = m_baseUrl;
    const qsizetype question = path.indexOf(u'?');
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", m_authorization);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(timeoutMs);
    QByteArray payload;
    if (!body.isEmpty() || method == "POST" || method == "PUT") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    QPointer<QObject> guard(context ? context : this);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, callback = std::move(callback)] {
        reply->deleteLater();
        if (guard && callback)
            callback(toResult(reply));
    });
}

ApiResult ControlPlaneClient::callBlocking(const QByteArray &method, const QString &path,
                                           const QJsonObject &body, int timeoutMs)
{
    ApiResult result;
    QEventLoop loop;
    call(
        method, path, body, this,
        [&](const ApiResult &r) {
            result = r;
            loop.quit();
        },
        timeoutMs);
    loop.exec();
    return result;
}

void ControlPlaneClient::getRaw(const QString &path, const QUrlQuery &query, QObject *context,
                                RawCallback callback, int timeoutMs)
{
    QNetworkRequest request = authorizedRequest(path + u'?' + encodedQuery(query));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_network.get(request);
    QPointer<QObject> guard(context ? context : this);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, callback = std::move(callback)] {
        reply->deleteLater();
        if (!guard || !callback)
            return;
        RawReply raw;
        raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        raw.body = reply->readAll();
        if (raw.status == 0)
            raw.networkError =
                QCoreApplication::translate("mb::app", "No answer from the control plane at %1: %2")
                    .arg(reply->url().adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString(),
                         reply->errorString());
        callback(raw);
    });
}

void ControlPlaneClient::followEvents(qint64 after)
{
    m_lastSeq = after;
    if (m_following)
        return;
    m_following = true;
    pollEvents();
}

void ControlPlaneClient::stopFollowing()
{
    m_following = false;
    m_retryTimer.stop();
}

void ControlPlaneClient::pollEvents()
{
    if (!m_following)
        return;
    const QString path = QStringLiteral("/v1/events?after=%1&wait=%2").arg(m_lastSeq).arg(EventWaitSeconds);
    call(
        "GET", path, {}, this,
        [this](const ApiResult &r) {
            if (!m_following)
                return;
            if (!r.ok()) {
                if (m_connected || m_retryDelayMs == 500) {
                    m_connected = false;
                    Q_EMIT connectionChanged(false, r.error);
                }
                m_retryTimer.start(m_retryDelayMs);
                m_retryDelayMs = std::min(m_retryDelayMs * 2, MaxRetryDelayMs);
                return;
            }
            m_retryDelayMs = 500;
            if (!m_connected) {
                m_connected = true;
                Q_EMIT connectionChanged(true, QString());
            }
            const QJsonArray events = r.body.value(QStringLiteral("events")).toArray();
            if (!events.isEmpty()) {
                m_lastSeq = events.last().toObject().value(QStringLiteral("seq")).toInteger(m_lastSeq);
                Q_EMIT eventsReceived(events);
            }
            QTimer::singleShot(0, this, &ControlPlaneClient::pollEvents);
        },
        (EventWaitSeconds + 15) * 1000);
}

} // namespace mb::app
