// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

class QNetworkReply;

namespace mb::daemon {
class DaemonRuntime;
}

namespace mb::state {

/**
 * What the State node's software says of itself, every two seconds, put on its components
 * for the heartbeat (docs/pillars.md, "Roles"): Patroni's role for this member (leader,
 * sync-replica, replica) and its replication lag, Redis' role (master, replica) and its link,
 * etcd's members and how many of them answer healthy. A pillar that has lost a member, or is
 * one failure from losing its quorum, fails the node's "pillar" health check with the reason,
 * so the node reports degraded. It only reads: Patroni, Sentinel and etcd decide everything.
 * Lives on the daemon's thread; every request is asynchronous and bounded by a timeout.
 */
class StateObserver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateObserver)

public:
    explicit StateObserver(daemon::DaemonRuntime &runtime, QObject *parent = nullptr);

    /// The pillar's problems as last seen ("etcd: 2 of 3 members healthy; …"), empty when none.
    [[nodiscard]] QString problems() const;

private:
    void poll();
    [[nodiscard]] QString base(int slot) const;
    QNetworkReply *get(const QString &url);
    void observePatroni(const QJsonArray &members);
    void observeEtcd(const QJsonArray &members);
    void observeRedis(const QByteArray &info);
    void publish();

    daemon::DaemonRuntime &m_runtime;
    QTimer m_timer;
    QString m_redisPassword;
    QString m_patroniProblem;
    QString m_etcdProblem;
    QString m_redisProblem;
    int m_etcdAnswers = 0; ///< health answers awaited in the current round
    int m_etcdHealthy = 0;
    int m_etcdMembers = 0;
};

} // namespace mb::state
