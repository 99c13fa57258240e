// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Format.h"
#include "StudioTestSupport.h"
#include "document/DesignDocument.h"
#include "operate/NodesModel.h"
#include "operate/ReviewActionsModel.h"
#include "operate/ReviewDialog.h"
#include "panels/NodePlansModel.h"
#include "panels/PlanListModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QUndoStack>

using namespace mb;
using namespace mb::studio;
using topology::Pillar;

/// Every Studio model under QAbstractItemModelTester, and what each shows.
class TestStudioModels : public QObject
{
    Q_OBJECT

private:
    static constexpr auto Mode = QAbstractItemModelTester::FailureReportingMode::QtTest;

    static NodeRow node(const QString &name, Pillar pillar, const QString &status)
    {
        return NodeRow{name,
                       pillar,
                       QStringLiteral("cx23"),
                       status,
                       QStringLiteral("10.0.0.2"),
                       QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC),
                       {},
                       {},
                       {},
                       {}};
    }

    static ReviewPlan knownPlan()
    {
        ReviewPlan plan;
        plan.id = QStringLiteral("plan-7");
        plan.hash = QStringLiteral("a1b2c3d4e5f6a7b8");
        plan.cluster = QStringLiteral("production");
        plan.actions = {
            PlanAction{PlanAction::Kind::Create,
                       QStringLiteral("production-state-4"),
                       Pillar::State,
                       {},
                       QStringLiteral("ccx23"),
                       0,
                       26'490'000,
                       {}},
            PlanAction{PlanAction::Kind::Resize,
                       QStringLiteral("production-system-1"),
                       Pillar::System,
                       QStringLiteral("cx43"),
                       QStringLiteral("cx53"),
                       90,
                       8'000'000,
                       {}},
            PlanAction{PlanAction::Kind::Remove,
                       QStringLiteral("production-worker-4"),
                       Pillar::Worker,
                       QStringLiteral("cpx32"),
                       {},
                       0,
                       -14'990'000,
                       {}},
        };
        plan.monthlyBefore = 152'900'000;
        plan.monthlyAfter = 172'400'000;
        return plan;
    }

    test::IsolatedSettings m_settings;

