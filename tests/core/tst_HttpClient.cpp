// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <thread>
#include <unistd.h>

using namespace mb;
using namespace mb::net;

/// A tiny HTTP/1.1 server on 127.0.0.1 for the client to talk to; lives on its own thread
/// because the client blocks. One request per connection.
class LoopbackServer : public QObject
{
    Q_OBJECT

public:
    quint16 port() const { return m_server->serverPort(); }

    bool start()
    {
        connect(m_server, &QTcpServer::newConnection, this, &LoopbackServer::accept);
        const int base = 20000 + static_cast<int>(::getpid() % 8000);
        for (int port = base; port < base + 200; ++port) {
            if (m_server->listen(QHostAddress::LocalHost, static_cast<quint16>(port)))
                return true;
        }
        return false;
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.front().trimmed().split(' ');
        QJsonObject headers;
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            const QString name = QString::fromLatin1(lines[i].left(colon).trimmed().toLower());
            const QString value = QString::fromLatin1(lines[i].mid(colon + 1).trimmed());
            headers[name] = value;
            if (name == QLatin1String("content-length"))
                length = value.toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QByteArray method = requestLine.value(0);
        const QByteArray path = requestLine.value(1);
        const QByteArray body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        respond(socket, method, path, body, headers);
    }

    static void reply(QTcpSocket *socket, int status, const QByteArray &body,
                      const QByteArray &extraHeaders = {})
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) +
                         " X\r\nContent-Length: " + QByteArray::number(body.size()) +
                         "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
        socket->write(out);
        socket->disconnectFromHost();
    }

    void respond(QTcpSocket *socket, const QByteArray &method, const QByteArray &path, const QByteArray &body,
                 const QJsonObject &headers)
    {
        if (path == "/echo") {
            const QJsonObject echo{{QStringLiteral("method"), QString::fromLatin1(method)},
                                   {QStringLiteral("body"), QString::fromUtf8(body)},
                                   {QStringLiteral("headers"), headers}};
            reply(socket, 200, QJsonDocument(echo).toJson(QJsonDocument::Compact),
                  "Content-Type: application/json\r\nX-Mixed-Case: Yes\r\nSet-Cookie: a=1\r\nSet-Cookie: "
                  "b=2\r\n");
        } else if (path.startsWith("/status/")) {
            const int status = path.mid(8).toInt();
            reply(socket, status, "status " + path.mid(8));
        } else if (path == "/slow") {
            QTimer::singleShot(2000, socket, [socket] { reply(socket, 200, "late"); });
        } else if (path == "/close") {
            socket->abort();
        } else if (path == "/big") {
            reply(socket, 200, QByteArray(3 << 20, 'b'));
        } else {
            reply(socket, 404, "no route");
        }
    }

    QTcpServer *m_server = new QTcpServer(this); // a child, so it moves thread with us
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

/// The libcurl client: methods, headers, statuses, secrets, failures and threads.
class TestHttpClient : public QObject
{
    Q_OBJECT

private:
    QThread m_thread;
    LoopbackServer *m_server = nullptr;

    std::string url(const char *path) const
    {
        return "http://127.0.0.1:" + std::to_string(m_server->port()) + path;
    }

    static nlohmann::json json(const HttpResponse &r) { return nlohmann::json::parse(r.body); }

