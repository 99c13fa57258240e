// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ClusterHarness.h"

#include "providers/local/LocalProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <signal.h>

using mb::test::ClusterHarness;

/// kill -9 of the control plane at 20 random points of an apply: after a restart the cluster
/// converges and no node ever exists twice.
class TestApplyCrash : public QObject
{
    Q_OBJECT

private:
    ClusterHarness m_harness;
    const QString m_cluster = QStringLiteral("crash");

    qint64 systemPid()
    {
        return m_harness.nodes(m_cluster)
            .value(QStringLiteral("crash-system-1"))
            .value(QStringLiteral("pid"))
            .toInteger();
    }

    /// Every node has exactly one live daemon, and the node set is `workers` workers plus one
    /// node for each other pillar.
    bool converged(int workers, QString *why)
    {
        const auto nodes = m_harness.nodes(m_cluster);
        int workerCount = 0;
        for (const auto &[name, record] : nodes.asKeyValueRange())
            workerCount += record.value(QStringLiteral("pillar")).toString() == u"worker";
        const QList<qint64> pids = m_harness.daemonPids(m_cluster);
        if (workerCount != workers || nodes.size() != workers + 3) {
            *why = QStringLiteral("%1 nodes, %2 workers").arg(nodes.size()).arg(workerCount);
            return false;
        }
        if (pids.size() != nodes.size()) {
            *why = QStringLiteral("%1 daemons for %2 nodes").arg(pids.size()).arg(nodes.size());
            return false;
        }
        return true;
    }

