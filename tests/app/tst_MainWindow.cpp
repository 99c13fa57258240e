// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Format.h"
#include "StudioTestSupport.h"
#include "canvas/DesignerScene.h"
#include "canvas/DesignerView.h"
#include "document/DesignDocument.h"
#include "logs/LogsView.h"
#include "metrics/Dashboards.h"
#include "metrics/MetricsDashboard.h"
#include "metrics/MetricsView.h"
#include "operate/CheckDialog.h"
#include "operate/NodeDetailsPane.h"
#include "operate/NodesModel.h"
#include "operate/ReviewActionsModel.h"
#include "operate/ReviewDialog.h"
#include "window/FileController.h"
#include "window/MainWindow.h"
#include "window/ObserveDocks.h"

#include "window/MessageBar.h"
#include "window/PreferencesDialog.h"
#include <QDockWidget>
#include <QMenu>

#include <QAction>
#include <QComboBox>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace mb;
using namespace mb::studio;
using topology::Pillar;

namespace {

/// Stands in for the Operate half: records what the window asks and emits what a test says.
class FakeOperateController : public OperateController
{
public:
    using OperateController::OperateController;

    [[nodiscard]] ConnectionState connectionState() const override { return m_state; }
    [[nodiscard]] QString endpoint() const override { return QStringLiteral("https://127.0.0.1:7443"); }
    void connectToCluster(const topology::Topology &design) override
    {
        connectedTo = design.name;
        setState(ConnectionState::Connected);
    }
    void disconnectFromCluster() override { setState(ConnectionState::NotConnected); }
    void requestReview(const topology::Topology &design) override { reviewed.push_back(design); }
    void apply(const QString &planId) override { applied << planId; }
    void cancelApply() override {}
    [[nodiscard]] CheckTargetJob checkTarget() const override
    {
        if (m_state != ConnectionState::Connected)
            return {};
        return [] { return Result<api::CheckTarget>(api::CheckTarget{"http://127.0.0.1:1", "t", {}}); };
    }

    void setState(ConnectionState state)
    {
        m_state = state;
        Q_EMIT connectionStateChanged(state, {});
    }

    std::string connectedTo;
    std::vector<topology::Topology> reviewed;
    QStringList applied;

private:
    ConnectionState m_state = ConnectionState::NotConnected;
};

} // namespace

/// The main window: status bar, actions and shortcuts, settings, and the seam for Operate.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static void load(MainWindow &w, const char *example)
    {
        w.files()->applyLoadResult(
            DocumentIo::load(FileController::templatePath(
                std::string(example) == "production" ? Template::Production : Template::Starter)),
            true);
    }

    test::IsolatedSettings m_settings;

