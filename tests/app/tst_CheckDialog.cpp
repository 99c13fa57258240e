// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "StudioTestSupport.h"
#include "operate/CheckDialog.h"
#include "operate/CheckHopsModel.h"
#include "providers/local/LocalPorts.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLayout>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThreadPool>

using namespace mb;
using namespace mb::studio;
using api::CheckHopKind;

namespace {

/// A control plane that answers GET /v1/nodes with a fixed body, at once or when released.
class FakeControlPlane : public QObject
{
public:
    explicit FakeControlPlane(QByteArray body)
        : m_body(std::move(body))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_buffers[socket] += socket->readAll();
                    if (!m_buffers[socket].contains("\r\n\r\n"))
                        return;
                    requests << m_buffers.take(socket);
                    if (hold)
                        m_held << socket;
                    else
                        answer(socket);
                });
            }
        });
    }

    [[nodiscard]] std::string url() const
    {
        return "http://127.0.0.1:" + std::to_string(m_server.serverPort());
    }

    void release()
    {
        hold = false;
        for (QTcpSocket *socket : std::exchange(m_held, {}))
            answer(socket);
    }

    bool hold = false;
    QList<QByteArray> requests;

private:
    void answer(QTcpSocket *socket)
    {
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
            QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_body;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QTcpSocket *> m_held;
};

/// A daemon port whose gateway port (slot 1, core/providers/local/LocalPorts.h) nothing listens on.
int daemonPortWithClosedGateway()
{
    for (int port = 29000; port < 29999; ++port) {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, quint16(providers::local::componentPort(port, 1))))
            return port;
    }
    return 0;
}

/// A port nothing listens on.
int closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

QByteArray nodesWithProxyAt(int daemonPort)
{
    return R"({"nodes": [{"name": "fake-proxy-1", "pillar": "proxy", "state": "running", "address": "127.0.0.1:)" +
           QByteArray::number(daemonPort) + R"("}]})";
}

OperateController::CheckTargetJob jobFor(const std::string &url)
{
    return [url]() -> Result<api::CheckTarget> {
        return api::CheckTarget{url, "sekrit-token",
                                "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n"};
    };
}

bool waitForIdlePool()
{
    return QTest::qWaitFor([] { return QThreadPool::globalInstance()->activeThreadCount() == 0; }, 20000);
}

} // namespace

/// Cluster ▸ Check's dialog: the hops as they arrive, the verdict naming the failing hop, Cancel,
/// Run again, and closing while a check runs.
class TestCheckDialog : public QObject
{
    Q_OBJECT

private:
    test::IsolatedSettings m_settings;

    static bool waitForEnd(CheckDialog &dialog)
    {
        return QTest::qWaitFor(
            [&] {
                return dialog.phase() != CheckDialog::Phase::Running &&
                       dialog.phase() != CheckDialog::Phase::Cancelling;
            },
            20000);
    }

    static QString outcome(const CheckDialog &dialog, CheckHopKind kind)
    {
        return dialog.model()->index(int(kind), 0).data(CheckHopsModel::OutcomeRole).toString();
    }

private Q_SLOTS:
    void testClosedGatewayPortNamesTheFailingHop()
    {
        const int daemonPort = daemonPortWithClosedGateway();
        QVERIFY(daemonPort > 0);
        FakeControlPlane plane(nodesWithProxyAt(daemonPort));
        CheckDialog dialog(jobFor(plane.url()), QStringLiteral("fake"));
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Check Cluster fake"));
        QCOMPARE(dialog.model()->rowCount(), 5);
        QSignalSpy finished(&dialog, &CheckDialog::checkFinished);
        dialog.show();
        dialog.start();
        QCOMPARE(dialog.phase(), CheckDialog::Phase::Running);
        QVERIFY(dialog.findChild<QProgressBar *>()->isVisible());
        QVERIFY(dialog.cancelButton()->isVisible());
        QVERIFY(!dialog.runAgainButton()->isEnabled());
        QCOMPARE(outcome(dialog, CheckHopKind::Gateway), QStringLiteral("waiting"));
        QVERIFY(waitForEnd(dialog));

        QCOMPARE(dialog.phase(), CheckDialog::Phase::Failed);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(plane.requests.size(), 1);
        QVERIFY(plane.requests.first().startsWith("GET /v1/nodes "));
        QVERIFY(plane.requests.first().contains("Bearer sekrit-token"));
        // Every hop is reported; the gateway is the one to blame, the worker was not reached.
        QCOMPARE(dialog.model()->known(), 5);
        const auto &gateway = dialog.model()->hop(CheckHopKind::Gateway);
        QVERIFY(gateway && !gateway->ok && !gateway->skipped);
        QCOMPARE(outcome(dialog, CheckHopKind::Gateway), QStringLiteral("failed"));
        QCOMPARE(outcome(dialog, CheckHopKind::Worker), QStringLiteral("skipped"));
        QCOMPARE(dialog.model()->index(0, CheckHopsModel::HopColumn).data().toString(),
                 QStringLiteral("Gateway"));
        QCOMPARE(dialog.model()->index(0, CheckHopsModel::ResultColumn).data().toString(),
                 QStringLiteral("failed"));
        QVERIFY(!dialog.model()->index(0, CheckHopsModel::DetailColumn).data().toString().isEmpty());
        QVERIFY2(dialog.verdict().startsWith(QStringLiteral("Check failed at Gateway: ")),
                 qPrintable(dialog.verdict()));
        // … and says where it could not connect.
        QVERIFY2(dialog.verdict().contains(QStringLiteral("https://127.0.0.1:%1/functions/hello")
                                               .arg(providers::local::componentPort(daemonPort, 1))),
                 qPrintable(dialog.verdict()));
        // No State node: its hops say so.
        QCOMPARE(outcome(dialog, CheckHopKind::Haproxy), QStringLiteral("failed"));
        QCOMPARE(
            dialog.model()->index(int(CheckHopKind::Haproxy), CheckHopsModel::DetailColumn).data().toString(),
            QStringLiteral("no running State node"));
        QVERIFY(!dialog.findChild<QProgressBar *>()->isVisible());
        QVERIFY(!dialog.cancelButton()->isVisible());
        QVERIFY(dialog.runAgainButton()->isEnabled());
        // The verdict wraps, and is shown whole.
        QVERIFY(dialog.height() >= dialog.layout()->totalHeightForWidth(dialog.width()));

        // Run again: a fresh check, from the control plane on.
        dialog.runAgainButton()->click();
        QCOMPARE(dialog.phase(), CheckDialog::Phase::Running);
        QCOMPARE(outcome(dialog, CheckHopKind::Gateway), QStringLiteral("waiting"));
        QVERIFY(waitForEnd(dialog));
        QCOMPARE(dialog.phase(), CheckDialog::Phase::Failed);
        QCOMPARE(plane.requests.size(), 2);
        QCOMPARE(finished.size(), 2);
    }

