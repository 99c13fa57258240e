// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "DaemonRuntime.h"
#include "DaemonTestSupport.h"
#include "LimitedTcpServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace mb;
using namespace mb::daemon;
using namespace mb::test;

/// The real madbase-worker on 127.0.0.1, with the control plane played by a stub in the test;
/// plus the runtime in-process for what a pillar main adds to it.
class TestDaemonRuntime : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_token = "test-token-0123456789abcdef-XYZ";
    QString m_tokenFile;
    QString m_configFile;
    QJsonObject m_config;
    quint16 m_port = 0;
    QProcess m_daemon;
    ControlPlaneStub m_controlPlane;
    QNetworkAccessManager m_network;
    int m_notifyFd = -1;
    QList<QByteArray> m_notifications;

    QString url(const char *path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QLatin1String(path));
    }

    void drainNotifications()
    {
        char buffer[512];
        for (;;) {
            const ssize_t n = ::recv(m_notifyFd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n <= 0)
                return;
            m_notifications << QByteArray(buffer, n);
        }
    }

    bool notified(const QByteArray &state, int timeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            drainNotifications();
            if (m_notifications.contains(state))
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    bool writeConfig(const QJsonObject &config) const
    {
        QSaveFile file(m_configFile);
        return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(config).toJson()) > 0 &&
               file.commit();
    }

    QJsonObject health()
    {
        const HttpResult r = httpRequest(m_network, url("/health"), m_token);
        return QJsonDocument::fromJson(r.body).object();
    }

    static QJsonObject componentIn(const QJsonObject &health, const QString &name)
    {
        for (const QJsonValue &c : health.value(QStringLiteral("components")).toArray())
            if (c.toObject().value(QStringLiteral("name")).toString() == name)
                return c.toObject();
        return {};
    }

    QString daemonLog() const
    {
        QFile f(m_dir.filePath(QStringLiteral("daemon.stderr")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    DaemonConfig inProcessConfig(quint16 port) const
    {
        DaemonConfig c;
        c.cluster = QStringLiteral("starter");
        c.node = QStringLiteral("starter-system-1");
        c.pillar = topology::Pillar::System;
        c.plan = QStringLiteral("cx23");
        c.listenAddress = QHostAddress::LocalHost;
        c.listenPort = port;
        c.dataDir = m_dir.filePath(QStringLiteral("system"));
        c.extensions = QJsonObject{
            {QStringLiteral("system"), QJsonObject{{QStringLiteral("greeting"), QStringLiteral("hello")}}}};
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(qEnvironmentVariable("MB_WORKER")),
                 "MB_WORKER must name the madbase-worker binary");
        m_tokenFile = m_dir.filePath(QStringLiteral("agent.token"));
        QFile token(m_tokenFile);
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write(m_token + '\n');
        token.close();
        QVERIFY(token.setPermissions(QFile::ReadOwner | QFile::WriteOwner));

        const quint16 controlPort = freeLoopbackPort();
        QVERIFY(m_controlPlane.listen(controlPort));
        m_port = freeLoopbackPort();

        // The systemd side of sd_notify: a datagram socket the daemon finds through NOTIFY_SOCKET.
        const QByteArray notifyPath = QFile::encodeName(m_dir.filePath(QStringLiteral("notify.sock")));
        m_notifyFd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        QVERIFY(m_notifyFd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(static_cast<std::size_t>(notifyPath.size()) < sizeof address.sun_path);
        std::memcpy(address.sun_path, notifyPath.constData(), static_cast<std::size_t>(notifyPath.size()));
        QCOMPARE(::bind(m_notifyFd, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);

        const QJsonObject config{
            {QStringLiteral("version"), 1},
            {QStringLiteral("cluster"), QStringLiteral("starter")},
            {QStringLiteral("node"), QStringLiteral("starter-worker-1")},
            {QStringLiteral("pillar"), QStringLiteral("worker")},
            {QStringLiteral("plan"), QStringLiteral("cx23")},
            {QStringLiteral("listen"), QJsonObject{{QStringLiteral("address"), QStringLiteral("127.0.0.1")},
                                                   {QStringLiteral("port"), m_port}}},
            {QStringLiteral("tokenFile"), m_tokenFile},
            {QStringLiteral("controlPlane"),
             QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1").arg(controlPort)}}},
            {QStringLiteral("dataDir"), m_dir.filePath(QStringLiteral("data"))},
            {QStringLiteral("heartbeatSeconds"), 1},
            {QStringLiteral("components"),
             // The template's function runtime needs a State pillar: not here.
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("runtime")},
                                    {QStringLiteral("enabled"), false}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("flaky")},
                                    {QStringLiteral("command"),
                                     QJsonArray{QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                                QStringLiteral("sleep 0.3; exit 1")}},
                                    {QStringLiteral("restart"), QStringLiteral("on-failure")}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("sleeper")},
                                    {QStringLiteral("command"),
                                     QJsonArray{QStringLiteral("/bin/sleep"), QStringLiteral("600")}},
                                    {QStringLiteral("healthCheck"),
                                     QJsonObject{{QStringLiteral("type"), QStringLiteral("tcp")},
                                                 {QStringLiteral("port"), controlPort},
                                                 {QStringLiteral("intervalSeconds"), 1}}}}}}};
        m_config = config;
        m_configFile = m_dir.filePath(QStringLiteral("worker.json"));
        QVERIFY(writeConfig(config));
        const QString configFile = m_configFile;

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NOTIFY_SOCKET"), QString::fromUtf8(notifyPath));
        env.insert(QStringLiteral("WATCHDOG_USEC"), QStringLiteral("400000"));
        m_daemon.setProcessEnvironment(env);
        // Should this test crash, the daemon goes with it.
        m_daemon.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_daemon.setStandardErrorFile(m_dir.filePath(QStringLiteral("daemon.stderr")));
        m_daemon.start(qEnvironmentVariable("MB_WORKER"), {QStringLiteral("--config"), configFile});
        QVERIFY(m_daemon.waitForStarted(5000));
    }

    void cleanupTestCase()
    {
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.kill();
            m_daemon.waitForFinished(5000);
        }
        if (m_notifyFd >= 0)
            ::close(m_notifyFd);
    }

    void testReadyAndWatchdogAreNotifiedOverNotifySocket()
    {
        QVERIFY2(notified("READY=1", 10000), qPrintable(daemonLog()));
        QVERIFY(notified("WATCHDOG=1", 3000));
    }

    void testHealthWithoutTokenIs401()
    {
        const HttpResult r = httpRequest(m_network, url("/health"), {});
        QCOMPARE(r.status, 401);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("unauthorized"));
    }

    void testHealthWithWrongTokenIs401()
    {
        QCOMPARE(httpRequest(m_network, url("/health"), "test-token-0123456789abcdef-XYz").status, 401);
        QCOMPARE(httpRequest(m_network, url("/health"), m_token + "x").status, 401);
        QCOMPARE(httpRequest(m_network, url("/no/such/route"), "wrong").status, 401);
    }

    void testHealthWithTokenIsJsonWithIdentityAndComponents()
    {
        const HttpResult r = httpRequest(m_network, url("/health"), m_token);
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentType.startsWith("application/json"));
        const QJsonObject h = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(h.value(QStringLiteral("node")).toString(), QStringLiteral("starter-worker-1"));
        QCOMPARE(h.value(QStringLiteral("pillar")).toString(), QStringLiteral("worker"));
        QCOMPARE(h.value(QStringLiteral("plan")).toString(), QStringLiteral("cx23"));
        QVERIFY(h.value(QStringLiteral("uptimeSeconds")).isDouble());
        QCOMPARE(h.value(QStringLiteral("version")).toString(), QStringLiteral(MB_VERSION));
        const QString status = h.value(QStringLiteral("status")).toString();
        QVERIFY(status == QLatin1String("ok") || status == QLatin1String("degraded"));
        QVERIFY(!componentIn(h, QStringLiteral("sleeper")).isEmpty());
        QCOMPARE(httpRequest(m_network, url("/no/such/route"), m_token).status, 404);
    }

    void testMetricsIsPrometheusTextWithHostAndDaemonMetrics()
    {
        const HttpResult r = httpRequest(m_network, url("/metrics"), m_token);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.contentType.startsWith("text/plain; version=0.0.4"), r.contentType.constData());
        const QRegularExpression sample(
            QStringLiteral("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\]|\\\\.)*\",?)*"
                           "\\})? (-?[0-9.e+-]+|NaN|[+-]Inf)$"));
        QSet<QString> typed;
        QSet<QString> names;
        for (const QByteArray &line : r.body.split('\n')) {
            if (line.isEmpty() || line.startsWith("# HELP "))
                continue;
            if (line.startsWith("# TYPE ")) {
                const auto parts = line.split(' ');
                QCOMPARE(parts.size(), 4);
                QVERIFY(parts[3] == "counter" || parts[3] == "gauge");
                typed.insert(QString::fromUtf8(parts[2]));
                continue;
            }
            const auto match = sample.match(QString::fromUtf8(line));
            QVERIFY2(match.hasMatch(), line.constData());
            QVERIFY2(typed.contains(match.captured(1)), line.constData());
            names.insert(match.captured(1));
        }
        for (const char *name :
             {"node_cpu_seconds_total", "node_memory_MemAvailable_bytes", "node_memory_MemTotal_bytes",
              "node_filesystem_avail_bytes", "node_network_receive_bytes_total", "node_load1",
              "node_boot_time_seconds", "node_time_seconds", "madbase_uptime_seconds",
              "madbase_heartbeats_total", "madbase_component_up", "process_resident_memory_bytes",
              "process_cpu_seconds_total"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        QVERIFY(r.body.contains("\nmadbase_up 1\n"));
        QVERIFY(r.body.contains("node_cpu_seconds_total{cpu=\"0\",mode=\"idle\"} "));
    }

    void testOversizedRequestIs413()
    {
        QByteArray request = "POST /health HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_token +
                             "\r\nContent-Type: application/octet-stream\r\nContent-Length: 3145728\r\n\r\n";
        request += QByteArray(3 * 1024 * 1024, 'x');
        const QByteArray answer = rawExchange(m_port, request);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        // The daemon is still there for everyone else.
        QCOMPARE(httpRequest(m_network, url("/health"), m_token).status, 200);
    }

    void testHeartbeatsReachControlPlaneWithTokenAndBody()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_controlPlane.heartbeats.size() >= 2, 5000);
        const auto &beat = m_controlPlane.heartbeats.last();
        QCOMPARE(beat.authorization, "Bearer " + m_token);
        QCOMPARE(beat.body.value(QStringLiteral("node")).toString(), QStringLiteral("starter-worker-1"));
        QCOMPARE(beat.body.value(QStringLiteral("pillar")).toString(), QStringLiteral("worker"));
        QCOMPARE(beat.body.value(QStringLiteral("plan")).toString(), QStringLiteral("cx23"));
        QVERIFY(beat.body.value(QStringLiteral("status")).isString());
        QVERIFY(beat.body.value(QStringLiteral("uptimeSeconds")).isDouble());
        QVERIFY(beat.body.value(QStringLiteral("components")).toArray().size() == 2);
        const QByteArray metrics = httpRequest(m_network, url("/metrics"), m_token).body;
        QVERIFY(!metrics.contains("\nmadbase_heartbeats_total 0\n"));
    }

    void testConfigLongPollDeliversNewVersion()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_controlPlane.pollAfterValues.isEmpty(), 5000);
        QCOMPARE(m_controlPlane.pollAfterValues.first(), 0);
        QCOMPARE(health().value(QStringLiteral("desiredConfigVersion")).toInt(), 0);
        m_controlPlane.publish(1, QJsonObject{{QStringLiteral("runtime"), QStringLiteral("deno")}});
        QTRY_COMPARE_WITH_TIMEOUT(health().value(QStringLiteral("desiredConfigVersion")).toInt(), 1, 5000);
        // The daemon went straight back to waiting, now after version 1.
        QTRY_VERIFY_WITH_TIMEOUT(m_controlPlane.pollAfterValues.contains(1), 5000);
        m_controlPlane.publish(2, QJsonObject{{QStringLiteral("runtime"), QStringLiteral("node")}});
        QTRY_COMPARE_WITH_TIMEOUT(health().value(QStringLiteral("desiredConfigVersion")).toInt(), 2, 5000);
    }

    void testDesiredConfigComponentsAreStartedAndBadOnesIgnored()
    {
        // An invalid component list is refused as a whole: nothing starts, nothing stops.
        const QJsonObject bad{{QStringLiteral("name"), QStringLiteral("bad")},
                              {QStringLiteral("restart"), QStringLiteral("maybe")},
                              {QStringLiteral("command"), QJsonArray{QStringLiteral("/bin/true")}}};
        m_controlPlane.publish(3, QJsonObject{{QStringLiteral("components"), QJsonArray{bad}}});
        QTRY_COMPARE_WITH_TIMEOUT(health().value(QStringLiteral("desiredConfigVersion")).toInt(), 3, 5000);
        QVERIFY(componentIn(health(), QStringLiteral("bad")).isEmpty());
        QVERIFY(!componentIn(health(), QStringLiteral("sleeper")).isEmpty());
        // The refusal is reported with the field's pointer, in /health and in heartbeats.
        const QJsonObject refused = health().value(QStringLiteral("configError")).toObject();
        QCOMPARE(refused.value(QStringLiteral("source")).toString(), QStringLiteral("desired config 3"));
        QCOMPARE(refused.value(QStringLiteral("pointer")).toString(),
                 QStringLiteral("/config/components/0/restart"));
        QVERIFY2(refused.value(QStringLiteral("message")).toString().contains(QStringLiteral("maybe")),
                 qPrintable(refused.value(QStringLiteral("message")).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_controlPlane.heartbeats.isEmpty() &&
                m_controlPlane.heartbeats.last().body.contains(QStringLiteral("configError")),
            5000);
        const QJsonObject pushed{
            {QStringLiteral("name"), QStringLiteral("pushed")},
            {QStringLiteral("command"), QJsonArray{QStringLiteral("/bin/sleep"), QStringLiteral("600")}}};
        m_controlPlane.publish(4, QJsonObject{{QStringLiteral("components"), QJsonArray{pushed}}});
        QTRY_COMPARE_WITH_TIMEOUT(
            componentIn(health(), QStringLiteral("pushed")).value(QStringLiteral("state")).toString(),
            QStringLiteral("running"), 5000);
        QVERIFY(!componentIn(health(), QStringLiteral("sleeper")).isEmpty()); // the config file's stay
        QVERIFY(!health().contains(QStringLiteral("configError")));           // a good config clears it
    }

    void testSighupReloadsTheConfigFileAndKeepsTheLastGoodOneOnABadField()
    {
        const qint64 sleeperPid =
            componentIn(health(), QStringLiteral("sleeper")).value(QStringLiteral("pid")).toInteger();
        QVERIFY(sleeperPid > 0);
        // A bad field: refused with its pointer, and nothing running is touched.
        QJsonObject bad = m_config;
        QJsonArray components = bad.value(QStringLiteral("components")).toArray();
        QJsonObject sleeper = components.at(2).toObject();
        sleeper.insert(QStringLiteral("restart"), QStringLiteral("sometimes"));
        components.replace(2, sleeper);
        bad.insert(QStringLiteral("components"), components);
        QVERIFY(writeConfig(bad));
        QCOMPARE(::kill(static_cast<pid_t>(m_daemon.processId()), SIGHUP), 0);
        QTRY_COMPARE_WITH_TIMEOUT(health()
                                      .value(QStringLiteral("configError"))
                                      .toObject()
                                      .value(QStringLiteral("pointer"))
                                      .toString(),
                                  QStringLiteral("/components/2/restart"), 5000);
        QCOMPARE(health()
                     .value(QStringLiteral("configError"))
                     .toObject()
                     .value(QStringLiteral("source"))
                     .toString(),
                 m_configFile);
        QCOMPARE(componentIn(health(), QStringLiteral("sleeper")).value(QStringLiteral("pid")).toInteger(),
                 sleeperPid);
        QCOMPARE(m_daemon.state(), QProcess::Running);

        // A good file: its new component starts, the others keep running, the error is gone.
        QJsonObject good = m_config;
        components = good.value(QStringLiteral("components")).toArray();
        components.append(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("added")},
            {QStringLiteral("command"), QJsonArray{QStringLiteral("/bin/sleep"), QStringLiteral("600")}}});
        good.insert(QStringLiteral("components"), components);
        QVERIFY(writeConfig(good));
        QCOMPARE(::kill(static_cast<pid_t>(m_daemon.processId()), SIGHUP), 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            componentIn(health(), QStringLiteral("added")).value(QStringLiteral("state")).toString(),
            QStringLiteral("running"), 5000);
        QVERIFY(!health().contains(QStringLiteral("configError")));
        QCOMPARE(componentIn(health(), QStringLiteral("sleeper")).value(QStringLiteral("pid")).toInteger(),
                 sleeperPid);
    }

    void testDeadComponentIsRestartedAndCounted()
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            componentIn(health(), QStringLiteral("flaky")).value(QStringLiteral("restarts")).toInt() >= 1,
            8000);
        const QByteArray metrics = httpRequest(m_network, url("/metrics"), m_token).body;
        const QRegularExpression restarts(
            QStringLiteral("madbase_component_restarts_total\\{component=\"flaky\"\\} (\\d+)"));
        const auto match = restarts.match(QString::fromUtf8(metrics));
        QVERIFY(match.hasMatch());
        QVERIFY(match.captured(1).toInt() >= 1);
        // The healthy one passes its TCP check and stays up.
        QTRY_COMPARE_WITH_TIMEOUT(
            componentIn(health(), QStringLiteral("sleeper")).value(QStringLiteral("state")).toString(),
            QStringLiteral("running"), 5000);
        QVERIFY(metrics.contains("madbase_component_up{component=\"sleeper\"} "));
    }

    void testSigtermStopsComponentsAndExitsZeroWithinFiveSeconds()
    {
        const qint64 sleeperPid =
            componentIn(health(), QStringLiteral("sleeper")).value(QStringLiteral("pid")).toInteger();
        QVERIFY(sleeperPid > 0);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(::kill(static_cast<pid_t>(m_daemon.processId()), SIGTERM), 0);
        QVERIFY(m_daemon.waitForFinished(5000));
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(m_daemon.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_daemon.exitCode(), 0);
        QVERIFY(notified("STOPPING=1", 1000));
        QCOMPARE(::kill(static_cast<pid_t>(sleeperPid), 0), -1); // the component is gone too
        // The token never reached the log.
        const QString log = daemonLog();
        QVERIFY(log.contains(QStringLiteral("msg=stopped")));
        QVERIFY(!log.contains(QString::fromUtf8(m_token)));
    }

    void testCustomRoutesAreBehindTheTokenAndSeeExtensions()
    {
        const quint16 port = freeLoopbackPort();
        DaemonRuntime runtime(inProcessConfig(port), m_token);
        QVERIFY(runtime.controlPlane() == nullptr); // the System node reports to no one
        const QString greeting =
            runtime.extension(QStringLiteral("system")).value(QStringLiteral("greeting")).toString();
        QVERIFY(
            runtime.route(QStringLiteral("/v1/hello/<arg>"), QHttpServerRequest::Method::Get,
                          [greeting](const QString &name) -> QJsonObject {
                              return QJsonObject{{QStringLiteral("text"), QString(greeting + u' ' + name)}};
                          }));
        runtime.addMetricsCollector([](MetricsText &m) {
            m.family("madbase_api_requests_total", "API requests.", "counter");
            m.sample("madbase_api_requests_total", {}, 7);
        });
        runtime.addHealthCheck(QStringLiteral("store"), [](QString *detail) {
            if (detail)
                *detail = QStringLiteral("disk full");
            return false;
        });
        const auto started = runtime.start();
        QVERIFY2(started, started ? "" : started.error().message.text().c_str());
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        QCOMPARE(httpRequest(m_network, base + QStringLiteral("/v1/hello/ana"), {}).status, 401);
        const HttpResult ok = httpRequest(m_network, base + QStringLiteral("/v1/hello/ana"), m_token);
        QCOMPARE(ok.status, 200);
        QCOMPARE(QJsonDocument::fromJson(ok.body).object().value(QStringLiteral("text")).toString(),
                 QStringLiteral("hello ana"));
        QVERIFY(httpRequest(m_network, base + QStringLiteral("/metrics"), m_token)
                    .body.contains("\nmadbase_api_requests_total 7\n"));
        const QJsonObject h =
            QJsonDocument::fromJson(httpRequest(m_network, base + QStringLiteral("/health"), m_token).body)
                .object();
        QCOMPARE(h.value(QStringLiteral("status")).toString(), QStringLiteral("degraded"));
        QCOMPARE(h.value(QStringLiteral("checks"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("detail"))
                     .toString(),
                 QStringLiteral("disk full"));
        QSignalSpy stopped(&runtime, &DaemonRuntime::stopped);
        runtime.stop(0);
        QVERIFY(stopped.wait(5000));
    }

    void testIncompleteRequestIsCutWith408()
    {
        QHttpServer http;
        auto *tcp = new LimitedTcpServer; // bind() hands it to the HTTP server
        tcp->setRequestTimeout(std::chrono::milliseconds{300});
        QVERIFY(tcp->listen(QHostAddress::LocalHost, freeLoopbackPort()));
        http.route(QStringLiteral("/"), [] { return QStringLiteral("ok"); });
        http.bind(tcp);
        QElapsedTimer clock;
        clock.start();
        const QByteArray answer =
            rawExchange(tcp->serverPort(), "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ", 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
        QVERIFY(clock.elapsed() < 3000);
        QCOMPARE(tcp->rejectedTimeout(), quint64(1));
        // A complete request on the same server is answered normally.
        QVERIFY(rawExchange(tcp->serverPort(), "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 1000)
                    .startsWith("HTTP/1.1 200"));
    }
};

QTEST_GUILESS_MAIN(TestDaemonRuntime)
#include "tst_DaemonRuntime.moc"