private Q_SLOTS:
    void testPlanListShowsSizeAndPriceInTheLocation()
    {
        const auto &catalogue = topology::PlanCatalogue::builtin();
        PlanListModel model(catalogue);
        QAbstractItemModelTester tester(&model, Mode);
        model.setLocation("fsn1");
        QCOMPARE(model.rowCount(),
                 static_cast<int>(std::count_if(catalogue.plans().begin(), catalogue.plans().end(),
                                                [](const auto &p) { return p.offeredIn("fsn1"); })));
        const int row = model.rowOf("cpx22");
        QVERIFY(row >= 0);
        const QString text = model.index(row).data().toString();
        QVERIFY2(text.startsWith(QStringLiteral("cpx22")) && text.contains(QStringLiteral("vCPU")) &&
                     text.contains(QStringLiteral("/ month")),
                 qPrintable(text));
        QVERIFY(model.flags(model.index(row)) & Qt::ItemIsEnabled);
    }

    void testPlanNotOfferedInTheLocationIsNotListed()
    {
        const auto &catalogue = topology::PlanCatalogue::builtin();
        const topology::ServerPlan *absent = nullptr;
        std::string location;
        for (const auto &l : catalogue.locations()) {
            for (const auto &p : catalogue.plans()) {
                if (!absent && !p.offeredIn(l.name)) {
                    absent = &p;
                    location = l.name;
                }
            }
        }
        if (!absent)
            QSKIP("every plan is offered everywhere in this catalogue");
        PlanListModel model(catalogue);
        QAbstractItemModelTester tester(&model, Mode);
        model.setLocation(location);
        QCOMPARE(model.rowOf(absent->name), -1);
        // Unless the document asks for it: then it is shown first, flagged as not offered.
        model.setRequestedPlan(absent->name);
        QCOMPARE(model.rowOf(absent->name), 0);
        QVERIFY(model.index(0).data().toString().contains(QStringLiteral("not offered")));
        QVERIFY(!model.index(0).data(PlanListModel::OfferedRole).toBool());
    }

    void testDeprecatedPlanIsShownFlaggedWithItsSuccessor()
    {
        PlanListModel model(topology::PlanCatalogue::builtin());
        QAbstractItemModelTester tester(&model, Mode);
        model.setLocation("fsn1");
        const int plans = model.rowCount();
        model.setRequestedPlan("cx22");
        QCOMPARE(model.rowCount(), plans + 1);
        QCOMPARE(model.rowOf("cx22"), 0);
        QVERIFY(model.index(0).data(PlanListModel::DeprecatedRole).toBool());
        QVERIFY(model.index(0).data().toString().contains(QStringLiteral("cx23")));
        model.setRequestedPlan("cx11");
        QCOMPARE(model.rowCount(), plans + 1);
        model.setRequestedPlan("cpx22");
        QCOMPARE(model.rowCount(), plans);
        QCOMPARE(model.rowOf("cx22"), -1);
    }

    void testNodePlansListEveryNodeAndEditOverridesThroughTheDocument()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("production"), {});
        NodePlansModel model(&doc);
        QAbstractItemModelTester tester(&model, Mode);
        QCOMPARE(model.rowCount(), 0);
        model.setPillar(Pillar::State);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, NodePlansModel::NodeColumn).data().toString(),
                 QStringLiteral("production-state-2"));
        QCOMPARE(model.index(1, NodePlansModel::PlanColumn).data().toString(), QStringLiteral("ccx23"));
        QVERIFY(model.flags(model.index(1, NodePlansModel::PlanColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(1, NodePlansModel::NodeColumn)) & Qt::ItemIsEditable));

        QVERIFY(model.setData(model.index(0, NodePlansModel::PlanColumn), QStringLiteral("ccx33")));
        QCOMPARE(doc.topology().pillar(Pillar::State)->nodePlans.at(1), std::string("ccx33"));
        QCOMPARE(model.index(0, NodePlansModel::PlanColumn).data(NodePlansModel::OverrideRole).toString(),
                 QStringLiteral("ccx33"));
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(model.setData(model.index(0, NodePlansModel::PlanColumn), QString()));
        QVERIFY(doc.topology().pillar(Pillar::State)->nodePlans.empty());

        doc.setCount(Pillar::State, 5);
        QCOMPARE(model.rowCount(), 5);
        doc.setNodePlan(Pillar::State, 5, std::string("ccx33"));
        doc.setCount(Pillar::State, 3);
        QCOMPARE(model.rowCount(), 5); // the unused override stays visible
        QVERIFY(model.index(4, NodePlansModel::NodeColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("not deployed")));
        doc.removePillar(Pillar::State);
        QCOMPARE(model.rowCount(), 0);
    }

    void testNodesModelUpdatesRowsByName()
    {
        NodesModel model;
        QAbstractItemModelTester tester(&model, Mode);
        model.setNodes({node(QStringLiteral("p-system-1"), Pillar::System, QStringLiteral("running")),
                        node(QStringLiteral("p-worker-1"), Pillar::Worker, QStringLiteral("creating"))});
        QCOMPARE(model.rowCount(), 2);
        const QPersistentModelIndex worker(model.index(1, NodesModel::StatusColumn));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setNodes({node(QStringLiteral("p-worker-1"), Pillar::Worker, QStringLiteral("running")),
                        node(QStringLiteral("p-worker-2"), Pillar::Worker, QStringLiteral("creating"))});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QVERIFY(worker.isValid());
        QCOMPARE(worker.data().toString(), QStringLiteral("running"));
        QCOMPARE(model.index(0, NodesModel::ZoneColumn).data().toString(), QStringLiteral("Private zone"));
        model.setNow(QDateTime::fromSecsSinceEpoch(1'700'000'000 + 2 * 86400 + 3 * 3600, Qt::UTC));
        QCOMPARE(model.index(0, NodesModel::UptimeColumn).data().toString(), QStringLiteral("2 d 3 h"));
        QCOMPARE(model.index(1, NodesModel::UptimeColumn).data().toString(), QString()); // not running
        model.setNodes({});
        QCOMPARE(model.rowCount(), 0);
    }

    void testNodesModelShowsEachNodesComponents()
    {
        NodesModel model;
        QAbstractItemModelTester tester(&model, Mode);
        NodeRow state = node(QStringLiteral("p-state-1"), Pillar::State, QStringLiteral("running"));
        state.components = {
            {QStringLiteral("postgres"), QStringLiteral("primary"), QStringLiteral("running"), {}, 0, {}},
            {QStringLiteral("redis"),
             QStringLiteral("master"),
             QStringLiteral("crash-loop"),
             QStringLiteral("Address already in use"),
             4,
             {}},
            {QStringLiteral("haproxy"), QStringLiteral("entry"), QStringLiteral("running"), {}, 1, {}}};
        const NodeRow bare = node(QStringLiteral("p-worker-1"), Pillar::Worker, QStringLiteral("running"));
        model.setNodes({state, bare});
        const QModelIndex cell = model.index(0, NodesModel::ComponentsColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("2 of 3 running · redis is crash-loop"));
        const QStringList tip = cell.data(Qt::ToolTipRole).toString().split(u'\n');
        QCOMPARE(tip.size(), 3);
        QCOMPARE(tip.at(0), QStringLiteral("postgres (primary): running, restarts: 0"));
        QCOMPARE(tip.at(1),
                 QStringLiteral("redis (master): crash-loop, restarts: 4 — Address already in use"));
        QCOMPARE(tip.at(2), QStringLiteral("haproxy (entry): running, restarts: 1"));
        QVERIFY(!state.componentsRunning());
        // A node that runs no component shows nothing there, and counts as running them all.
        QCOMPARE(model.index(1, NodesModel::ComponentsColumn).data().toString(), QString());
        QVERIFY(bare.componentsRunning());
        // Its recovery updates the row in place.
        state.components[1].state = QStringLiteral("running");
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNodes({state, bare});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell.data().toString(), QStringLiteral("3 of 3 running"));
        QCOMPARE(model.headerData(NodesModel::ComponentsColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Components"));
    }

    void testNodeRowsComeFromTheControlPlanesNodeList()
    {
        // As GET /v1/nodes answers (daemons/controlplane/ControlPlaneRoutes.cpp, docs/operations.md).
        const auto json = QJsonDocument::fromJson(R"({"nodes": [
            {"name": "d-system-1", "pillar": "system", "plan": "cx23", "state": "running", "health": "healthy",
             "address": "127.0.0.1:20000", "uptimeSeconds": 120, "lastHeartbeatSeconds": -1,
             "components": [{"name": "victoria-metrics", "state": "running", "role": "metrics", "restarts": 0}]},
            {"name": "d-state-1", "pillar": "state", "plan": "cx33", "state": "running", "health": "healthy",
             "address": "127.0.0.1:20003", "uptimeSeconds": 60, "lastHeartbeatSeconds": 2,
             "components": [
                {"name": "postgres", "state": "running", "role": "primary", "restarts": 0},
                {"name": "redis", "state": "backoff", "role": "master", "restarts": 3, "crashLoop": true,
                 "detail": "exit 1", "lastLines": ["starting", "Address already in use"]},
                {"name": "haproxy", "state": "waiting", "role": "entry", "restarts": 0,
                 "detail": "waiting for the node's desired config"}]},
            {"name": "d-worker-1", "pillar": "worker", "plan": "cx23", "state": "running", "health": "unhealthy",
             "address": "127.0.0.1:20002", "uptimeSeconds": 600, "lastHeartbeatSeconds": 17, "components": []},
            {"name": "d-proxy-1", "pillar": "proxy", "plan": "cx23", "state": "creating", "health": "starting",
             "address": "", "uptimeSeconds": 0, "lastHeartbeatSeconds": -1},
            {"name": "odd-1", "pillar": "mainframe", "state": "running"}]})");
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        const QList<NodeRow> rows = nodeRowsFromJson(json.object().value(u"nodes").toArray(), now);
        QCOMPARE(rows.size(), qsizetype(4)); // the unknown pillar is left out
        const NodeRow &system = rows[0];
        QCOMPARE(system.pillar, Pillar::System);
        QCOMPARE(system.started, now.addSecs(-120));
        QVERIFY(!system.lastHeartbeat.isValid());
        QVERIFY(system.countsHealthy());
        const NodeRow &state = rows[1];
        QCOMPARE(state.health, QStringLiteral("healthy"));
        QCOMPARE(state.lastHeartbeat, now.addSecs(-2));
        QCOMPARE(state.components.size(), qsizetype(3));
        const ComponentRow &redis = state.components[1];
        QCOMPARE(redis.state, QStringLiteral("backoff"));
        QCOMPARE(redis.restarts, 3);
        QCOMPARE(redis.detail, QStringLiteral("exit 1"));
        QCOMPARE(redis.lastLines,
                 (QStringList{QStringLiteral("starting"), QStringLiteral("Address already in use")}));
        QCOMPARE(state.components[2].detail, QStringLiteral("waiting for the node's desired config"));
        // A daemon that reports in while its software does not run is not healthy for its pillar.
        QVERIFY(!state.countsHealthy());
        QCOMPARE(rows[2].error, QStringLiteral("missed heartbeats"));
        QVERIFY(!rows[2].countsHealthy());
        QVERIFY(!rows[3].started.isValid());
    }

    void testLatencyAndAgeAreWrittenForPeople()
    {
        QCOMPARE(formatLatency(0.44), QStringLiteral("0.4 ms"));
        QCOMPARE(formatLatency(9.96), QStringLiteral("10.0 ms"));
        QCOMPARE(formatLatency(12.3), QStringLiteral("12 ms"));
        QCOMPARE(formatLatency(1340), QStringLiteral("1.3 s"));
        QCOMPARE(formatLatency(-1), QString()); // not measured
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        QCOMPARE(formatAgo(now, now), QStringLiteral("just now"));
        QCOMPARE(formatAgo(now.addSecs(-4), now), QStringLiteral("4 s ago"));
        QCOMPARE(formatAgo(now.addSecs(-185), now), QStringLiteral("3 min ago"));
        QCOMPARE(formatAgo(now.addSecs(-2 * 3600 - 5), now), QStringLiteral("2 h ago"));
        QCOMPARE(formatAgo(now.addSecs(5), now), QStringLiteral("just now")); // a clock a little ahead
        QCOMPARE(formatAgo(QDateTime(), now), QString());
    }

    void testPillarHealthCountsComponentsNotOnlyDaemons()
    {
        NodeRow a = node(QStringLiteral("p-state-1"), Pillar::State, QStringLiteral("running"));
        a.health = QStringLiteral("healthy");
        a.components = {
            {QStringLiteral("postgres"), QStringLiteral("primary"), QStringLiteral("running"), {}, 0, {}},
            {QStringLiteral("redis"), QStringLiteral("master"), QStringLiteral("running"), {}, 0, {}}};
        NodeRow b = a;
        b.name = QStringLiteral("p-state-2");
        b.components[1].state = QStringLiteral("backoff");
        NodeRow c = a;
        c.name = QStringLiteral("p-state-3");
        c.health = QStringLiteral("unhealthy");
        NodeRow worker = node(QStringLiteral("p-worker-1"), Pillar::Worker, QStringLiteral("running"));
        worker.health = QStringLiteral("healthy");
        // An optional component that is not installed, or a one-shot that finished, is as it should be.
        worker.components = {
            {QStringLiteral("runtime"), QStringLiteral("functions"), QStringLiteral("running"), {}, 0, {}},
            {QStringLiteral("extra"), {}, QStringLiteral("absent"), {}, 0, {}},
            {QStringLiteral("migrate"), {}, QStringLiteral("exited"), {}, 0, {}}};
        const QList<NodeRow> nodes{a, b, c, worker};
        QCOMPARE(pillarHealthOf(nodes, Pillar::State), std::make_pair(1, 3));
        QCOMPARE(pillarHealthOf(nodes, Pillar::Worker), std::make_pair(1, 1));
        QCOMPARE(pillarHealthOf(nodes, Pillar::Proxy), std::make_pair(0, 0));
    }

    void testReviewListsEveryActionWithDowntimeAndCost()
    {
        ReviewActionsModel model;
        QAbstractItemModelTester tester(&model, Mode);
        model.setPlan(knownPlan());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ReviewActionsModel::ActionColumn).data().toString(),
                 QStringLiteral("Create"));
        QCOMPARE(model.index(1, ReviewActionsModel::ChangeColumn).data().toString(),
                 QStringLiteral("cx43 → cx53"));
        QVERIFY(model.index(1, ReviewActionsModel::DowntimeColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("2")));
        QCOMPARE(model.index(2, ReviewActionsModel::ActionColumn).data().toString(),
                 QStringLiteral("Remove"));
        QVERIFY(
            model.index(2, ReviewActionsModel::CostColumn).data().toString().startsWith(QStringLiteral("−")));
        QVERIFY(
            model.index(0, ReviewActionsModel::CostColumn).data().toString().startsWith(QStringLiteral("+")));
    }

    void testReviewDialogShowsTheDeltaAndConfirmsBeforeApplying()
    {
        ReviewDialog dialog(knownPlan());
        QCOMPARE(dialog.summary(), QStringLiteral("1 to create, 1 to resize, 1 to remove"));
        QVERIFY2(dialog.costText().contains(QStringLiteral("19.50")), qPrintable(dialog.costText()));
        QVERIFY(dialog.applyButton()->isEnabled());
        QSignalSpy confirmed(&dialog, &ReviewDialog::applyConfirmed);
        dialog.applyButton()->click();
        QCOMPARE(confirmed.count(), 0); // a confirmation comes first
        auto *box = dialog.findChild<QMessageBox *>();
        QVERIFY(box);
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
        }
        QCOMPARE(confirmed.count(), 1);
        QCOMPARE(confirmed.at(0).at(0).toString(), QStringLiteral("plan-7"));
    }

    void testReviewWithBlockersCannotBeApplied()
    {
        ReviewPlan plan = knownPlan();
        plan.blockers << QStringLiteral("State needs 1, 3 or 5 nodes.");
        ReviewDialog dialog(plan);
        QVERIFY(!dialog.applyButton()->isEnabled());
    }
};

QTEST_MAIN(TestStudioModels)
#include "tst_StudioModels.moc"
