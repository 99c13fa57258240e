// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// Logs and metrics of a real local cluster through the control plane (docs/observability.md):
// the nodes' lines in madbasectl logs, the tail over the API port's WebSocket, a stopped and a
// killed daemon seen in metrics and logs, 503 while a store is down.
#include "ClusterHarness.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <signal.h>

using mb::test::ClusterHarness;

class TestObservability : public QObject
{
    Q_OBJECT

    ClusterHarness m_harness;
    const QString m_cluster = QStringLiteral("obs");
    const QString m_worker = QStringLiteral("obs-worker-1");

    struct Answer
    {
        int status = 0;
        QByteArray body;
    };

    QString apiUrl()
    {
        QFile record(m_harness.root() + QStringLiteral("/") + m_cluster + QStringLiteral("/cluster.json"));
        return record.open(QIODevice::ReadOnly)
                   ? QJsonDocument::fromJson(record.readAll()).object().value(u"apiUrl").toString()
                   : QString();
    }

    QByteArray apiToken()
    {
        QFile token(m_harness.root() + QStringLiteral("/") + m_cluster + QStringLiteral("/api.token"));
        return token.open(QIODevice::ReadOnly) ? token.readAll().trimmed() : QByteArray();
    }

    Answer get(const QString &pathAndQuery)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(apiUrl() + pathAndQuery, QUrl::StrictMode));
        request.setRawHeader("Authorization", "Bearer " + apiToken());
        request.setTransferTimeout(10000);
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(11000);
        Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return answer;
    }

    ClusterHarness::Run ctl(QStringList args)
    {
        return m_harness.ctl(args << QStringLiteral("--cluster") << m_cluster, 60000);
    }

    /// Live processes whose command line names `program` and this cluster's `node` (or a path in it).
    QList<qint64> pidsOf(const QString &program, const QString &node)
    {
        QList<qint64> pids;
        const QByteArray marker =
            QString(m_harness.root() + u'/' + m_cluster + QStringLiteral("/nodes/") + node).toUtf8();
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool ok = false;
            const qint64 pid = entry.toLongLong(&ok);
            QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (!ok || !f.open(QIODevice::ReadOnly))
                continue;
            QByteArray cmdline = f.readAll();
            cmdline.replace('\0', ' ');
            if (cmdline.contains(program.toUtf8()) && cmdline.contains(marker))
                pids << pid;
        }
        return pids;
    }

    qint64 workerDaemonPid() { return m_harness.nodes(m_cluster).value(m_worker).value(u"pid").toInteger(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_harness.valid());
        QVERIFY(
            QFile::setPermissions(m_harness.root(), QFile::permissions(m_harness.root()) | QFile::ExeOther));
        const QString file = m_harness.writeTopology(m_cluster);
        const auto up = m_harness.ctl({QStringLiteral("up"), QStringLiteral("--yes"), file});
        QVERIFY2(up.code == 0, qPrintable(up.out + up.err));
    }

    void testEveryNodesLinesReachMadbasectlLogsWithTheirLabels()
    {
        ClusterHarness::Run logs;
        QVERIFY2(ClusterHarness::waitFor(
                     [&] {
                         logs = ctl({QStringLiteral("logs"), QStringLiteral("{pillar=\"worker\"}"),
                                     QStringLiteral("--since"), QStringLiteral("5m")});
                         return logs.code == 0 && logs.out.contains(QStringLiteral("node=\"obs-worker-1\""));
                     },
                     30000),
                 qPrintable(logs.out + logs.err));
        // The daemon's own lines and its components' output, each labelled.
        QVERIFY2(logs.out.contains(QStringLiteral("component=\"daemon\"")), qPrintable(logs.out));
        QVERIFY2(ClusterHarness::waitFor(
                     [&] {
                         logs = ctl({QStringLiteral("logs"),
                                     QStringLiteral("{pillar=\"state\", component!=\"daemon\"}"),
                                     QStringLiteral("--since"), QStringLiteral("5m"),
                                     QStringLiteral("--format"), QStringLiteral("json")});
                         return logs.code == 0 && !logs.out.isEmpty();
                     },
                     30000),
                 qPrintable(logs.out + logs.err));
        const QJsonObject first = QJsonDocument::fromJson(logs.out.section(u'\n', 0, 0).toUtf8()).object();
        QCOMPARE(first.value(u"labels").toObject().value(u"cluster").toString(), m_cluster);
        QCOMPARE(first.value(u"labels").toObject().value(u"pillar").toString(), QStringLiteral("state"));
        QVERIFY(first.value(u"timestamp").toString().toLongLong() > 0);
        // Every pillar ships, the control plane's events too.
        for (const QString &pillar :
             {QStringLiteral("system"), QStringLiteral("proxy"), QStringLiteral("state")}) {
            QVERIFY2(ClusterHarness::waitFor(
                         [&] {
                             logs =
                                 ctl({QStringLiteral("logs"), QStringLiteral("{pillar=\"%1\"}").arg(pillar),
                                      QStringLiteral("--limit"), QStringLiteral("1"),
                                      QStringLiteral("--format"), QStringLiteral("raw")});
                             return logs.code == 0 && !logs.out.isEmpty();
                         },
                         30000),
                     qPrintable(pillar + logs.err));
        }
        logs = ctl({QStringLiteral("logs"),
                    QStringLiteral("{component=\"control-plane\"} |= \"kind=plan-done\""),
                    QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("raw")});
        QVERIFY2(logs.out.contains(QStringLiteral("applied")), qPrintable(logs.out + logs.err));
        // A bad query: LogQL's message with its position, exit 1.
        logs = ctl({QStringLiteral("logs"), QStringLiteral("{pillar=\"worker\"")});
        QCOMPARE(logs.code, 1);
        QVERIFY2(logs.err.contains(QStringLiteral("parse error at line 1, col 17")), qPrintable(logs.err));
    }

    void testMetricLookupsPassThroughToVictoriaMetrics()
    {
        Answer values;
        QVERIFY2(ClusterHarness::waitFor(
                     [&] {
                         values = get(QStringLiteral("/v1/metrics/label/pillar/values"));
                         return values.status == 200 && values.body.contains("\"worker\"");
                     },
                     30000),
                 values.body.constData());
        const Answer labels = get(QStringLiteral("/v1/metrics/labels?match[]=up"));
        QCOMPARE(labels.status, 200);
        const QJsonArray names = QJsonDocument::fromJson(labels.body).object().value(u"data").toArray();
        for (const char *name : {"cluster", "pillar", "node", "zone", "component"})
            QVERIFY2(names.contains(QLatin1String(name)), labels.body.constData());
        const Answer series =
            get(QStringLiteral("/v1/metrics/series?match[]=%7Bnode%3D%22obs-worker-1%22%7D"));
        QCOMPARE(series.status, 200);
        QVERIFY(!QJsonDocument::fromJson(series.body).object().value(u"data").toArray().isEmpty());
        QCOMPARE(get(QStringLiteral("/v1/metrics/label/bad-name/values")).status, 422);
        ClusterHarness::Run range;
        QVERIFY2(ClusterHarness::waitFor(
                     [&] {
                         range = ctl({QStringLiteral("metrics"), QStringLiteral("up{component=\"daemon\"}"),
                                      QStringLiteral("--range"), QStringLiteral("5m"),
                                      QStringLiteral("--step"), QStringLiteral("15s")});
                         return range.code == 0 &&
                                range.out.contains(QStringLiteral("node=\"obs-worker-1\""));
                     },
                     30000),
                 qPrintable(range.out + range.err));
    }

    void testEveryStateNodeHasPostgresAndRedisExporterSeries()
    {
        QStringList stateNodes;
        for (const QString &node : m_harness.nodes(m_cluster).keys())
            if (node.contains(QStringLiteral("-state-")))
                stateNodes << node;
        QVERIFY(!stateNodes.isEmpty());
        for (const QString &metric : {QStringLiteral("pg_up"), QStringLiteral("redis_up")}) {
            ClusterHarness::Run answer;
            QVERIFY2(ClusterHarness::waitFor(
                         [&] {
                             answer = ctl({QStringLiteral("metrics"), metric + QStringLiteral(" == 1")});
                             if (answer.code != 0)
                                 return false;
                             for (const QString &node : stateNodes)
                                 if (!answer.out.contains(QStringLiteral("node=\"%1\"").arg(node)))
                                     return false;
                             return true;
                         },
                         60000),
                     qPrintable(metric + QStringLiteral(": ") + answer.out + answer.err));
        }
    }

    void testTailThroughTheControlPlaneAndAStoppedDaemonIsUpZeroWithTheReasonLogged()
    {
        // Refused without the API token.
        QWebSocket intruder;
        QSignalSpy intruderGone(&intruder, &QWebSocket::disconnected);
        intruder.open(QUrl(QString(apiUrl() + QStringLiteral("/v1/logs/tail?query=%7Bcluster%3D%22obs%22%7D"))
                               .replace(QStringLiteral("http"), QStringLiteral("ws"))));
        QVERIFY(intruderGone.wait(5000) || !intruderGone.isEmpty());

        QWebSocket tail;
        QStringList frames;
        connect(&tail, &QWebSocket::textMessageReceived, this, [&frames](const QString &f) { frames << f; });
        QSignalSpy connected(&tail, &QWebSocket::connected);
        QNetworkRequest request(QUrl(QString(apiUrl() + QStringLiteral("/v1/logs/tail?query=") +
                                             QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral(
                                                 "{component=\"control-plane\"} |= \"obs-worker-1\""))))
                                         .replace(QStringLiteral("http"), QStringLiteral("ws"))));
        request.setRawHeader("Authorization", "Bearer " + apiToken());
        tail.open(request);
        QVERIFY(connected.wait(10000));

        // A daemon that hangs: the scrape times out (up == 0, no stall) and the control plane says why.
        const qint64 pid = workerDaemonPid();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
        const auto joined = [&] { return frames.join(u'\n'); };
        QVERIFY2(ClusterHarness::waitFor([&] { return joined().contains(QStringLiteral("it is unhealthy")); },
                                         30000),
                 qPrintable(joined()));
        const QJsonObject frame = QJsonDocument::fromJson(frames.constFirst().toUtf8()).object();
        QCOMPARE(frame.value(u"streams")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"stream")
                     .toObject()
                     .value(u"component")
                     .toString(),
                 QStringLiteral("control-plane"));
        ClusterHarness::Run up;
        QVERIFY2(ClusterHarness::waitFor(
                     [&] {
                         up = ctl({QStringLiteral("metrics"),
                                   QStringLiteral("up{node=\"obs-worker-1\",component=\"daemon\"} == 0")});
                         return up.code == 0 && up.out.contains(QStringLiteral("node=\"obs-worker-1\""));
                     },
                     40000),
                 qPrintable(up.out + up.err));
        QCOMPARE(::kill(pid_t(pid), SIGCONT), 0);
        QVERIFY2(
            ClusterHarness::waitFor(
                [&] { return joined().contains(QStringLiteral("obs-worker-1 is healthy again")); }, 30000),
            qPrintable(joined()));

        // Stopped for good: its last words reach the store once it runs again.
        QCOMPARE(::kill(pid_t(pid), SIGTERM), 0);
        ClusterHarness::Run why;
        QVERIFY2(ClusterHarness::waitFor(
                     [&] {
                         why =
                             ctl({QStringLiteral("logs"),
                                  QStringLiteral(
                                      "{node=\"obs-worker-1\", component=\"daemon\"} |= \"signal received\""),
                                  QStringLiteral("--since"), QStringLiteral("5m"), QStringLiteral("--format"),
                                  QStringLiteral("raw")});
                         return why.out.contains(QStringLiteral("signal=15"));
                     },
                     60000),
                 qPrintable(why.out + why.err + joined()));
        QVERIFY2(ClusterHarness::waitFor(
                     [&] { return joined().contains(QStringLiteral("obs-worker-1 had stopped")); }, 30000),
                 qPrintable(joined()));
    }

    void testAStoreThatIsDownAnswers503WithTheReason()
    {
        const QList<qint64> store =
            pidsOf(QStringLiteral("madbase-logstore "), QStringLiteral("obs-system-1"));
        QVERIFY(!store.isEmpty());
        const QList<qint64> vm =
            pidsOf(QStringLiteral("/usr/bin/victoria-metrics"), QStringLiteral("obs-system-1"));
        QCOMPARE(vm.size(), 1);
        for (const qint64 pid : store)
            ::kill(pid_t(pid), SIGKILL);
        ::kill(pid_t(vm.constFirst()), SIGKILL);
        // The supervisor restarts both after a backoff of a second at least: ask at once.
        const Answer logs = get(QStringLiteral("/v1/logs/labels"));
        QCOMPARE(logs.status, 503);
        QVERIFY2(logs.body.startsWith("The log store does not answer"), logs.body.constData());
        const Answer metrics = get(QStringLiteral("/v1/metrics/labels"));
        QCOMPARE(metrics.status, 503);
        QVERIFY2(metrics.body.contains("VictoriaMetrics on the System node does not answer"),
                 metrics.body.constData());
        // Back, with every line it had.
        Answer back;
        QVERIFY2(ClusterHarness::waitFor(
                     [&] {
                         back = get(QStringLiteral("/v1/logs/label/pillar/values"));
                         return back.status == 200;
                     },
                     30000),
                 back.body.constData());
        QVERIFY2(back.body.contains("\"worker\""), back.body.constData());
    }

    void cleanupTestCase()
    {
        const auto down = m_harness.ctl(
            {QStringLiteral("down"), QStringLiteral("--yes"), QStringLiteral("--cluster"), m_cluster});
        QVERIFY2(down.code == 0, qPrintable(down.err));
    }
};

QTEST_GUILESS_MAIN(TestObservability)
#include "tst_Observability.moc"
