// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ClusterHarness.h"
#include "providers/local/LocalProvider.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

#include <signal.h>

using mb::test::ClusterHarness;

/// A whole cluster on this machine, as an operator drives it: up → scale out → refused scale →
/// scale in → resize → System resize → a killed node comes back → down. Real daemons, real
/// control plane, the real madbasectl binary.
class TestLocalCluster : public QObject
{
    Q_OBJECT

private:
    ClusterHarness m_harness;
    const QString m_cluster = QStringLiteral("itest");

    QJsonArray nodesFromApi()
    {
        return m_harness.api(m_cluster, QStringLiteral("/v1/nodes")).value(QStringLiteral("nodes")).toArray();
    }

    bool allHealthy(int expected)
    {
        const QJsonArray nodes = nodesFromApi();
        if (nodes.size() != expected)
            return false;
        return std::all_of(nodes.begin(), nodes.end(), [](const QJsonValue &n) {
            return n.toObject().value(QStringLiteral("health")).toString() == u"healthy";
        });
    }

    QStringList names(const QString &pillar)
    {
        QStringList out;
        for (const auto &[name, record] : m_harness.nodes(m_cluster).asKeyValueRange())
            if (record.value(QStringLiteral("pillar")).toString() == pillar)
                out << name;
        out.sort();
        return out;
    }

    int rawStatus(const QByteArray &method, const QString &path, const QByteArray &token,
                  const QByteArray &body = {})
    {
        return raw(method, path, token, body).first;
    }

    std::pair<int, QJsonObject> raw(const QByteArray &method, const QString &path, const QByteArray &token,
                                    const QByteArray &body = {})
    {
        QFile record(m_harness.root() + QStringLiteral("/itest/cluster.json"));
        if (!record.open(QIODevice::ReadOnly))
            return {-1, {}};
        const QString url =
            QJsonDocument::fromJson(record.readAll()).object().value(QStringLiteral("apiUrl")).toString();
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(url + path));
        request.setRawHeader("Authorization", "Bearer " + token);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = network.sendCustomRequest(request, method, body);
        ClusterHarness::waitFor([&] { return reply->isFinished(); }, 10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return {status, json};
    }

