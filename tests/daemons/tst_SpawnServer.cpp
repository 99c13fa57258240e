// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// The local provider's spawn server against the real madbase-worker: the forked daemon looks
// and behaves like an exec'd one, outlives the server, and a server that cannot serve is
// reported and given up.
#include "DaemonTestSupport.h"
#include "base/PidLock.h"
#include "providers/local/SpawnServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

#include <cstdio>

#include <memory>

using mb::PidLock;
using mb::providers::local::SpawnServer;

namespace {

QByteArray cmdline(pid_t pid)
{
    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = f.readAll();
    while (text.endsWith('\0'))
        text.chop(1);
    return text.replace('\0', ' ');
}

bool alive(pid_t pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray stat = f.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    return close > 0 && close + 2 < stat.size() && stat.at(close + 2) != 'Z';
}

/// Pids of the spawn servers running `binary`.
QList<pid_t> serversOf(const QString &binary)
{
    QList<pid_t> pids;
    const QByteArray title = binary.toLocal8Bit() + " --spawn-server";
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const pid_t pid = entry.toInt(&ok);
        if (ok && alive(pid) && cmdline(pid).startsWith(title))
            pids << pid;
    }
    return pids;
}

bool waitFor(const std::function<bool()> &predicate, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (predicate())
            return true;
        QTest::qWait(20);
    }
    return predicate();
}

} // namespace

class TestSpawnServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_token = "spawn-server-test-token-0123456789abcdef";
    QString m_binary;

    /// A worker config on a free port, with no control plane; returns its path.
    QString writeConfig(const QString &node, quint16 port)
    {
        const QJsonObject config{
            {QStringLiteral("version"), 1},
            {QStringLiteral("cluster"), QStringLiteral("spawn")},
            {QStringLiteral("node"), node},
            {QStringLiteral("pillar"), QStringLiteral("worker")},
            {QStringLiteral("plan"), QStringLiteral("cx23")},
            {QStringLiteral("listen"), QJsonObject{{QStringLiteral("address"), QStringLiteral("127.0.0.1")},
                                                   {QStringLiteral("port"), port}}},
            {QStringLiteral("tokenFile"), m_dir.filePath(QStringLiteral("agent.token"))},
            {QStringLiteral("dataDir"), m_dir.filePath(node + QStringLiteral("/data"))}};
        const QString path = m_dir.filePath(node + QStringLiteral(".json"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(config).toJson());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_binary = qEnvironmentVariable("MB_WORKER");
        QVERIFY2(QFile::exists(m_binary), "MB_WORKER must name the madbase-worker binary");
        QFile token(m_dir.filePath(QStringLiteral("agent.token")));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write(m_token + '\n');
        token.close();
        QVERIFY(token.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    }

    void testForkedDaemonLooksExecdAndOutlivesTheServer()
    {
        const quint16 port = mb::test::freeLoopbackPort();
        const QString config = writeConfig(QStringLiteral("spawn-worker-1"), port);
        const QString log = m_dir.filePath(QStringLiteral("spawn-worker-1.log"));
        auto server = std::make_unique<SpawnServer>(m_binary.toStdString());
        const auto pid = server->spawn(config.toStdString(), log.toStdString());
        QVERIFY2(pid, pid ? "" : pid.error().describe().c_str());

        // Named as if exec'd from its very first moment: the provider tells nodes apart by it.
        QCOMPARE(cmdline(*pid), (m_binary + QStringLiteral(" --config ") + config).toLocal8Bit());

        QNetworkAccessManager network;
        const QString health = QStringLiteral("http://127.0.0.1:%1/health").arg(port);
        QVERIFY(
            waitFor([&] { return mb::test::httpRequest(network, health, m_token).status == 200; }, 10000));
        const QString pidFile = m_dir.filePath(QStringLiteral("spawn-worker-1/data/daemon.pid"));
        QCOMPARE(PidLock::holder(pidFile.toStdString()), std::optional<pid_t>(*pid));
        QFile output(log);
        QVERIFY(output.open(QIODevice::ReadOnly));
        QVERIFY2(output.readAll().contains("msg=ready"), "the daemon's output goes to its log file");

        // The server goes (its owner stopped); the node does not.
        server.reset();
        QTest::qWait(300);
        QVERIFY(alive(*pid));
        QCOMPARE(mb::test::httpRequest(network, health, m_token).status, 200);

        QCOMPARE(::kill(*pid, SIGTERM), 0);
        QVERIFY(waitFor([&] { return !PidLock::holder(pidFile.toStdString()); }, 10000));
    }

    void testTheChildJoinsItsCgroupBeforeItsPidIsGiven()
    {
        // A stand-in for the group's cgroup.procs (this machine may have no cgroup v2 controllers):
        // the child writes "0" (itself) there before the server answers with its pid.
        const QString node = QStringLiteral("spawn-worker-6");
        const QString procs = m_dir.filePath(QStringLiteral("cgroup.procs"));
        QFile stub(procs);
        QVERIFY(stub.open(QIODevice::WriteOnly));
        stub.close();
        SpawnServer server(m_binary.toStdString());
        const auto pid =
            server.spawn(writeConfig(node, mb::test::freeLoopbackPort()).toStdString(),
                         m_dir.filePath(node + QStringLiteral(".log")).toStdString(), procs.toStdString());
        QVERIFY2(pid, pid ? "" : pid.error().describe().c_str());
        QVERIFY(stub.open(QIODevice::ReadOnly));
        QCOMPARE(stub.readAll(), QByteArray("0"));
        const QString pidFile = m_dir.filePath(node + QStringLiteral("/data/daemon.pid"));
        QVERIFY(waitFor([&] { return PidLock::holder(pidFile.toStdString()) == *pid; }, 10000));
        ::kill(*pid, SIGTERM);
        QVERIFY(waitFor([&] { return !PidLock::holder(pidFile.toStdString()); }, 10000));
    }

    void testSeveralNodesFromOneServer()
    {
        SpawnServer server(m_binary.toStdString());
        QList<pid_t> pids;
        QList<QString> pidFiles;
        for (int i = 2; i <= 4; ++i) {
            const QString node = QStringLiteral("spawn-worker-%1").arg(i);
            const auto pid = server.spawn(writeConfig(node, mb::test::freeLoopbackPort()).toStdString(),
                                          m_dir.filePath(node + QStringLiteral(".log")).toStdString());
            QVERIFY2(pid, pid ? "" : pid.error().describe().c_str());
            pids << *pid;
            pidFiles << m_dir.filePath(node + QStringLiteral("/data/daemon.pid"));
        }
        QCOMPARE(QSet<pid_t>(pids.begin(), pids.end()).size(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(waitFor([&] { return PidLock::holder(pidFiles[i].toStdString()) == pids[i]; }, 10000));
        // A daemon that ends while the server runs is reaped by it, not left a zombie.
        QCOMPARE(::kill(pids[0], SIGKILL), 0);
        QVERIFY(waitFor([&] { return !QFile::exists(QStringLiteral("/proc/%1").arg(pids[0])); }, 5000));
        for (int i = 1; i < 3; ++i)
            ::kill(pids[i], SIGTERM);
        for (int i = 1; i < 3; ++i)
            QVERIFY(waitFor([&] { return !PidLock::holder(pidFiles[i].toStdString()); }, 10000));
    }

    void testAConfigPathTooLongForTheTitleIsRefused()
    {
        // The node would not be recognisable by its command line: the server says so and starts
        // nothing (the provider then execs the daemon).
        SpawnServer server(m_binary.toStdString());
        const std::string config = "/tmp/" + std::string(5000, 'a') + ".json";
        const auto pid = server.spawn(config, m_dir.filePath(QStringLiteral("long.log")).toStdString());
        QVERIFY(!pid);
        QVERIFY2(QString::fromStdString(pid.error().message.text()).contains(QStringLiteral("too long")),
                 pid.error().message.text().c_str());
    }

    void testARebuiltBinaryGetsAFreshServer()
    {
        const QString copy = m_dir.filePath(QStringLiteral("madbase-worker"));
        QVERIFY(QFile::copy(m_binary, copy));
        SpawnServer server(copy.toStdString());
        const QString node = QStringLiteral("spawn-worker-5");
        const QString pidFile = m_dir.filePath(node + QStringLiteral("/data/daemon.pid"));
        auto first = server.spawn(writeConfig(node, mb::test::freeLoopbackPort()).toStdString(),
                                  m_dir.filePath(node + QStringLiteral(".log")).toStdString());
        QVERIFY2(first, first ? "" : first.error().describe().c_str());
        const QList<pid_t> before = serversOf(copy);
        QCOMPARE(before.size(), 1);
        QVERIFY(waitFor([&] { return PidLock::holder(pidFile.toStdString()) == *first; }, 10000));
        ::kill(*first, SIGTERM);
        QVERIFY(waitFor([&] { return !PidLock::holder(pidFile.toStdString()); }, 10000));

        // "Rebuilt": a new file takes the binary's name, as a linker or an upgrade does; the next
        // node comes from a new server.
        QVERIFY(QFile::copy(m_binary, copy + QStringLiteral(".new")));
        QCOMPARE(::rename((copy + QStringLiteral(".new")).toLocal8Bit().constData(),
                          copy.toLocal8Bit().constData()),
                 0);
        auto second = server.spawn(m_dir.filePath(node + QStringLiteral(".json")).toStdString(),
                                   m_dir.filePath(node + QStringLiteral(".log")).toStdString());
        QVERIFY2(second, second ? "" : second.error().describe().c_str());
        const QList<pid_t> after = serversOf(copy);
        QCOMPARE(after.size(), 1);
        QVERIFY(after.first() != before.first());
        QVERIFY(waitFor([&] { return PidLock::holder(pidFile.toStdString()) == *second; }, 10000));
        ::kill(*second, SIGTERM);
        QVERIFY(waitFor([&] { return !PidLock::holder(pidFile.toStdString()); }, 10000));
    }

    void testRunByHandItRefusesToServe()
    {
        QProcess process;
        process.start(m_binary, {QStringLiteral("--spawn-server"), QStringLiteral("x")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("not run by hand"));
    }

    void testPathWithALineBreakIsRefused()
    {
        SpawnServer server(m_binary.toStdString());
        const auto pid =
            server.spawn("/tmp/bad\npath.json", m_dir.filePath(QStringLiteral("x.log")).toStdString());
        QVERIFY(!pid);
        QVERIFY(QString::fromStdString(pid.error().message.text()).contains(QStringLiteral("line break")));
    }

    void testAServerThatCannotServeIsReportedAndGivenUp()
    {
        // /bin/true exits at once: no answer, twice; the third request does not try again.
        SpawnServer server("/bin/true");
        const auto first = server.spawn(writeConfig(QStringLiteral("spawn-worker-9"), 1).toStdString(),
                                        m_dir.filePath(QStringLiteral("nine.log")).toStdString());
        QVERIFY(!first);
        QVERIFY2(
            QString::fromStdString(first.error().message.text()).contains(QStringLiteral("did not answer")),
            first.error().message.text().c_str());
        QElapsedTimer clock;
        clock.start();
        const auto again = server.spawn(m_dir.filePath(QStringLiteral("spawn-worker-9.json")).toStdString(),
                                        m_dir.filePath(QStringLiteral("nine.log")).toStdString());
        QVERIFY(!again);
        QVERIFY(clock.elapsed() < 100);
    }
};

QTEST_GUILESS_MAIN(TestSpawnServer)
#include "tst_SpawnServer.moc"
