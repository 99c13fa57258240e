// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ControlPlaneClient.h"

#include "Logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <utility>

namespace mb::daemon {

ControlPlaneClient::ControlPlaneClient(QUrl baseUrl, QByteArray token, QString node, int heartbeatSeconds,
                                       QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_base(std::move(baseUrl))
    , m_authorization("Bearer " + token)
    , m_node(std::move(node))
    , m_heartbeatSeconds(heartbeatSeconds)
    , m_network(network)
{
    m_heartbeatTimer.setInterval(m_heartbeatSeconds * 1000);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &ControlPlaneClient::sendHeartbeat);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &ControlPlaneClient::poll);
    m_soonTimer.setSingleShot(true);
    m_soonTimer.setInterval(100);
    connect(&m_soonTimer, &QTimer::timeout, this, [this] {
        if (m_heartbeatReply) {
            m_heartbeatAgain = true;
            return;
        }
        sendHeartbeat();
        m_heartbeatTimer.start(); // the next regular one an interval from now
    });
}

void ControlPlaneClient::heartbeatSoon()
{
    if (m_running && !m_soonTimer.isActive())
        m_soonTimer.start();
}

void ControlPlaneClient::start()
{
    m_running = true;
    m_heartbeatTimer.start();
    QTimer::singleShot(0, this, &ControlPlaneClient::sendHeartbeat);
    QTimer::singleShot(0, this, &ControlPlaneClient::poll);
}

void ControlPlaneClient::stop()
{
    m_running = false;
    m_heartbeatTimer.stop();
    m_pollTimer.stop();
    m_soonTimer.stop();
    for (QNetworkReply *reply : {m_heartbeatReply.data(), m_pollReply.data()}) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

QUrl ControlPlaneClient::endpoint(const QString &path) const
{
    QUrl url = m_base;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

QNetworkRequest ControlPlaneClient::request(const QUrl &url, int timeoutMs) const
{
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", m_authorization);
    req.setRawHeader("Accept", "application/json");
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setTransferTimeout(timeoutMs);
    return req;
}

void ControlPlaneClient::sendHeartbeat()
{
    if (!m_running)
        return;
    if (m_heartbeatReply) {
        // The previous one is still unanswered a whole interval later: that is a failure.
        m_heartbeatReply->abort();
    }
    QNetworkRequest req = request(endpoint(QStringLiteral("/v1/agents/heartbeat")),
                                  std::max(1000, m_heartbeatSeconds * 1000 - 250));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QJsonObject body = m_body ? m_body() : QJsonObject{{QStringLiteral("node"), m_node}};
    QNetworkReply *reply = m_network->post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_heartbeatReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onHeartbeatFinished(reply); });
}

void ControlPlaneClient::onHeartbeatFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_heartbeatReply == reply)
        m_heartbeatReply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool ok = reply->error() == QNetworkReply::NoError && status >= 200 && status < 300;
    if (ok) {
        ++m_sent;
        m_heartbeatWithPoll = false;
    } else {
        ++m_failures;
    }
    if (m_heartbeatOk != ok) {
        if (ok) {
            qCInfo(lcHeartbeat).noquote() << logfmt(QStringLiteral("heartbeats reach the control plane"),
                                                    {{QStringLiteral("url"), m_base.toString()}});
        } else {
            const QString reason = status > 0 ? QStringLiteral("HTTP %1").arg(status) : reply->errorString();
            qCWarning(lcHeartbeat).noquote()
                << logfmt(QStringLiteral("heartbeat failed; retrying every interval"),
                          {{QStringLiteral("url"), m_base.toString()}, {QStringLiteral("error"), reason}});
        }
        m_heartbeatOk = ok;
        Q_EMIT heartbeatStateChanged(ok);
    }
    if (ok)
        Q_EMIT heartbeatAnswered(QJsonDocument::fromJson(reply->readAll()).object());
    if (std::exchange(m_heartbeatAgain, false))
        heartbeatSoon();
}

void ControlPlaneClient::poll()
{
    if (!m_running || m_pollReply)
        return;
    if (m_heartbeatWithPoll && !m_heartbeatReply) {
        m_heartbeatTimer.start(); // the regular ones follow from this one
        sendHeartbeat();
    }
    QUrl url = endpoint(QStringLiteral("/v1/agents/config"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("node"), m_node);
    query.addQueryItem(QStringLiteral("after"), QString::number(m_configVersion));
    query.addQueryItem(QStringLiteral("wait"), QString::number(PollWaitSeconds));
    url.setQuery(query);
    QNetworkReply *reply = m_network->get(request(url, (PollWaitSeconds + 15) * 1000));
    m_pollReply = reply;
    m_pollStartedMs = QDateTime::currentMSecsSinceEpoch();
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onPollFinished(reply); });
}

void ControlPlaneClient::setPollOk(bool ok, const QString &reason)
{
    if (m_pollOk == ok)
        return;
    m_pollOk = ok;
    if (ok)
        qCInfo(lcConfig).noquote() << logfmt(QStringLiteral("desired-config long-poll connected"),
                                             {{QStringLiteral("url"), m_base.toString()}});
    else
        qCWarning(lcConfig).noquote()
            << logfmt(QStringLiteral("desired-config poll failed; retrying with backoff"),
                      {{QStringLiteral("url"), m_base.toString()}, {QStringLiteral("error"), reason}});
}

void ControlPlaneClient::pollFailed(const QString &reason)
{
    setPollOk(false, reason);
    // The control plane may be restarting (a resize of the System node): each retry of the poll
    // brings a heartbeat along until one is answered, so a control plane that comes back learns
    // at once that this node runs instead of showing it as starting until the next interval.
    m_heartbeatWithPoll = true;
    const int delay = std::min(MaxPollBackoffSeconds, 1 << std::min(m_pollFailures, 5));
    ++m_pollFailures;
    m_pollTimer.start(delay * 1000);
}

void ControlPlaneClient::onPollFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_pollReply == reply)
        m_pollReply = nullptr;
    if (!m_running)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || (status != 200 && status != 204)) {
        pollFailed(status > 0 ? QStringLiteral("HTTP %1").arg(status) : reply->errorString());
        return;
    }
    // An answer that came back at once without news must not turn the poll into a busy loop.
    const bool quick = QDateTime::currentMSecsSinceEpoch() - m_pollStartedMs < 1000;
    if (status == 204) {
        setPollOk(true, {});
        m_pollFailures = 0;
        m_pollTimer.start(quick ? 1000 : 0);
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
    const QJsonObject object = document.object();
    const QJsonValue version = object.value(QLatin1String("version"));
    const QJsonValue config = object.value(QLatin1String("config"));
    if (parseError.error != QJsonParseError::NoError || !version.isDouble() || !config.isObject()) {
        pollFailed(QStringLiteral("the answer is not {\"version\":N,\"config\":{…}}"));
        return;
    }
    setPollOk(true, {});
    m_pollFailures = 0;
    const int newVersion = version.toInt();
    if (newVersion > m_configVersion) {
        m_configVersion = newVersion;
        qCInfo(lcConfig).noquote() << logfmt(QStringLiteral("desired config received"),
                                             {{QStringLiteral("version"), QString::number(newVersion)}});
        Q_EMIT desiredConfigChanged(newVersion, config.toObject());
        m_pollTimer.start(0);
    } else {
        m_pollTimer.start(quick ? 1000 : 0);
    }
}

} // namespace mb::daemon
