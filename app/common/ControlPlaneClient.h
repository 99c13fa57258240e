// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace mb::app {

/// Whether a component in this state (as GET /v1/nodes reports it) is as it should be: running,
/// an optional one that is not installed, or a one-shot that finished — the daemon's own view
/// (daemons/runtime/Component.h, isFine).
[[nodiscard]] inline bool componentSettled(QStringView state)
{
    return state == u"running" || state == u"absent" || state == u"exited";
}

/// One answer of the control-plane API: the HTTP status and JSON body, or why there is none.
struct ApiResult
{
    int status = 0;   ///< HTTP status; 0 when no answer arrived (connection refused, timeout)
    QJsonObject body; ///< the JSON object answered (empty for 204)
    QString error;    ///< a message for a person when !ok(): the API's own, or the network's

    [[nodiscard]] bool ok() const { return status >= 200 && status < 300; }
    /// The API's error code ("stale-plan", "unauthorized"…), or empty.
    [[nodiscard]] QString errorCode() const;
};

/// `query` encoded for a URL, with `+` as %2B: servers written in Go (VictoriaMetrics, Loki) read a
/// bare `+` as a space, which would turn PromQL's `a + b` or LogQL's `=~"x+"` into something else.
[[nodiscard]] inline QString encodedQuery(const QUrlQuery &query)
{
    return query.toString(QUrl::FullyEncoded).replace(u'+', QStringLiteral("%2B"));
}

/// An answer taken as it came (metrics and logs pass other servers' bodies through, JSON or text).
struct RawReply
{
    int status = 0;       ///< HTTP status; 0 when no answer arrived
    QByteArray body;      ///< the body as sent
    QString networkError; ///< why no answer arrived (status 0)
};

/**
 * Client of the control-plane API on the System node (docs/operations.md, "The control-plane API"): bearer
 * token on every request, JSON in and out, and a long-poll event follower that resumes from the last sequence
 * number it saw, so a reconnect loses nothing.
 *
 * Asynchronous and GUI-safe: every call returns at once and answers through its callback on
 * the client's thread. `callBlocking` is for madbasectl only (it spins a local event loop).
 * The token is held in memory and never logged.
 */
class ControlPlaneClient : public QObject
{
    Q_OBJECT

public:
    ControlPlaneClient(QUrl baseUrl, QString token, QObject *parent = nullptr);

    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }

    using Callback = std::function<void(const ApiResult &)>;
    /// Sends `method` (GET, PUT, POST, DELETE) to `path` ("/v1/nodes") with an optional JSON
    /// body; `callback` runs on this object's thread unless `context` is gone by then.
    void call(const QByteArray &method, const QString &path, const QJsonObject &body, QObject *context,
              Callback callback, int timeoutMs = 30000);
    /// Same, waiting for the answer (madbasectl only: never call this on a GUI thread).
    ApiResult callBlocking(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                           int timeoutMs = 30000);

    using RawCallback = std::function<void(const RawReply &)>;
    /// GET `path` with `query`, the body handed over undecoded (decode it off the GUI thread);
    /// `callback` runs on this object's thread unless `context` is gone by then.
    void getRaw(const QString &path, const QUrlQuery &query, QObject *context, RawCallback callback,
                int timeoutMs = 60000);
    /// A request to `path` (with its encoded query) that carries the token, for answers that are
    /// not JSON (Loki's text errors) and, with `webSocket`, for a WebSocket handshake (ws/wss).
    [[nodiscard]] QNetworkRequest authorizedRequest(const QString &path, bool webSocket = false) const;
    [[nodiscard]] QNetworkAccessManager &network() { return m_network; }

    /// Starts following /v1/events from sequence `after` (long-poll); events arrive in order
    /// through eventsReceived, connection changes through connectionChanged.
    void followEvents(qint64 after);
    void stopFollowing();
    [[nodiscard]] qint64 lastEventSeq() const { return m_lastSeq; }

Q_SIGNALS:
    void eventsReceived(const QJsonArray &events);
    void connectionChanged(bool connected, const QString &reason);

private:
    void pollEvents();

    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QByteArray m_authorization;
    qint64 m_lastSeq = 0;
    bool m_following = false;
    bool m_connected = false;
    int m_retryDelayMs = 500;
    QTimer m_retryTimer;
};

} // namespace mb::app
