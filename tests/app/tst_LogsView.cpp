// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// The log explorer against core's real log store and Loki API, served over HTTP and a WebSocket on loopback.
#include "LokiTestServer.h"
#include "StudioTestSupport.h"
#include "logs/LabelBrowser.h"
#include "logs/LogExporter.h"
#include "logs/LogModel.h"
#include "logs/LogQuery.h"
#include "logs/LogTail.h"
#include "logs/LogVolumeHistogram.h"
#include "logs/LogsView.h"
#include "logs/LokiDecode.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>

using namespace mb;
using namespace mb::studio;

namespace {

const std::map<std::string, std::string> N1Info{
    {"cluster", "c"}, {"node", "n1"}, {"component", "daemon"}, {"level", "info"}};
const std::map<std::string, std::string> N1Error{
    {"cluster", "c"}, {"node", "n1"}, {"component", "daemon"}, {"level", "error"}};
const std::map<std::string, std::string> N2Info{
    {"cluster", "c"}, {"node", "n2"}, {"component", "redis"}, {"level", "info"}};
const std::map<std::string, std::string> N3Warn{
    {"cluster", "c"}, {"node", "n3"}, {"component", "haproxy"}, {"level", "warn"}};

qint64 nowNs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1'000'000;
}

LogLine line(qint64 ns, const QString &text)
{
    static const LabelSet labels(
        new const QMap<QString, QString>{{QStringLiteral("node"), QStringLiteral("n1")}});
    return LogLine{ns, text, labels, LogLevel::Info};
}

/// `count` lines numbered from `first`, 1 ms apart from `baseNs`.
std::vector<std::pair<qint64, std::string>> numbered(qint64 baseNs, int first, int count)
{
    std::vector<std::pair<qint64, std::string>> out;
    for (int i = first; i < first + count; ++i)
        out.emplace_back(baseNs + qint64(i) * 1'000'000, "line " + std::to_string(i));
    return out;
}

} // namespace

class TestLogsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testRingBufferKeepsTheNewestLinesAtItsCap();
    void testDecoderReadsTheStoresAnswer();
    void testHistogramAndLabelBrowserBuildQueriesTheStoreAnswers();
    void testTailPauseHoldsLinesAndCountsWhatIsDropped();
    void testScrollingUpPausesTheTail();
    void testExportWritesEveryLineBeyondTheCap();
    void testExportCancelRemovesThePartialFile();
    void testReconnectResumesWithoutGapOrDuplicate();
    void testStoreDownIsSaidAtTheBox();

private:
    test::LokiTestServer *m_server = nullptr;
    app::ControlPlaneClient *m_client = nullptr;
    ClientSource source() const
    {
        return [client = m_client] { return client; };
    }

private Q_SLOTS:
    void init()
    {
        m_server = new test::LokiTestServer;
        m_client =
            new app::ControlPlaneClient(m_server->url(), QString::fromLatin1(test::LokiTestServer::Token));
    }
    void cleanup()
    {
        delete m_client;
        delete m_server;
    }
};

void TestLogsView::testRingBufferKeepsTheNewestLinesAtItsCap()
{
    LogModel model(1000);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
    int next = 0;
    for (int batch = 0; batch < 9; ++batch) {
        QList<LogLine> lines;
        for (int i = 0; i < 300; ++i, ++next)
            lines.append(line(next, QString::number(next)));
        model.appendLines(lines);
    }
    QCOMPARE(inserts.count(), 9); // one insert per batch
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.evictedCount(), 2700 - 1000);
    QCOMPARE(removes.count(), 6); // batches 4..9 each pushed the oldest out once
    for (int row = 0; row < 1000; ++row)
        QCOMPARE(model.lineAt(row).text, QString::number(1700 + row));
    QCOMPARE(model.index(0).data(LogModel::TimestampRole).toLongLong(), 1700);

    // A batch larger than the whole window keeps its newest lines and counts the rest.
    QList<LogLine> big;
    for (int i = 0; i < 2500; ++i, ++next)
        big.append(line(next, QString::number(next)));
    model.appendLines(big);
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.lineAt(0).text, QString::number(next - 1000));
    QCOMPARE(model.lineAt(999).text, QString::number(next - 1));
    QCOMPARE(model.evictedCount(), qint64(next) - 1000);

    model.setCapacity(10);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.lineAt(0).text, QString::number(next - 10));
    QCOMPARE(model.evictedCount(), qint64(next) - 10);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.evictedCount(), 0);
}