    QByteArray apiToken()
    {
        QFile f(m_harness.root() + QStringLiteral("/itest/api.token"));
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_harness.valid());
        QVERIFY2(QFile::exists(qEnvironmentVariable("MB_CTL")), "MB_CTL must name madbasectl");
        // One action at a time (the control plane inherits this through madbasectl): the Ctrl-C
        // test needs an apply still running when its interrupt lands, a tenth of a second or two
        // after the apply began, and with the default ten thirty workers start in about 0.1 s.
        qputenv("MADBASE_PARALLELISM", "1");
    }

    void testUpBringsUpFourHealthyNodes()
    {
        const QString file = m_harness.writeTopology(m_cluster);
        const auto r = m_harness.ctl({QStringLiteral("up"), file, QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("+ create itest-worker-1")));
        QCOMPARE(m_harness.nodes(m_cluster).size(), 4);
        QVERIFY2(ClusterHarness::waitFor([&] { return allHealthy(4); }, 20000),
                 QJsonDocument(nodesFromApi()).toJson().constData());
        const auto status = m_harness.ctl({QStringLiteral("status")});
        QCOMPARE(status.code, 0);
        for (const char *n : {"itest-system-1", "itest-proxy-1", "itest-worker-1", "itest-state-1"})
            QVERIFY2(status.out.contains(QString::fromLatin1(n)), qPrintable(status.out));
    }

    void testScaleOutAddsTwoWorkers()
    {
        const auto r = m_harness.ctl({QStringLiteral("scale"), QStringLiteral("worker"), QStringLiteral("3"),
                                      QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Plan: 2 to add, 0 to change, 0 to destroy.")));
        QCOMPARE(names(QStringLiteral("worker")),
                 (QStringList{QStringLiteral("itest-worker-1"), QStringLiteral("itest-worker-2"),
                              QStringLiteral("itest-worker-3")}));
        QVERIFY(ClusterHarness::waitFor([&] { return allHealthy(6); }, 20000));
    }

    void testScaleStateToTwoIsRefusedAndChangesNothing()
    {
        const auto r = m_harness.ctl(
            {QStringLiteral("scale"), QStringLiteral("state"), QStringLiteral("2"), QStringLiteral("--yes")});
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.contains(QStringLiteral("State needs 1, 3 or 5 nodes: with 2, one failure loses quorum.")),
            qPrintable(r.err));
        QCOMPARE(names(QStringLiteral("state")).size(), 1);
    }

    void testApiRejectsBadRequests()
    {
        QCOMPARE(rawStatus("GET", QStringLiteral("/v1/nodes"), "wrong-token"), 401);
        QCOMPARE(
            rawStatus("POST", QStringLiteral("/v1/pillars/worker/scale"), "wrong-token", "{\"count\": 9}"),
            401);
        QCOMPARE(names(QStringLiteral("worker")).size(), 3);
        QCOMPARE(rawStatus("PUT", QStringLiteral("/v1/topology"), apiToken(), "{\"version\": 1,"), 400);
        // A plan made before the topology changed again is stale: 409, and nothing is applied.
        const auto [scaled, plan] =
            raw("POST", QStringLiteral("/v1/pillars/proxy/scale"), apiToken(), "{\"count\": 2}");
        QCOMPARE(scaled, 200);
        const QString stalePlanId = plan.value(QStringLiteral("planId")).toString();
        QVERIFY(stalePlanId.toLongLong() > 0);
        QCOMPARE(rawStatus("POST", QStringLiteral("/v1/pillars/proxy/scale"), apiToken(), "{\"count\": 3}"),
                 200);
        QCOMPARE(rawStatus("POST", QStringLiteral("/v1/apply"), apiToken(),
                           QStringLiteral("{\"planId\": \"%1\"}").arg(stalePlanId).toUtf8()),
                 409);
        // Put the proxy count back; nothing was applied in between.
        QCOMPARE(names(QStringLiteral("proxy")).size(), 1);
        QCOMPARE(rawStatus("POST", QStringLiteral("/v1/pillars/proxy/scale"), apiToken(), "{\"count\": 1}"),
                 200);
    }

    void testScaleInRemovesNewestFirst()
    {
        const auto r = m_harness.ctl({QStringLiteral("scale"), QStringLiteral("worker"), QStringLiteral("1"),
                                      QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(names(QStringLiteral("worker")), QStringList{QStringLiteral("itest-worker-1")});
    }

    void testResizeWorkerPillar()
    {
        const auto r = m_harness.ctl({QStringLiteral("resize"), QStringLiteral("worker"),
                                      QStringLiteral("cx33"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("~ resize itest-worker-1 cx23 → cx33")));
        QCOMPARE(m_harness.nodes(m_cluster)
                     .value(QStringLiteral("itest-worker-1"))
                     .value(QStringLiteral("plan"))
                     .toString(),
                 QStringLiteral("cx33"));
        QVERIFY(ClusterHarness::waitFor([&] { return allHealthy(4); }, 20000));
    }

    void testResizeSystemReportsMeasuredDowntime()
    {
        const auto r = m_harness.ctl({QStringLiteral("resize"), QStringLiteral("system"),
                                      QStringLiteral("cx43"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const auto match =
            QRegularExpression(QStringLiteral(R"(down for ([0-9.]+) s \(measured\))")).match(r.out);
        QVERIFY2(match.hasMatch(), qPrintable(r.out));
        QVERIFY(match.captured(1).toDouble() > 0);
        QCOMPARE(m_harness.nodes(m_cluster)
                     .value(QStringLiteral("itest-system-1"))
                     .value(QStringLiteral("plan"))
                     .toString(),
                 QStringLiteral("cx43"));
    }

    void testKilledNodeIsReportedUnhealthyThenBroughtBack()
    {
        const qint64 before = m_harness.nodes(m_cluster)
                                  .value(QStringLiteral("itest-proxy-1"))
                                  .value(QStringLiteral("pid"))
                                  .toInteger();
        QVERIFY(before > 0);
        QCOMPARE(::kill(static_cast<pid_t>(before), SIGKILL), 0);
        QElapsedTimer clock;
        clock.start();
        const auto events = [&] {
            return m_harness
                .ctl({QStringLiteral("events"), QStringLiteral("--format"), QStringLiteral("json")})
                .out;
        };
        QVERIFY2(ClusterHarness::waitFor(
                     [&] { return events().contains(QStringLiteral("\"node-unhealthy\"")); }, 10000),
                 qPrintable(events()));
        const qint64 reported = clock.elapsed();
        // Heartbeats are every second in this test: three missed, plus one check interval.
        QVERIFY2(reported < 5000, qPrintable(QString::number(reported)));
        QVERIFY(ClusterHarness::waitFor(
            [&] { return events().contains(QStringLiteral("\"node-restarted\"")); }, 10000));
        QVERIFY(ClusterHarness::waitFor([&] { return allHealthy(4); }, 20000));
        const qint64 after = m_harness.nodes(m_cluster)
                                 .value(QStringLiteral("itest-proxy-1"))
                                 .value(QStringLiteral("pid"))
                                 .toInteger();
        QVERIFY(after > 0 && after != before);
    }

    void testCtrlCCancelsAndSaysHowToResume()
    {
        // A big enough apply to interrupt: 30 workers, one at a time.
        QProcess *apply = m_harness.startCtl({QStringLiteral("scale"), QStringLiteral("worker"),
                                              QStringLiteral("30"), QStringLiteral("--yes")});
        QString out;
        QVERIFY(ClusterHarness::waitFor(
            [&] {
                out += QString::fromUtf8(apply->readAllStandardOutput());
                return out.contains(QStringLiteral("Creating itest-worker-"));
            },
            20000));
        ::kill(static_cast<pid_t>(apply->processId()), SIGINT);
        QVERIFY(apply->waitForFinished(60000));
        out += QString::fromUtf8(apply->readAllStandardOutput());
        delete apply;
        QVERIFY2(out.contains(QStringLiteral("Cancelling")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("run \"madbasectl apply\" to resume")), qPrintable(out));
        QVERIFY2(names(QStringLiteral("worker")).size() < 30, qPrintable(out));
        // Resuming finishes the job; then back to one worker.
        const auto resumed = m_harness.ctl({QStringLiteral("apply"), QStringLiteral("--yes")});
        QVERIFY2(resumed.code == 0, qPrintable(resumed.out + resumed.err));
        QCOMPARE(names(QStringLiteral("worker")).size(), 30);
        const auto back = m_harness.ctl({QStringLiteral("scale"), QStringLiteral("worker"),
                                         QStringLiteral("1"), QStringLiteral("--yes")});
        QVERIFY2(back.code == 0, qPrintable(back.out + back.err));
        QCOMPARE(names(QStringLiteral("worker")).size(), 1);
    }

    void testTheClusterComesBackAfterEveryProcessDied()
    {
        const auto restarts = [&] {
            return m_harness
                .ctl({QStringLiteral("events"), QStringLiteral("--format"), QStringLiteral("json")})
                .out.count(QStringLiteral("\"node-restarted\""));
        };
        const qsizetype restartsBefore = restarts();
        // As after a restart of the machine: no daemon of the cluster runs.
        const QList<qint64> pids = m_harness.daemonPids(m_cluster);
        QCOMPARE(pids.size(), 4);
        for (const qint64 pid : pids)
            QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
        mb::providers::local::LocalProviderOptions options;
        options.root = m_harness.root().toStdString();
        options.binDir = QFileInfo(qEnvironmentVariable("MB_CTL")).absolutePath().toStdString();
        mb::providers::local::LocalProvider provider(options);
        QVERIFY(ClusterHarness::waitFor(
            [&] {
                const auto nodes = provider.listNodes(m_cluster.toStdString());
                return nodes && std::none_of(nodes->begin(), nodes->end(), [](const auto &n) {
                           return n.state == mb::providers::NodeState::Running;
                       });
            },
            5000));

        // The next command starts the System node again, says so, and works; its control plane
        // brings back the other nodes.
        const auto status = m_harness.ctl({QStringLiteral("status")});
        QVERIFY2(status.code == 0, qPrintable(status.out + status.err));
        QVERIFY2(status.err.contains(QStringLiteral("itest-system-1 was not running")),
                 qPrintable(status.err));
        QVERIFY2(ClusterHarness::waitFor([&] { return allHealthy(4); }, 20000),
                 QJsonDocument(nodesFromApi()).toJson().constData());
        QCOMPARE(restarts(), restartsBefore + 3); // proxy, worker and state, once each
    }

    void testDownLeavesNoProcessOrFile()
    {
        const auto r = m_harness.ctl({QStringLiteral("down"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(ClusterHarness::waitFor([&] { return m_harness.daemonPids(m_cluster).isEmpty(); }, 5000));
        QVERIFY(!QFile::exists(m_harness.root() + QStringLiteral("/itest")));
    }
};

QTEST_GUILESS_MAIN(TestLocalCluster)
#include "tst_LocalCluster.moc"
