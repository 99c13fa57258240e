// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// The log shipper against the real madbase-logstore: outages and restarts lose nothing, a full
// buffer drops the oldest and says so, named log files are followed.
#include "LogShipper.h"
#include "LogStoreProcess.h"
#include "MetricsText.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mb;

class TestLogShipper : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_token = QByteArrayLiteral("shipper-token-0123456789abcdef");
    QString m_tokenFile;

    daemon::LogShipperOptions options(const test::LogStoreProcess &store, const QString &spool) const
    {
        daemon::LogShipperOptions o;
        o.target = QUrl(store.url(QStringLiteral("/loki/api/v1/push")));
        o.token = m_token;
        o.cluster = QStringLiteral("c1");
        o.pillar = QStringLiteral("worker");
        o.node = QStringLiteral("c1-worker-1");
        o.spoolDir = m_dir.filePath(spool);
        o.flushIntervalMs = 50;
        o.fileIntervalMs = 100;
        o.maxBackoffMs = 500;
        return o;
    }

    static bool waitFor(const std::function<bool()> &done, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (!done()) {
            if (clock.elapsed() > timeoutMs)
                return false;
            QTest::qWait(50);
        }
        return true;
    }

    static QStringList numbered(const QString &prefix, int from, int count)
    {
        QStringList out;
        for (int i = from; i < from + count; ++i)
            out << prefix + QString::number(i);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("MB_LOGSTORE").isEmpty());
        m_tokenFile = m_dir.filePath(QStringLiteral("store.token"));
        QVERIFY(test::writeTokenFile(m_tokenFile, m_token));
    }

    void testComponentOutputAndLevelsAreReadFromTheDaemonsLines()
    {
        QByteArray component;
        QByteArray line;
        QVERIFY(daemon::componentOutput(
            "msg=output component=postgres line=\"2026-12-02 ERROR:  relation \\\"x\\\" does not exist\"",
            &component, &line));
        QCOMPARE(component, QByteArray("postgres"));
        QCOMPARE(line, QByteArray("2026-12-02 ERROR:  relation \"x\" does not exist"));
        QCOMPARE(daemon::levelOfLine(line), QByteArray("error"));
        QVERIFY(!daemon::componentOutput("msg=listening port=1", &component, &line));
        QCOMPARE(daemon::levelOfLine("1:M 02 Dec 2026 # WARNING overcommit_memory is set to 0"),
                 QByteArray("warn"));
        QCOMPARE(daemon::levelOfLine("LOG:  database system is ready"), QByteArray("info"));
        QCOMPARE(daemon::levelOfLine("listening on 8080"), QByteArray("unknown"));
    }

    void testStoreOutageAndShipperRestartLoseNothing()
    {
        test::LogStoreProcess store(m_dir.filePath(QStringLiteral("outage-store")), m_tokenFile, m_token);
        QVERIFY(store.start());
        store.stop(); // the port is known; the store is down
        {
            daemon::LogShipper shipper(options(store, QStringLiteral("outage-spool")));
            shipper.start();
            for (const QString &line : numbered(QStringLiteral("before restart "), 0, 3000))
                shipper.enqueue("daemon", "info", line.toUtf8());
            QVERIFY(waitFor([&] { return shipper.counters().bufferedLines == 3000; }, 10000));
            QVERIFY(waitFor([&] { return shipper.counters().failures > 0; }, 10000));
            for (const QString &line : numbered(QStringLiteral("at stop "), 0, 500))
                shipper.enqueue("daemon", "info", line.toUtf8());
            // Destroyed with lines still in memory: they go to the buffer, not away.
        }
        QVERIFY(store.start());
        daemon::LogShipper shipper(options(store, QStringLiteral("outage-spool")));
        shipper.start();
        shipper.enqueue("runtime", "warn", "after restart");
        QVERIFY(waitFor([&] { return shipper.counters().shipped == 3501; }, 20000));
        QCOMPARE(store.lines(QStringLiteral("{node=\"c1-worker-1\", component=\"daemon\"}")),
                 numbered(QStringLiteral("before restart "), 0, 3000) +
                     numbered(QStringLiteral("at stop "), 0, 500));
        QCOMPARE(store.lines(QStringLiteral(
                     "{component=\"runtime\", level=\"warn\", pillar=\"worker\", cluster=\"c1\"}")),
                 QStringList{QStringLiteral("after restart")});
        QCOMPARE(shipper.counters().dropped, 0);
        QCOMPARE(shipper.counters().bufferedLines, 0);
        QVERIFY(QDir(m_dir.filePath(QStringLiteral("outage-spool")))
                    .entryList({QStringLiteral("*.push")})
                    .isEmpty());

        // Down again in the middle: the store comes back, the lines follow.
        store.stop();
        for (const QString &line : numbered(QStringLiteral("second outage "), 0, 200))
            shipper.enqueue("daemon", "info", line.toUtf8());
        QVERIFY(waitFor([&] { return shipper.counters().bufferedLines == 200; }, 10000));
        QVERIFY(store.start());
        QVERIFY(waitFor([&] { return shipper.counters().shipped == 3701; }, 20000));
        QCOMPARE(store.lines(QStringLiteral("{component=\"daemon\"} |= \"second outage\"")),
                 numbered(QStringLiteral("second outage "), 0, 200));
    }

    void testFullBufferDropsTheOldestLinesCountsThemAndNeverBlocks()
    {
        test::LogStoreProcess store(m_dir.filePath(QStringLiteral("full-store")), m_tokenFile, m_token);
        QVERIFY(store.start());
        store.stop();
        auto o = options(store, QStringLiteral("full-spool"));
        o.maxSpoolBytes = 256 << 10;
        o.maxPendingBytes = 128 << 10;
        o.maxBatchBytes = 32 << 10;
        daemon::LogShipper shipper(o);
        shipper.start();
        const QByteArray filler(100, 'z');
        QElapsedTimer clock;
        clock.start();
        constexpr int Lines = 100000; // about 11 MB, far past both bounds
        for (int i = 0; i < Lines; ++i)
            shipper.enqueue("daemon", "info", QByteArray("line " + QByteArray::number(i) + ' ' + filler));
        const qint64 enqueueMs = clock.elapsed();
        QVERIFY(waitFor([&] { return shipper.counters().queued == Lines; }, 1000));
        QVERIFY2(enqueueMs < 20000, qPrintable(QString::number(enqueueMs))); // no wait on disk or network
        QVERIFY(waitFor([&] { return shipper.counters().bufferedBytes > 0; }, 5000));
        QTest::qWait(300);
        QVERIFY(shipper.counters().bufferedBytes <= o.maxSpoolBytes);
        QVERIFY(shipper.counters().dropped > 0);
        daemon::MetricsText metrics;
        shipper.collectMetrics(metrics);
        const QByteArray text = metrics.text();
        QVERIFY2(text.contains(QByteArray("madbase_log_lines_dropped_total{reason=\"buffer-full\"} " +
                                          QByteArray::number(shipper.counters().dropped))),
                 text.constData());

        // What is left is the newest: the last line arrives, the first does not.
        QVERIFY(store.start());
        const qint64 kept = Lines - shipper.counters().dropped;
        QVERIFY(waitFor([&] { return shipper.counters().shipped == kept; }, 30000));
        const QStringList last = store.lines(QStringLiteral("{component=\"daemon\"} |= \"line 99999 \""));
        QCOMPARE(last.size(), 1);
        QVERIFY(store.lines(QStringLiteral("{component=\"daemon\"} |= \"line 0 \"")).isEmpty());
    }

    void testNamedLogFilesAreFollowedAcrossRotation()
    {
        test::LogStoreProcess store(m_dir.filePath(QStringLiteral("file-store")), m_tokenFile, m_token);
        QVERIFY(store.start());
        daemon::LogShipper shipper(options(store, QStringLiteral("file-spool")));
        shipper.start();
        const QString path = m_dir.filePath(QStringLiteral("pg.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
        file.write("LOG:  first\nERROR:  second\npartial");
        file.flush();
        shipper.setFiles({{QStringLiteral("postgres"), path}});
        QVERIFY(waitFor([&] { return shipper.counters().shipped == 2; }, 10000));
        file.write(" line\n");
        file.close();
        QVERIFY(waitFor([&] { return shipper.counters().shipped == 3; }, 10000));
        // Rotated: a new file under the name is read from its start.
        QVERIFY(QFile::rename(path, path + QStringLiteral(".1")));
        QFile fresh(path);
        QVERIFY(fresh.open(QIODevice::WriteOnly));
        fresh.write("LOG:  after rotation\n");
        fresh.close();
        QVERIFY(waitFor([&] { return shipper.counters().shipped == 4; }, 10000));
        QCOMPARE(store.lines(QStringLiteral("{component=\"postgres\"}")),
                 (QStringList{QStringLiteral("LOG:  first"), QStringLiteral("ERROR:  second"),
                              QStringLiteral("partial line"), QStringLiteral("LOG:  after rotation")}));
        QCOMPARE(store.lines(QStringLiteral("{component=\"postgres\", level=\"error\"}")),
                 QStringList{QStringLiteral("ERROR:  second")});
    }
};

QTEST_GUILESS_MAIN(TestLogShipper)
#include "tst_LogShipper.moc"
