// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Component.h"

#include "HealthProbe.h"
#include "Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace mb::daemon {

namespace {

constexpr int RunTimeThatResetsBackoffMs = 10000;
constexpr qsizetype MaxLoggedLine = 1000;

bool programExists(const QString &program)
{
    if (program.contains(u'/'))
        return QFileInfo(program).isExecutable();
    return !QStandardPaths::findExecutable(program).isEmpty();
}

} // namespace

Component::Component(ComponentSpec spec, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
{
    m_restartTimer.setSingleShot(true);
    connect(&m_restartTimer, &QTimer::timeout, this, [this] {
        ++m_restarts;
        launch();
    });
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcComponent).noquote() << logfmt(QStringLiteral("component ignored SIGTERM; killing it"),
                                                   {{QStringLiteral("component"), name()}});
        signalGroup(SIGKILL);
    });
    if (m_spec.healthCheck.type != HealthCheckSpec::Type::None) {
        m_probe = new HealthProbe(m_spec.healthCheck, network, this);
        connect(m_probe, &HealthProbe::finished, this, &Component::onProbe);
        m_healthTimer.setInterval(m_spec.healthCheck.intervalSeconds * 1000);
        connect(&m_healthTimer, &QTimer::timeout, m_probe, &HealthProbe::run);
    }
}

Component::~Component()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        signalGroup(SIGKILL);
        m_process->waitForFinished(1000);
    }
}

QString Component::stateName(State state)
{
    switch (state) {
    case State::Stopped:
        return QStringLiteral("stopped");
    case State::Starting:
        return QStringLiteral("starting");
    case State::Running:
        return QStringLiteral("running");
    case State::Unhealthy:
        return QStringLiteral("unhealthy");
    case State::Backoff:
        return QStringLiteral("backoff");
    case State::Exited:
        return QStringLiteral("exited");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Absent:
        return QStringLiteral("absent");
    }
    return {};
}

qint64 Component::pid() const
{
    return m_process ? m_process->processId() : 0;
}

bool Component::isFine() const
{
    return m_state == State::Running || m_state == State::Absent || m_state == State::Exited;
}

QJsonObject Component::toJson() const
{
    QJsonObject out{{QStringLiteral("name"), name()},
                    {QStringLiteral("state"), stateName(m_state)},
                    {QStringLiteral("restarts"), m_restarts}};
    if (const qint64 p = pid(); p > 0)
        out.insert(QStringLiteral("pid"), p);
    return out;
}

void Component::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcComponent).noquote() << logfmt(QStringLiteral("component state changed"),
                                            {{QStringLiteral("component"), name()},
                                             {QStringLiteral("state"), stateName(state)},
                                             {QStringLiteral("restarts"), QString::number(m_restarts)}});
    Q_EMIT stateChanged(state);
}

void Component::start()
{
    m_stopping = false;
    if (m_spec.optional && !programExists(m_spec.command.value(0))) {
        setState(State::Absent);
        return;
    }
    launch();
}

void Component::launch()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
    }
    m_process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = m_spec.env.cbegin(); it != m_spec.env.cend(); ++it)
        env.insert(it.key(), it.value());
    m_process->setProcessEnvironment(env);
    if (!m_spec.workingDir.isEmpty()) {
        QDir().mkpath(m_spec.workingDir);
        m_process->setWorkingDirectory(m_spec.workingDir);
    }
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setChildProcessModifier([] {
        // Own process group, so stop() reaches a shell's children too; and a SIGTERM should
        // the daemon die, so no component outlives its supervisor.
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_partialLine += m_process->readAllStandardOutput();
        qsizetype newline;
        while ((newline = m_partialLine.indexOf('\n')) >= 0) {
            const QByteArray line = m_partialLine.left(std::min(newline, MaxLoggedLine));
            m_partialLine.remove(0, newline + 1);
            qCInfo(lcComponent).noquote()
                << logfmt(QStringLiteral("output"), {{QStringLiteral("component"), name()},
                                                     {QStringLiteral("line"), QString::fromUtf8(line)}});
        }
        if (m_partialLine.size() > MaxLoggedLine)
            m_partialLine.clear();
    });
    connect(m_process, &QProcess::started, this, [this] {
        m_runTime.start();
        m_failedChecks = 0;
        if (m_probe) {
            setState(State::Starting);
            m_healthTimer.start();
            QTimer::singleShot(200, m_probe, &HealthProbe::run);
        } else {
            setState(State::Running);
        }
    });
    connect(m_process, &QProcess::finished, this, &Component::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &Component::onError);
    m_process->start(m_spec.command.value(0), m_spec.command.mid(1));
}

