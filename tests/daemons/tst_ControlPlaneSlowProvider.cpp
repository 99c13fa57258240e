// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ControlPlane.h"
#include "DaemonRuntime.h"
#include "DaemonTestSupport.h"
#include "SlowProvider.h"
#include "base/Secret.h"
#include "net/Pki.h"
#include "plan/Sha256.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mb;
using mb::test::freeLoopbackPort;
using mb::test::httpRequest;
using mb::test::runningNode;
using mb::test::SlowProvider;

/// The control plane's event loop never waits on the provider (docs/operations.md, "Inside the
/// control plane"): while a read of the inventory takes seconds, heartbeats, GET /v1/health and
/// the events long-poll answer at once, and a plan answers when a fresh read is back.
class TestControlPlaneSlowProvider : public QObject
{
    Q_OBJECT

private:
    static constexpr int SlowReadMs = 4000;
    /// Far below SlowReadMs, with room for a loaded machine.
    static constexpr int PromptMs = 1000;

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    const QByteArray m_runtimeToken = "runtime-token-for-the-slow-provider-test";
    const QByteArray m_apiToken = "api-token-for-the-slow-provider-test";
    const std::string m_secret = "cluster-secret-for-the-slow-provider-test";

    bool writeSecret(const QString &path, const QByteArray &value)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(value + '\n');
        f.close();
        return f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }

    daemon::DaemonConfig config(quint16 port) const
    {
        daemon::DaemonConfig c;
        c.cluster = QStringLiteral("starter");
        c.node = QStringLiteral("starter-system-1");
        c.pillar = topology::Pillar::System;
        c.plan = QStringLiteral("cx23");
        c.listenAddress = QHostAddress::LocalHost;
        c.listenPort = port;
        c.dataDir = m_dir.filePath(QStringLiteral("system"));
        c.heartbeatSeconds = 1;
        c.extensions = QJsonObject{
            {QStringLiteral("system"),
             QJsonObject{{QStringLiteral("apiTokenFile"), m_dir.filePath(QStringLiteral("api.token"))}}}};
        return c;
    }

    QByteArray nodeToken(const std::string &node) const
    {
        return QByteArray::fromStdString(plan::hmacSha256Hex(m_secret, node));
    }

    /// The status and how long it took.
    std::pair<int, qint64> timed(const QString &url, const QByteArray &token,
                                 const QByteArray &method = "GET", const QByteArray &body = {})
    {
        QElapsedTimer clock;
        clock.start();
        const int status = httpRequest(m_network, url, token, method, body).status;
        return {status, clock.elapsed()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("system"))));
        QVERIFY(writeSecret(m_dir.filePath(QStringLiteral("api.token")), m_apiToken));
        // What bootstrap gives the System node (docs/pillars.md, "TLS").
        const auto ca = net::makeCertificateAuthority("test CA");
        QVERIFY(ca);
        QVERIFY(writeSecretFile(m_dir.filePath(QStringLiteral("system/cluster-ca.pem")).toStdString(),
                                ca->certificatePem));
        QVERIFY(writeSecretFile(m_dir.filePath(QStringLiteral("system/cluster-ca.key")).toStdString(),
                                ca->privateKeyPem));
    }

    void testHeartbeatsAndHealthAnswerPromptlyWhileTheProviderIsSlow()
    {
        const quint16 port = freeLoopbackPort();
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        daemon::DaemonRuntime runtime(config(port), m_runtimeToken);
        auto owned = std::make_unique<SlowProvider>();
        SlowProvider *provider = owned.get();
        provider->nodes.addNode(runningNode("starter-system-1", topology::Pillar::System));
        provider->nodes.addNode(runningNode("starter-worker-1", topology::Pillar::Worker));
        controlplane::ControlPlane controlPlane(runtime, std::move(owned), m_secret);
        const auto initialized = controlPlane.init();
        QVERIFY2(initialized, initialized ? "" : initialized.error().describe().c_str());
        const auto started = runtime.start();
        QVERIFY2(started, started ? "" : started.error().message.text().c_str());

        const QByteArray worker = nodeToken("starter-worker-1");
        const QByteArray heartbeat = R"({"node":"starter-worker-1"})";
        QTRY_COMPARE_WITH_TIMEOUT(
            httpRequest(m_network, base + QStringLiteral("/v1/agents/heartbeat"), worker, "POST", heartbeat)
                .status,
            200, 5000);
        QFile example(QStringLiteral(MB_SOURCE_DIR "/resources/examples/starter.json"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QCOMPARE(httpRequest(m_network, base + QStringLiteral("/v1/topology"), m_apiToken, "PUT",
                             example.readAll())
                     .status,
                 200);

        // The resume (nothing to do) is over and a read came after it.
        QTRY_VERIFY_WITH_TIMEOUT(
            QJsonDocument::fromJson(
                httpRequest(m_network, base + QStringLiteral("/v1/health"), m_apiToken).body)
                .object()
                .contains(QStringLiteral("pending")),
            5000);

        // From now on every read of the inventory takes seconds; the monitor starts one within
        // a heartbeat interval.
        provider->listDelayMs = SlowReadMs;
        QTRY_VERIFY_WITH_TIMEOUT(provider->reading.load() > 0, 5000);
        QElapsedTimer sinceSlow;
        sinceSlow.start();
        QNetworkRequest planRequest(QUrl(base + QStringLiteral("/v1/plan")));
        planRequest.setRawHeader("Authorization", "Bearer " + m_apiToken);
        planRequest.setTransferTimeout(3 * SlowReadMs);
        QNetworkReply *plan = m_network.post(planRequest, QByteArray());

        qint64 slowest = 0;
        for (int i = 0; i < 3; ++i) {
            const auto [beat, beatMs] =
                timed(base + QStringLiteral("/v1/agents/heartbeat"), worker, "POST", heartbeat);
            QCOMPARE(beat, 200);
            QVERIFY2(beatMs < PromptMs, qPrintable(QStringLiteral("a heartbeat took %1 ms").arg(beatMs)));
            QElapsedTimer clock;
            clock.start();
            const auto health = httpRequest(m_network, base + QStringLiteral("/v1/health"), m_apiToken);
            const qint64 healthMs = clock.elapsed();
            QCOMPARE(health.status, 200);
            QVERIFY2(healthMs < PromptMs,
                     qPrintable(QStringLiteral("GET /v1/health took %1 ms").arg(healthMs)));
            // From the snapshot: the starter topology has a proxy and a State node more.
            const QJsonObject body = QJsonDocument::fromJson(health.body).object();
            QCOMPARE(body.value(QStringLiteral("pending")).toObject().value(QStringLiteral("count")).toInt(),
                     2);
            const auto [events, eventsMs] =
                timed(base + QStringLiteral("/v1/events?after=0&wait=0"), m_apiToken);
            QCOMPARE(events, 200);
            QVERIFY2(eventsMs < PromptMs,
                     qPrintable(QStringLiteral("GET /v1/events took %1 ms").arg(eventsMs)));
            slowest = std::max({slowest, beatMs, healthMs, eventsMs});
        }
        qInfo("while a %d ms read ran: heartbeats, health and events answered in at most %lld ms", SlowReadMs,
              slowest);
        QVERIFY(provider->reading.load() > 0 || sinceSlow.elapsed() >= SlowReadMs - 200);

        // The plan waits for a read that began after it was asked for, without holding anyone up.
        QVERIFY2(!plan->isFinished(), "the plan did not wait for a fresh read");
        QSignalSpy planned(plan, &QNetworkReply::finished);
        QVERIFY(plan->isFinished() || planned.wait(3 * SlowReadMs));
        QCOMPARE(plan->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(sinceSlow.elapsed() >= SlowReadMs);
        const QJsonObject answer = QJsonDocument::fromJson(plan->readAll()).object();
        QCOMPARE(answer.value(QStringLiteral("changes")).toArray().size(), 2);
        plan->deleteLater();

        // A node the snapshot does not hold yet is refused until a read has seen it.
        provider->listDelayMs = 0;
        provider->nodes.addNode(runningNode("starter-worker-2", topology::Pillar::Worker));
        const QByteArray second = nodeToken("starter-worker-2");
        const QByteArray secondBeat = R"({"node":"starter-worker-2"})";
        QTRY_COMPARE_WITH_TIMEOUT(
            httpRequest(m_network, base + QStringLiteral("/v1/agents/heartbeat"), second, "POST", secondBeat)
                .status,
            200, 3 * SlowReadMs);

        QSignalSpy stopped(&runtime, &daemon::DaemonRuntime::stopped);
        runtime.stop(0);
        QVERIFY(stopped.wait(10000));
    }
};

QTEST_GUILESS_MAIN(TestControlPlaneSlowProvider)
#include "tst_ControlPlaneSlowProvider.moc"
