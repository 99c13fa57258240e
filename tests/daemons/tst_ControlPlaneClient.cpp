// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// The node's side of the control-plane protocol against a stub control plane, in process, with
// a heartbeat interval long enough to tell an extra heartbeat from the regular ones.
#include "ControlPlaneClient.h"
#include "DaemonTestSupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using mb::daemon::ControlPlaneClient;
using mb::test::ControlPlaneStub;

class TestControlPlaneClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testHeartbeatGoesAtOnceWhenTheControlPlaneComesBack()
    {
        ControlPlaneStub stub;
        const quint16 port = mb::test::freeLoopbackPort();
        QVERIFY(stub.listen(port));
        QNetworkAccessManager network;
        ControlPlaneClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), "token",
                                  QStringLiteral("n-worker-1"), 60, &network);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(stub.heartbeats.size(), 1, 5000); // the one at start
        QTRY_VERIFY_WITH_TIMEOUT(!stub.pollAfterValues.isEmpty(), 5000);

        // Nothing more comes for a while: the next heartbeat is a minute away.
        QTest::qWait(1500);
        QCOMPARE(stub.heartbeats.size(), 1);

        // The control plane restarts: the poll fails, is retried after a second and connects.
        stub.failPolls(1);
        QTRY_COMPARE_WITH_TIMEOUT(stub.heartbeats.size(), 2, 5000);
        QCOMPARE(stub.heartbeats.last().authorization, QByteArray("Bearer token"));
        QCOMPARE(stub.heartbeats.last().body.value(QStringLiteral("node")).toString(),
                 QStringLiteral("n-worker-1"));

        // Once, not on every poll that follows.
        QTest::qWait(1500);
        QCOMPARE(stub.heartbeats.size(), 2);
        client.stop();
    }
};

QTEST_GUILESS_MAIN(TestControlPlaneClient)
#include "tst_ControlPlaneClient.moc"