void Component::signalGroup(int signalNumber)
{
    const qint64 p = pid();
    if (p <= 0)
        return;
    // The group first (setpgid in the child); the process itself in case that failed.
    ::kill(static_cast<pid_t>(-p), signalNumber);
    ::kill(static_cast<pid_t>(p), signalNumber);
}

void Component::stop()
{
    m_stopping = true;
    m_restartTimer.stop();
    m_healthTimer.stop();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        signalGroup(SIGTERM);
        m_killTimer.start(m_spec.stopGraceSeconds * 1000);
        return;
    }
    setState(State::Stopped);
    Q_EMIT stopped();
}

void Component::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_healthTimer.stop();
    m_killTimer.stop();
    if (m_stopping) {
        setState(State::Stopped);
        Q_EMIT stopped();
        return;
    }
    const bool failed = status == QProcess::CrashExit || exitCode != 0;
    const QString reason = status == QProcess::CrashExit ? QStringLiteral("crashed")
                                                         : QStringLiteral("exit code %1").arg(exitCode);
    qCWarning(lcComponent).noquote() << logfmt(
        QStringLiteral("component exited"),
        {{QStringLiteral("component"), name()}, {QStringLiteral("reason"), reason}});
    const bool restart =
        m_spec.restart == RestartPolicy::Always || (m_spec.restart == RestartPolicy::OnFailure && failed);
    if (restart)
        scheduleRestart(reason);
    else
        setState(failed ? State::Failed : State::Exited);
}

void Component::onError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes arrive through finished()
    qCWarning(lcComponent).noquote() << logfmt(
        QStringLiteral("component failed to start"),
        {{QStringLiteral("component"), name()}, {QStringLiteral("error"), m_process->errorString()}});
    if (m_stopping) {
        setState(State::Stopped);
        Q_EMIT stopped();
    } else if (m_spec.restart == RestartPolicy::Never) {
        setState(State::Failed);
    } else {
        scheduleRestart(QStringLiteral("failed to start"));
    }
}

void Component::scheduleRestart(const QString &reason)
{
    if (m_runTime.isValid() && m_runTime.elapsed() >= RunTimeThatResetsBackoffMs)
        m_quickFailures = 0;
    const int delay = std::min(MaxBackoffSeconds, 1 << std::min(m_quickFailures, 5));
    ++m_quickFailures;
    m_runTime.invalidate();
    qCInfo(lcComponent).noquote() << logfmt(QStringLiteral("restarting component"),
                                            {{QStringLiteral("component"), name()},
                                             {QStringLiteral("reason"), reason},
                                             {QStringLiteral("delaySeconds"), QString::number(delay)}});
    setState(State::Backoff);
    m_restartTimer.start(delay * 1000);
}

void Component::onProbe(bool healthy, const QString &detail)
{
    if (m_state != State::Starting && m_state != State::Running && m_state != State::Unhealthy)
        return;
    if (healthy) {
        m_failedChecks = 0;
        setState(State::Running);
        return;
    }
    ++m_failedChecks;
    qCDebug(lcComponent).noquote() << logfmt(
        QStringLiteral("health check failed"),
        {{QStringLiteral("component"), name()}, {QStringLiteral("detail"), detail}});
    if (m_failedChecks >= m_spec.healthCheck.failureThreshold)
        setState(State::Unhealthy);
}

} // namespace mb::daemon
