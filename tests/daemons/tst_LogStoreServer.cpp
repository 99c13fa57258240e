// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// The real madbase-logstore over HTTP: Loki's push, queries and tail, its token, bad pushes and
// its memory under a burst.
#include "LogStoreProcess.h"
#include "logs/LokiPushEncoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <chrono>

using namespace mb;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

QByteArray jsonPush(const QString &job, const QStringList &lines, qint64 firstNs)
{
    QJsonArray values;
    for (qsizetype i = 0; i < lines.size(); ++i)
        values.append(QJsonArray{QString::number(firstNs + i), lines[i]});
    return QJsonDocument(QJsonObject{{QStringLiteral("streams"),
                                      QJsonArray{QJsonObject{{QStringLiteral("stream"),
                                                              QJsonObject{{QStringLiteral("job"), job}}},
                                                             {QStringLiteral("values"), values}}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestLogStoreServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_token = QByteArrayLiteral("store-token-0123456789abcdef");

    std::unique_ptr<test::LogStoreProcess> makeStore(const QString &name)
    {
        const QString tokenFile = m_dir.filePath(name + QStringLiteral(".token"));
        if (!test::writeTokenFile(tokenFile, m_token))
            return nullptr;
        return std::make_unique<test::LogStoreProcess>(m_dir.filePath(name), tokenFile, m_token);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(!qEnvironmentVariable("MB_LOGSTORE").isEmpty()); }

    void testPushesOfBothEncodingsAreQueriedBackBehindTheToken()
    {
        auto store = makeStore(QStringLiteral("roundtrip"));
        QVERIFY(store->start());
        const qint64 t = nowNs() - 10'000'000'000;
        auto pushed = store->request(
            "POST", QStringLiteral("/loki/api/v1/push"),
            jsonPush(QStringLiteral("app"), {QStringLiteral("one"), QStringLiteral("two")}, t));
        QCOMPARE(pushed.status, 204);
        logs::PushRequest proto;
        proto.streams.push_back({{{"job", "app"}, {"level", "warn"}}, {{t + 5, "three \"quoted\"", {}}}});
        pushed = store->request("POST", QStringLiteral("/loki/api/v1/push"),
                                QByteArray::fromStdString(logs::encodePushProtobuf(proto)),
                                "application/x-protobuf");
        QCOMPARE(pushed.status, 204);
        QCOMPARE(
            store->lines(QStringLiteral("{job=\"app\"}")),
            (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three \"quoted\"")}));
        // Loki's shapes through the transport: labels, values of a label, series.
        const auto labels = store->request("GET", QStringLiteral("/loki/api/v1/labels"));
        QCOMPARE(labels.status, 200);
        QCOMPARE(QJsonDocument::fromJson(labels.body).object().value(u"data").toArray(),
                 (QJsonArray{QStringLiteral("job"), QStringLiteral("level")}));
        const auto values = store->request("GET", QStringLiteral("/loki/api/v1/label/level/values"));
        QCOMPARE(QJsonDocument::fromJson(values.body).object().value(u"data").toArray(),
                 QJsonArray{QStringLiteral("warn")});
        const auto series =
            store->request("GET", QStringLiteral("/loki/api/v1/series?match[]=%7Bjob%3D%22app%22%7D"));
        QCOMPARE(QJsonDocument::fromJson(series.body).object().value(u"data").toArray().size(), 2);

        // Everything but /ready takes the token.
        QCOMPARE(store->request("GET", QStringLiteral("/loki/api/v1/labels"), {}, {}, false).status, 401);
        QCOMPARE(store
                     ->request("POST", QStringLiteral("/loki/api/v1/push"),
                               jsonPush(QStringLiteral("intruder"), {QStringLiteral("x")}, t),
                               "application/json", false)
                     .status,
                 401);
        QVERIFY(store->lines(QStringLiteral("{job=\"intruder\"}")).isEmpty());
        QCOMPARE(store->request("GET", QStringLiteral("/ready"), {}, {}, false).body, QByteArray("ready\n"));
    }

    void testMalformedPushIsRefusedWithItsReasonAndOtherPushesAreStored()
    {
        auto store = makeStore(QStringLiteral("malformed"));
        QVERIFY(store->start());
        const qint64 t = nowNs() - 5'000'000'000;
        const auto numberTime = store->request(
            "POST", QStringLiteral("/loki/api/v1/push"),
            QByteArrayLiteral(R"({"streams":[{"stream":{"job":"bad"},"values":[[123,"x"]]}]})"));
        QCOMPARE(numberTime.status, 400);
        QVERIFY2(numberTime.body.contains("/streams/0/values/0/0"), numberTime.body.constData());
        const auto badSnappy = store->request("POST", QStringLiteral("/loki/api/v1/push"),
                                              QByteArrayLiteral("\xff\xff\xff"), "application/x-protobuf");
        QCOMPARE(badSnappy.status, 400);
        QVERIFY2(badSnappy.body.contains("snappy"), badSnappy.body.constData());
        const auto badQuery =
            store->request("GET", QStringLiteral("/loki/api/v1/query_range?query=%7Bjob%3D"));
        QCOMPARE(badQuery.status, 400);
        QVERIFY2(badQuery.body.startsWith("parse error at line 1, col"), badQuery.body.constData());
        // The store goes on taking good pushes, and kept nothing of the bad ones.
        QCOMPARE(store
                     ->request("POST", QStringLiteral("/loki/api/v1/push"),
                               jsonPush(QStringLiteral("good"), {QStringLiteral("fine")}, t))
                     .status,
                 204);
        QCOMPARE(store->lines(QStringLiteral("{job=\"good\"}")), QStringList{QStringLiteral("fine")});
        QVERIFY(store->lines(QStringLiteral("{job=\"bad\"}")).isEmpty());
    }

    void testTailOverWebSocketSendsNewLinesInLokisFrameShape()
    {
        auto store = makeStore(QStringLiteral("tail"));
        QVERIFY(store->start());
        QWebSocket socket;
        QSignalSpy frames(&socket, &QWebSocket::textMessageReceived);
        QSignalSpy connected(&socket, &QWebSocket::connected);
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/loki/api/v1/tail?query=%2")
                                         .arg(store->port())
                                         .arg(QString::fromLatin1(QUrl::toPercentEncoding(
                                             QStringLiteral("{job=\"t\"} |= \"keep\""))))));
        request.setRawHeader("Authorization", "Bearer " + m_token);
        socket.open(request);
        QVERIFY(connected.wait(5000));
        const qint64 t = nowNs();
        QCOMPARE(store
                     ->request("POST", QStringLiteral("/loki/api/v1/push"),
                               jsonPush(QStringLiteral("t"),
                                        {QStringLiteral("drop me"), QStringLiteral("keep me")}, t))
                     .status,
                 204);
        QVERIFY(frames.wait(5000));
        const QJsonObject frame = QJsonDocument::fromJson(frames.at(0).at(0).toString().toUtf8()).object();
        const QJsonArray streams = frame.value(u"streams").toArray();
        QCOMPARE(streams.size(), 1);
        QCOMPARE(streams.at(0).toObject().value(u"stream").toObject(),
                 (QJsonObject{{QStringLiteral("job"), QStringLiteral("t")}}));
        QCOMPARE(streams.at(0).toObject().value(u"values").toArray(),
                 (QJsonArray{QJsonArray{QString::number(t + 1), QStringLiteral("keep me")}}));
        QVERIFY(!frame.contains(u"dropped_entries")); // left out when empty, as Loki does

        // Without the token the handshake goes nowhere.
        QWebSocket intruder;
        QSignalSpy gone(&intruder, &QWebSocket::disconnected);
        intruder.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/loki/api/v1/tail?query=%7Bjob%3D%22t%22%7D")
                               .arg(store->port())));
        QVERIFY(gone.wait(5000) || gone.size() == 1);
        QVERIFY(intruder.state() != QAbstractSocket::ConnectedState);
        // A metric query cannot be tailed: the close says why.
        QWebSocket metric;
        QSignalSpy closed(&metric, &QWebSocket::disconnected);
        QNetworkRequest metricRequest(QUrl(
            QStringLiteral("ws://127.0.0.1:%1/loki/api/v1/tail?query=%2")
                .arg(store->port())
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("rate({job=\"t\"}[1m])"))))));
        metricRequest.setRawHeader("Authorization", "Bearer " + m_token);
        metric.open(metricRequest);
        QVERIFY(closed.wait(5000));
        QVERIFY2(metric.closeReason().contains(QStringLiteral("log query")),
                 qPrintable(metric.closeReason()));
    }

    void testBurstOf100MBStaysUnderItsMemoryBound()
    {
        // docs/observability.md states the bound: 32 MiB bodies at most, buffered by the HTTP
        // server, decoded on two threads; SQLite's cache is 32 MiB. 100 MB in 4 MiB pushes.
        constexpr qint64 BoundBytes = 200ll << 20;
        auto store = makeStore(QStringLiteral("burst"));
        QVERIFY(store->start());
        const qint64 base = nowNs() - 600'000'000'000;
        const QString filler = QString(150, u'x');
        qint64 sent = 0;
        qint64 lines = 0;
        while (sent < 100'000'000) {
            QStringList batch;
            for (int i = 0; i < 20000; ++i)
                batch << QStringLiteral("line %1 %2").arg(lines + i).arg(filler);
            const QByteArray body = jsonPush(QStringLiteral("burst"), batch, base + lines);
            QCOMPARE(store->request("POST", QStringLiteral("/loki/api/v1/push"), body).status, 204);
            sent += body.size();
            lines += batch.size();
        }
        const auto count =
            store->request("GET", QStringLiteral("/loki/api/v1/query?query=%1")
                                      .arg(QString::fromLatin1(QUrl::toPercentEncoding(
                                          QStringLiteral("sum(count_over_time({job=\"burst\"}[20m]))")))));
        QCOMPARE(count.status, 200);
        const QJsonArray value = QJsonDocument::fromJson(count.body)
                                     .object()
                                     .value(u"data")
                                     .toObject()
                                     .value(u"result")
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(u"value")
                                     .toArray();
        QCOMPARE(value.at(1).toString().toLongLong(), lines);
        const qint64 peak = store->peakRssBytes();
        qInfo("100 MB burst: %lld lines, store peak RSS %lld MiB (bound %lld MiB)", lines, peak >> 20,
              BoundBytes >> 20);
        QVERIFY(peak > 0);
        QVERIFY2(peak < BoundBytes, qPrintable(QString::number(peak >> 20)));
    }
};

QTEST_GUILESS_MAIN(TestLogStoreServer)
#include "tst_LogStoreServer.moc"
