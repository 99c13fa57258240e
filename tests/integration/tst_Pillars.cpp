// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ClusterHarness.h"
#include "net/HttpClient.h"
#include "providers/local/LocalPorts.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSaveFile>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <mutex>
#include <signal.h>
#include <thread>

using mb::test::ClusterHarness;

/// Every pillar runs its real software (PostgreSQL, Redis, HAProxy, Node.js, VictoriaMetrics)
/// on a local cluster with two workers, and `madbasectl check` proves the path from the
/// gateway to the State pillar: up → check → a worker runtime killed → PostgreSQL killed →
/// Redis unable to start → down leaves no process, port or file.
class TestPillars : public QObject
{
    Q_OBJECT

private:
    ClusterHarness m_harness;
    const QString m_cluster = QStringLiteral("pillars");

    QJsonObject component(const QString &node, const QString &name)
    {
        for (const QJsonValue &n :
             m_harness.api(m_cluster, QStringLiteral("/v1/nodes")).value(QStringLiteral("nodes")).toArray()) {
            if (n.toObject().value(QStringLiteral("name")).toString() != node)
                continue;
            for (const QJsonValue &c : n.toObject().value(QStringLiteral("components")).toArray()) {
                if (c.toObject().value(QStringLiteral("name")).toString() == name)
                    return c.toObject();
            }
        }
        return {};
    }

    ClusterHarness::Run check()
    {
        return m_harness.ctl({QStringLiteral("check"), QStringLiteral("--cluster"), m_cluster}, 30000);
    }

    int daemonPort(const QString &node)
    {
        return m_harness.nodes(m_cluster).value(node).value(QStringLiteral("port")).toInt();
    }

