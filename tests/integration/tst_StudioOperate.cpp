// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ClusterHarness.h"

#include "api/ClusterRecord.h"
#include "operate/CheckDialog.h"
#include "operate/CheckHopsModel.h"
#include "operate/ClusterConnection.h"
#include "providers/local/LocalProvider.h"
#include "support/TestSupport.h"
#include "topology/Topology.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using mb::studio::ClusterConnection;
using mb::studio::OperateController;
using mb::studio::PlanAction;
using mb::studio::ReviewPlan;
using mb::test::ClusterHarness;

/// Studio's Operate half against a real cluster on this machine: bootstrap on Connect,
/// review, apply with per-node progress, nodes coming up healthy, Cluster ▸ Check through every
/// hop, and a one-click System resize.
class TestStudioOperate : public QObject
{
    Q_OBJECT

private:
    ClusterHarness m_harness;
    ClusterConnection m_connection;
    mb::topology::Topology m_design;

    ReviewPlan review()
    {
        QSignalSpy ready(&m_connection, &OperateController::reviewReady);
        QSignalSpy failed(&m_connection, &OperateController::reviewFailed);
        m_connection.requestReview(m_design);
        if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 15000))
            qFatal("no review");
        if (!failed.isEmpty())
            qFatal("review failed: %s", qPrintable(failed.first().first().toString()));
        return ready.first().first().value<ReviewPlan>();
    }

    bool applyAndWait(const ReviewPlan &plan, QSignalSpy &steps)
    {
        QSignalSpy finished(&m_connection, &OperateController::applyFinished);
        m_connection.apply(plan.id);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000))
            return false;
        Q_UNUSED(steps);
        return finished.first().first().toBool();
    }

    int healthyNodes()
    {
        QSignalSpy nodes(&m_connection, &OperateController::nodesChanged);
        if (!QTest::qWaitFor([&] { return !nodes.isEmpty(); }, 5000))
            return -1;
        int healthy = 0;
        for (const auto &row : nodes.last().first().value<QList<mb::studio::NodeRow>>())
            healthy += row.status == u"running" && row.error.isEmpty();
        return healthy;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ReviewPlan>();
        qRegisterMetaType<QList<mb::studio::NodeRow>>();
        QVERIFY(m_harness.valid());
        m_connection.setRoot(m_harness.root().toStdString());
        auto doc = mb::test::example("starter");
        doc["name"] = "studio";
        m_design = *mb::topology::parseTopology(doc.dump());
    }

    void testConnectBootstrapsTheSystemNode()
    {
        QVERIFY(!m_connection.checkTarget()); // nothing to check before connecting
        QSignalSpy state(&m_connection, &OperateController::connectionStateChanged);
        m_connection.connectToCluster(m_design);
        QVERIFY(QTest::qWaitFor(
            [&] { return m_connection.connectionState() == OperateController::ConnectionState::Connected; },
            30000));
        QVERIFY(m_connection.endpoint().startsWith(QStringLiteral("http://127.0.0.1:")));
        QCOMPARE(m_harness.nodes(QStringLiteral("studio")).size(), 1);
    }

    void testReviewListsTheCreatesAndTheCost()
    {
        const ReviewPlan plan = review();
        QCOMPARE(plan.count(PlanAction::Kind::Create), 3);
        QCOMPARE(plan.count(PlanAction::Kind::Remove), 0);
        QVERIFY(plan.monthlyAfter > plan.monthlyBefore);
        QVERIFY(plan.canApply());
    }

    void testApplyShowsProgressAndNodesComeUpHealthy()
    {
        const ReviewPlan plan = review();
        QSignalSpy started(&m_connection, &OperateController::applyStarted);
        QSignalSpy steps(&m_connection, &OperateController::applyStep);
        QVERIFY(applyAndWait(plan, steps));
        QCOMPARE(started.size(), 1);
        const auto perNode = started.first().at(1).value<QMap<QString, int>>();
        QCOMPARE(perNode.size(), 3);
        QVERIFY(perNode.value(QStringLiteral("studio-worker-1")) >= 3); // create, bootstrap, wait healthy
        QVERIFY(steps.size() >= 2 * 9);
        QVERIFY(QTest::qWaitFor([&] { return healthyNodes() == 4; }, 20000));
    }

    void testCheckPassesThroughEveryHop()
    {
        // Once every node's software runs (PostgreSQL's initdb takes a few seconds).
        QVERIFY(QTest::qWaitFor(
            [&] {
                QSignalSpy nodes(&m_connection, &OperateController::nodesChanged);
                if (!QTest::qWaitFor([&] { return !nodes.isEmpty(); }, 5000))
                    return false;
                const auto rows = nodes.last().first().value<QList<mb::studio::NodeRow>>();
                return rows.size() == 4 && std::ranges::all_of(rows, [](const mb::studio::NodeRow &n) {
                           return !n.components.isEmpty() && n.countsHealthy();
                       });
            },
            60000));
        // What the node details pane shows: every node but the System node reports in, with its components.
        QSignalSpy nodes(&m_connection, &OperateController::nodesChanged);
        QVERIFY(QTest::qWaitFor([&] { return !nodes.isEmpty(); }, 5000));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const auto &row : nodes.last().first().value<QList<mb::studio::NodeRow>>()) {
            QCOMPARE(row.health, QStringLiteral("healthy"));
            if (row.pillar == mb::topology::Pillar::System) {
                QCOMPARE(row.components.first().name, QStringLiteral("victoria-metrics"));
                continue;
            }
            QVERIFY2(row.lastHeartbeat.isValid() && row.lastHeartbeat.secsTo(now) <= 10,
                     qPrintable(row.name));
            for (const auto &component : row.components)
                QVERIFY2(component.state == u"running" && !component.role.isEmpty(),
                         qPrintable(component.name));
        }

        mb::studio::CheckDialog dialog(m_connection.checkTarget(), QStringLiteral("studio"));
        QSignalSpy finished(&dialog, &mb::studio::CheckDialog::checkFinished);
        dialog.show();
        dialog.start();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
        QVERIFY2(dialog.phase() == mb::studio::CheckDialog::Phase::Passed, qPrintable(dialog.verdict()));
        QCOMPARE(dialog.verdict(), QStringLiteral("Check passed: every hop answered."));
        for (int row = 0; row < dialog.model()->rowCount(); ++row) {
            const auto kind = static_cast<mb::api::CheckHopKind>(row);
            const auto &hop = dialog.model()->hop(kind);
            QVERIFY2(hop && hop->ok, mb::api::checkHopName(kind));
            QCOMPARE(dialog.model()->index(row, mb::studio::CheckHopsModel::ResultColumn).data().toString(),
                     QStringLiteral("passed"));
            QVERIFY(!dialog.model()
                         ->index(row, mb::studio::CheckHopsModel::DetailColumn)
                         .data()
                         .toString()
                         .isEmpty());
        }
        QVERIFY(dialog.model()->hop(mb::api::CheckHopKind::Gateway)->ms >= 0);
        QVERIFY(
            !dialog.model()->index(0, mb::studio::CheckHopsModel::LatencyColumn).data().toString().isEmpty());
        // The check pinned the cluster CA in the cluster's record, as madbasectl check does.
        const auto record = mb::api::ClusterRecord::load(m_harness.root().toStdString(), "studio");
        QVERIFY(record);
        QVERIFY(record->caCertificate.starts_with("-----BEGIN CERTIFICATE-----"));
    }

    void testOneClickSystemResizeGoesThroughReview()
    {
        m_design.pillar(mb::topology::Pillar::System)->plan = "cx33";
        const ReviewPlan plan = review();
        QCOMPARE(plan.actions.size(), qsizetype(1));
        QCOMPARE(plan.actions.first().kind, PlanAction::Kind::Resize);
        QCOMPARE(plan.actions.first().node, QStringLiteral("studio-system-1"));
        QCOMPARE(plan.actions.first().toPlan, QStringLiteral("cx33"));
        QSignalSpy steps(&m_connection, &OperateController::applyStep);
        QVERIFY(applyAndWait(plan, steps));
        QCOMPARE(m_harness.nodes(QStringLiteral("studio"))
                     .value(QStringLiteral("studio-system-1"))
                     .value(QStringLiteral("plan"))
                     .toString(),
                 QStringLiteral("cx33"));
        QVERIFY(QTest::qWaitFor([&] { return healthyNodes() == 4; }, 20000));
    }

    void testScaleOutFromTheCard()
    {
        m_design.pillar(mb::topology::Pillar::Worker)->count = 3;
        const ReviewPlan plan = review();
        QCOMPARE(plan.count(PlanAction::Kind::Create), 2);
        QSignalSpy steps(&m_connection, &OperateController::applyStep);
        QVERIFY(applyAndWait(plan, steps));
        QVERIFY(QTest::qWaitFor([&] { return healthyNodes() == 6; }, 20000));
    }

    void testLostConnectionShowsRetriesAndKeepsTheDesign()
    {
        const std::string before = mb::topology::serializeTopology(m_design);
        const qint64 pid = m_harness.nodes(QStringLiteral("studio"))
                               .value(QStringLiteral("studio-system-1"))
                               .value(QStringLiteral("pid"))
                               .toInteger();
        QVERIFY(pid > 0);
        QSignalSpy state(&m_connection, &OperateController::connectionStateChanged);
        mb::providers::local::LocalProviderOptions options;
        options.root = m_harness.root().toStdString();
        options.binDir = QFileInfo(qEnvironmentVariable("MB_CTL")).absolutePath().toStdString();
        mb::providers::local::LocalProvider provider(options);
        QVERIFY(provider.stopNode("studio", "studio-system-1"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return m_connection.connectionState() == OperateController::ConnectionState::Reconnecting;
            },
            15000));
        QVERIFY(!state.isEmpty());
        QVERIFY(provider.startNode("studio", "studio-system-1"));
        QVERIFY(QTest::qWaitFor(
            [&] { return m_connection.connectionState() == OperateController::ConnectionState::Connected; },
            30000));
        QCOMPARE(mb::topology::serializeTopology(m_design), before);
    }

    void cleanupTestCase()
    {
        m_connection.disconnectFromCluster();
        const auto r = m_harness.ctl({QStringLiteral("down"), QStringLiteral("--yes"),
                                      QStringLiteral("--cluster"), QStringLiteral("studio")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }
};

QTEST_MAIN(TestStudioOperate)
#include "tst_StudioOperate.moc"
