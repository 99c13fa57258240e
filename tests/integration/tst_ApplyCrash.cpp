// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ClusterHarness.h"

#include "providers/local/LocalProvider.h"

#include <QJsonArray>
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

    qint64 systemPid() { return m_harness.nodes(m_cluster).value(QStringLiteral("crash-system-1")).value(QStringLiteral("pid")).toInteger(); }

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

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_harness.valid());
        const auto r = m_harness.ctl({QStringLiteral("up"), m_harness.writeTopology(m_cluster), QStringLiteral("--yes")});
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
        for (int round = 0; round < 20; ++round) {
            workers = workers == 1 ? 5 : (workers == 5 ? 2 : (round % 2 ? 4 : 1));
            QProcess *apply = m_harness.startCtl({QStringLiteral("scale"), QStringLiteral("worker"), QString::number(workers),
                                                  QStringLiteral("--yes")});
            const int delayMs = random.bounded(50, 1500);
            QTest::qWait(delayMs);
            const qint64 pid = systemPid();
            QVERIFY(pid > 0);
            ::kill(static_cast<pid_t>(pid), SIGKILL);
            apply->kill();
            apply->waitForFinished();
            delete apply;
            QVERIFY(ClusterHarness::waitFor([&] { return !m_harness.daemonPids(m_cluster).contains(pid); }, 5000));

            // Restart the System node as its supervisor would; the control plane resumes.
            const auto started = provider.startNode(m_cluster.toStdString(), "crash-system-1");
            QVERIFY2(started, started ? "" : started.error().describe().c_str());
            QVERIFY(ClusterHarness::waitFor([&] {
                return m_harness.api(m_cluster, QStringLiteral("/v1/health")).value(QStringLiteral("status")).toString() == u"ok";
            }, 15000));
            QVERIFY(ClusterHarness::waitFor([&] {
                return !m_harness.api(m_cluster, QStringLiteral("/v1/health")).value(QStringLiteral("applying")).toBool(true);
            }, 60000));
            // Whatever the kill interrupted, applying the topology again converges.
            const auto again = m_harness.ctl({QStringLiteral("scale"), QStringLiteral("worker"), QString::number(workers),
                                              QStringLiteral("--yes")});
            QVERIFY2(again.code == 0, qPrintable(QStringLiteral("round %1 (kill after %2 ms): %3 %4")
                                                     .arg(round).arg(delayMs).arg(again.out, again.err)));
            QString why;
            QVERIFY2(ClusterHarness::waitFor([&] { return converged(workers, &why); }, 20000),
                     qPrintable(QStringLiteral("round %1 (kill after %2 ms): %3").arg(round).arg(delayMs).arg(why)));
        }
    }

    void cleanupTestCase()
    {
        const auto r = m_harness.ctl({QStringLiteral("down"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestApplyCrash)
#include "tst_ApplyCrash.moc"