    static quint16 closedPort()
    {
        QTcpServer probe;
        const int base = 24000 + static_cast<int>(::getpid() % 8000);
        for (int port = base; port < base + 200; ++port) {
            if (probe.listen(QHostAddress::LocalHost, static_cast<quint16>(port))) {
                probe.close();
                return static_cast<quint16>(port);
            }
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = new LoopbackServer;
        m_server->moveToThread(&m_thread);
        m_thread.start();
        bool listening = false;
        QMetaObject::invokeMethod(
            m_server, [&] { listening = m_server->start(); }, Qt::BlockingQueuedConnection);
        QVERIFY(listening);
    }

    void cleanupTestCase()
    {
        QMetaObject::invokeMethod(
            m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    void testGetReturnsStatusHeadersAndBody()
    {
        const HttpClient client;
        const auto r = client.request("GET", url("/echo"), {{"X-Request-Id", "42"}});
        QVERIFY2(r, r ? "" : r.error().describe().c_str());
        QCOMPARE(r->status, 200);
        QVERIFY(r->ok());
        QCOMPARE(r->headers.value("content-type"), std::optional<std::string>("application/json"));
        QCOMPARE(r->headers.value("x-mixed-case"), std::optional<std::string>("Yes"));
        QCOMPARE(r->headers.values("SET-COOKIE"), (std::vector<std::string>{"a=1", "b=2"}));
        const auto echo = json(*r);
        QCOMPARE(echo["method"].get<std::string>(), std::string("GET"));
        QCOMPARE(echo["headers"]["x-request-id"].get<std::string>(), std::string("42"));
        QVERIFY(echo["headers"]["user-agent"].get<std::string>().starts_with("madbase/"));
        QVERIFY(!echo["headers"].contains("expect"));
    }

    void testMethodsSendTheirBody()
    {
        const HttpClient client;
        for (const char *method : {"POST", "PUT", "PATCH", "DELETE"}) {
            const std::string body = std::string("{\"via\":\"") + method + "\"}";
            const auto r = client.request(method, url("/echo"), {{"Content-Type", "application/json"}}, body);
            QVERIFY(r);
            const auto echo = json(*r);
            QCOMPARE(echo["method"].get<std::string>(), std::string(method));
            QCOMPARE(echo["body"].get<std::string>(), body);
            QCOMPARE(echo["headers"]["content-type"].get<std::string>(), std::string("application/json"));
        }
        const auto empty = client.request("POST", url("/echo"));
        QVERIFY(empty);
        QCOMPARE(json(*empty)["headers"]["content-length"].get<std::string>(), std::string("0"));
        QCOMPARE(client.request("DELETE", url("/echo"))->status, 200);
    }

    void testErrorStatusIsAResponseNotAnError()
    {
        const HttpClient client;
        for (const int status : {404, 409, 503}) {
            const auto r = client.request("GET", url(("/status/" + std::to_string(status)).c_str()));
            QVERIFY(r);
            QCOMPARE(r->status, status);
            QVERIFY(!r->ok());
            QCOMPARE(r->body, "status " + std::to_string(status));
        }
    }

    void testBearerTokenIsSentButNeverInErrors()
    {
        HttpClient client;
        client.setBearerToken("s3cret-token");
        const auto r = client.request("GET", url("/echo"));
        QVERIFY(r);
        QCOMPARE(json(*r)["headers"]["authorization"].get<std::string>(), std::string("Bearer s3cret-token"));
        const auto own = client.request("GET", url("/echo"), {{"Authorization", "Bearer other"}});
        QCOMPARE(json(*own)["headers"]["authorization"].get<std::string>(), std::string("Bearer other"));

        const std::string refused =
            "http://127.0.0.1:" + std::to_string(closedPort()) + "/v1/x?token=s3cret-token";
        const auto failed = client.request("GET", refused);
        QVERIFY(!failed);
        const std::string everything =
            failed.error().describe() + failed.error().detail + failed.error().pointer;
        QVERIFY(everything.find("s3cret") == std::string::npos);

        const HttpHeaders logged = HttpHeaders{
            {"Authorization", "Bearer s3cret"},
            {"X-Api-Token", "t"},
            {"Accept", "*/*"}}.redacted();
        QCOMPARE(logged.value("authorization"), std::optional<std::string>("<redacted>"));
        QCOMPARE(logged.value("x-api-token"), std::optional<std::string>("<redacted>"));
        QCOMPARE(logged.value("accept"), std::optional<std::string>("*/*"));
        QCOMPARE(HttpClient::redactedUrl("https://user:pw@host:8443/v1/x?token=abc#f"),
                 std::string("https://host:8443/v1/x"));

        client.clearBearerToken();
        QVERIFY(!json(*client.request("GET", url("/echo")))["headers"].contains("authorization"));
    }

    void testConnectionRefusedIsNetConnect()
    {
        const HttpClient client;
        const std::string target = "http://127.0.0.1:" + std::to_string(closedPort()) + "/v1/health";
        const auto r = client.request("GET", target);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NetConnect);
        QVERIFY(r.error().message.text().find(target) != std::string::npos);
        QVERIFY(r.error().detail.find("curl code 7") != std::string::npos);
    }

    void testTimeoutIsNetTimeout()
    {
        const HttpClient client;
        const auto start = std::chrono::steady_clock::now();
        const auto r = client.request("GET", url("/slow"), {}, {}, std::chrono::milliseconds{300});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NetTimeout);
        QVERIFY(std::chrono::steady_clock::now() - start < std::chrono::milliseconds{1500});
    }

    void testConnectionClosedWithoutAnswerIsNetConnect()
    {
        const HttpClient client;
        const auto r = client.request("GET", url("/close"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NetConnect);
    }

    void testOversizedAnswerIsRefused()
    {
        const HttpClient client(HttpClientOptions{.maxResponseBytes = 1u << 20});
        const auto r = client.request("GET", url("/big"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NetRequest);
        QVERIFY(r.error().message.text().find("too large") != std::string::npos);
        QCOMPARE(HttpClient().request("GET", url("/big"))->body.size(), std::size_t{3u << 20});
    }

    void testManyThreadsShareOneClient()
    {
        const HttpClient client;
        std::atomic<int> good{0};
        {
            std::vector<std::jthread> threads;
            for (int t = 0; t < 8; ++t) {
                threads.emplace_back([&, t] {
                    for (int i = 0; i < 10; ++i) {
                        const std::string body = std::to_string(t) + "/" + std::to_string(i);
                        const auto r = client.request("POST", url("/echo"), {}, body);
                        if (r && r->status == 200 && json(*r)["body"].get<std::string>() == body)
                            ++good;
                    }
                });
            }
        }
        QCOMPARE(good.load(), 80);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_HttpClient.moc"
