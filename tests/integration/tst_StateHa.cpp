// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ClusterHarness.h"
#include "net/HttpClient.h"
#include "providers/local/LocalPorts.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <atomic>
#include <chrono>
#include <mutex>
#include <signal.h>
#include <thread>

using mb::test::ClusterHarness;

/// A three-node State pillar on the local provider with its real software (etcd, Patroni and
/// PostgreSQL 15, Redis with Sentinel, HAProxy on every node; docs/pillars.md, "High
/// availability"): it serves through every node's entry point, and survives the faults the
/// pillar is built for: the PostgreSQL leader killed under a write loop (no acknowledged write
/// lost, the old leader back as a replica), the Redis master killed (never two masters behind
/// HAProxy, the old master back as a replica), one etcd member lost (nothing changes) and two
/// (writes refused and reported, back once they return).
class TestStateHa : public QObject
{
    Q_OBJECT

private:
    ClusterHarness m_harness;
    QString m_cluster = QStringLiteral("ha");
    QStringList m_state = {QStringLiteral("ha-state-1"), QStringLiteral("ha-state-2"),
                           QStringLiteral("ha-state-3")};

    // Port slots of resources/templates/state.json.
    static constexpr int PgSlot = 1;
    static constexpr int RedisSlot = 2;
    static constexpr int PgEntrySlot = 3;
    static constexpr int RedisEntrySlot = 4;
    static constexpr int PatroniSlot = 6;
    static constexpr int EtcdSlot = 7;

    int port(const QString &node, int slot)
    {
        return mb::providers::local::componentPort(
            m_harness.nodes(m_cluster).value(node).value(QStringLiteral("port")).toInt(), slot);
    }

    QString dataDir(const QString &node)
    {
        return m_harness.root() + u'/' + m_cluster + QStringLiteral("/nodes/") + node +
               QStringLiteral("/data");
    }

    QString secret(const QString &name)
    {
        QFile f(dataDir(m_cluster + QStringLiteral("-system-1")) + u'/' + name);
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
    }