    void testCancelStopsTheCheckBetweenSteps()
    {
        FakeControlPlane plane(nodesWithProxyAt(daemonPortWithClosedGateway()));
        plane.hold = true;
        CheckDialog dialog(jobFor(plane.url()), QStringLiteral("fake"));
        dialog.show();
        dialog.start();
        QVERIFY(QTest::qWaitFor([&] { return !plane.requests.isEmpty(); }, 10000));
        dialog.cancelButton()->click();
        QCOMPARE(dialog.phase(), CheckDialog::Phase::Cancelling);
        QCOMPARE(dialog.verdict(), QStringLiteral("Cancelling…"));
        QVERIFY(!dialog.cancelButton()->isEnabled());
        QVERIFY(!dialog.runAgainButton()->isEnabled());
        // It stops at its next step, once the control plane has answered.
        QTest::qWait(200);
        QCOMPARE(dialog.phase(), CheckDialog::Phase::Cancelling);
        plane.release();
        QVERIFY(waitForEnd(dialog));
        QCOMPARE(dialog.phase(), CheckDialog::Phase::Cancelled);
        QCOMPARE(dialog.verdict(), QStringLiteral("Check cancelled."));
        QCOMPARE(dialog.model()->known(), 0);
        QCOMPARE(outcome(dialog, CheckHopKind::Gateway), QStringLiteral("not-run"));
        QVERIFY(dialog.runAgainButton()->isEnabled());
    }

    void testAControlPlaneThatDoesNotAnswerIsSaid()
    {
        CheckDialog dialog(jobFor("http://127.0.0.1:" + std::to_string(closedPort())), QString());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Check the Cluster"));
        dialog.start();
        QVERIFY(waitForEnd(dialog));
        QCOMPARE(dialog.phase(), CheckDialog::Phase::Error);
        QVERIFY2(dialog.verdict().startsWith(QStringLiteral("The check could not run: ")),
                 qPrintable(dialog.verdict()));
        QCOMPARE(dialog.model()->known(), 0);
    }

    void testATargetThatCannotBeFoundIsSaid()
    {
        CheckDialog dialog(
            []() -> Result<api::CheckTarget> {
                return fail(ErrorCode::IoNotFound, Message{"mb::api", "no record of cluster %1", {"gone"}});
            },
            QStringLiteral("gone"));
        dialog.start();
        QVERIFY(waitForEnd(dialog));
        QCOMPARE(dialog.phase(), CheckDialog::Phase::Error);
        QVERIFY2(dialog.verdict().contains(QStringLiteral("no record of cluster gone")),
                 qPrintable(dialog.verdict()));
        // Without a connection there is nothing to check.
        CheckDialog unconnected({}, QString());
        unconnected.start();
        QCOMPARE(unconnected.phase(), CheckDialog::Phase::Error);
    }

    void testClosingWhileRunningNeitherBlocksNorCrashes()
    {
        FakeControlPlane plane(nodesWithProxyAt(daemonPortWithClosedGateway()));
        plane.hold = true;
        QPointer<CheckDialog> dialog = new CheckDialog(jobFor(plane.url()), QStringLiteral("fake"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        dialog->start();
        QVERIFY(QTest::qWaitFor([&] { return !plane.requests.isEmpty(); }, 10000));
        QElapsedTimer clock;
        clock.start();
        dialog->closeButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return dialog.isNull(); }, 2000));
        QVERIFY2(clock.elapsed() < 1000, "closing waited for the check");
        // The check still runs, and ends on its own once the control plane answers.
        QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 1);
        plane.release();
        QVERIFY(waitForIdlePool());
    }
};

QTEST_MAIN(TestCheckDialog)
#include "tst_CheckDialog.moc"
