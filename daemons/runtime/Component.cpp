// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Component.h"

#include "HealthProbe.h"
#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QStandardPaths>

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mb::daemon {

namespace {

constexpr const char *Ctx = "mb::daemon";

constexpr int RunTimeThatResetsBackoffMs = 10000;
constexpr qsizetype MaxLoggedLine = 1000;

bool programExists(const QString &program)
{
    if (program.contains(u'/'))
        return QFileInfo(program).isExecutable();
    return !QStandardPaths::findExecutable(program).isEmpty();
}

struct RunAs
{
    uid_t uid = 0;
    gid_t gid = 0;
    bool set = false;
};

/// The user a component runs as: only a root daemon switches; otherwise it runs as the daemon.
std::optional<RunAs> runAs(const QString &user)
{
    if (user.isEmpty() || ::geteuid() != 0)
        return RunAs{};
    const passwd *pw = ::getpwnam(user.toLocal8Bit().constData());
    if (!pw)
        return std::nullopt;
    return RunAs{pw->pw_uid, pw->pw_gid, true};
}

/// The first directory above and including `path` that `as` may not pass through, if any.
QString unreachableBy(const RunAs &as, const QString &path)
{
    QString dir = QFileInfo(path).absoluteFilePath();
    QStringList chain;
    while (!dir.isEmpty() && dir != u'/') {
        chain.prepend(dir);
        dir = QFileInfo(dir).path();
    }
    for (const QString &d : std::as_const(chain)) {
        struct stat st
        {};
        if (::stat(QFile::encodeName(d).constData(), &st) != 0)
            break; // not there yet: made below, by the daemon, for the user
        const mode_t bit = st.st_uid == as.uid ? S_IXUSR : st.st_gid == as.gid ? S_IXGRP : S_IXOTH;
        if ((st.st_mode & bit) == 0)
            return d;
    }
    return {};
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
    case State::Waiting:
        return QStringLiteral("waiting");
    }
    return {};
}

qint64 Component::pid() const
{
    return m_process ? m_process->processId() : 0;
}

bool Component::isProcessRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning && !m_stopping;
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
    if (!m_observedRole.isEmpty() && isProcessRunning())
        out.insert(QStringLiteral("role"), m_observedRole);
    else if (!m_spec.role.isEmpty())
        out.insert(QStringLiteral("role"), m_spec.role);
    if (!m_observed.isEmpty() && isProcessRunning())
        out.insert(QStringLiteral("observed"), m_observed);
    if (!m_spec.metricsUrl.isEmpty())
        out.insert(QStringLiteral("metrics"), m_spec.metricsUrl);
    if (m_state == State::Backoff && inCrashLoop())
        out.insert(QStringLiteral("crashLoop"), true);
    if (m_state == State::Waiting && m_spec.waiting)
        out.insert(QStringLiteral("detail"), QStringLiteral("waiting for the node's desired config"));
    else if (!m_lastError.isEmpty() && !isFine())
        out.insert(QStringLiteral("detail"), m_lastError);
    else if (!m_observedDetail.isEmpty() && isProcessRunning())
        out.insert(QStringLiteral("detail"), m_observedDetail);
    if (!isFine() && m_state != State::Waiting && !m_lastLines.isEmpty())
        out.insert(QStringLiteral("lastLines"), QJsonArray::fromStringList(m_lastLines));
    return out;
}

void Component::setObserved(const QString &role, const QString &detail, const QJsonObject &facts)
{
    m_observedRole = role;
    m_observedDetail = detail;
    m_observed = facts;
}

void Component::keepLine(const QString &line)
{
    m_lastLines << line;
    if (m_lastLines.size() > KeptLines)
        m_lastLines.removeFirst();
}

Result<void> Component::prepare()
{
    const auto user = runAs(m_spec.user);
    if (!user)
        return fail(
            ErrorCode::IoRead,
            Message{Ctx, MB_TR_NOOP("mb::daemon", "user %1 does not exist"), {m_spec.user.toStdString()}});
    if (user->set && !m_spec.workingDir.isEmpty()) {
        if (const QString blocked = unreachableBy(*user, m_spec.workingDir); !blocked.isEmpty())
            return fail(
                ErrorCode::IoRead,
                Message{Ctx,
                        MB_TR_NOOP("mb::daemon",
                                   "user %1 cannot reach %2: %3 does not let it pass (it needs o+x)"),
                        {m_spec.user.toStdString(), m_spec.workingDir.toStdString(), blocked.toStdString()}});
    }
    const auto own = [&](const QString &path) {
        if (user->set && ::chown(QFile::encodeName(path).constData(), user->uid, user->gid) != 0)
            qCWarning(lcComponent).noquote()
                << logfmt(QStringLiteral("cannot hand a path to the component's user"),
                          {{QStringLiteral("component"), name()}, {QStringLiteral("path"), path}});
    };
    if (!m_spec.workingDir.isEmpty() && !QFileInfo::exists(m_spec.workingDir)) {
        if (!QDir().mkpath(m_spec.workingDir))
            return fail(ErrorCode::IoWrite, Message{Ctx,
                                                    MB_TR_NOOP("mb::daemon", "cannot create %1"),
                                                    {m_spec.workingDir.toStdString()}});
        // A program that keeps data there (PostgreSQL) wants it private.
        if (user->set)
            ::chmod(QFile::encodeName(m_spec.workingDir).constData(), 0700);
        own(m_spec.workingDir);
    }
    const auto cannotWrite = [](const QSaveFile &out) {
        return fail(ErrorCode::IoWrite,
                    Message{Ctx,
                            MB_TR_NOOP("mb::daemon", "cannot write %1: %2"),
                            {out.fileName().toStdString(), out.errorString().toStdString()}});
    };
    for (const ComponentFile &file : m_spec.files) {
        QDir().mkpath(QFileInfo(file.path).absolutePath());
        QSaveFile out(file.path);
        if (!out.open(QIODevice::WriteOnly))
            return cannotWrite(out);
        // Restricted before any content is written: files may hold the cluster's credentials.
        ::fchmod(out.handle(), static_cast<mode_t>(file.mode));
        if (file.base64)
            out.write(QByteArray::fromBase64(file.lines.join(QString()).toLatin1()));
        else
            out.write(file.lines.join(u'\n').toUtf8() + '\n');
        if (!out.commit())
            return cannotWrite(out);
        own(file.path);
    }
    return {};
}