void TestLogsView::testDecoderReadsTheStoresAnswer()
{
    const qint64 base = nowNs() - 60'000'000'000;
    m_server->append(N1Info, {{base + 3, "third"}, {base + 1, "first"}});
    m_server->append(N2Info, {{base + 2, "second"}});
    app::RawReply reply;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("query"), QStringLiteral("{cluster=\"c\"}"));
    query.addQueryItem(QStringLiteral("start"), QString::number(base));
    query.addQueryItem(QStringLiteral("end"), QString::number(base + 10));
    m_client->getRaw(QStringLiteral("/v1/logs/query_range"), query, this,
                     [&](const app::RawReply &r) { reply = r; });
    QTRY_VERIFY(reply.status != 0);
    QCOMPARE(reply.status, 200);
    const LokiLines lines = LokiDecoder().decode(reply);
    QVERIFY2(!lines.failure.failed(), qPrintable(lines.failure.message));
    QCOMPARE(lines.lines.size(), 3);
    QCOMPARE(lines.lines.at(0).text, QStringLiteral("first"));
    QCOMPARE(lines.lines.at(1).text, QStringLiteral("second"));
    QCOMPARE(lines.lines.at(1).label(QStringLiteral("component")), QStringLiteral("redis"));
    QCOMPARE(lines.lines.at(2).level, LogLevel::Info);
    QCOMPARE(lines.lines.at(0).labels, lines.lines.at(2).labels); // one label set per stream

    // A bad query: Loki's own message, as a bad query.
    query.removeAllQueryItems(QStringLiteral("query"));
    query.addQueryItem(QStringLiteral("query"), QStringLiteral("{cluster=\"c\""));
    reply = {};
    m_client->getRaw(QStringLiteral("/v1/logs/query_range"), query, this,
                     [&](const app::RawReply &r) { reply = r; });
    QTRY_VERIFY(reply.status != 0);
    const LokiLines bad = LokiDecoder().decode(reply);
    QCOMPARE(bad.failure.kind, ApiFailure::Kind::BadQuery);
    QVERIFY2(bad.failure.message.contains(u"parse error"), qPrintable(bad.failure.message));
}

