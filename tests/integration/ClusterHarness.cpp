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

#include <signal.h>

namespace mb::test {

ClusterHarness::ClusterHarness()
{
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