void Component::want()
{
    m_stopping = false;
    m_wanted = true;
    if (m_state == State::Stopped)
        setState(State::Waiting);
}

void Component::reload(const ComponentSpec &spec)
{
    m_spec = spec;
    if (const auto prepared = prepare(); !prepared) {
        const QString error = QString::fromStdString(prepared.error().message.text());
        m_lastError = error;
        qCWarning(lcComponent).noquote()
            << logfmt(QStringLiteral("cannot reload component"),
                      {{QStringLiteral("component"), name()}, {QStringLiteral("error"), error}});
        return;
    }
    qCInfo(lcComponent).noquote() << logfmt(QStringLiteral("reloading component"),
                                            {{QStringLiteral("component"), name()}});
    // Not yet past exec, the program would die of the signal; it reads the new files anyway.
    const qint64 p = pid();
    if (p > 0 && m_process->state() == QProcess::Running)
        ::kill(static_cast<pid_t>(p), m_spec.reloadSignal);
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
    m_wanted = true;
    if (m_spec.waiting) {
        setState(State::Waiting);
        return;
    }
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
        m_process = nullptr;
    }
    const auto user = runAs(m_spec.user);
    if (const auto prepared = prepare(); !prepared) {
        const QString error = QString::fromStdString(prepared.error().message.text());
        m_lastError = error;
        qCWarning(lcComponent).noquote()
            << logfmt(QStringLiteral("component cannot start"),
                      {{QStringLiteral("component"), name()}, {QStringLiteral("error"), error}});
        scheduleRestart(error);
        return;
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
    const RunAs as = user.value_or(RunAs{});
    if (as.set) {
        const passwd *pw = ::getpwuid(as.uid);
        env.insert(QStringLiteral("HOME"), pw ? QString::fromLocal8Bit(pw->pw_dir) : QStringLiteral("/"));
        env.insert(QStringLiteral("USER"), m_spec.user);
        m_process->setProcessEnvironment(env);
    }
    m_process->setChildProcessModifier([as] {
        // Own process group, so stop() reaches a shell's children too; and a SIGTERM should
        // the daemon die, so no component outlives its supervisor.
        ::setpgid(0, 0);
        if (as.set) {
            // Group first: after setuid there is no right left to change it. A failure here
            // ends the child rather than running it as root.
            if (::setgroups(0, nullptr) != 0 || ::setgid(as.gid) != 0 || ::setuid(as.uid) != 0)
                ::_exit(126);
        }
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_partialLine += m_process->readAllStandardOutput();
        qsizetype newline;
        while ((newline = m_partialLine.indexOf('\n')) >= 0) {
            QString line = QString::fromUtf8(m_partialLine.left(std::min(newline, MaxLoggedLine)));
            m_partialLine.remove(0, newline + 1);
            for (const QString &secret : std::as_const(m_spec.redact)) {
                if (!secret.isEmpty())
                    line.replace(secret, QStringLiteral("***"));
            }
            keepLine(line);
            qCInfo(lcComponent).noquote()
                << logfmt(QStringLiteral("output"),
                          {{QStringLiteral("component"), name()}, {QStringLiteral("line"), line}});
        }
        if (m_partialLine.size() > MaxLoggedLine)
            m_partialLine.clear();
    });
    connect(m_process, &QProcess::started, this, [this] {
        m_groupId = m_process->processId();
        m_lastError.clear();
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
    m_wanted = false;
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
    // What the program left in its group (a wrapper shell's children) goes with it, so the
    // next start finds its ports and files free.
    if (m_groupId > 0)
        ::kill(static_cast<pid_t>(-m_groupId), SIGKILL);
    m_groupId = 0;
    if (m_stopping) {
        setState(State::Stopped);
        Q_EMIT stopped();
        return;
    }
    const bool failed = status == QProcess::CrashExit || exitCode != 0;
    const QString reason = status == QProcess::CrashExit ? QStringLiteral("crashed")
                                                         : QStringLiteral("exit code %1").arg(exitCode);
    m_lastError = reason;
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
    m_lastError = m_process->errorString();
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
    qCInfo(lcComponent).noquote() << logfmt(
        inCrashLoop() ? QStringLiteral("component is in a crash loop; restarting it later")
                      : QStringLiteral("restarting component"),
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
    // Before its first passing check, a component is starting for as long as StartGraceMs.
    const bool starting =
        m_state == State::Starting && m_runTime.isValid() && m_runTime.elapsed() < StartGraceMs;
    if (m_failedChecks >= m_spec.healthCheck.failureThreshold && !starting)
        setState(State::Unhealthy);
}

} // namespace mb::daemon
