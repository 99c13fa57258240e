// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ClusterHarness.h"

#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

namespace mb::test {

namespace {

// Node ports of the harnesses: slices of 20000..20546. A node's component ports follow from its
// daemon port modulo 1,423 blocks of 16 (core/providers/local/LocalPorts.h); these daemon ports
// are distinct modulo 1,423 and their components fall in 11248..19999, below every daemon port,
// so no two harnesses (nor a daemon and a component) ever meet on a port.
constexpr int FirstHarnessPort = 20000;
constexpr int HarnessSlices = 13;

/// Takes the first free slice (an exclusive flock on a file in the temporary directory, held
/// while the harness lives; the kernel drops it should the test die). -1 if all are taken.
int claimSlice(int &fd)
{
    for (int slice = 0; slice < HarnessSlices; ++slice) {
        const QByteArray path =
            QFile::encodeName(QDir::tempPath() + QStringLiteral("/madbase-test-ports-%1.lock").arg(slice));
        fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
            return slice;
        ::close(fd);
        fd = -1;
    }
    return -1;
}

} // namespace

ClusterHarness::ClusterHarness()
{
    int slice = -1;
    for (int attempt = 0; attempt < 600 && slice < 0; ++attempt) {
        slice = claimSlice(m_slotLock);
        if (slice < 0)
            QThread::msleep(500);
    }
    if (slice < 0)
        qFatal("no free slice of node ports for the cluster harness");
    m_firstPort = FirstHarnessPort + slice * PortsPerHarness;
    QFile ports(m_root.path() + QStringLiteral("/local-ports"));
    if (!ports.open(QIODevice::WriteOnly) ||
        ports.write(QByteArray::number(m_firstPort) + '-' + QByteArray::number(lastPort()) + '\n') < 0)
        qFatal("cannot write %s", qPrintable(ports.fileName()));
    ports.close();

    // MB_KEEP_ROOT=1 keeps the clusters' files (logs, records, the control-plane store) for a
    // post-mortem; the processes still go.
    if (qEnvironmentVariableIntValue("MB_KEEP_ROOT") > 0) {
        m_root.setAutoRemove(false);
        qInfo("cluster root kept at %s", qPrintable(m_root.path()));
    }
    // PostgreSQL and Redis run as their own users and pass through the root to their node's
    // directory (docs/pillars.md); a temporary directory is 0700.
    QFile::setPermissions(m_root.path(), QFile::permissions(m_root.path()) | QFile::ExeOther);
}

ClusterHarness::~ClusterHarness()
{
    // Whatever a test left running goes, so no daemon outlives the test.
    for (const QString &cluster : QDir(m_root.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const qint64 pid : daemonPids(cluster))
            ::kill(static_cast<pid_t>(pid), SIGKILL);
    if (m_slotLock >= 0)
        ::close(m_slotLock);
}

ClusterHarness::Run ClusterHarness::ctl(const QStringList &args, int timeoutMs) const
{
    QProcess p;
    p.setProgram(qEnvironmentVariable("MB_CTL"));
    p.setArguments(args + QStringList{QStringLiteral("--root"), m_root.path()});
    p.start();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, QString::fromUtf8(p.readAllStandardOutput()), QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QProcess *ClusterHarness::startCtl(const QStringList &args) const
{
    auto *p = new QProcess;
    p->setProgram(qEnvironmentVariable("MB_CTL"));
    p->setArguments(args + QStringList{QStringLiteral("--root"), m_root.path()});
    p->start();
    return p;
}

QString ClusterHarness::writeTopology(const QString &name,
                                      const std::function<void(nlohmann::json &)> &change) const
{
    auto doc = mb::test::example("starter");
    doc["name"] = name.toStdString();
    if (change)
        change(doc);
    const QString path = m_root.filePath(name + QStringLiteral(".json"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(QByteArray::fromStdString(doc.dump(2)));
    return path;
}

QMap<QString, QJsonObject> ClusterHarness::nodes(const QString &cluster) const
{
    QMap<QString, QJsonObject> out;
    const QDir dir(m_root.filePath(cluster + QStringLiteral("/nodes")));
    for (const QString &node : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(dir.filePath(node + QStringLiteral("/node.json")));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QJsonObject record = QJsonDocument::fromJson(f.readAll()).object();
        // The daemon writes its pid into the file it holds its lock on.
        QFile pidFile(dir.filePath(node + QStringLiteral("/data/daemon.pid")));
        if (pidFile.open(QIODevice::ReadOnly))
            record.insert(QStringLiteral("pid"), pidFile.readAll().trimmed().toLongLong());
        out.insert(node, record);
    }
    return out;
}

QList<qint64> ClusterHarness::daemonPids(const QString &cluster) const
{
    QList<qint64> pids;
    const QString marker = m_root.filePath(cluster + QStringLiteral("/nodes/"));
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QByteArray cmdline = f.readAll();
        cmdline.replace('\0', ' ');
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        const QByteArray statText = stat.open(QIODevice::ReadOnly) ? stat.readAll() : QByteArray();
        const bool zombie = statText.contains(") Z ");
        // The pillar daemons only; the software they supervise is named in its node's directory
        // too, the System node's log store (madbase-logstore) among it.
        const QString program = QFileInfo(QString::fromUtf8(cmdline.left(cmdline.indexOf(' ')))).fileName();
        const bool daemon = program.startsWith(QLatin1String("madbase-")) && program != u"madbase-logstore";
        if (!zombie && daemon && cmdline.contains(marker.toUtf8()))
            pids.append(pid);
    }
    return pids;
}

QJsonObject ClusterHarness::api(const QString &cluster, const QString &path) const
{
    QFile record(m_root.filePath(cluster + QStringLiteral("/cluster.json")));
    QFile token(m_root.filePath(cluster + QStringLiteral("/api.token")));
    if (!record.open(QIODevice::ReadOnly) || !token.open(QIODevice::ReadOnly))
        return {};
    const QString url =
        QJsonDocument::fromJson(record.readAll()).object().value(QStringLiteral("apiUrl")).toString();
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(url + path));
    request.setRawHeader("Authorization", "Bearer " + token.readAll().trimmed());
    request.setTransferTimeout(5000);
    QNetworkReply *reply = network.get(request);
    QElapsedTimer clock;
    clock.start();
    while (!reply->isFinished() && clock.elapsed() < 6000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return body;
}

QString ClusterHarness::logTail(const QString &cluster, const QString &node, int lines) const
{
    QFile f(m_root.filePath(cluster + QStringLiteral("/nodes/") + node + QStringLiteral("/daemon.log")));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("(no daemon.log)");
    const QStringList all = QString::fromUtf8(f.readAll()).split(u'\n');
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(u'\n');
}

bool ClusterHarness::waitFor(const std::function<bool()> &predicate, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (predicate())
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(100);
    }
    return predicate();
}

} // namespace mb::test
