// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// The metrics view against a real VictoriaMetrics behind the control plane's own /v1/metrics routes.
#include "AccessTokens.h"
#include "MetricsRoutes.h"
#include "StudioTestSupport.h"
#include "metrics/Dashboards.h"
#include "metrics/MetricUnits.h"
#include "metrics/MetricsChart.h"
#include "metrics/MetricsDashboard.h"
#include "metrics/MetricsStep.h"
#include "metrics/PromQueryPanel.h"
#include "metrics/PromTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHttpServer>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace mb;
using namespace mb::studio;

namespace {
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

class TestMetricsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testStepKeepsEverySeriesWithinTheChartsPixels();
    void testUnitsForPeople();
    void testDashboardDrawsRealSeriesWithGapsAndSaysWhyOthersAreEmpty();
    void testQueryBoxShowsTheServersErrorAndATable();
    void testStoreDownIsExplained();
    void cleanupTestCase();

private:
    bool startVictoriaMetrics();
    void importSamples(const QByteArray &text);

    QTemporaryDir m_dir;
    QProcess m_vm;
    quint16 m_vmPort = 0;
    std::unique_ptr<controlplane::AccessTokens> m_tokens;
    std::unique_ptr<controlplane::MetricsRoutes> m_routes;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<app::ControlPlaneClient> m_client;
    qint64 m_nowMs = 0;
};

bool TestMetricsView::startVictoriaMetrics()
{
    if (m_vm.state() == QProcess::Running)
        return true;
    m_vmPort = freePort();
    m_vm.start(QStringLiteral("/usr/bin/victoria-metrics"),
               {QStringLiteral("-storageDataPath=") + m_dir.filePath(QStringLiteral("vm")),
                QStringLiteral("-httpListenAddr=127.0.0.1:%1").arg(m_vmPort),
                QStringLiteral("-loggerLevel=ERROR"), QStringLiteral("-search.latencyOffset=0s"),
                QStringLiteral("-search.disableCache"), QStringLiteral("-memory.allowedPercent=5")});
    if (!m_vm.waitForStarted(10000))
        return false;
    QNetworkAccessManager network;
    for (int i = 0; i < 100; ++i) {
        QNetworkReply *reply =
            network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(m_vmPort))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(2000);
        const bool ok = reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        if (ok) {
            m_tokens = std::make_unique<controlplane::AccessTokens>("api-token", "cluster-secret");
            m_routes = std::make_unique<controlplane::MetricsRoutes>(
                *m_tokens, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_vmPort)));
            m_http = std::make_unique<QHttpServer>();
            m_routes->registerRoutes(*m_http);
            const quint16 port = m_http->listen(QHostAddress::LocalHost, 0);
            m_client = std::make_unique<app::ControlPlaneClient>(
                QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("api-token"));
            return port != 0;
        }
        QTest::qWait(100);
    }
    return false;
}