void TestLogsView::testHistogramAndLabelBrowserBuildQueriesTheStoreAnswers()
{
    const qint64 base = nowNs() - 120'000'000'000;
    m_server->append(N1Info, numbered(base, 0, 40));
    m_server->append(N1Error, numbered(base, 100, 5));
    m_server->append(N2Info, numbered(base, 200, 7));
    m_server->append(N3Warn, numbered(base, 300, 9));

    QCOMPARE(volumeQuery(QStringLiteral("{cluster=\"c\"} |= \"line\""), 30),
             QStringLiteral("sum by (level) (count_over_time({cluster=\"c\"} |= \"line\" [30s]))"));
    QCOMPARE(buildSelector({{QStringLiteral("node"), {QStringLiteral("n2"), QStringLiteral("n1")}},
                            {QStringLiteral("level"), {QStringLiteral("error")}}},
                           QStringLiteral("c")),
             QStringLiteral("{cluster=\"c\", level=\"error\", node=~\"n1|n2\"}"));
    QCOMPARE(buildSelector({}, QStringLiteral("c\"x")), QStringLiteral("{cluster=\"c\\\"x\"}"));

    LogsView view(source());
    view.setCluster(QStringLiteral("c"));
    view.resize(1200, 700);
    QSignalSpy loaded(&view, &LogsView::loaded);
    view.run();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(view.model()->rowCount(), 61);
    // The histogram's counts come from the store's own metric query over the same selector.
    QTRY_COMPARE(view.histogram()->totalLines(), 61);

    LabelBrowser *browser = view.labelBrowser();
    QAbstractItemModelTester labelsTester(browser->labelsModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester valuesTester(browser->valuesModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(browser->labelsModel()->stringList().contains(QStringLiteral("node")));
    QCOMPARE(browser->labelsModel()->stringList(),
             (QStringList{QStringLiteral("cluster"), QStringLiteral("component"), QStringLiteral("level"),
                          QStringLiteral("node")}));
    QSignalSpy values(browser, &LabelBrowser::valuesLoaded);
    browser->showLabel(QStringLiteral("node"));
    QVERIFY(values.wait(10000));
    LabelValuesModel *model = browser->valuesModel();
    QCOMPARE(model->rowCount(), 3);
    QSignalSpy selector(browser, &LabelBrowser::selectorChanged);
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row).data().toString() != u"n3")
            QVERIFY(model->setData(model->index(row), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(selector.count(), 2);
    QCOMPARE(view.query(), QStringLiteral("{cluster=\"c\", node=~\"n1|n2\"}"));
    view.run();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(view.model()->rowCount(), 52);
    for (int row = 0; row < view.model()->rowCount(); ++row)
        QVERIFY(view.model()->index(row).data(LogModel::NodeRole).toString() != u"n3");
    QTRY_COMPARE(view.histogram()->totalLines(), 52);
}

void TestLogsView::testTailPauseHoldsLinesAndCountsWhatIsDropped()
{
    LogsView view(source());
    view.setCluster(QStringLiteral("c"));
    view.model()->setCapacity(200);
    view.setQuery(QStringLiteral("{cluster=\"c\"}"));
    view.setLive(true);
    QTRY_VERIFY(view.tail()->isConnected());
    const qint64 base = nowNs();
    m_server->append(N1Info, numbered(base, 0, 100));
    QTRY_COMPARE(view.model()->rowCount(), 100);
    QCOMPARE(view.droppedCount(), 0);

    view.setPaused(true);
    m_server->append(N1Info, numbered(base, 100, 300));
    // Held back, not shown: the view stays still. 300 held do not fit a window of 200: 100 are dropped, and
    // said.
    QTRY_VERIFY(view.statusLabel()->text().contains(QStringLiteral("200 new lines held")));
    QCOMPARE(view.model()->rowCount(), 100);
    QCOMPARE(view.model()->lineAt(99).text, QStringLiteral("line 99"));
    QCOMPARE(view.droppedCount(), 100);

    view.setPaused(false);
    QCOMPARE(view.model()->rowCount(), 200);
    QCOMPARE(view.model()->lineAt(199).text, QStringLiteral("line 399"));
    QCOMPARE(view.model()->lineAt(0).text, QStringLiteral("line 200"));
    QCOMPARE(view.droppedCount(), 100 + 100);
    QVERIFY2(view.statusLabel()->text().contains(QStringLiteral("200 dropped from the window")),
             qPrintable(view.statusLabel()->text()));

    // Following again: new lines come straight in.
    m_server->append(N1Info, numbered(base, 400, 10));
    QTRY_COMPARE(view.model()->lineAt(199).text, QStringLiteral("line 409"));
    QCOMPARE(view.droppedCount(), 210);
}

void TestLogsView::testScrollingUpPausesTheTail()
{
    LogsView view(source());
    view.setCluster(QStringLiteral("c"));
    view.setQuery(QStringLiteral("{cluster=\"c\"}"));
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setLive(true);
    QTRY_VERIFY(view.tail()->isConnected());
    m_server->append(N1Info, numbered(nowNs(), 0, 500));
    QTRY_COMPARE(view.model()->rowCount(), 500);
    QScrollBar *bar = view.list()->verticalScrollBar();
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(!view.isPaused());
    bar->setValue(0);
    QVERIFY(view.isPaused());
    m_server->append(N1Info, numbered(nowNs(), 1000, 5));
    QTRY_VERIFY(view.statusLabel()->text().contains(QStringLiteral("5 new lines held")));
    QCOMPARE(view.model()->rowCount(), 500);
    bar->setValue(bar->maximum());
    QVERIFY(!view.isPaused());
    QCOMPARE(view.model()->rowCount(), 505);
}

void TestLogsView::testExportWritesEveryLineBeyondTheCap()
{
    // More lines than the window holds, several sharing each timestamp, so pages end inside a run of equal
    // times.
    const qint64 base = nowNs() - 3'600'000'000'000;
    constexpr int Lines = 12'345;
    std::vector<std::pair<qint64, std::string>> a, b;
    QStringList expected;
    for (int i = 0; i < Lines; ++i) {
        const qint64 ns = base + qint64(i / 7) * 1000;
        (i % 3 == 0 ? b : a).emplace_back(ns, "export " + std::to_string(i));
    }
    m_server->append(N1Info, a);
    m_server->append(N2Info, b);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.txt"));
    LogExporter exporter(source());
    QSignalSpy finished(&exporter, &LogExporter::finished);
    QSignalSpy progress(&exporter, &LogExporter::progress);
    QVERIFY(exporter.start(QStringLiteral("{cluster=\"c\"}"), base, base + 3'600'000'000'000, path, 1000));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(2).toString(), QString());
    QCOMPARE(finished.first().at(1).toLongLong(), Lines);
    QVERIFY(progress.count() >= 12);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QSet<QString> seen;
    int count = 0;
    while (!file.atEnd()) {
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        ++count;
        const QString tail = text.section(u' ', -2); // "export N"
        QVERIFY2(!seen.contains(tail), qPrintable(QStringLiteral("written twice: ") + text));
        seen.insert(tail);
    }
    QCOMPARE(count, Lines);
    for (int i = 0; i < Lines; ++i)
        QVERIFY2(seen.contains(QStringLiteral("export %1").arg(i)), qPrintable(QString::number(i)));
    QVERIFY(LogModel::DefaultCapacity > 0 && Lines > 10'000);
}

void TestLogsView::testExportCancelRemovesThePartialFile()
{
    const qint64 base = nowNs() - 3'600'000'000'000;
    m_server->append(N1Info, numbered(base, 0, 5000));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("part.txt"));
    LogExporter exporter(source());
    QSignalSpy finished(&exporter, &LogExporter::finished);
    connect(&exporter, &LogExporter::progress, &exporter, &LogExporter::cancel);
    QVERIFY(exporter.start(QStringLiteral("{cluster=\"c\"}"), base, base + 3'600'000'000'000, path, 100));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(finished.first().at(1).toLongLong() < 5000);
    QVERIFY(!QFile::exists(path));
}

void TestLogsView::testReconnectResumesWithoutGapOrDuplicate()
{
    LogTail tail(source());
    QList<LogLine> received;
    connect(&tail, &LogTail::linesArrived, this, [&](const QList<LogLine> &lines) { received += lines; });
    QSignalSpy connection(&tail, &LogTail::connectionChanged);
    const qint64 base = nowNs();
    tail.start(QStringLiteral("{cluster=\"c\"}"), base);
    QTRY_VERIFY(tail.isConnected());

    int sent = 0;
    const auto sendSome = [&](int n) {
        m_server->append(sent % 2 ? N1Info : N2Info, numbered(base, sent, n));
        sent += n;
    };
    sendSome(50);
    QTRY_COMPARE(received.size(), 50);
    // The client's connection breaks; lines keep coming while it is away.
    tail.simulateConnectionLoss();
    sendSome(40);
    QTRY_VERIFY(tail.isConnected());
    sendSome(30);
    QTRY_COMPARE(received.size(), 120);
    // The server drops it this time, in the middle of a burst.
    sendSome(20);
    m_server->dropTails();
    sendSome(25);
    QTRY_VERIFY(tail.reconnects() >= 2);
    QTRY_VERIFY(tail.isConnected());
    sendSome(15);
    QTRY_COMPARE(received.size(), sent);
    QTest::qWait(300); // nothing more (no duplicate) arrives late
    QCOMPARE(received.size(), sent);
    QList<int> numbers;
    for (const LogLine &l : std::as_const(received))
        numbers.append(l.text.mid(5).toInt());
    std::sort(numbers.begin(), numbers.end());
    for (int i = 0; i < sent; ++i)
        QCOMPARE(numbers.at(i), i);
    QVERIFY(m_server->tailConnections() >= 3);
    bool saidLost = false;
    for (const QList<QVariant> &change : std::as_const(connection))
        saidLost = saidLost || !change.at(0).toBool();
    QVERIFY(saidLost);
}

void TestLogsView::testStoreDownIsSaidAtTheBox()
{
    m_server->setDown(true);
    LogsView view(source());
    view.setCluster(QStringLiteral("c"));
    QSignalSpy loaded(&view, &LogsView::loaded);
    view.run();
    QVERIFY(loaded.wait(10000));
    QVERIFY(!view.errorLabel()->isHidden());
    QCOMPARE(view.errorLabel()->text(), QStringLiteral("the log store is down"));
}

QTEST_MAIN(TestLogsView)
#include "tst_LogsView.moc"
