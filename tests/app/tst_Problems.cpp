// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "StudioTestSupport.h"
#include "canvas/DesignerScene.h"
#include "document/DesignDocument.h"
#include "document/ProblemTarget.h"
#include "panels/ClusterInspector.h"
#include "panels/InspectorWidget.h"
#include "panels/PaletteWidget.h"
#include "panels/PillarInspector.h"
#include "panels/ProblemsModel.h"
#include "panels/ProblemsPanel.h"
#include "window/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

Q_DECLARE_METATYPE(mb::studio::ProblemTarget)

using namespace mb;
using namespace mb::studio;
using topology::Pillar;

/// The Problems panel: the right diagnostics, live, and activating one leads to its field.
class TestProblems : public QObject
{
    Q_OBJECT

private:
    static int rowWith(const ProblemsModel &model, const QString &code, const QString &pointer)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            if (index.data(ProblemsModel::CodeRole).toString() == code &&
                index.data(ProblemsModel::PointerRole).toString() == pointer)
                return row;
        }
        return -1;
    }

    /// Activates a problem as Enter or a double-click in the view does.
    static void activate(MainWindow &window, int row)
    {
        QTreeView *view = window.problems()->view();
        const QModelIndex index = view->model()->index(row, ProblemsModel::MessageColumn);
        view->setCurrentIndex(index);
        Q_EMIT view->activated(index);
        QCoreApplication::processEvents();
    }

    static void showWindow(MainWindow &window)
    {
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

    test::IsolatedSettings m_settings;

private Q_SLOTS:
    void testBrokenDocumentListsStateCountAtItsPointer()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("production", [](auto &j) { j["pillars"]["state"]["count"] = 2; }),
                  {});
        ProblemsModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        const int row = rowWith(model, QStringLiteral("state-count"), QStringLiteral("/pillars/state/count"));
        QCOMPARE(row, 0);
        QCOMPARE(model.index(row, 0).data(ProblemsModel::SeverityRole).toInt(),
                 static_cast<int>(topology::Severity::Error));
        QCOMPARE(model.index(row, ProblemsModel::SeverityColumn).data().toString(), QStringLiteral("error"));
        QVERIFY(model.index(row, ProblemsModel::MessageColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("1, 3 or 5")));
        QCOMPARE(model.index(row, ProblemsModel::PointerColumn).data().toString(),
                 QStringLiteral("/pillars/state/count"));
        QVERIFY(!model.index(row, ProblemsModel::SeverityColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(model.count(topology::Severity::Error), 1);
    }

    void testEveryBrokenRuleIsListedErrorsFirst()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("production",
                                        [](auto &j) {
                                            j["name"] = "Not DNS";
                                            j["network"]["cidr"] = "8.8.0.0/16";
                                            j["pillars"]["proxy"]["plan"] = "cx22";
                                            j["pillars"].erase("worker");
                                            j["sshSafelist"] = nlohmann::json::array({"0.0.0.0/0"});
                                        }),
                  {});
        ProblemsModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(rowWith(model, QStringLiteral("name-not-dns-safe"), QStringLiteral("/name")) >= 0);
        QVERIFY(rowWith(model, QStringLiteral("cidr-not-private"), QStringLiteral("/network/cidr")) >= 0);
        QVERIFY(rowWith(model, QStringLiteral("pillar-missing"), QStringLiteral("/pillars/worker")) >= 0);
        QVERIFY(rowWith(model, QStringLiteral("plan-deprecated"), QStringLiteral("/pillars/proxy/plan")) >=
                0);
        QVERIFY(rowWith(model, QStringLiteral("safelist-open-world"), QStringLiteral("/sshSafelist/0")) >= 0);
        int last = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const int severity = model.index(row, 0).data(ProblemsModel::SeverityRole).toInt();
            QVERIFY(severity >= last);
            last = severity;
        }
    }

    void testProblemsFollowEditsLive()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("production"), {});
        ProblemsModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        doc.setCount(Pillar::State, 4);
        QCOMPARE(rowWith(model, QStringLiteral("state-count"), QStringLiteral("/pillars/state/count")), 0);
        doc.setCount(Pillar::State, 5);
        QCOMPARE(model.rowCount(), 0);
        doc.removePillar(Pillar::Proxy);
        doc.setLocation("nowhere");
        QVERIFY(model.rowCount() >= 2);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), 0);
    }

    void testPointersMapToTheirFields_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<ProblemTarget>("target");
        QTest::newRow("name") << "/name" << ProblemTarget{std::nullopt, Field::Name, -1};
        QTest::newRow("location") << "/location" << ProblemTarget{std::nullopt, Field::Location, -1};
        QTest::newRow("cidr") << "/network/cidr" << ProblemTarget{std::nullopt, Field::NetworkCidr, -1};
        QTest::newRow("safelist entry")
            << "/sshSafelist/2" << ProblemTarget{std::nullopt, Field::SshSafelist, 2};
        QTest::newRow("missing pillar")
            << "/pillars/worker" << ProblemTarget{Pillar::Worker, Field::Pillar, -1};
        QTest::newRow("count") << "/pillars/state/count" << ProblemTarget{Pillar::State, Field::Count, -1};
        QTest::newRow("plan") << "/pillars/proxy/plan" << ProblemTarget{Pillar::Proxy, Field::Plan, -1};
        QTest::newRow("zone") << "/pillars/proxy/zone" << ProblemTarget{Pillar::Proxy, Field::Zone, -1};
        QTest::newRow("node plan") << "/pillars/state/nodes/3/plan"
                                   << ProblemTarget{Pillar::State, Field::NodePlan, 3};
        QTest::newRow("unknown pillar") << "/pillars/database/count" << ProblemTarget{};
        QTest::newRow("root") << "" << ProblemTarget{};
    }

    void testPointersMapToTheirFields()
    {
        QFETCH(QString, pointer);
        QFETCH(ProblemTarget, target);
        QCOMPARE(problemTarget(pointer.toStdString()), target);
    }

    void testActivatingAProblemSelectsTheCardAndFocusesTheField()
    {
        MainWindow window;
        window.document()->reset(
            test::exampleTopology("production", [](auto &j) { j["pillars"]["state"]["count"] = 2; }), {});
        showWindow(window);
        const int row = rowWith(*window.problems()->model(), QStringLiteral("state-count"),
                                QStringLiteral("/pillars/state/count"));
        QVERIFY(row >= 0);
        activate(window, row);
        QCOMPARE(window.scene()->selectedPillar(), std::optional<Pillar>(Pillar::State));
        QVERIFY(window.inspector()->showsPillar());
        QCOMPARE(window.inspector()->pillarPage()->pillar(), std::optional<Pillar>(Pillar::State));
        QCOMPARE(QApplication::focusWidget(), window.inspector()->pillarPage()->countCombo());
        QCOMPARE(window.inspector()->pillarPage()->countCombo()->currentData().toInt(), 2);
    }

    void testActivatingAClusterProblemFocusesTheClusterField()
    {
        MainWindow window;
        window.document()->reset(
            test::exampleTopology("production", [](auto &j) { j["network"]["cidr"] = "10.0.0.0/30"; }), {});
        showWindow(window);
        window.scene()->selectPillar(Pillar::Proxy);
        activate(window, rowWith(*window.problems()->model(), QStringLiteral("cidr-too-small"),
                                 QStringLiteral("/network/cidr")));
        QCOMPARE(window.scene()->selectedPillar(), std::nullopt);
        QVERIFY(!window.inspector()->showsPillar());
        QCOMPARE(QApplication::focusWidget(), window.inspector()->clusterPage()->cidrEdit());
    }

    void testActivatingANodePlanProblemSelectsTheNodeRow()
    {
        MainWindow window;
        window.document()->reset(
            test::exampleTopology("production",
                                  [](auto &j) { j["pillars"]["worker"]["nodes"]["3"]["plan"] = "nope"; }),
            {});
        showWindow(window);
        activate(window, rowWith(*window.problems()->model(), QStringLiteral("unknown-plan"),
                                 QStringLiteral("/pillars/worker/nodes/3/plan")));
        QCOMPARE(window.scene()->selectedPillar(), std::optional<Pillar>(Pillar::Worker));
        const auto *table = window.inspector()->pillarPage()->nodeTable();
        QCOMPARE(table->currentIndex().row(), 2);
    }

    void testActivatingAMissingPillarPointsAtThePalette()
    {
        MainWindow window;
        window.document()->reset(
            test::exampleTopology("production", [](auto &j) { j["pillars"].erase("worker"); }), {});
        showWindow(window);
        activate(window, rowWith(*window.problems()->model(), QStringLiteral("pillar-missing"),
                                 QStringLiteral("/pillars/worker")));
        QCOMPARE(window.paletteWidget()->currentItem(), window.paletteWidget()->itemFor(Pillar::Worker));
        QCOMPARE(QApplication::focusWidget(), window.paletteWidget());
        // Enter on the palette entry adds it where it belongs, and the problem goes away.
        QTest::keyClick(window.paletteWidget(), Qt::Key_Return);
        QVERIFY(window.document()->hasPillar(Pillar::Worker));
        QCOMPARE(rowWith(*window.problems()->model(), QStringLiteral("pillar-missing"),
                         QStringLiteral("/pillars/worker")),
                 -1);
    }

    void testLongMessagesWrapInsteadOfBeingCut()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("production", [](auto &j) { j["pillars"]["state"]["count"] = 2; }),
                  {});
        ProblemsPanel panel(&doc);
        panel.resize(420, 300); // far narrower than the message
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QModelIndex message = panel.view()->model()->index(0, ProblemsModel::MessageColumn);
        const QString text = message.data().toString();
        const QFontMetrics metrics(panel.view()->font());
        QVERIFY(metrics.horizontalAdvance(text) > panel.view()->columnWidth(ProblemsModel::MessageColumn));
        QTRY_VERIFY(panel.view()->visualRect(message).height() >= 2 * metrics.height());
    }

    void testSummarySaysHowManyOfEach()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("starter"), {});
        ProblemsPanel panel(&doc);
        QCOMPARE(panel.summary(), QStringLiteral("Warnings: 1"));
        doc.setCount(Pillar::State, 2);
        QCOMPARE(panel.summary(), QStringLiteral("Errors: 1"));
        doc.setCount(Pillar::State, 3);
        QVERIFY(panel.summary().startsWith(QStringLiteral("No problems")));
    }
};

QTEST_MAIN(TestProblems)
#include "tst_Problems.moc"