    static QString run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                       int *code = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(10000)) {
            p.kill();
            p.waitForFinished();
        }
        if (code)
            *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
    }

    /// psql through `node`'s HAProxy, as a worker reaches PostgreSQL.
    QString sql(const QString &node, const QString &query, int *code = nullptr)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), m_pgPassword);
        env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("3"));
        return run(QStringLiteral("/usr/bin/psql"),
                   {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                    QString::number(port(node, PgEntrySlot)), QStringLiteral("-U"),
                    QStringLiteral("postgres"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                    QStringLiteral("-Atc"), query},
                   env, code);
    }

    QString redis(int redisPort, const QStringList &command)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("REDISCLI_AUTH"), m_redisPassword);
        return run(QStringLiteral("/usr/bin/redis-cli"),
                   QStringList{QStringLiteral("-p"), QString::number(redisPort),
                               QStringLiteral("--no-auth-warning")} +
                       command,
                   env);
    }

    QString redisRole(const QString &node)
    {
        return redis(port(node, RedisSlot), {QStringLiteral("ROLE")}).section(u'\n', 0, 0);
    }

    /// Patroni's view of the pillar from any member that answers.
    QJsonArray patroniMembers()
    {
        const mb::net::HttpClient client;
        for (const QString &node : m_state) {
            const auto r = client.request(
                "GET", "http://127.0.0.1:" + std::to_string(port(node, PatroniSlot)) + "/cluster");
            if (r && r->status == 200)
                return QJsonDocument::fromJson(QByteArray::fromStdString(r->body))
                    .object()
                    .value(QStringLiteral("members"))
                    .toArray();
        }
        return {};
    }

    QJsonObject member(const QString &name)
    {
        for (const QJsonValue &m : patroniMembers())
            if (m.toObject().value(QStringLiteral("name")).toString() == name)
                return m.toObject();
        return {};
    }

    QString leader()
    {
        for (const QJsonValue &m : patroniMembers())
            if (m.toObject().value(QStringLiteral("role")).toString() == QLatin1String("leader") &&
                m.toObject().value(QStringLiteral("state")).toString() == QLatin1String("running"))
                return m.toObject().value(QStringLiteral("name")).toString();
        return {};
    }

    /// A component of a node as its heartbeats report it.
    QJsonObject component(const QString &node, const QString &name)
    {
        for (const QJsonValue &n :
             m_harness.api(m_cluster, QStringLiteral("/v1/nodes")).value(QStringLiteral("nodes")).toArray()) {
            if (n.toObject().value(QStringLiteral("name")).toString() != node)
                continue;
            for (const QJsonValue &c : n.toObject().value(QStringLiteral("components")).toArray())
                if (c.toObject().value(QStringLiteral("name")).toString() == name)
                    return c.toObject();
        }
        return {};
    }

    qint64 componentPid(const QString &node, const QString &name)
    {
        return component(node, name).value(QStringLiteral("pid")).toInteger();
    }

    /// The Redis servers HAProxy on `node` has UP in its Redis listener (its admin socket).
    int redisServersUp(const QString &node)
    {
        QLocalSocket socket;
        socket.connectToServer(dataDir(node) + QStringLiteral("/haproxy/admin.sock"));
        if (!socket.waitForConnected(1000))
            return -1;
        socket.write("show stat\n");
        QByteArray answer;
        while (socket.waitForReadyRead(1000))
            answer += socket.readAll();
        int up = 0;
        for (const QByteArray &line : answer.split('\n')) {
            const QList<QByteArray> fields = line.split(',');
            if (fields.size() > 17 && fields[0] == "redis" && fields[1] != "FRONTEND" &&
                fields[1] != "BACKEND" && fields[17].startsWith("UP"))
                ++up;
        }
        return up;
    }

    /// Numbered inserts through one entry point on a thread of their own; the acknowledged ones
    /// are those psql reported committed.
    class Writer
    {
    public:
        Writer(TestStateHa *test, QString node)
            : m_test(test)
            , m_node(std::move(node))
        {
            m_pgPort = test->port(m_node, PgEntrySlot);
            m_thread = std::thread([this] { loop(); });
        }
        ~Writer() { stop(); }
        void stop()
        {
            m_stop = true;
            if (m_thread.joinable())
                m_thread.join();
        }
        QList<int> acknowledged()
        {
            const std::lock_guard lock(m_mutex);
            return m_acked;
        }
        int count()
        {
            const std::lock_guard lock(m_mutex);
            return static_cast<int>(m_acked.size());
        }

    private:
        void loop()
        {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PGPASSWORD"), m_test->m_pgPassword);
            env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("2"));
            for (int n = 1; !m_stop; ++n) {
                int code = -1;
                run(QStringLiteral("/usr/bin/psql"),
                    {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                     QString::number(m_pgPort), QStringLiteral("-U"), QStringLiteral("postgres"),
                     QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-qAtc"),
                     QStringLiteral("INSERT INTO sequence VALUES (%1)").arg(n)},
                    env, &code);
                if (code == 0) {
                    const std::lock_guard lock(m_mutex);
                    m_acked << n;
                } else {
                    std::this_thread::sleep_for(std::chrono::milliseconds(50));
                }
            }
        }

        TestStateHa *m_test;
        QString m_node;
        int m_pgPort = 0;
        std::atomic<bool> m_stop{false};
        std::mutex m_mutex;
        QList<int> m_acked;
        std::thread m_thread;
    };

    /// Every number `writer` had acknowledged is in the table (read through `node`).
    void verifyAcknowledged(const QList<int> &acked, const QString &node)
    {
        const QString rows = sql(node, QStringLiteral("SELECT n FROM sequence ORDER BY n"));
        QSet<int> present;
        for (const QString &line : rows.split(u'\n', Qt::SkipEmptyParts))
            present.insert(line.toInt());
        for (const int n : acked)
            QVERIFY2(present.contains(n),
                     qPrintable(QStringLiteral("acknowledged row %1 is missing").arg(n)));
    }

    QString m_pgPassword;
    QString m_redisPassword;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_harness.valid());
        for (const char *program :
             {"/usr/bin/etcd", "/usr/bin/etcdctl", "/usr/bin/patroni", "/usr/bin/redis-sentinel",
              "/usr/sbin/haproxy", "/usr/lib/postgresql/15/bin/postgres"})
            QVERIFY2(
                QFile::exists(QLatin1String(program)),
                qPrintable(
                    QStringLiteral("%1 is not installed (scripts/dev deps)").arg(QLatin1String(program))));
        const QString file = m_harness.writeTopology(
            m_cluster, [](nlohmann::json &doc) { doc["pillars"]["state"]["count"] = 3; });
        const auto up = m_harness.ctl({QStringLiteral("up"), QStringLiteral("--yes"), file});
        QVERIFY2(up.code == 0, qPrintable(up.out + up.err + m_harness.logTail(m_cluster, m_state[0], 30)));
        m_pgPassword = secret(QStringLiteral("postgres.password"));
        m_redisPassword = secret(QStringLiteral("redis.password"));
        QVERIFY(!m_pgPassword.isEmpty() && !m_redisPassword.isEmpty());
    }

    void testThreeNodesServeThroughEveryEntryPoint()
    {
        const auto check =
            m_harness.ctl({QStringLiteral("check"), QStringLiteral("--cluster"), m_cluster}, 30000);
        QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
        // One leader, the others replicas, one of them synchronous.
        QVERIFY2(ClusterHarness::waitFor(
                     [&] {
                         int leaders = 0, sync = 0, running = 0;
                         for (const QJsonValue &m : patroniMembers()) {
                             const QString role = m.toObject().value(QStringLiteral("role")).toString();
                             leaders += role == QLatin1String("leader");
                             sync += role == QLatin1String("sync_standby");
                             running += m.toObject().value(QStringLiteral("state")).toString() ==
                                        QLatin1String("running");
                         }
                         return leaders == 1 && sync == 1 && running == 3;
                     },
                     30000),
                 QJsonDocument(patroniMembers()).toJson().constData());
        // Every entry point reaches the writable PostgreSQL and the Redis master.
        for (const QString &node : m_state) {
            QCOMPARE(sql(node, QStringLiteral("SELECT pg_is_in_recovery()")), QStringLiteral("f"));
            QCOMPARE(redis(port(node, RedisEntrySlot), {QStringLiteral("ROLE")}).section(u'\n', 0, 0),
                     QStringLiteral("master"));
        }
        QStringList roles;
        for (const QString &node : m_state)
            roles << redisRole(node);
        roles.sort();
        QCOMPARE(roles,
                 (QStringList{QStringLiteral("master"), QStringLiteral("slave"), QStringLiteral("slave")}));
        // etcd: three voting members, all started.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ETCDCTL_API"), QStringLiteral("3"));
        const QString members =
            run(QStringLiteral("/usr/bin/etcdctl"),
                {QStringLiteral("--endpoints=http://127.0.0.1:%1").arg(port(m_state[0], EtcdSlot)),
                 QStringLiteral("member"), QStringLiteral("list")},
                env);
        QCOMPARE(members.count(QStringLiteral(", started, ")), 3);
        QVERIFY2(!members.contains(QStringLiteral("true")), qPrintable(members)); // no learner left
        // The roles reach the control plane with the heartbeats (madbasectl status, Studio).
        ClusterHarness::Run status;
        QVERIFY2(ClusterHarness::waitFor(
                     [&] {
                         status = m_harness.ctl(
                             {QStringLiteral("status"), QStringLiteral("--cluster"), m_cluster});
                         return status.out.count(QRegularExpression(
                                    QStringLiteral("ha-state-\\d +postgres +leader +running"))) == 1 &&
                                status.out.count(QRegularExpression(QStringLiteral(
                                    "ha-state-\\d +postgres +(sync-)?replica +running +0 +lag "))) == 2 &&
                                status.out.count(QRegularExpression(QStringLiteral(
                                    "ha-state-\\d +redis +master +running +0 +2 replicas"))) == 1 &&
                                status.out.count(QRegularExpression(QStringLiteral(
                                    "ha-state-\\d +etcd +member +running +0 +3 of 3 healthy"))) == 3;
                     },
                     20000),
                 qPrintable(status.out));
        QCOMPARE(sql(m_state[0], QStringLiteral("CREATE TABLE sequence (n integer PRIMARY KEY)")),
                 QStringLiteral("CREATE TABLE"));
    }

    void testPostgresLeaderKilledLosesNoAcknowledgedWrite()
    {
        const QString old = leader();
        QVERIFY(!old.isEmpty());
        QFile pidFile(dataDir(old) + QStringLiteral("/pg/data/postmaster.pid"));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const qint64 postmaster = pidFile.readLine().trimmed().toLongLong();
        const qint64 patroni = componentPid(old, QStringLiteral("postgres"));
        QVERIFY(postmaster > 0 && patroni > 0);
        // The writer goes through another node's HAProxy than the leader's.
        Writer writer(this, m_state[(m_state.indexOf(old) + 1) % 3]);
        QVERIFY(ClusterHarness::waitFor([&] { return writer.count() >= 10; }, 30000));
        // The node's daemon is held still (SIGSTOP) while its PostgreSQL is down, as when the
        // node is lost: otherwise it restarts Patroni within a second, which takes its own
        // leader lock back before it expires, and no failover happens.
        const qint64 daemon = m_harness.nodes(m_cluster).value(old).value(QStringLiteral("pid")).toInteger();
        QVERIFY(daemon > 0);
        QCOMPARE(::kill(static_cast<pid_t>(daemon), SIGSTOP), 0);
        const auto resume = qScopeGuard([&] { ::kill(static_cast<pid_t>(daemon), SIGCONT); });
        QCOMPARE(::kill(static_cast<pid_t>(patroni), SIGKILL), 0);
        QCOMPARE(::kill(static_cast<pid_t>(postmaster), SIGKILL), 0);
        const int atKill = writer.count();
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(ClusterHarness::waitFor([&] { return writer.count() >= atKill + 10; }, 60000),
                 QJsonDocument(patroniMembers()).toJson().constData());
        qInfo("writes resumed %lld ms after the kill", static_cast<long long>(clock.elapsed()));
        writer.stop();
        const QString now = leader();
        QVERIFY2(!now.isEmpty() && now != old, qPrintable(now));
        ::kill(static_cast<pid_t>(daemon), SIGCONT);
        verifyAcknowledged(writer.acknowledged(), m_state[(m_state.indexOf(old) + 1) % 3]);
        // The killed node comes back as a replica (pg_rewind if it had diverged), streaming.
        QVERIFY2(ClusterHarness::waitFor(
                     [&] {
                         const QJsonObject m = member(old);
                         return m.value(QStringLiteral("state")).toString() == QLatin1String("running") &&
                                m.value(QStringLiteral("role")).toString() != QLatin1String("leader");
                     },
                     60000),
                 qPrintable(QString::fromUtf8(QJsonDocument(patroniMembers()).toJson()) +
                            m_harness.logTail(m_cluster, old, 30)));
        QVERIFY2(ClusterHarness::waitFor(
                     [&] {
                         return sql(now, QStringLiteral("SELECT count(*) FROM pg_stat_replication WHERE "
                                                        "application_name = '%1' AND state = 'streaming'")
                                             .arg(old)) == QLatin1String("1");
                     },
                     30000),
                 qPrintable(m_harness.logTail(m_cluster, old, 30)));
    }

    void testRedisMasterKilledNeverLeavesTwoMastersBehindHaproxy()
    {
        QString old;
        for (const QString &node : m_state)
            if (redisRole(node) == QLatin1String("master"))
                old = node;
        QVERIFY(!old.isEmpty());
        const QString entry = m_state[(m_state.indexOf(old) + 1) % 3];
        QCOMPARE(redis(port(entry, RedisEntrySlot),
                       {QStringLiteral("SET"), QStringLiteral("before"), QStringLiteral("1")}),
                 QStringLiteral("OK"));
        const qint64 pid = componentPid(old, QStringLiteral("redis"));
        QVERIFY(pid > 0);
        QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
        QString promoted;
        bool oldIsReplica = false;
        int maxUp = 0;
        QElapsedTimer clock;
        clock.start();
        qint64 switchedMs = -1;
        // Sampled every ~100 ms: at no moment two Redis servers UP behind any HAProxy.
        while (clock.elapsed() < 60000 && !(oldIsReplica && !promoted.isEmpty())) {
            for (const QString &node : m_state)
                maxUp = std::max(maxUp, redisServersUp(node));
            QVERIFY2(maxUp <= 1, "two Redis masters behind HAProxy");
            if (promoted.isEmpty()) {
                for (const QString &node : m_state)
                    if (node != old && redisRole(node) == QLatin1String("master")) {
                        promoted = node;
                        switchedMs = clock.elapsed();
                    }
            } else {
                const QString info =
                    redis(port(old, RedisSlot), {QStringLiteral("INFO"), QStringLiteral("replication")});
                oldIsReplica = info.contains(QStringLiteral("role:slave")) &&
                               info.contains(QStringLiteral("master_port:%1").arg(port(promoted, RedisSlot)));
            }
            QTest::qWait(100);
        }
        QVERIFY2(!promoted.isEmpty(), qPrintable(m_harness.logTail(m_cluster, old, 30)));
        QVERIFY2(oldIsReplica, qPrintable(m_harness.logTail(m_cluster, old, 30)));
        qInfo("a replica was master %lld ms after the kill", static_cast<long long>(switchedMs));
        QVERIFY(ClusterHarness::waitFor(
            [&] {
                return redis(port(entry, RedisEntrySlot), {QStringLiteral("SET"), QStringLiteral("after"),
                                                           QStringLiteral("1")}) == QLatin1String("OK");
            },
            10000));
        QCOMPARE(redis(port(entry, RedisEntrySlot), {QStringLiteral("ROLE")}).section(u'\n', 0, 0),
                 QStringLiteral("master"));
    }

    void testOneEtcdMemberLostChangesNothing()
    {
        const QString node = m_state[2];
        const qint64 pid = componentPid(node, QStringLiteral("etcd"));
        QVERIFY(pid > 0);
        Writer writer(this, m_state[0]);
        QVERIFY(ClusterHarness::waitFor([&] { return writer.count() >= 5; }, 20000));
        QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
        // Two of three keep the quorum: the writes go on and the member restarts on its data.
        const int atKill = writer.count();
        QVERIFY(ClusterHarness::waitFor([&] { return writer.count() >= atKill + 20; }, 30000));
        QVERIFY(ClusterHarness::waitFor(
            [&] {
                const QJsonObject etcd = component(node, QStringLiteral("etcd"));
                return etcd.value(QStringLiteral("state")).toString() == QLatin1String("running") &&
                       etcd.value(QStringLiteral("pid")).toInteger() != pid;
            },
            30000));
        writer.stop();
        verifyAcknowledged(writer.acknowledged(), m_state[0]);
    }

    void testTwoEtcdMembersLostRefuseWritesReportedThenRecover()
    {
        // Held down (SIGSTOP) rather than killed: the supervisor restarts a killed member at once.
        QList<qint64> held;
        for (const QString &node : {m_state[1], m_state[2]}) {
            const qint64 pid = componentPid(node, QStringLiteral("etcd"));
            QVERIFY(pid > 0);
            QCOMPARE(::kill(static_cast<pid_t>(pid), SIGSTOP), 0);
            held << pid;
        }
        const auto resume = qScopeGuard([&] {
            for (const qint64 pid : held)
                ::kill(static_cast<pid_t>(pid), SIGCONT);
        });
        // Without quorum Patroni demotes the primary: writes are refused, never silently lost.
        int code = 0;
        QString answer;
        QVERIFY2(ClusterHarness::waitFor(
                     [&] {
                         answer = sql(m_state[0], QStringLiteral("INSERT INTO sequence VALUES (-1)"), &code);
                         if (code == 0)
                             sql(m_state[0], QStringLiteral("DELETE FROM sequence WHERE n = -1"));
                         return code != 0;
                     },
                     40000),
                 qPrintable(answer));
        // And it is reported: the held members fail their health checks.
        QVERIFY(ClusterHarness::waitFor(
            [&] {
                return component(m_state[1], QStringLiteral("etcd"))
                           .value(QStringLiteral("state"))
                           .toString() == QLatin1String("unhealthy");
            },
            30000));
        // The node whose etcd still runs reports why the pillar is degraded.
        ClusterHarness::Run status;
        QVERIFY2(ClusterHarness::waitFor(
                     [&] {
                         status = m_harness.ctl(
                             {QStringLiteral("status"), QStringLiteral("--cluster"), m_cluster});
                         return status.out.contains(QRegularExpression(
                                    QStringLiteral("ha-state-2 +etcd +\\S+ +unhealthy"))) &&
                                status.out.contains(
                                    QRegularExpression(QStringLiteral("ha-state-1 +etcd .*no quorum")));
                     },
                     20000),
                 qPrintable(status.out));
        for (const qint64 pid : held)
            ::kill(static_cast<pid_t>(pid), SIGCONT);
        held.clear();
        QVERIFY2(ClusterHarness::waitFor(
                     [&] {
                         return sql(m_state[0], QStringLiteral("INSERT INTO sequence VALUES (-2)"), &code),
                                code == 0;
                     },
                     60000),
                 QJsonDocument(patroniMembers()).toJson().constData());
    }

    void testOneNodePillarScalesToThreeUnderWritesKeepingEveryRow()
    {
        // A cluster of its own, begun with one State node; the three-node one goes first.
        const auto down = m_harness.ctl(
            {QStringLiteral("down"), QStringLiteral("--cluster"), m_cluster, QStringLiteral("--yes")});
        QVERIFY2(down.code == 0, qPrintable(down.out + down.err));
        m_cluster = QStringLiteral("ha1");
        m_state = {QStringLiteral("ha1-state-1"), QStringLiteral("ha1-state-2"),
                   QStringLiteral("ha1-state-3")};
        const auto up = m_harness.ctl(
            {QStringLiteral("up"), QStringLiteral("--yes"), m_harness.writeTopology(m_cluster)});
        QVERIFY2(up.code == 0, qPrintable(up.out + up.err));
        m_pgPassword = secret(QStringLiteral("postgres.password"));
        m_redisPassword = secret(QStringLiteral("redis.password"));
        QCOMPARE(sql(m_state[0], QStringLiteral("CREATE TABLE sequence (n integer PRIMARY KEY)")),
                 QStringLiteral("CREATE TABLE"));
        QCOMPARE(redis(port(m_state[0], RedisEntrySlot),
                       {QStringLiteral("SET"), QStringLiteral("kept"), QStringLiteral("1")}),
                 QStringLiteral("OK"));
        Writer writer(this, m_state[0]);
        QVERIFY(ClusterHarness::waitFor([&] { return writer.count() >= 10; }, 30000));
        const auto scaled =
            m_harness.ctl({QStringLiteral("scale"), QStringLiteral("state"), QStringLiteral("3"),
                           QStringLiteral("--yes"), QStringLiteral("--cluster"), m_cluster});
        QVERIFY2(scaled.code == 0, qPrintable(scaled.out + scaled.err));
        const int atScale = writer.count();
        QVERIFY(ClusterHarness::waitFor([&] { return writer.count() >= atScale + 10; }, 30000));
        writer.stop();
        // The first node kept its data and its roles; the new ones joined as replicas.
        QCOMPARE(leader(), m_state[0]);
        QVERIFY2(ClusterHarness::waitFor(
                     [&] {
                         return sql(m_state[0],
                                    QStringLiteral("SELECT count(*) FROM pg_stat_replication WHERE "
                                                   "state = 'streaming'")) == QLatin1String("2");
                     },
                     30000),
                 QJsonDocument(patroniMembers()).toJson().constData());
        verifyAcknowledged(writer.acknowledged(), m_state[2]);
        QCOMPARE(redisRole(m_state[0]), QStringLiteral("master"));
        QCOMPARE(redis(port(m_state[2], RedisEntrySlot), {QStringLiteral("GET"), QStringLiteral("kept")}),
                 QStringLiteral("1"));
    }

    void testThreeNodePillarScalesDownToOneKeepingEveryRow()
    {
        // The pillar the test above grew to three: back to one under writes, one node at a time.
        Writer writer(this, m_state[0]);
        QVERIFY(ClusterHarness::waitFor([&] { return writer.count() >= 10; }, 30000));
        const auto scaled =
            m_harness.ctl({QStringLiteral("scale"), QStringLiteral("state"), QStringLiteral("1"),
                           QStringLiteral("--yes"), QStringLiteral("--cluster"), m_cluster});
        QVERIFY2(scaled.code == 0, qPrintable(scaled.out + scaled.err));
        const int atScale = writer.count();
        QVERIFY(ClusterHarness::waitFor([&] { return writer.count() >= atScale + 10; }, 30000));
        writer.stop();
        m_state = {m_state[0]};
        // etcd shrank to the one member left, which is healthy (never a lost quorum).
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ETCDCTL_API"), QStringLiteral("3"));
        const QString endpoint =
            QStringLiteral("--endpoints=http://127.0.0.1:%1").arg(port(m_state[0], EtcdSlot));
        const QString members = run(QStringLiteral("/usr/bin/etcdctl"),
                                    {endpoint, QStringLiteral("member"), QStringLiteral("list")}, env);
        QCOMPARE(members.count(QStringLiteral(", started, ")), 1);
        QVERIFY2(members.contains(m_state[0]), qPrintable(members));
        const QString health = run(QStringLiteral("/usr/bin/etcdctl"),
                                   {endpoint, QStringLiteral("endpoint"), QStringLiteral("health")}, env);
        QVERIFY2(health.contains(QStringLiteral("is healthy")), qPrintable(health));
        // Patroni: the first node alone, still the leader, once the others' keys expire.
        QVERIFY2(ClusterHarness::waitFor([&] { return patroniMembers().size() == 1; }, 30000),
                 QJsonDocument(patroniMembers()).toJson().constData());
        QCOMPARE(leader(), m_state[0]);
        QCOMPARE(redisRole(m_state[0]), QStringLiteral("master"));
        verifyAcknowledged(writer.acknowledged(), m_state[0]);
        QCOMPARE(redis(port(m_state[0], RedisEntrySlot), {QStringLiteral("GET"), QStringLiteral("kept")}),
                 QStringLiteral("1"));
    }

    void cleanupTestCase()
    {
        const auto down = m_harness.ctl(
            {QStringLiteral("down"), QStringLiteral("--cluster"), m_cluster, QStringLiteral("--yes")});
        QVERIFY2(down.code == 0, qPrintable(down.out + down.err));
    }
};

QTEST_GUILESS_MAIN(TestStateHa)
#include "tst_StateHa.moc"
