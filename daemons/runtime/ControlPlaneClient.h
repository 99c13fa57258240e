// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace mb::daemon {

/**
 * The node's side of the control-plane protocol, over QNetworkAccessManager (never blocks):
 *
 * - Heartbeat: every `heartbeatSeconds`, `POST {url}/v1/agents/heartbeat` with
 *   `Authorization: Bearer <token>` and the JSON the body provider returns
 *   ({node, pillar, plan, status, uptimeSeconds, components:[…]}). A 2xx counts as sent;
 *   anything else (or no answer within the interval) as a failure, retried next tick.
 *   Success and failure are logged once per change, not per tick.
 * - Desired config: long-poll `GET {url}/v1/agents/config?node=NAME&after=VERSION&wait=30`.
 *   200 {"version":N,"config":{…}} with N > VERSION emits desiredConfigChanged(); 204 (no
 *   change within `wait`) polls again; errors retry with backoff (1 s doubling to 30 s).
 *   After a failed poll, every retry brings a heartbeat along until one is answered, so a
 *   control plane that restarts learns at once that the node runs, not an interval later.
 */
class ControlPlaneClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int PollWaitSeconds = 30;
    static constexpr int MaxPollBackoffSeconds = 30;

    ControlPlaneClient(QUrl baseUrl, QByteArray token, QString node, int heartbeatSeconds,
                       QNetworkAccessManager *network, QObject *parent = nullptr);

    void setHeartbeatBody(std::function<QJsonObject()> body) { m_body = std::move(body); }
    void start();
    void stop();
    /// Sends a heartbeat within 100 ms (news the control plane should not wait an interval
    /// for: a component started, stopped or failed); calls close together make one heartbeat,
    /// and one in flight is followed by another once answered.
    void heartbeatSoon();

    [[nodiscard]] int configVersion() const { return m_configVersion; }
    [[nodiscard]] quint64 heartbeatsSent() const { return m_sent; }
    [[nodiscard]] quint64 heartbeatFailures() const { return m_failures; }
    /// Outcome of the latest heartbeat; std::nullopt before the first one finished.
    [[nodiscard]] std::optional<bool> lastHeartbeatOk() const { return m_heartbeatOk; }

Q_SIGNALS:
    void desiredConfigChanged(int version, const QJsonObject &config);
    void heartbeatStateChanged(bool ok);
    /// The control plane's JSON answer to a heartbeat (empty object when it sent none).
    void heartbeatAnswered(const QJsonObject &reply);

private:
    [[nodiscard]] QUrl endpoint(const QString &path) const;
    [[nodiscard]] QNetworkRequest request(const QUrl &url, int timeoutMs) const;
    void sendHeartbeat();
    void onHeartbeatFinished(QNetworkReply *reply);
    void poll();
    void onPollFinished(QNetworkReply *reply);
    void pollFailed(const QString &reason);
    void setPollOk(bool ok, const QString &reason);

    QUrl m_base;
    QByteArray m_authorization;
    QString m_node;
    int m_heartbeatSeconds;
    QNetworkAccessManager *m_network;
    std::function<QJsonObject()> m_body;
    QTimer m_heartbeatTimer;
    QTimer m_pollTimer;
    QTimer m_soonTimer;
    bool m_heartbeatAgain = false; ///< heartbeatSoon() while one was in flight
    QPointer<QNetworkReply> m_heartbeatReply;
    QPointer<QNetworkReply> m_pollReply;
    qint64 m_pollStartedMs = 0;
    int m_configVersion = 0;
    int m_pollFailures = 0;
    bool m_heartbeatWithPoll = false; ///< a poll failed; the next polls bring heartbeats along
    quint64 m_sent = 0;
    quint64 m_failures = 0;
    std::optional<bool> m_heartbeatOk;
    std::optional<bool> m_pollOk;
    bool m_running = false;
};

} // namespace mb::daemon