    /// SELECT through the State entry point with the cluster's password, as a worker would.
    QString sql(const QString &query)
    {
        QFile password(m_harness.root() +
                       QStringLiteral("/pillars/nodes/pillars-system-1/data/postgres.password"));
        if (!password.open(QIODevice::ReadOnly))
            return QStringLiteral("no password file");
        QProcess psql;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), QString::fromLatin1(password.readAll().trimmed()));
        env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("3"));
        psql.setProcessEnvironment(env);
        const int port =
            mb::providers::local::componentPort(daemonPort(QStringLiteral("pillars-state-1")), 3);
        psql.start(QStringLiteral("/usr/bin/psql"),
                   {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                    QString::number(port), QStringLiteral("-U"), QStringLiteral("postgres"),
                    QStringLiteral("-Atc"), query});
        if (!psql.waitForFinished(10000))
            return QStringLiteral("psql timed out");
        return QString::fromUtf8(psql.readAllStandardOutput() + psql.readAllStandardError()).trimmed();
    }

    int vmPort()
    {
        return mb::providers::local::componentPort(daemonPort(QStringLiteral("pillars-system-1")), 1);
    }

    /// An instant query straight to the System node's VictoriaMetrics: the result array.
    QJsonArray vmQuery(const QString &query)
    {
        const mb::net::HttpClient client;
        const auto r =
            client.request("GET", "http://127.0.0.1:" + std::to_string(vmPort()) +
                                      "/api/v1/query?query=" + QUrl::toPercentEncoding(query).toStdString());
        if (!r || r->status != 200)
            return {};
        return QJsonDocument::fromJson(QByteArray::fromStdString(r->body))
            .object()
            .value(QStringLiteral("data"))
            .toObject()
            .value(QStringLiteral("result"))
            .toArray();
    }

    /// The scrape pools of VictoriaMetrics' active targets.
    QSet<QString> vmTargets()
    {
        const mb::net::HttpClient client;
        const auto r =
            client.request("GET", "http://127.0.0.1:" + std::to_string(vmPort()) + "/api/v1/targets");
        QSet<QString> out;
        if (!r || r->status != 200)
            return out;
        for (const QJsonValue &t : QJsonDocument::fromJson(QByteArray::fromStdString(r->body))
                                       .object()
                                       .value(QStringLiteral("data"))
                                       .toObject()
                                       .value(QStringLiteral("activeTargets"))
                                       .toArray())
            out.insert(t.toObject().value(QStringLiteral("scrapePool")).toString());
        return out;
    }

    static bool alive(qint64 pid) { return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0; }

    static bool portOpen(int port)
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), static_cast<quint16>(port));
        return socket.waitForConnected(500);
    }

    QList<qint64> m_componentPids;
    QList<int> m_componentPorts;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_harness.valid());
        // PostgreSQL and Redis run as their own users and must pass through the clusters'
        // root to their node's directory (docs/pillars.md); a temporary directory is 0700.
        QVERIFY(
            QFile::setPermissions(m_harness.root(), QFile::permissions(m_harness.root()) | QFile::ExeOther));
        QVERIFY2(QFile::exists(QStringLiteral("/usr/lib/postgresql/15/bin/postgres")),
                 "postgresql-15 is not installed (scripts/dev deps)");
        QVERIFY2(QFile::exists(QStringLiteral("/usr/sbin/haproxy")),
                 "haproxy is not installed (scripts/dev deps)");
        QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/redis-server")),
                 "redis-server is not installed (scripts/dev deps)");
        QVERIFY2(QDir(QStringLiteral(MB_SOURCE_DIR "/resources/functions/node_modules/pg")).exists(),
                 "the function runtime's modules are missing (scripts/dev deps runs npm ci)");
    }

    void testUpThenCheckPassesThroughEveryHop()
    {
        const QString file = m_harness.writeTopology(
            m_cluster, [](nlohmann::json &doc) { doc["pillars"]["worker"]["count"] = 2; });
        const auto up = m_harness.ctl({QStringLiteral("up"), QStringLiteral("--yes"), file});
        QVERIFY2(up.code == 0, qPrintable(up.err));
        // up returns once every component runs: the first check right after it passes.
        QVERIFY2(up.out.contains(QStringLiteral("Every component runs")), qPrintable(up.out));
        ClusterHarness::Run last = check();
        QVERIFY2(last.code == 0, qPrintable(last.out + last.err));
        for (const char *hop : {"gateway", "worker", "haproxy", "postgres", "redis"})
            QVERIFY2(last.out.contains(QRegularExpression(QStringLiteral("^%1 +ok ").arg(QLatin1String(hop)),
                                                          QRegularExpression::MultilineOption)),
                     qPrintable(last.out));
        // Both workers serve: round-robin reaches each within a few requests.
        QSet<QString> served;
        for (int i = 0; i < 6; ++i) {
            const auto r = check();
            for (const QString &w : {QStringLiteral("pillars-worker-1"), QStringLiteral("pillars-worker-2")})
                if (r.out.contains(QStringLiteral("hello ran on ") + w))
                    served.insert(w);
        }
        QCOMPARE(served.size(), 2);
        // Components as the nodes' heartbeats (every second here) report them.
        ClusterHarness::Run status;
        QVERIFY2(ClusterHarness::waitFor(
                     [&] {
                         status = m_harness.ctl(
                             {QStringLiteral("status"), QStringLiteral("--cluster"), m_cluster});
                         return status.out.contains(
                             QRegularExpression(QStringLiteral("pillars-state-1 +postgres +\\S+ +running")));
                     },
                     10000),
                 qPrintable(status.out));
        QVERIFY2(status.out.contains(QRegularExpression(
                     QStringLiteral("pillars-system-1 +victoria-metrics +metrics +running"))),
                 qPrintable(status.out));
    }

    void testEveryNodeIsScrapedByVictoriaMetricsWithItsLabels()
    {
        // The control plane's scrape config names every node's daemon and every component with
        // a metrics endpoint; VictoriaMetrics reloads it without a restart.
        const QJsonObject vm =
            component(QStringLiteral("pillars-system-1"), QStringLiteral("victoria-metrics"));
        QCOMPARE(vm.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QSet<QString> nodes;
        QJsonArray result;
        QVERIFY2(ClusterHarness::waitFor(
                     [&] {
                         result = vmQuery(QStringLiteral("up{component=\"daemon\"} == 1"));
                         nodes.clear();
                         for (const QJsonValue &r : result)
                             nodes.insert(r.toObject()
                                              .value(QStringLiteral("metric"))
                                              .toObject()
                                              .value(QStringLiteral("node"))
                                              .toString());
                         return nodes.size() == 5;
                     },
                     40000),
                 QJsonDocument(result).toJson().constData());
        for (const QJsonValue &r : result) {
            const QJsonObject metric = r.toObject().value(QStringLiteral("metric")).toObject();
            QCOMPARE(metric.value(QStringLiteral("cluster")).toString(), m_cluster);
            const QString node = metric.value(QStringLiteral("node")).toString();
            const QString pillar = metric.value(QStringLiteral("pillar")).toString();
            QVERIFY2(node.startsWith(QStringLiteral("pillars-") + pillar + u'-'), qPrintable(node));
            QCOMPARE(metric.value(QStringLiteral("zone")).toString(),
                     pillar == u"system" || pillar == u"proxy" ? QStringLiteral("public")
                                                               : QStringLiteral("private"));
        }
        // The daemons' own series arrive with the bearer token each node's daemon requires.
        QVERIFY2(
            ClusterHarness::waitFor([&] { return vmQuery(QStringLiteral("madbase_up")).size() == 5; }, 20000),
            QJsonDocument(vmQuery(QStringLiteral("madbase_up"))).toJson().constData());
        // The same through the control plane, as an operator asks: madbasectl metrics.
        const auto metrics =
            m_harness.ctl({QStringLiteral("metrics"), QStringLiteral("up{component=\"daemon\"}"),
                           QStringLiteral("--cluster"), m_cluster});
        QVERIFY2(metrics.code == 0, qPrintable(metrics.err));
        for (const QString &node : std::as_const(nodes))
            QVERIFY2(metrics.out.contains(QStringLiteral("node=\"%1\"").arg(node)), qPrintable(metrics.out));
        const auto refused = m_harness.ctl(
            {QStringLiteral("metrics"), QStringLiteral("sum(rate("), QStringLiteral("--cluster"), m_cluster});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("the query was refused")), qPrintable(refused.err));
        // Components that name a metrics endpoint: both HAProxies, etcd, Patroni, the PostgreSQL and
        // Redis exporters and VictoriaMetrics.
        QVERIFY2(
            ClusterHarness::waitFor(
                [&] { return vmQuery(QStringLiteral("up{component!=\"daemon\"} == 1")).size() == 7; }, 20000),
            QJsonDocument(vmQuery(QStringLiteral("up{component!=\"daemon\"}"))).toJson().constData());
    }

    void testKilledWorkerRuntimeIsRestartedWhileCheckPassesThroughTheOther()
    {
        const QJsonObject runtime = component(QStringLiteral("pillars-worker-1"), QStringLiteral("runtime"));
        const qint64 pid = runtime.value(QStringLiteral("pid")).toInteger();
        QVERIFY(alive(pid));
        QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
        // While it is down and backing off, the gateway routes around it.
        for (int i = 0; i < 5; ++i) {
            const auto r = check();
            QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        }
        QVERIFY2(ClusterHarness::waitFor(
                     [&] {
                         const QJsonObject c =
                             component(QStringLiteral("pillars-worker-1"), QStringLiteral("runtime"));
                         return c.value(QStringLiteral("restarts")).toInt() >= 1 &&
                                c.value(QStringLiteral("state")).toString() == u"running";
                     },
                     20000),
                 qPrintable(m_harness.logTail(m_cluster, QStringLiteral("pillars-worker-1"))));
    }

    void testKilledPostgresIsRestartedWithEveryCommittedRow()
    {
        QVERIFY(check().code == 0);
        const QString before = sql(QStringLiteral("SELECT count(*) FROM hello_calls"));
        QVERIFY2(before.toInt() >= 8, qPrintable(before));
        const qint64 pid = component(QStringLiteral("pillars-state-1"), QStringLiteral("postgres"))
                               .value(QStringLiteral("pid"))
                               .toInteger();
        QVERIFY(alive(pid));
        // Patroni and the postmaster it started (which leaves Patroni's process group).
        QFile postmasterPid(m_harness.root() +
                            QStringLiteral("/pillars/nodes/pillars-state-1/data/pg/data/postmaster.pid"));
        QVERIFY(postmasterPid.open(QIODevice::ReadOnly));
        const qint64 postmaster = postmasterPid.readLine().trimmed().toLongLong();
        QVERIFY(alive(postmaster));
        QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
        QCOMPARE(::kill(static_cast<pid_t>(postmaster), SIGKILL), 0);
        ClusterHarness::Run last;
        QVERIFY2(ClusterHarness::waitFor([&] { return (last = check()).code == 0; }, 30000),
                 qPrintable(last.out + last.err));
        // As the State node's next heartbeat (every second) reports it.
        QVERIFY(ClusterHarness::waitFor(
            [&] {
                return component(QStringLiteral("pillars-state-1"), QStringLiteral("postgres"))
                           .value(QStringLiteral("restarts"))
                           .toInt() >= 1;
            },
            10000));
        // Every row committed before the kill is there, and the one check just added.
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM hello_calls")).toInt(), before.toInt() + 1);
    }

    void testVerticalResizeOfStateKeepsEveryRow()
    {
        const QString before = sql(QStringLiteral("SELECT count(*) FROM hello_calls"));
        QVERIFY2(before.toInt() >= 1, qPrintable(before));
        const auto resized =
            m_harness.ctl({QStringLiteral("resize"), QStringLiteral("state"), QStringLiteral("cx33"),
                           QStringLiteral("--yes"), QStringLiteral("--cluster"), m_cluster});
        QVERIFY2(resized.code == 0, qPrintable(resized.out + resized.err));
        QCOMPARE(m_harness.nodes(m_cluster)
                     .value(QStringLiteral("pillars-state-1"))
                     .value(QStringLiteral("plan"))
                     .toString(),
                 QStringLiteral("cx33"));
        ClusterHarness::Run last;
        QVERIFY2(ClusterHarness::waitFor([&] { return (last = check()).code == 0; }, 30000),
                 qPrintable(last.out + last.err));
        // Every row from before is kept (a check that failed at a later hop may have added one).
        QVERIFY(sql(QStringLiteral("SELECT count(*) FROM hello_calls")).toInt() >= before.toInt() + 1);
    }

    void testComponentThatCannotStartIsBackedOffAndReportedWhileOthersRun()
    {
        const int redisPort =
            mb::providers::local::componentPort(daemonPort(QStringLiteral("pillars-state-1")), 2);
        qint64 pid = 0;
        // The State node's heartbeat (every second) reports the Redis now running.
        QVERIFY(ClusterHarness::waitFor(
            [&] {
                pid = component(QStringLiteral("pillars-state-1"), QStringLiteral("redis"))
                          .value(QStringLiteral("pid"))
                          .toInteger();
                return alive(pid);
            },
            10000));
        // Redis dies, and its port is taken before it can come back.
        QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
        QTcpServer squatter;
        QVERIFY(ClusterHarness::waitFor(
            [&] { return squatter.listen(QHostAddress::LocalHost, static_cast<quint16>(redisPort)); }, 5000));
        QJsonObject redis;
        QVERIFY2(ClusterHarness::waitFor(
                     [&] {
                         redis = component(QStringLiteral("pillars-state-1"), QStringLiteral("redis"));
                         return redis.value(QStringLiteral("crashLoop")).toBool();
                     },
                     30000),
                 qPrintable(m_harness.logTail(m_cluster, QStringLiteral("pillars-state-1"))));
        QCOMPARE(redis.value(QStringLiteral("state")).toString(), QStringLiteral("backoff"));
        QVERIFY(redis.value(QStringLiteral("restarts")).toInt() <= 4); // backed off, never hot
        const QString lines = redis.value(QStringLiteral("lastLines")).toVariant().toStringList().join(u'\n');
        QVERIFY2(lines.contains(QStringLiteral("Address already in use")), qPrintable(lines));
        QCOMPARE(component(QStringLiteral("pillars-state-1"), QStringLiteral("postgres"))
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("running"));
        const auto failing = check();
        QCOMPARE(failing.code, 1);
        QVERIFY2(failing.err.contains(QStringLiteral("redis")), qPrintable(failing.out + failing.err));
        const auto status = m_harness.ctl({QStringLiteral("status"), QStringLiteral("--cluster"), m_cluster});
        QVERIFY2(status.out.contains(QStringLiteral("crash loop")), qPrintable(status.out));

        squatter.close();
        ClusterHarness::Run last;
        QVERIFY2(ClusterHarness::waitFor([&] { return (last = check()).code == 0; }, 40000),
                 qPrintable(last.out + last.err));
    }

    void testBadFieldInANodesConfigIsRefusedWithItsPointerWhileTheLastGoodOneRuns()
    {
        // The operator edits the State node's config file and reloads its daemon (SIGHUP, as
        // systemctl reload does) with a field no component takes.
        const QString path = m_harness.root() + QStringLiteral("/pillars/nodes/pillars-state-1/config.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        file.close();
        QJsonObject config = QJsonDocument::fromJson(original).object();
        QVERIFY(!config.isEmpty());
        QJsonArray components = config.value(QStringLiteral("components")).toArray();
        const int index = static_cast<int>(components.size());
        components.append(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("extra")},
            {QStringLiteral("command"), QJsonArray{QStringLiteral("/bin/sleep"), QStringLiteral("600")}},
            {QStringLiteral("restart"), QStringLiteral("sometimes")}});
        config.insert(QStringLiteral("components"), components);
        const auto write = [&](const QByteArray &bytes) {
            QSaveFile out(path);
            return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit();
        };
        QVERIFY(write(QJsonDocument(config).toJson()));
        const qint64 postgres = component(QStringLiteral("pillars-state-1"), QStringLiteral("postgres"))
                                    .value(QStringLiteral("pid"))
                                    .toInteger();
        QVERIFY(alive(postgres));
        const qint64 daemon = m_harness.nodes(m_cluster)
                                  .value(QStringLiteral("pillars-state-1"))
                                  .value(QStringLiteral("pid"))
                                  .toInteger();
        QVERIFY(alive(daemon));
        QCOMPARE(::kill(static_cast<pid_t>(daemon), SIGHUP), 0);

        const QString pointer = QStringLiteral(" at /components/%1/restart: ").arg(index);
        ClusterHarness::Run status;
        QVERIFY2(ClusterHarness::waitFor(
                     [&] {
                         status = m_harness.ctl(
                             {QStringLiteral("status"), QStringLiteral("--cluster"), m_cluster});
                         return status.out.contains(QStringLiteral("pillars-state-1 refused its config")) &&
                                status.out.contains(pointer);
                     },
                     10000),
                 qPrintable(status.out));
        QVERIFY2(status.out.contains(QStringLiteral("sometimes")), qPrintable(status.out));
        QVERIFY(component(QStringLiteral("pillars-state-1"), QStringLiteral("extra"))
                    .isEmpty()); // nothing new ran
        // Nothing that ran was touched, and the cluster still serves.
        QCOMPARE(component(QStringLiteral("pillars-state-1"), QStringLiteral("postgres"))
                     .value(QStringLiteral("pid"))
                     .toInteger(),
                 postgres);
        const auto passing = check();
        QVERIFY2(passing.code == 0, qPrintable(passing.out + passing.err));

        // The good file again: the error is gone.
        QVERIFY(write(original));
        QCOMPARE(::kill(static_cast<pid_t>(daemon), SIGHUP), 0);
        QVERIFY2(
            ClusterHarness::waitFor(
                [&] {
                    status =
                        m_harness.ctl({QStringLiteral("status"), QStringLiteral("--cluster"), m_cluster});
                    return status.code == 0 && !status.out.contains(QStringLiteral("refused its config"));
                },
                10000),
            qPrintable(status.out));
        QCOMPARE(component(QStringLiteral("pillars-state-1"), QStringLiteral("postgres"))
                     .value(QStringLiteral("pid"))
                     .toInteger(),
                 postgres);
    }

    void testScalingWorkersWhileClientsLoopFailsForNoLongerThanAHealthCheckInterval()
    {
        // A client loops on hello through the gateway (the cluster CA pinned) while the
        // workers go 2 → 3 → 1; its longest run of failed requests must stay under the
        // gateway's health-check interval (1 s).
        mb::net::HttpClientOptions options;
        options.caFile =
            QString(m_harness.root() + QStringLiteral("/pillars/nodes/pillars-system-1/data/cluster-ca.pem"))
                .toStdString();
        const mb::net::HttpClient client(options);
        const std::string url = "https://127.0.0.1:" +
                                std::to_string(mb::providers::local::componentPort(
                                    daemonPort(QStringLiteral("pillars-proxy-1")), 1)) +
                                "/functions/hello";
        std::atomic<bool> stop{false};
        std::mutex mutex;
        int requests = 0;
        int failures = 0;
        double longestFailingMs = 0;
        std::thread loop([&] {
            std::optional<std::chrono::steady_clock::time_point> failingSince;
            while (!stop) {
                const auto r = client.request("GET", url, {}, {}, std::chrono::seconds(5));
                const bool ok = r && r->status == 200;
                const auto now = std::chrono::steady_clock::now();
                std::lock_guard guard(mutex);
                ++requests;
                if (!ok) {
                    ++failures;
                    if (!failingSince)
                        failingSince = now;
                    longestFailingMs =
                        std::max(longestFailingMs,
                                 std::chrono::duration<double, std::milli>(now - *failingSince).count());
                } else {
                    failingSince.reset();
                }
            }
        });
        const auto up = m_harness.ctl({QStringLiteral("scale"), QStringLiteral("worker"), QStringLiteral("3"),
                                       QStringLiteral("--yes"), QStringLiteral("--cluster"), m_cluster});
        const bool threeServe = ClusterHarness::waitFor(
            [&] {
                const QString cfg = m_harness.root() +
                                    QStringLiteral("/pillars/nodes/pillars-proxy-1/data/haproxy/haproxy.cfg");
                QFile f(cfg);
                return f.open(QIODevice::ReadOnly) && f.readAll().contains("server w3 ");
            },
            20000);
        // The joining worker is a scrape target within a scrape interval (10 s) of being up.
        const bool threeScraped = ClusterHarness::waitFor(
            [&] { return vmTargets().contains(QStringLiteral("pillars-worker-3")); }, 15000);
        QTest::qWait(2000);
        const auto down =
            m_harness.ctl({QStringLiteral("scale"), QStringLiteral("worker"), QStringLiteral("1"),
                           QStringLiteral("--yes"), QStringLiteral("--cluster"), m_cluster});
        QTest::qWait(3000);
        stop = true;
        loop.join();
        QVERIFY2(up.code == 0, qPrintable(up.err));
        QVERIFY2(threeServe, "the gateway never got the third worker");
        QVERIFY2(down.code == 0, qPrintable(down.err));
        QVERIFY(requests > 20);
        QVERIFY2(longestFailingMs < 1000,
                 qPrintable(QStringLiteral("%1 of %2 requests failed, longest run %3 ms")
                                .arg(failures)
                                .arg(requests)
                                .arg(longestFailingMs)));
        QVERIFY2(threeScraped, qPrintable(QStringList(vmTargets().values()).join(u' ')));
        // Those that left are dropped; the one that stays is still scraped.
        QSet<QString> targets;
        QVERIFY2(ClusterHarness::waitFor(
                     [&] {
                         targets = vmTargets();
                         return targets.contains(QStringLiteral("pillars-worker-1")) &&
                                !targets.contains(QStringLiteral("pillars-worker-2")) &&
                                !targets.contains(QStringLiteral("pillars-worker-3"));
                     },
                     15000),
                 qPrintable(QStringList(targets.values()).join(u' ')));
        ClusterHarness::Run last;
        QVERIFY2(ClusterHarness::waitFor([&] { return (last = check()).code == 0; }, 20000),
                 qPrintable(last.out + last.err));
        qInfo("scale 2→3→1: %d requests, %d failed, longest failing run %.0f ms", requests, failures,
              longestFailingMs);
    }

    void testDownLeavesNoProcessPortOrFile()
    {
        for (const QJsonValue &n :
             m_harness.api(m_cluster, QStringLiteral("/v1/nodes")).value(QStringLiteral("nodes")).toArray()) {
            const QJsonObject node = n.toObject();
            const int port = node.value(QStringLiteral("address")).toString().section(u':', -1).toInt();
            for (int slot = 1; slot < mb::providers::local::PortSlots; ++slot)
                if (portOpen(mb::providers::local::componentPort(port, slot)))
                    m_componentPorts << mb::providers::local::componentPort(port, slot);
            for (const QJsonValue &c : node.value(QStringLiteral("components")).toArray())
                m_componentPids << c.toObject().value(QStringLiteral("pid")).toInteger();
        }
        QVERIFY(m_componentPids.size() >= 6);
        QVERIFY(m_componentPorts.size() >= 6);
        const auto down = m_harness.ctl(
            {QStringLiteral("down"), QStringLiteral("--yes"), QStringLiteral("--cluster"), m_cluster});
        QVERIFY2(down.code == 0, qPrintable(down.err));
        for (const qint64 pid : std::as_const(m_componentPids))
            QVERIFY2(!alive(pid), qPrintable(QString::number(pid)));
        for (const int port : std::as_const(m_componentPorts))
            QVERIFY2(!portOpen(port), qPrintable(QString::number(port)));
        QVERIFY(m_harness.daemonPids(m_cluster).isEmpty());
        QVERIFY(!QDir(m_harness.root() + u'/' + m_cluster).exists());
    }
};

QTEST_GUILESS_MAIN(TestPillars)
#include "tst_Pillars.moc"