private Q_SLOTS:
    void testStatusBarShowsClusterConnectionAndLiveCost()
    {
        MainWindow w;
        load(w, "production");
        QCOMPARE(w.connectionText(), QStringLiteral("Not connected"));
        const topology::CostReport before = w.document()->cost();
        QCOMPARE(w.costText(), formatMonthly(before.total.monthly, before.currency));
        w.document()->setCount(Pillar::Worker, 8);
        const topology::Micros after = w.document()->cost().total.monthly;
        QVERIFY(after > before.total.monthly);
        QCOMPARE(w.costText(), formatMonthly(after, before.currency));
        QVERIFY(w.windowTitle().contains(QStringLiteral("production")));
        QVERIFY(w.isWindowModified());
    }

    void testEveryActionHasAKeyboardShortcut()
    {
        MainWindow w;
        for (int id = 0; id <= static_cast<int>(MainWindow::Action::About); ++id) {
            QAction *a = w.action(static_cast<MainWindow::Action>(id));
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
        }
    }

    void testShortcutsAreUnique()
    {
        MainWindow w;
        QHash<QKeySequence, QString> seen;
        for (int id = 0; id <= static_cast<int>(MainWindow::Action::About); ++id) {
            QAction *a = w.action(static_cast<MainWindow::Action>(id));
            for (const QKeySequence &key : a->shortcuts()) {
                QVERIFY2(!seen.contains(key),
                         qPrintable(key.toString() + QStringLiteral(": ") + seen.value(key) +
                                    QStringLiteral(" and ") + a->text()));
                seen.insert(key, a->text());
            }
        }
    }

    void testTheZoomIsKeptWithTheDocumentWithoutModifyingIt()
    {
        MainWindow w;
        w.resize(1200, 800);
        load(w, "starter");
        QVERIFY(w.view()->isFitted()); // no zoom saved: the whole diagram
        QVERIFY(!w.document()->topology().layout.zoom);

        w.view()->setZoom(1.5);
        QCOMPARE(w.document()->topology().layout.zoom, std::optional<double>(1.5));
        QVERIFY(!w.document()->isModified());
        QVERIFY(!w.document()->undoStack()->canUndo());

        // Opened again, the document comes back at the zoom it was left at.
        mb::topology::Topology saved = w.document()->topology();
        MainWindow again;
        again.resize(1200, 800);
        again.document()->reset(saved, QString());
        QVERIFY(!again.view()->isFitted());
        QCOMPARE(again.view()->zoom(), 1.5);

        // Fitting to the window forgets it.
        again.view()->fitToWindow();
        QVERIFY(!again.document()->topology().layout.zoom);
    }

    void testDeleteRemovesTheSelectedPillarAndUndoBringsItBack()
    {
        MainWindow w;
        load(w, "starter");
        QVERIFY(!w.action(MainWindow::Action::Delete)->isEnabled());
        w.scene()->selectPillar(Pillar::Proxy);
        QVERIFY(w.action(MainWindow::Action::Delete)->isEnabled());
        w.action(MainWindow::Action::Delete)->trigger();
        QVERIFY(!w.document()->hasPillar(Pillar::Proxy));
        QVERIFY(w.action(MainWindow::Action::AddProxy)->isEnabled());
        w.action(MainWindow::Action::Undo)->trigger();
        QVERIFY(w.document()->hasPillar(Pillar::Proxy));
        QVERIFY(w.scene()->card(Pillar::Proxy));
        w.action(MainWindow::Action::Redo)->trigger();
        QVERIFY(!w.document()->hasPillar(Pillar::Proxy));
    }

    void testDeleteKeyOnTheCanvasRemovesThePillar()
    {
        MainWindow w;
        load(w, "starter");
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.view()->setFocus();
        w.scene()->selectPillar(Pillar::Worker);
        QTest::keyClick(w.view()->viewport(), Qt::Key_Delete);
        QVERIFY(!w.document()->hasPillar(Pillar::Worker));
    }

    void testScaleActionsFollowTheSelection()
    {
        MainWindow w;
        load(w, "starter");
        w.scene()->selectPillar(Pillar::State);
        QVERIFY(w.action(MainWindow::Action::ScaleUp)->isEnabled());
        QVERIFY(!w.action(MainWindow::Action::ScaleDown)->isEnabled());
        w.action(MainWindow::Action::ScaleUp)->trigger();
        QCOMPARE(w.document()->topology().pillar(Pillar::State)->count, 3);
        QVERIFY(w.action(MainWindow::Action::ScaleDown)->isEnabled());
        w.scene()->selectPillar(Pillar::System);
        QVERIFY(!w.action(MainWindow::Action::ScaleUp)->isEnabled());
    }

    void testUndoTextNamesTheEdit()
    {
        MainWindow w;
        load(w, "starter");
        w.document()->setPlan(Pillar::Worker, "cpx32");
        QVERIFY(w.action(MainWindow::Action::Undo)->text().contains(QStringLiteral("cpx32")));
    }

    void testPreferencesStoreTheLanguageForNextStart()
    {
        PreferencesDialog dialog;
        QComboBox *combo = dialog.languageCombo();
        QCOMPARE(combo->count(), 4);
        combo->setCurrentIndex(combo->findData(QStringLiteral("ro")));
        dialog.save();
        QCOMPARE(preferredLanguage(), QStringLiteral("ro"));
        PreferencesDialog again;
        QCOMPARE(again.languageCombo()->currentData().toString(), QStringLiteral("ro"));
        again.languageCombo()->setCurrentIndex(0);
        again.save();
        QVERIFY(preferredLanguage().isEmpty());
    }

    void testWindowStateIsSavedOnClose()
    {
        {
            MainWindow w;
            w.resize(900, 700);
            w.show();
            QVERIFY(w.close());
        }
        QSettings settings;
        QVERIFY(!settings.value(QLatin1String(SettingsKey::WindowGeometry)).toByteArray().isEmpty());
        QVERIFY(!settings.value(QLatin1String(SettingsKey::WindowState)).toByteArray().isEmpty());
    }

    void testOperateActionsWaitForAController()
    {
        MainWindow w;
        QVERIFY(!w.action(MainWindow::Action::Connect)->isEnabled());
        QVERIFY(!w.action(MainWindow::Action::Review)->isEnabled());
        QVERIFY(!w.nodesModel());
    }

    void testOperateControllerDrivesStatusReviewNodesAndHealth()
    {
        MainWindow w;
        load(w, "production");
        auto *operate = new FakeOperateController;
        w.setOperateController(operate);
        QCOMPARE(operate->parent(), &w);
        QVERIFY(w.action(MainWindow::Action::Connect)->isEnabled());
        QVERIFY(!w.action(MainWindow::Action::Review)->isEnabled());

        w.action(MainWindow::Action::Connect)->trigger();
        QCOMPARE(operate->connectedTo, std::string("production"));
        QCOMPARE(w.connectionText(), QStringLiteral("Connected"));
        QVERIFY(w.action(MainWindow::Action::Review)->isEnabled());

        w.document()->setCount(Pillar::Worker, 5);
        w.action(MainWindow::Action::Review)->trigger();
        QCOMPARE(operate->reviewed.size(), std::size_t(1));
        QCOMPARE(operate->reviewed.front().pillar(Pillar::Worker)->count, 5);

        ReviewPlan plan;
        plan.id = QStringLiteral("plan-1");
        plan.cluster = QStringLiteral("production");
        plan.actions = {PlanAction{PlanAction::Kind::Create,
                                   QStringLiteral("production-worker-5"),
                                   Pillar::Worker,
                                   {},
                                   QStringLiteral("cpx32"),
                                   0,
                                   14'990'000,
                                   {}}};
        Q_EMIT operate->reviewReady(plan);
        auto *dialog = w.findChild<ReviewDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->model()->rowCount(), 1);
        Q_EMIT dialog->applyConfirmed(plan.id);
        QCOMPARE(operate->applied, QStringList{QStringLiteral("plan-1")});

        Q_EMIT operate->nodesChanged({NodeRow{QStringLiteral("production-system-1"),
                                              Pillar::System,
                                              QStringLiteral("cx43"),
                                              QStringLiteral("running"),
                                              QStringLiteral("10.0.0.2"),
                                              QDateTime::currentDateTimeUtc(),
                                              {},
                                              {},
                                              {},
                                              {}}});
        QVERIFY(w.nodesModel());
        QCOMPARE(w.nodesModel()->rowCount(), 1);
        Q_EMIT operate->pillarHealthChanged(Pillar::Worker, 4, 5);
        QCOMPARE(w.scene()->card(Pillar::Worker)->health(), std::optional<PillarHealth>(PillarHealth{4, 5}));

        // Drift is said in the status bar, with the plan in its tooltip; once in step, it goes.
        Q_EMIT operate->pendingChanged(3, QStringLiteral("+ create prod-worker-6"));
        QCOMPARE(w.connectionText(), QStringLiteral("Connected · 3 changes pending"));
        Q_EMIT operate->pendingChanged(0, QString());
        QCOMPARE(w.connectionText(), QStringLiteral("Connected"));

        operate->setState(OperateController::ConnectionState::Reconnecting);
        QVERIFY(w.connectionText().contains(QStringLiteral("retrying")));
        QVERIFY(!w.action(MainWindow::Action::Review)->isEnabled());
        QCOMPARE(w.document()->topology().pillar(Pillar::Worker)->count, 5); // the design is untouched
        operate->setState(OperateController::ConnectionState::NotConnected);
        QVERIFY(!w.scene()->card(Pillar::Worker)->health());
    }

    void testCheckIsInTheClusterMenuAndNeedsAConnection()
    {
        MainWindow w;
        load(w, "starter");
        QAction *check = w.action(MainWindow::Action::Check);
        QVERIFY(!check->isEnabled());
        QVERIFY(!w.showCheck());
        bool inClusterMenu = false;
        for (QAction *menu : w.menuBar()->actions())
            if (menu->menu() && menu->text() == u"&Cluster")
                inClusterMenu = menu->menu()->actions().contains(check);
        QVERIFY(inClusterMenu);
        auto *operate = new FakeOperateController(&w);
        w.setOperateController(operate);
        QVERIFY(!check->isEnabled());
        operate->setState(OperateController::ConnectionState::Connected);
        QVERIFY(check->isEnabled());
        check->trigger();
        auto *dialog = w.findChild<CheckDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
        // The fake's target answers nowhere: the check runs and says it could not reach it.
        QVERIFY(QTest::qWaitFor([&] { return dialog->phase() == CheckDialog::Phase::Error; }, 10000));
        QVERIFY(dialog->verdict().startsWith(QStringLiteral("The check could not run: ")));
        dialog->closeButton()->click();
        operate->setState(OperateController::ConnectionState::Reconnecting);
        QVERIFY(!check->isEnabled());
    }

    void testSelectingANodeShowsItsDetailsAndComponents()
    {
        MainWindow w;
        auto *operate = new FakeOperateController(&w);
        w.setOperateController(operate);
        operate->setState(OperateController::ConnectionState::Connected);
        NodeRow system{QStringLiteral("d-system-1"),
                       Pillar::System,
                       QStringLiteral("cx23"),
                       QStringLiteral("running"),
                       QStringLiteral("127.0.0.1:20000"),
                       QDateTime::currentDateTimeUtc().addSecs(-600),
                       {},
                       {},
                       {},
                       {}};
        system.health = QStringLiteral("healthy");
        NodeRow state{QStringLiteral("d-state-1"),
                      Pillar::State,
                      QStringLiteral("cx33"),
                      QStringLiteral("running"),
                      QStringLiteral("127.0.0.1:20003"),
                      QDateTime::currentDateTimeUtc().addSecs(-60),
                      {},
                      {},
                      {},
                      {}};
        state.health = QStringLiteral("healthy");
        state.lastHeartbeat = QDateTime::currentDateTimeUtc().addSecs(-4);
        state.components = {
            {QStringLiteral("postgres"), QStringLiteral("primary"), QStringLiteral("running"), {}, 0, {}},
            {QStringLiteral("redis"),
             QStringLiteral("master"),
             QStringLiteral("backoff"),
             QStringLiteral("exit 1"),
             3,
             {QStringLiteral("starting"), QStringLiteral("Address already in use")}}};
        Q_EMIT operate->nodesChanged({system, state});
        NodeDetailsPane *pane = w.nodeDetails();
        QVERIFY(pane);
        QVERIFY(!pane->node());
        QTableView *view = w.nodesView();
        QCOMPARE(view->model()->rowCount(), 2);
        view->selectRow(0); // sorted by name: d-state-1, then d-system-1
        QCOMPARE(pane->fieldText(NodeDetailsPane::Field::Name), QStringLiteral("d-state-1"));
        QCOMPARE(pane->fieldText(NodeDetailsPane::Field::Pillar), QStringLiteral("State (Private zone)"));
        QCOMPARE(pane->fieldText(NodeDetailsPane::Field::Plan), QStringLiteral("cx33"));
        QCOMPARE(pane->fieldText(NodeDetailsPane::Field::Address), QStringLiteral("127.0.0.1:20003"));
        QCOMPARE(pane->fieldText(NodeDetailsPane::Field::State), QStringLiteral("running, healthy"));
        QCOMPARE(pane->fieldText(NodeDetailsPane::Field::LastHeartbeat), QStringLiteral("4 s ago"));
        QTreeWidget *components = pane->components();
        QCOMPARE(components->topLevelItemCount(), 2);
        QCOMPARE(components->topLevelItem(0)->text(NodeDetailsPane::ComponentStateColumn),
                 QStringLiteral("running"));
        QCOMPARE(components->topLevelItem(0)->childCount(), 0);
        QTreeWidgetItem *redis = components->topLevelItem(1);
        QCOMPARE(redis->text(NodeDetailsPane::ComponentNameColumn), QStringLiteral("redis"));
        QCOMPARE(redis->text(NodeDetailsPane::ComponentStateColumn), QStringLiteral("restarting"));
        QCOMPARE(redis->text(NodeDetailsPane::ComponentRoleColumn), QStringLiteral("master"));
        QCOMPARE(redis->text(NodeDetailsPane::ComponentRestartsColumn), QStringLiteral("3"));
        // The reason, then its last output lines, under it and unfolded.
        QCOMPARE(redis->childCount(), 3);
        QCOMPARE(redis->child(0)->text(0), QStringLiteral("exit 1"));
        QCOMPARE(redis->child(2)->text(0), QStringLiteral("Address already in use"));
        QVERIFY(redis->isExpanded());

        // A new report updates the pane in place; the selection stays on the node.
        state.components[1] = {
            QStringLiteral("redis"), QStringLiteral("master"), QStringLiteral("running"), {}, 3, {}};
        Q_EMIT operate->nodesChanged({system, state});
        QCOMPARE(pane->fieldText(NodeDetailsPane::Field::Name), QStringLiteral("d-state-1"));
        QCOMPARE(components->topLevelItem(1)->text(NodeDetailsPane::ComponentStateColumn),
                 QStringLiteral("running"));
        QCOMPARE(components->topLevelItem(1)->childCount(), 0);
        // The System node sends no heartbeat: it runs the control plane.
        view->selectRow(1);
        QCOMPARE(pane->fieldText(NodeDetailsPane::Field::LastHeartbeat),
                 QStringLiteral("none needed: it runs the control plane"));
        QCOMPARE(pane->components()->topLevelItem(0)->text(0), QStringLiteral("No component reported yet."));
        // When the node goes, the view selects the one left, and the pane follows; with none, it is empty.
        Q_EMIT operate->nodesChanged({state});
        QCOMPARE(pane->fieldText(NodeDetailsPane::Field::Name), QStringLiteral("d-state-1"));
        Q_EMIT operate->nodesChanged({});
        QVERIFY(!pane->node());
        QCOMPARE(pane->fieldText(NodeDetailsPane::Field::Name), QString());
    }

    void testReviewIsRefusedWhileTheDesignBreaksRules()
    {
        MainWindow w;
        load(w, "production");
        auto *operate = new FakeOperateController(&w);
        w.setOperateController(operate);
        operate->setState(OperateController::ConnectionState::Connected);
        w.document()->setCount(Pillar::State, 2);
        w.action(MainWindow::Action::Review)->trigger();
        QVERIFY(operate->reviewed.empty());
        QCOMPARE(w.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY(w.messageBar()->text().contains(QStringLiteral("Problems")));
    }

    void testNodeMenuGivesANodeAPlanOfItsOwn()
    {
        MainWindow w;
        auto *fake = new FakeOperateController(&w);
        w.setOperateController(fake);
        load(w, "starter");
        NodeRow row;
        row.name = QStringLiteral("starter-worker-1");
        row.pillar = topology::Pillar::Worker;
        row.plan = QStringLiteral("cx23");
        row.address = QStringLiteral("127.0.0.1:20002");
        QMenu *menu = w.createNodeMenu(row);
        QAction *change = nullptr;
        for (QAction *a : menu->actions())
            if (a->menu())
                change = a;
        QVERIFY(change);
        QAction *cx33 = nullptr;
        for (QAction *a : change->menu()->actions())
            if (a->text().startsWith(QStringLiteral("cx33")))
                cx33 = a;
        QVERIFY(cx33);
        cx33->trigger();
        const auto &worker = w.document()->topology().pillar(topology::Pillar::Worker);
        QCOMPARE(worker->nodePlans.at(1), std::string("cx33"));
        QVERIFY(w.document()->isModified());
        delete menu;
    }

    void testNodeMenuAndRowOpenTheNodesMetricsAndLogs()
    {
        MainWindow w;
        auto *fake = new FakeOperateController(&w);
        w.setOperateController(fake);
        load(w, "starter");
        ObserveDocks *observe = w.observeDocks();
        QVERIFY(observe);
        QVERIFY(observe->metricsDock()->toggleViewAction());
        NodeRow row;
        row.name = QStringLiteral("starter-state-1");
        row.pillar = topology::Pillar::State;
        QMenu *menu = w.createNodeMenu(row);
        QAction *metrics = nullptr;
        QAction *logs = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->text() == u"Show Metrics")
                metrics = a;
            if (a->text() == u"Show Logs")
                logs = a;
        }
        QVERIFY(metrics && logs);
        metrics->trigger();
        QCOMPARE(observe->metrics()->dashboard()->scope().kind, DashboardScope::Kind::Node);
        QCOMPARE(observe->metrics()->dashboard()->scope().name, QStringLiteral("starter-state-1"));
        // A State node's dashboard has its HAProxy's charts.
        QVERIFY(std::ranges::any_of(dashboardPanels(observe->metrics()->dashboard()->scope()),
                                    [](const PanelDef &p) { return p.title.startsWith(u"HAProxy"); }));
        logs->trigger();
        QCOMPARE(observe->logs()->query(), QStringLiteral("{cluster=\"\", node=\"starter-state-1\"}"));
        QVERIFY(observe->logs()->isLive());
        delete menu;

        Q_EMIT fake->nodesChanged({row});
        w.nodesView()->setCurrentIndex(w.nodesView()->model()->index(0, 0));
        Q_EMIT w.nodesView()->activated(w.nodesView()->model()->index(0, 0));
        QCOMPARE(observe->metrics()->dashboard()->scope().name, QStringLiteral("starter-state-1"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