    /// What the failure message needs to be useful: the API's address, who listens where,
    /// and whether curl gets an answer (computed only on failure).
    QString diagnose()
    {
        QFile record(m_harness.root() + QStringLiteral("/crash/cluster.json"));
        QFile token(m_harness.root() + QStringLiteral("/crash/api.token"));
        (void)record.open(QIODevice::ReadOnly);
        (void)token.open(QIODevice::ReadOnly);
        const QString url =
            QJsonDocument::fromJson(record.readAll()).object().value(QStringLiteral("apiUrl")).toString();
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {QStringLiteral("-sS"), QStringLiteral("-m"), QStringLiteral("3"), QStringLiteral("-H"),
                    QStringLiteral("Authorization: Bearer ") + QString::fromUtf8(token.readAll().trimmed()),
                    url + QStringLiteral("/v1/health")});
        curl.waitForFinished(5000);
        QProcess ss;
        ss.start(QStringLiteral("ss"), {QStringLiteral("-ltnp")});
        ss.waitForFinished(5000);
        return QStringLiteral("api %1, system pid %2; curl: %3 %4\n%5\n%6")
            .arg(url)
            .arg(systemPid())
            .arg(QString::fromUtf8(curl.readAllStandardOutput()),
                 QString::fromUtf8(curl.readAllStandardError()),
                 QString::fromUtf8(ss.readAllStandardOutput()),
                 m_harness.logTail(m_cluster, QStringLiteral("crash-system-1")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_harness.valid());
        // Two actions at a time (the control plane inherits this through madbasectl): with the
        // default ten, twenty workers start in about 0.1 s and most kills would land after the
        // apply rather than inside it.
        qputenv("MADBASE_PARALLELISM", "2");
        const auto r = m_harness.ctl(
            {QStringLiteral("up"), m_harness.writeTopology(m_cluster), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }

    void testKillControlPlaneAtRandomPointsOfAnApply()
    {
        mb::providers::local::LocalProviderOptions options;
        options.root = m_harness.root().toStdString();
        options.binDir = QFileInfo(qEnvironmentVariable("MB_CTL")).absolutePath().toStdString();
        options.heartbeatSeconds = 1;
        mb::providers::local::LocalProvider provider(options);
        QRandomGenerator random(20261127);

        int workers = 1;
        int lastWorkers = 1;
        for (int round = 0; round < 20; ++round) {
            workers = workers >= 6 ? (round % 3 == 0 ? 1 : 2) : 20;
            const qint64 seq = m_harness.api(m_cluster, QStringLiteral("/v1/health"))
                                   .value(QStringLiteral("lastEventSeq"))
                                   .toInteger();
            QProcess *apply = m_harness.startCtl({QStringLiteral("scale"), QStringLiteral("worker"),
                                                  QString::number(workers), QStringLiteral("--yes")});
            // Kill at a random step of the apply: after the k-th action event (started or
            // done) of its first quarter — the events arrive a little after the fact — or at its
            // end when it is shorter than that.
            const int steps = 2 * 3 * std::abs(workers - lastWorkers);
            const int killAfter = random.bounded(1, std::max(2, steps / 4));
            int seen = 0;
            qint64 after = seq;
            ClusterHarness::waitFor(
                [&] {
                    const QJsonObject page =
                        m_harness.api(m_cluster, QStringLiteral("/v1/events?after=%1&wait=1").arg(after));
                    for (const QJsonValue &v : page.value(QStringLiteral("events")).toArray()) {
                        const QJsonObject e = v.toObject();
                        after = e.value(QStringLiteral("seq")).toInteger(after);
                        const QString kind = e.value(QStringLiteral("kind")).toString();
                        seen += kind == u"action-started" || kind == u"action-done";
                        if (kind == u"apply-finished")
                            seen = killAfter;
                    }
                    return seen >= killAfter;
                },
                30000);
            lastWorkers = workers;
            const qint64 pid = systemPid();
            QVERIFY(pid > 0);
            ::kill(static_cast<pid_t>(pid), SIGKILL);
            apply->kill();
            apply->waitForFinished();
            delete apply;
            // Gone for good: its command line goes with its memory, its pid lock only a moment
            // later, as its files close; a supervisor restarts it after both.
            QVERIFY(ClusterHarness::waitFor(
                [&] {
                    const auto node = provider.findNode(m_cluster.toStdString(), "crash-system-1");
                    return !m_harness.daemonPids(m_cluster).contains(pid) && node && *node &&
                           (*node)->state != mb::providers::NodeState::Running;
                },
                5000));

            // Restart the System node as its supervisor would; the control plane resumes.
            const auto started = provider.startNode(m_cluster.toStdString(), "crash-system-1");
            QVERIFY2(started, started ? "" : started.error().describe().c_str());
            const bool answering = ClusterHarness::waitFor(
                [&] {
                    return m_harness.api(m_cluster, QStringLiteral("/v1/health"))
                               .value(QStringLiteral("status"))
                               .toString() == u"ok";
                },
                15000);
            if (!answering)
                QFAIL(qPrintable(diagnose()));
            QVERIFY(ClusterHarness::waitFor(
                [&] {
                    return !m_harness.api(m_cluster, QStringLiteral("/v1/health"))
                                .value(QStringLiteral("applying"))
                                .toBool(true);
                },
                60000));
            // Whatever the kill interrupted, applying the topology again converges.
            const auto again = m_harness.ctl({QStringLiteral("scale"), QStringLiteral("worker"),
                                              QString::number(workers), QStringLiteral("--yes")});
            QVERIFY2(again.code == 0,
                     qPrintable(QStringLiteral("round %1 (kill after action event %2): %3 %4")
                                    .arg(round)
                                    .arg(killAfter)
                                    .arg(again.out, again.err)));
            QString why;
            QVERIFY2(ClusterHarness::waitFor([&] { return converged(workers, &why); }, 20000),
                     qPrintable(QStringLiteral("round %1 (kill after action event %2): %3")
                                    .arg(round)
                                    .arg(killAfter)
                                    .arg(why)));
        }
    }

    void testKillsReallyInterruptedApplies()
    {
        // The kills must land inside applies, not only between them.
        int resumed = 0;
        qint64 after = 0;
        for (;;) { // every page of the event log
            const QJsonArray events =
                m_harness.api(m_cluster, QStringLiteral("/v1/events?after=%1").arg(after))
                    .value(QStringLiteral("events"))
                    .toArray();
            if (events.isEmpty())
                break;
            for (const QJsonValue &v : events) {
                resumed += v.toObject().value(QStringLiteral("kind")).toString() == u"plan-resumed";
                after = v.toObject().value(QStringLiteral("seq")).toInteger();
            }
        }
        QVERIFY2(resumed >= 5,
                 qPrintable(QStringLiteral("only %1 of 20 kills interrupted an apply").arg(resumed)));
        qInfo("%d of 20 kills interrupted an apply that the restarted control plane resumed", resumed);
    }

    void cleanupTestCase()
    {
        const auto r = m_harness.ctl({QStringLiteral("down"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestApplyCrash)
#include "tst_ApplyCrash.moc"
