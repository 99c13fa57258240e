// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ClusterHarness.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>

#include <memory>
#include <vector>

using mb::test::ClusterHarness;

/// A node, or anyone on the machine, cannot hurt the control plane of a real cluster: agent
/// tokens speak for one node, heartbeats for names not on record are refused and cost no
/// memory, idle connections cannot lock the operator out, and malformed requests get the
/// HTTP answer that names what is wrong.
class TestControlPlaneAbuse : public QObject
{
    Q_OBJECT

private:
    ClusterHarness m_harness;
    const QString m_cluster = QStringLiteral("abuse");
    QString m_url;
    QByteArray m_apiToken;
    QNetworkAccessManager m_network;

    QByteArray nodeToken(const QString &node) const
    {
        QFile f(m_harness.root() + QStringLiteral("/abuse/nodes/%1/agent.token").arg(node));
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
    }

    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &token,
                        const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(m_url + path));
        request.setRawHeader("Authorization", "Bearer " + token);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        return m_network.sendCustomRequest(request, method, body);
    }

    struct Answer
    {
        int status = -1;
        QJsonObject body;
        QByteArray allow;
    };

    Answer call(const QByteArray &method, const QString &path, const QByteArray &token,
                const QByteArray &body = {})
    {
        QNetworkReply *reply = send(method, path, token, body);
        ClusterHarness::waitFor([&] { return reply->isFinished(); }, 10000);
        Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 QJsonDocument::fromJson(reply->readAll()).object(), reply->rawHeader("Allow")};
        reply->deleteLater();
        return a;
    }

    /// `count` requests over 8 keep-alive connections, each request written whole (no Nagle
    /// wait between its header and body); the statuses seen, by status.
    QMap<int, int> flood(int count, const std::function<QByteArray(int)> &make)
    {
        QMap<int, int> statuses;
        int started = 0;
        int finished = 0;
        QEventLoop loop; // run at full speed, not at the 100 ms polls of waitFor()
        const QUrl url(m_url);
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        std::vector<QByteArray> buffers(8);
        auto sendNext = [&](QTcpSocket *socket) {
            if (started < count)
                socket->write(make(started++));
        };
        for (int i = 0; i < 8; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            QTcpSocket *raw = socket.get();
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            connect(raw, &QTcpSocket::readyRead, raw, [&, raw, i] {
                buffers[i] += raw->readAll();
                for (;;) {
                    const qsizetype end = buffers[i].indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffers[i].left(end).toLower();
                    const qsizetype at = head.indexOf("content-length:");
                    const qsizetype length =
                        at < 0 ? 0
                               : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                    if (buffers[i].size() < end + 4 + length)
                        return;
                    ++statuses[buffers[i].mid(9, 3).toInt()];
                    if (++finished >= count)
                        loop.quit();
                    buffers[i].remove(0, end + 4 + length);
                    sendNext(raw);
                }
            });
            socket->connectToHost(QStringLiteral("127.0.0.1"), quint16(url.port()));
            sockets.push_back(std::move(socket));
        }
        for (auto &socket : sockets)
            if (socket->waitForConnected(5000))
                sendNext(socket.get());
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (finished < count)
            loop.exec();
        for (auto &socket : sockets)
            socket->disconnect(); // no callback after this frame is gone
        return statuses;
    }

    QByteArray rawRequest(const QByteArray &method, const QByteArray &path, const QByteArray &token,
                          const QByteArray &body = {})
    {
        return method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
               "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\n\r\n" + body;
    }

    qint64 systemPid()
    {
        return m_harness.nodes(m_cluster)
            .value(QStringLiteral("abuse-system-1"))
            .value(QStringLiteral("pid"))
            .toInteger();
    }

    static qint64 rssKiB(qint64 pid)
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        return -1;
    }

    /// Sends `bytes` as they are on a fresh connection; the status of the answer (0: none
    /// within `timeoutMs`).
    int rawExchange(const QByteArray &bytes, int timeoutMs = 10000)
    {
        QTcpSocket socket;
        const QUrl url(m_url);
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(url.port()));
        if (!socket.waitForConnected(5000))
            return -1;
        socket.write(bytes);
        QByteArray answer;
        ClusterHarness::waitFor(
            [&] {
                socket.waitForReadyRead(100);
                answer += socket.readAll();
                return answer.contains("\r\n") || socket.state() != QAbstractSocket::ConnectedState;
            },
            timeoutMs);
        return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_harness.valid());
        QVERIFY2(QFile::exists(qEnvironmentVariable("MB_CTL")), "MB_CTL must name madbasectl");
        // A thousand sockets and more: raise this process's own limit as far as it may go.
        rlimit limit{};
        ::getrlimit(RLIMIT_NOFILE, &limit);
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
        QVERIFY2(limit.rlim_cur >= 1200, "the test needs at least 1200 open files");

        const auto r = m_harness.ctl(
            {QStringLiteral("up"), m_harness.writeTopology(m_cluster), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QFile record(m_harness.root() + QStringLiteral("/abuse/cluster.json"));
        QVERIFY(record.open(QIODevice::ReadOnly));
        m_url = QJsonDocument::fromJson(record.readAll()).object().value(QStringLiteral("apiUrl")).toString();
        QFile token(m_harness.root() + QStringLiteral("/abuse/api.token"));
        QVERIFY(token.open(QIODevice::ReadOnly));
        m_apiToken = token.readAll().trimmed();
    }

    void testANodesTokenSpeaksForThatNodeOnly()
    {
        const QByteArray worker = nodeToken(QStringLiteral("abuse-worker-1"));
        const QByteArray proxy = nodeToken(QStringLiteral("abuse-proxy-1"));
        QVERIFY(!worker.isEmpty() && !proxy.isEmpty());
        QVERIFY(worker != proxy);
        // The cluster's secret is no node's token.
        QFile secret(m_harness.root() + QStringLiteral("/abuse/agent.token"));
        QVERIFY(secret.open(QIODevice::ReadOnly));
        const QByteArray clusterSecret = secret.readAll().trimmed();
        QVERIFY(clusterSecret != worker);
        // No node's config names the secret (a node made before per-node tokens would).
        for (const auto &[name, record] : m_harness.nodes(m_cluster).asKeyValueRange()) {
            QFile config(m_harness.root() + QStringLiteral("/abuse/nodes/%1/config.json").arg(name));
            QVERIFY(config.open(QIODevice::ReadOnly));
            QVERIFY2(QJsonDocument::fromJson(config.readAll())
                         .object()
                         .value(QStringLiteral("tokenFile"))
                         .toString()
                         .endsWith(QStringLiteral("/nodes/%1/agent.token").arg(name)),
                     qPrintable(name));
        }
        // Such an older node is still heard, for a node on record only.
        QCOMPARE(call("POST", QStringLiteral("/v1/agents/heartbeat"), clusterSecret,
                      "{\"node\":\"abuse-worker-1\"}")
                     .status,
                 200);
        QCOMPARE(
            call("POST", QStringLiteral("/v1/agents/heartbeat"), clusterSecret, "{\"node\":\"abuse-ghost\"}")
                .status,
            404);

        QCOMPARE(call("POST", QStringLiteral("/v1/agents/heartbeat"), worker, "{\"node\":\"abuse-worker-1\"}")
                     .status,
                 200);
        const Answer forged =
            call("POST", QStringLiteral("/v1/agents/heartbeat"), worker, "{\"node\":\"abuse-proxy-1\"}");
        QCOMPARE(forged.status, 401);
        QCOMPARE(
            forged.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("unauthorized"));
        QCOMPARE(call("GET", QStringLiteral("/v1/agents/config?node=abuse-proxy-1&wait=0"), worker).status,
                 401);
        QCOMPARE(call("GET", QStringLiteral("/v1/agents/config?node=abuse-worker-1&after=0&wait=0"), worker)
                     .status,
                 200);
        // A node's token opens no operator route.
        QCOMPARE(call("GET", QStringLiteral("/v1/nodes"), worker).status, 401);
    }

    void testHeartbeatsForUnknownNamesAreRefusedAndCostNoMemory()
    {
        const qint64 pid = systemPid();
        QVERIFY(pid > 0);
        const QByteArray worker = nodeToken(QStringLiteral("abuse-worker-1"));
        // Each heartbeat carries a kilobyte: kept, 10,000 of them would be ten megabytes and more.
        const QByteArray padding(1024, 'x');
        auto heartbeat = [&](const QByteArray &token, int i) {
            return rawRequest("POST", "/v1/agents/heartbeat", token,
                              QByteArray("{\"node\":\"abuse-ghost-") + QByteArray::number(i) +
                                  "\",\"pad\":\"" + padding + "\"}");
        };
        // Warm up (the HTTP server's own buffers), then measure.
        flood(500, [&](int i) { return heartbeat(worker, i); });
        const qint64 before = rssKiB(pid);
        const QMap<int, int> withNodeToken = flood(10000, [&](int i) { return heartbeat(worker, i); });
        QCOMPARE(withNodeToken.value(401), 10000);
        // Even the operator's token does not make a name a node.
        const QMap<int, int> withApiToken = flood(2000, [&](int i) { return heartbeat(m_apiToken, i); });
        QCOMPARE(withApiToken.value(404), 2000);
        const qint64 after = rssKiB(pid);
        qInfo("control plane RSS before 12,000 refused heartbeats %lld KiB, after %lld KiB", before, after);
        QVERIFY2(after - before < 3 * 1024,
                 qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(after - before)));
        // The control plane still answers, and knows only its four nodes.
        QCOMPARE(call("GET", QStringLiteral("/v1/nodes"), m_apiToken)
                     .body.value(QStringLiteral("nodes"))
                     .toArray()
                     .size(),
                 4);
    }

    void testIdleConnectionsDoNotLockTheOperatorOut()
    {
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        const QUrl url(m_url);
        for (int i = 0; i < 1000; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QStringLiteral("127.0.0.1"), quint16(url.port()));
            idle.push_back(std::move(socket));
        }
        QVERIFY(ClusterHarness::waitFor(
            [&] {
                return std::all_of(idle.begin(), idle.end(), [](const auto &s) {
                    return s->state() != QAbstractSocket::ConnectingState &&
                           s->state() != QAbstractSocket::HostLookupState;
                });
            },
            20000));
        // Every authenticated request succeeds while the thousand sockets are open.
        const QMap<int, int> statuses =
            flood(200, [&](int) { return rawRequest("GET", "/v1/health", m_apiToken); });
        QCOMPARE(statuses.value(200), 200);
        qInfo("200 of 200 authenticated requests answered beside 1,000 idle connections");
    }

    void testWrongMethodGets405WithAllow()
    {
        const Answer a = call("GET", QStringLiteral("/v1/apply"), m_apiToken);
        QCOMPARE(a.status, 405);
        QCOMPARE(a.allow, QByteArray("POST"));
        QCOMPARE(a.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("method-not-allowed"));
        const Answer t = call("DELETE", QStringLiteral("/v1/topology"), m_apiToken);
        QCOMPARE(t.status, 405);
        QCOMPARE(t.allow, QByteArray("GET, PUT"));
        QCOMPARE(call("GET", QStringLiteral("/v1/pillars/worker/scale"), m_apiToken).status, 405);
    }

    void testMalformedRequestsGet400()
    {
        QCOMPARE(rawExchange("GARBAGE\r\n\r\n"), 400);
        QCOMPARE(rawExchange("GET /v1/health HTTP/9.9\r\nHost: x\r\n\r\n"), 400);
        QCOMPARE(rawExchange("get /v1/health HTTP/1.1\r\n\r\n"), 400);
        QCOMPARE(rawExchange("GET /v1/health HTTP/1.1\r\nno colon here\r\n\r\n"), 400);
        QCOMPARE(rawExchange("GET /v1/health HTTP/1.1\r\nX-Big: " + QByteArray(20000, 'a') + "\r\n\r\n"),
                 431);
        // A well-formed request on the same port still works.
        QCOMPARE(rawExchange("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                             m_apiToken + "\r\n\r\n"),
                 200);
    }

    void testASlowSenderIsCutOff()
    {
        // Half a request head, then nothing: 408 once the request time (10 s) is over.
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(rawExchange("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n", 15000), 408);
        QVERIFY2(clock.elapsed() >= 9000, qPrintable(QString::number(clock.elapsed())));
    }

    void testTheSameBadLongPollValueGetsTheSameAnswer()
    {
        const QByteArray worker = nodeToken(QStringLiteral("abuse-worker-1"));
        const Answer events = call("GET", QStringLiteral("/v1/events?after=x"), m_apiToken);
        const Answer config =
            call("GET", QStringLiteral("/v1/agents/config?node=abuse-worker-1&after=x"), worker);
        QCOMPARE(events.status, 400);
        QCOMPARE(config.status, 400);
        QCOMPARE(config.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
                 events.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")));
        // An unknown node is the same answer wherever it is named.
        const Answer resize = call("POST", QStringLiteral("/v1/nodes/abuse-worker-9/resize"), m_apiToken,
                                   "{\"plan\": \"cx33\"}");
        const Answer heartbeat = call("POST", QStringLiteral("/v1/agents/heartbeat"), m_apiToken,
                                      "{\"node\": \"abuse-worker-9\"}");
        QCOMPARE(resize.status, 404);
        QCOMPARE(heartbeat.status, 404);
        QCOMPARE(
            resize.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("unknown-node"));
        QCOMPARE(
            heartbeat.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("unknown-node"));
    }

    void testBodiesAtAndPastTheLimit()
    {
        // One mebibyte of request is the limit: just under it is read (and refused as JSON), past
        // it the connection gets 413 before the body is parsed.
        const QByteArray under(1024 * 1024 - 1024, ' ');
        QCOMPARE(call("PUT", QStringLiteral("/v1/topology"), m_apiToken, under).status, 400);
        const QByteArray over(1024 * 1024 + 1, ' ');
        QCOMPARE(call("PUT", QStringLiteral("/v1/topology"), m_apiToken, over).status, 413);
    }

    void testTheSameBadBodyGetsTheSameAnswerOnEveryRoute()
    {
        for (const char *path : {"/v1/apply", "/v1/pillars/worker/scale", "/v1/pillars/worker/resize",
                                 "/v1/nodes/abuse-worker-1/resize", "/v1/topology"}) {
            const QByteArray method = QByteArrayView(path) == "/v1/topology" ? "PUT" : "POST";
            const Answer a = call(method, QString::fromLatin1(path), m_apiToken, "{not json");
            QVERIFY2(a.status == 400, path);
            QCOMPARE(
                a.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                QStringLiteral("malformed-json"));
        }
    }

    void testADuplicateKeyIsRefusedWithBothPositionsOnEveryRoute()
    {
        // The last key never silently wins (docs/reliability.md): the same 400 and code everywhere.
        for (const char *path : {"/v1/apply", "/v1/pillars/worker/scale", "/v1/pillars/worker/resize",
                                 "/v1/nodes/abuse-worker-1/resize"}) {
            const Answer a =
                call("POST", QString::fromLatin1(path), m_apiToken, "{\"count\": 2,\n \"count\": 9}");
            QVERIFY2(a.status == 400, path);
            const QJsonObject error = a.body.value(QStringLiteral("error")).toObject();
            QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("json-duplicate-key"));
            const QString message = error.value(QStringLiteral("message")).toString();
            QVERIFY2(message.contains(QStringLiteral("line 1")) && message.contains(QStringLiteral("line 2")),
                     qPrintable(message));
        }
    }

    void cleanupTestCase()
    {
        const auto r = m_harness.ctl({QStringLiteral("down"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestControlPlaneAbuse)
#include "tst_ControlPlaneAbuse.moc"
