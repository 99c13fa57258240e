// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "ComponentSpec.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTimer>

class QNetworkAccessManager;

namespace mb::daemon {

class HealthProbe;

/**
 * One supervised program: started with QProcess in its own process group (so a shell's
 * children stop with it; they also get SIGTERM should the daemon die), health-checked on
 * an interval, restarted by its policy with capped exponential backoff (1 s doubling to 30 s,
 * reset after 10 s of running), stopped with SIGTERM then SIGKILL after its grace period.
 */
class Component : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,   ///< not started, or stopped on request
        Starting,  ///< running, no health check has passed yet
        Running,   ///< running and healthy (or no health check)
        Unhealthy, ///< running, but failureThreshold checks in a row failed
        Backoff,   ///< exited; waiting to restart
        Exited,    ///< exited and its policy says not to restart (success)
        Failed,    ///< exited with an error and will not be restarted
        Absent,    ///< optional, and its program is not installed
        Waiting    ///< not started: waits for a component it depends on or for its desired config
    };

    static constexpr int MaxBackoffSeconds = 30;
    /// Output lines kept for status and errors.
    static constexpr qsizetype KeptLines = 20;
    /// Quick failures in a row from which a backoff is reported as a crash loop.
    static constexpr int CrashLoopFailures = 3;
    /// How long a component that has not passed its first health check may fail them and still
    /// be `starting` (an initdb, a cache warming up), rather than `unhealthy`.
    static constexpr int StartGraceMs = 30000;

    Component(ComponentSpec spec, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Component() override;

    [[nodiscard]] const ComponentSpec &spec() const { return m_spec; }
    [[nodiscard]] const QString &name() const { return m_spec.name; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] static QString stateName(State state);
    [[nodiscard]] int restarts() const { return m_restarts; }
    [[nodiscard]] qint64 pid() const;
    /// Up = running and not unhealthy. Absent optional and finished one-shot components are
    /// "fine" for the node's status but not up.
    [[nodiscard]] bool isUp() const { return m_state == State::Running; }
    [[nodiscard]] bool isFine() const;
    /// Its program has been launched and not asked to stop, so it can take a reload.
    [[nodiscard]] bool isProcessRunning() const;
    [[nodiscard]] QJsonObject toJson() const;

    [[nodiscard]] const QStringList &lastLines() const { return m_lastLines; }
    [[nodiscard]] bool inCrashLoop() const { return m_quickFailures >= CrashLoopFailures; }
    /// Whether it has been asked to start (start() called, stop() not since).
    [[nodiscard]] bool wanted() const { return m_wanted; }

    /// What the program itself says it is now ("leader", "replica"), shown instead of the
    /// template's role while it runs, with a detail line ("lag 0 B") and facts for clients.
    void setObserved(const QString &role, const QString &detail, const QJsonObject &facts = {});

    /// Marks it as to be started; the supervisor calls launchWhenReady() once its dependencies run.
    void want();
    void start();
    /// Takes `spec` (which differs from the current one only in its files) by rewriting the
    /// files and sending the reload signal, without a restart.
    void reload(const ComponentSpec &spec);
    /// SIGTERM, then SIGKILL after stopGraceSeconds; stopped() follows (maybe at once).
    void stop();

Q_SIGNALS:
    void stateChanged(mb::daemon::Component::State state);
    void stopped();

private:
    void launch();
    void setState(State state);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void scheduleRestart(const QString &reason);
    void onProbe(bool healthy, const QString &detail);
    void signalGroup(int signalNumber);
    /// Writes the spec's files and makes its working directory.
    [[nodiscard]] Result<void> prepare();
    void keepLine(const QString &line);

    ComponentSpec m_spec;
    QProcess *m_process = nullptr;
    HealthProbe *m_probe = nullptr;
    QTimer m_restartTimer;
    QTimer m_healthTimer;
    QTimer m_killTimer;
    QElapsedTimer m_runTime;
    State m_state = State::Stopped;
    qint64 m_groupId = 0; ///< the running program's process group
    int m_restarts = 0;
    int m_quickFailures = 0;
    int m_failedChecks = 0;
    bool m_stopping = false;
    bool m_wanted = false;
    QByteArray m_partialLine;
    QStringList m_lastLines;
    QString m_lastError;
    QString m_observedRole;
    QString m_observedDetail;
    QJsonObject m_observed;
};

} // namespace mb::daemon