void TestMetricsView::importSamples(const QByteArray &text)
{
    QNetworkAccessManager network;
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/import/prometheus").arg(m_vmPort)));
    QNetworkReply *reply = network.post(request, text);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
    reply->deleteLater();
    QNetworkReply *flush = network.get(
        QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/internal/force_flush").arg(m_vmPort))));
    QSignalSpy flushed(flush, &QNetworkReply::finished);
    QVERIFY(flushed.wait(10000));
    flush->deleteLater();
}

void TestMetricsView::cleanupTestCase()
{
    if (m_vm.state() == QProcess::Running) {
        m_vm.terminate();
        m_vm.waitForFinished(10000);
    }
}

void TestMetricsView::testStepKeepsEverySeriesWithinTheChartsPixels()
{
    const std::array<qint64, 8> ranges{60, 300, 900, 3600, 21600, 86400, 7 * 86400, 123457};
    static constexpr std::array<qint64, 18> Round{1,   2,   5,    10,   15,   30,    60,    120,   300,
                                                  600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400};
    for (const qint64 range : ranges) {
        for (int width = 20; width <= 4000; width += 37) {
            const qint64 step = chooseStep(range, width);
            QVERIFY2(pointsFor(range, step) <= width,
                     qPrintable(QStringLiteral("%1 s at %2 px: step %3").arg(range).arg(width).arg(step)));
            QVERIFY(step >= ScrapeIntervalSeconds);
            // No finer round step would do.
            const auto it = std::find(Round.begin(), Round.end(), step);
            if (it != Round.end() && it != Round.begin() && *(it - 1) >= ScrapeIntervalSeconds)
                QVERIFY2(pointsFor(range, *(it - 1)) > width || range / (width - 1) > *(it - 1) - 1,
                         qPrintable(QStringLiteral("%1 s at %2 px: %3 is not the finest")
                                        .arg(range)
                                        .arg(width)
                                        .arg(step)));
        }
    }
    QCOMPARE(chooseStep(300, 1000), 10);        // 5 minutes: every scrape
    QCOMPARE(chooseStep(3600, 600), 10);        // an hour on 600 px: 361 points
    QCOMPARE(chooseStep(86400, 800), 120);      // a day on 800 px
    QCOMPARE(chooseStep(7 * 86400, 1000), 900); // a week on 1000 px: 673 points
    QCOMPARE(pointsFor(7 * 86400, 900), 673);
    QCOMPARE(chooseStep(30 * 86400, 10), 4 * 86400); // 3 days would give 11 points
}

void TestMetricsView::testUnitsForPeople()
{
    QLocale::setDefault(QLocale::c());
    QCOMPARE(formatMetric(1536, MetricUnit::Bytes), QStringLiteral("1.50 KiB"));
    QCOMPARE(formatMetric(3.5 * 1024 * 1024 * 1024, MetricUnit::Bytes), QStringLiteral("3.50 GiB"));
    QCOMPARE(formatMetric(512, MetricUnit::Bytes), QStringLiteral("512 B"));
    QCOMPARE(formatMetric(12.345, MetricUnit::Percent), QStringLiteral("12.3 %"));
    QCOMPARE(formatMetric(2500, MetricUnit::PerSecond), QStringLiteral("2.50 k/s"));
    QCOMPARE(formatMetric(0.25, MetricUnit::Seconds), QStringLiteral("250 ms"));
    QCOMPARE(formatMetric(10 * 1024 * 1024, MetricUnit::BytesPerSecond), QStringLiteral("10.0 MiB/s"));
    QCOMPARE(formatMetric(std::nan(""), MetricUnit::Plain), QStringLiteral("–"));
}

void TestMetricsView::testDashboardDrawsRealSeriesWithGapsAndSaysWhyOthersAreEmpty()
{
    QVERIFY(startVictoriaMetrics());
    // Node n1 of cluster c: CPU and memory every 10 s for 15 minutes, with the daemon away for 3 of them.
    m_nowMs = (QDateTime::currentMSecsSinceEpoch() / 10000) * 10000;
    QByteArray text;
    double idle = 0;
    for (qint64 t = m_nowMs - 15 * 60'000; t <= m_nowMs - 20'000; t += 10'000) {
        const bool away = t > m_nowMs - 10 * 60'000 && t < m_nowMs - 7 * 60'000;
        idle += 7.5; // 75 % idle on 1 CPU
        if (away)
            continue;
        const QByteArray at = ' ' + QByteArray::number(t) + '\n';
        const QByteArray labels =
            "cluster=\"c\",pillar=\"worker\",node=\"n1\",zone=\"private\",component=\"daemon\"";
        text +=
            "node_cpu_seconds_total{" + labels + ",cpu=\"0\",mode=\"idle\"} " + QByteArray::number(idle) + at;
        text += "node_memory_MemTotal_bytes{" + labels + "} 4294967296" + at;
        text += "node_memory_MemAvailable_bytes{" + labels + "} 1073741824" + at;
        text += "madbase_up{" + labels + "} 1" + at;
    }
    importSamples(text);

    app::ControlPlaneClient *client = m_client.get();
    MetricsDashboard dashboard([client] { return client; });
    dashboard.resize(1200, 2000);
    dashboard.setScope(DashboardScope{DashboardScope::Kind::Node, QStringLiteral("c"), QStringLiteral("n1"),
                                      QStringLiteral("worker")});
    const QList<PanelDef> panels = dashboardPanels(dashboard.scope());
    QCOMPARE(dashboard.charts().size(), panels.size());
    for (const PanelDef &panel : panels)
        QVERIFY2(!panel.title.startsWith(u"HAProxy"), qPrintable(panel.title)); // a worker runs no HAProxy
    QSignalSpy refreshed(&dashboard, &MetricsDashboard::refreshed);
    dashboard.refresh(m_nowMs - 15 * 60'000, m_nowMs);
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(
        dashboard.lastStep(),
        chooseStep(15 * 60, std::max(100, int(dashboard.charts().first()->chart()->plotArea().width()))));

    const auto chart = [&](const QString &title) {
        for (qsizetype i = 0; i < panels.size(); ++i)
            if (panels.at(i).title == title)
                return dashboard.charts().at(i);
        qFatal("no panel %s", qPrintable(title));
    };
    MetricsChart *cpu = chart(QStringLiteral("CPU"));
    QVERIFY2(cpu->noDataReason().isEmpty(), qPrintable(cpu->noDataReason()));
    QVERIFY(cpu->pointCount() > 20);
    QCOMPARE(cpu->drawnSeriesCount(), 2); // before and after the daemon was away
    MetricsChart *up = chart(QStringLiteral("Daemon up"));
    QCOMPARE(up->drawnSeriesCount(), 2);
    MetricsChart *memory = chart(QStringLiteral("Memory used"));
    QVERIFY(memory->pointCount() > 20);
    QVERIFY2(memory->hoverText(QStringLiteral("n1"), QPointF(double(m_nowMs), 3.0))
                 .contains(QStringLiteral("GiB")),
             qPrintable(memory->hoverText(QStringLiteral("n1"), QPointF(double(m_nowMs), 3.0))));
    // node_load1 was never written: the chart says so instead of drawing nothing.
    MetricsChart *load = chart(QStringLiteral("Load (1 min)"));
    QTRY_COMPARE(load->noDataReason(), QStringLiteral("No data: no such series in the last 7 days."));

    // The series exist, but not in a range before them.
    dashboard.refresh(m_nowMs - 3 * 3600'000, m_nowMs - 2 * 3600'000);
    QVERIFY(refreshed.wait(20000));
    QTRY_COMPARE(cpu->noDataReason(), QStringLiteral("No data in this time range."));
}

void TestMetricsView::testQueryBoxShowsTheServersErrorAndATable()
{
    QVERIFY(startVictoriaMetrics());
    app::ControlPlaneClient *client = m_client.get();
    PromQueryPanel panel([client] { return client; });
    panel.resize(900, 500);
    QAbstractItemModelTester tester(panel.table(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy answered(&panel, &PromQueryPanel::answered);
    panel.queryEdit()->setText(QStringLiteral("sum(rate(node_cpu_seconds_total[1m]"));
    panel.run(m_nowMs - 15 * 60'000, m_nowMs);
    QVERIFY(answered.wait(20000));
    QVERIFY(!panel.errorLabel()->isHidden());
    QVERIFY2(panel.errorLabel()->text().contains(u"unparsed data") ||
                 panel.errorLabel()->text().contains(u"cannot parse"),
             qPrintable(panel.errorLabel()->text()));

    panel.queryEdit()->setText(QStringLiteral("node_memory_MemTotal_bytes{cluster=\"c\"}"));
    panel.run(m_nowMs - 15 * 60'000, m_nowMs);
    QVERIFY(answered.wait(20000));
    QVERIFY(panel.errorLabel()->isHidden());
    QCOMPARE(panel.table()->rowCount(), 1);
    bool sawNode = false;
    for (int c = 0; c < panel.table()->columnCount(); ++c)
        sawNode = sawNode || panel.table()->index(0, c).data().toString() == u"n1";
    QVERIFY(sawNode);
    QVERIFY(panel.chart()->pointCount() > 20);

    QCOMPARE(wordBefore(QStringLiteral("rate(node_cp"), 12),
             std::make_pair(qsizetype(5), QStringLiteral("node_cp")));
}

void TestMetricsView::testStoreDownIsExplained()
{
    QVERIFY(startVictoriaMetrics());
    m_vm.terminate();
    QVERIFY(m_vm.waitForFinished(10000));
    app::ControlPlaneClient *client = m_client.get();
    MetricsDashboard dashboard([client] { return client; });
    dashboard.setScope(DashboardScope{DashboardScope::Kind::Cluster, QStringLiteral("c"), {}, {}});
    QSignalSpy refreshed(&dashboard, &MetricsDashboard::refreshed);
    dashboard.refresh(m_nowMs - 300'000, m_nowMs);
    QVERIFY(refreshed.wait(20000));
    QVERIFY2(
        dashboard.charts().first()->noDataReason().startsWith(u"No data: the metrics store does not answer"),
        qPrintable(dashboard.charts().first()->noDataReason()));

    MetricsDashboard offline([] { return nullptr; });
    offline.setScope(DashboardScope{DashboardScope::Kind::Cluster, QStringLiteral("c"), {}, {}});
    QSignalSpy offlineDone(&offline, &MetricsDashboard::refreshed);
    offline.refresh(m_nowMs - 300'000, m_nowMs);
    QVERIFY(offlineDone.wait(5000));
    QCOMPARE(offline.charts().first()->noDataReason(),
             QStringLiteral("No data: not connected to a cluster."));
}

QTEST_MAIN(TestMetricsView)
#include "tst_MetricsView.moc"
