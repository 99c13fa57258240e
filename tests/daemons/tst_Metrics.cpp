// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "HostMetrics.h"
#include "MetricsText.h"

#include <QRegularExpression>
#include <QTest>

using namespace mb::daemon;

/// The /proc parsers on fixture files, and the Prometheus text they turn into.
class TestMetrics : public QObject
{
    Q_OBJECT

private:
    static QString fixtureRoot() { return QStringLiteral(MB_SOURCE_DIR "/tests/daemons/fixtures/proc"); }
    static QByteArray fixture(const char *name)
    {
        return readWholeFile(QFile::encodeName(fixtureRoot()) + '/' + name);
    }

private Q_SLOTS:
    void testProcStatGivesPerCpuSecondsAndBootTime()
    {
        const ProcStat stat = parseProcStat(fixture("stat"), 100);
        QCOMPARE(stat.cpus.size(), 2); // the aggregate "cpu" line is not a CPU
        QCOMPARE(stat.cpus[0].cpu, QByteArray("0"));
        QCOMPARE(stat.cpus[0].user, 232.96);
        QCOMPARE(stat.cpus[0].idle, 709.73);
        QCOMPARE(stat.cpus[1].cpu, QByteArray("1"));
        QCOMPARE(stat.cpus[1].nice, 0.12);
        QCOMPARE(stat.cpus[1].irq, 0.03);
        QCOMPARE(stat.cpus[1].steal, 0.33);
        QCOMPARE(stat.bootTime, 1795747313.0);
    }

    void testMeminfoConvertsKilobytesToBytesAndRenamesParentheses()
    {
        const auto info = parseMeminfo(fixture("meminfo"));
        const auto value = [&](const char *key) {
            for (const auto &[name, v] : info)
                if (name == key)
                    return v;
            return -1.0;
        };
        QCOMPARE(value("MemTotal"), 24684092.0 * 1024);
        QCOMPARE(value("MemAvailable"), 23697012.0 * 1024);
        QCOMPARE(value("Active_anon"), 98304.0 * 1024);
        QCOMPARE(value("HugePages_Total"), 0.0); // no unit: taken as is
    }

    void testMountsDecodeOctalEscapesAndDropPseudoFilesystems()
    {
        const auto mounts = parseMounts(fixture("mounts"));
        QCOMPARE(mounts.size(), 8);
        QCOMPARE(mounts.last().mountPoint, QByteArray("/srv/my data"));
        QStringList kept;
        for (const MountEntry &m : mounts)
            if (isRealFilesystem(m))
                kept << QString::fromUtf8(m.mountPoint);
        QCOMPARE(kept, (QStringList{QStringLiteral("/"), QStringLiteral("/srv/my data")}));
    }

    void testNetDevSkipsHeadersAndReadsBothDirections()
    {
        const auto devices = parseNetDev(fixture("net/dev"));
        QCOMPARE(devices.size(), 2);
        QCOMPARE(devices[1].device, QByteArray("eth0"));
        QCOMPARE(devices[1].receiveBytes, 987654321.0);
        QCOMPARE(devices[1].receivePackets, 123456.0);
        QCOMPARE(devices[1].transmitBytes, 123456789.0);
        QCOMPARE(devices[1].transmitPackets, 65432.0);
    }

    void testLoadavgAndProcessStat()
    {
        const auto load = parseLoadavg(fixture("loadavg"));
        QVERIFY(load);
        QCOMPARE(load->one, 2.36);
        QCOMPARE(load->fifteen, 0.71);
        QVERIFY(!parseLoadavg("garbage"));
        // The command name holds a space and the parser must not be thrown off by it.
        const auto self = parseProcessStat(fixture("self/stat"), 100, 4096);
        QVERIFY(self);
        QCOMPARE(self->cpuSeconds, 2.0);
        QCOMPARE(self->residentBytes, 5000.0 * 4096);
        QCOMPARE(self->startTicks, 125000.0);
        QVERIFY(!parseProcessStat("4242 no-parenthesis", 100, 4096));
    }

    void testMetricsTextEscapesLabelsAndPrintsWholeNumbers()
    {
        MetricsText m;
        m.family("x_total", "Help with \\ and\nnewline.", "counter");
        m.sample("x_total", {{"path", "a\"b\\c\nd"}}, 3);
        m.sample("x_total", {}, 0.25);
        m.sample("x_total", {}, 12345678901.0);
        QCOMPARE(m.text(), QByteArray("# HELP x_total Help with \\\\ and\\nnewline.\n"
                                      "# TYPE x_total counter\n"
                                      "x_total{path=\"a\\\"b\\\\c\\nd\"} 3\n"
                                      "x_total 0.25\n"
                                      "x_total 12345678901\n"));
    }

    void testHostMetricsFromFixturesUseNodeExporterNames()
    {
        MetricsText m;
        HostMetrics(fixtureRoot()).collect(m);
        const QByteArray text = m.text();
        QVERIFY(text.contains("node_cpu_seconds_total{cpu=\"1\",mode=\"user\"} 302.01\n"));
        QVERIFY(text.contains("# TYPE node_cpu_seconds_total counter\n"));
        QVERIFY(text.contains("node_memory_MemAvailable_bytes 24265740288\n"));
        QVERIFY(text.contains("node_memory_Buffers_bytes 5521408\n"));
        QVERIFY(text.contains("node_network_receive_bytes_total{device=\"eth0\"} 987654321\n"));
        QVERIFY(text.contains("node_network_transmit_bytes_total{device=\"lo\"} 3267\n"));
        QVERIFY(text.contains("node_load5 1.37\n"));
        QVERIFY(text.contains("node_boot_time_seconds 1795747313\n"));
        QVERIFY(text.contains("process_resident_memory_bytes "));
        // "/" exists here, so statfs gives its sizes; the pseudo mounts never appear.
        QVERIFY(text.contains(
            "node_filesystem_size_bytes{device=\"/dev/vda\",fstype=\"ext4\",mountpoint=\"/\"} "));
        QVERIFY(!text.contains("mountpoint=\"/proc\""));
        QVERIFY(!text.contains("fstype=\"overlay\""));
        // Every family has HELP and TYPE before its samples.
        const QRegularExpression sample(QStringLiteral(R"(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? \S+$)"));
        QSet<QString> typed;
        for (const QByteArray &line : text.split('\n')) {
            if (line.isEmpty())
                continue;
            if (line.startsWith("# TYPE ")) {
                typed.insert(QString::fromUtf8(line.split(' ').value(2)));
                continue;
            }
            if (line.startsWith("# HELP "))
                continue;
            const auto match = sample.match(QString::fromUtf8(line));
            QVERIFY2(match.hasMatch(), line.constData());
            QVERIFY2(typed.contains(match.captured(1)), line.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_Metrics.moc"
