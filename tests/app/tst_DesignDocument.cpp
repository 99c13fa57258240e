// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "StudioTestSupport.h"
#include "document/DesignDocument.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace mb;
using namespace mb::studio;
using topology::Pillar;

/// The design document: every edit is one undo step, and the rules and cost follow it.
class TestDesignDocument : public QObject
{
    Q_OBJECT

private:
    using Edit = std::function<bool(DesignDocument &)>;

    static std::string text(const DesignDocument &d) { return topology::serializeTopology(d.topology()); }

    static bool hasDiagnostic(const DesignDocument &d, const std::string &code, const std::string &pointer)
    {
        return std::any_of(d.diagnostics().begin(), d.diagnostics().end(),
                           [&](const auto &x) { return x.code == code && x.pointer == pointer; });
    }

private Q_SLOTS:
    void testEveryEditKindUndoesAndRedoes_data()
    {
        QTest::addColumn<std::string>("example");
        QTest::addColumn<Edit>("edit");
        QTest::newRow("add pillar") << std::string("no-worker")
                                    << Edit([](DesignDocument &d) { return d.addPillar(Pillar::Worker); });
        QTest::newRow("remove pillar")
            << std::string("production")
            << Edit([](DesignDocument &d) { return d.removePillar(Pillar::Proxy); });
        QTest::newRow("scale") << std::string("production")
                               << Edit([](DesignDocument &d) { return d.setCount(Pillar::Worker, 7); });
        QTest::newRow("step state") << std::string("production")
                                    << Edit([](DesignDocument &d) { return d.stepCount(Pillar::State, +1); });
        QTest::newRow("change plan") << std::string("production") << Edit([](DesignDocument &d) {
            return d.setPlan(Pillar::Proxy, "cpx32");
        });
        QTest::newRow("node plan override")
            << std::string("production")
            << Edit([](DesignDocument &d) { return d.setNodePlan(Pillar::State, 1, std::string("ccx33")); });
        QTest::newRow("move card") << std::string("production") << Edit([](DesignDocument &d) {
            return d.moveCard(Pillar::Worker, {60, 340});
        });
        QTest::newRow("cluster name")
            << std::string("production") << Edit([](DesignDocument &d) { return d.setName("shop"); });
        QTest::newRow("provider") << std::string("production")
                                  << Edit([](DesignDocument &d) { return d.setProvider("local"); });
        QTest::newRow("location") << std::string("production")
                                  << Edit([](DesignDocument &d) { return d.setLocation("hel1"); });
        QTest::newRow("network cidr")
            << std::string("production")
            << Edit([](DesignDocument &d) { return d.setNetworkCidr("10.8.0.0/16"); });
        QTest::newRow("ssh safelist")
            << std::string("production")
            << Edit([](DesignDocument &d) { return d.setSshSafelist({"198.51.100.0/24"}); });
    }

    void testEveryEditKindUndoesAndRedoes()
    {
        QFETCH(std::string, example);
        QFETCH(Edit, edit);
        DesignDocument doc;
        if (example == "no-worker")
            doc.reset(test::exampleTopology("production", [](auto &j) { j["pillars"].erase("worker"); }), {});
        else
            doc.reset(test::exampleTopology(example), {});
        const std::string before = text(doc);
        QVERIFY(edit(doc));
        const std::string after = text(doc);
        QVERIFY(after != before);
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(text(doc), before);
        doc.undoStack()->redo();
        QCOMPARE(text(doc), after);
    }

    void testResettingANodeOverrideIsUndoable()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("production"), {});
        QVERIFY(doc.setNodePlan(Pillar::State, 2, std::string("ccx33")));
        QVERIFY(doc.setNodePlan(Pillar::State, 2, std::nullopt));
        QVERIFY(doc.topology().pillar(Pillar::State)->nodePlans.empty());
        doc.undoStack()->undo();
        QCOMPARE(doc.topology().pillar(Pillar::State)->nodePlans.at(2), std::string("ccx33"));
    }

    void testEditThatChangesNothingPushesNothing()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("production"), {});
        QVERIFY(!doc.setCount(Pillar::Proxy, 3));
        QVERIFY(!doc.setPlan(Pillar::Proxy, "cpx22"));
        QVERIFY(!doc.setName("production"));
        QVERIFY(!doc.addPillar(Pillar::Proxy));
        QVERIFY(!doc.setNodePlan(Pillar::Proxy, 1, std::nullopt));
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
    }

    void testStateStepsOneThreeFiveAndBack()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("starter"), {});
        const auto count = [&] { return doc.topology().pillar(Pillar::State)->count; };
        QCOMPARE(count(), 1);
        QVERIFY(doc.stepCount(Pillar::State, +1));
        QCOMPARE(count(), 3);
        QVERIFY(doc.stepCount(Pillar::State, +1));
        QCOMPARE(count(), 5);
        QVERIFY(!doc.stepCount(Pillar::State, +1));
        QCOMPARE(count(), 5);
        QVERIFY(doc.stepCount(Pillar::State, -1));
        QCOMPARE(count(), 3);
        QVERIFY(doc.stepCount(Pillar::State, -1));
        QCOMPARE(count(), 1);
        QVERIFY(!doc.stepCount(Pillar::State, -1));
        QCOMPARE(doc.undoStack()->count(), 4);
    }

    void testSystemNeverScalesHorizontally()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("starter"), {});
        QVERIFY(!doc.stepCount(Pillar::System, +1));
        QVERIFY(!doc.stepCount(Pillar::System, -1));
        QCOMPARE(doc.topology().pillar(Pillar::System)->count, 1);
    }

    void testMovesOfTheSameCardMergeIntoOneUndoStep()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("starter"), {});
        const auto start = doc.topology().layout.cards.at(Pillar::Proxy);
        QVERIFY(doc.moveCard(Pillar::Proxy, {310, 62}));
        QVERIFY(doc.moveCard(Pillar::Proxy, {320, 64}));
        QVERIFY(doc.moveCard(Pillar::Proxy, {330, 66}));
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(doc.moveCard(Pillar::System, {50, 70}));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.topology().layout.cards.at(Pillar::Proxy), start);
    }

    void testCardMovedBackToItsStartLeavesNothingToUndo()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("starter"), {});
        const auto start = doc.topology().layout.cards.at(Pillar::Proxy);
        QVERIFY(doc.moveCard(Pillar::Proxy, {320, 64}));
        QVERIFY(doc.moveCard(Pillar::Proxy, start));
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
    }

    void testDiagnosticsFollowEveryEdit()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("production"), {});
        QVERIFY(!topology::hasErrors(doc.diagnostics()));
        QVERIFY(doc.setCount(Pillar::State, 2));
        QVERIFY(hasDiagnostic(doc, "state-count", "/pillars/state/count"));
        QCOMPARE(doc.diagnosticsFor(Pillar::State).size(), std::size_t(1));
        QVERIFY(doc.diagnosticsFor(Pillar::Proxy).empty());
        doc.undoStack()->undo();
        QVERIFY(!hasDiagnostic(doc, "state-count", "/pillars/state/count"));
        QVERIFY(doc.removePillar(Pillar::Worker));
        QVERIFY(hasDiagnostic(doc, "pillar-missing", "/pillars/worker"));
    }

    void testCostFollowsEveryEdit()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("production"), {});
        const auto before = doc.cost().total.monthly;
        const auto workers = doc.cost().pillarTotal(Pillar::Worker).monthly;
        QVERIFY(doc.setCount(Pillar::Worker, 8));
        QCOMPARE(doc.cost().pillarTotal(Pillar::Worker).monthly, workers * 2);
        QCOMPARE(doc.cost().total.monthly, before + workers);
    }

    void testSignalsSayWhatChanged()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("production"), {});
        QSignalSpy added(&doc, &DesignDocument::pillarAdded);
        QSignalSpy removed(&doc, &DesignDocument::pillarRemoved);
        QSignalSpy changed(&doc, &DesignDocument::pillarChanged);
        QSignalSpy moved(&doc, &DesignDocument::cardMoved);
        QSignalSpy cluster(&doc, &DesignDocument::clusterChanged);
        QSignalSpy diagnostics(&doc, &DesignDocument::diagnosticsChanged);
        doc.removePillar(Pillar::Proxy);
        doc.undoStack()->undo();
        doc.setCount(Pillar::Worker, 5);
        doc.moveCard(Pillar::Worker, {50, 330});
        doc.setLocation("nbg1");
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).value<Pillar>(), Pillar::Proxy);
        QCOMPARE(added.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<Pillar>(), Pillar::Worker);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(cluster.count(), 1);
        QCOMPARE(diagnostics.count(), 5);
    }

    void testModifiedFollowsTheUndoStackAndSaves()
    {
        DesignDocument doc;
        QSignalSpy modified(&doc, &DesignDocument::modifiedChanged);
        doc.reset(test::exampleTopology("starter"), QStringLiteral("/tmp/starter.json"));
        QVERIFY(!doc.isModified());
        doc.setName("renamed");
        QVERIFY(doc.isModified());
        QCOMPARE(modified.last().at(0).toBool(), true);
        doc.markSaved(QStringLiteral("/tmp/renamed.json"), doc.undoStack()->index());
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.filePath(), QStringLiteral("/tmp/renamed.json"));
        doc.undoStack()->undo();
        QVERIFY(doc.isModified());
    }

    void testSaveOfAnOlderStateDoesNotMarkANewerOneClean()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("starter"), QStringLiteral("/tmp/starter.json"));
        const int savedAt = doc.undoStack()->index();
        doc.setName("edited-while-saving");
        doc.markSaved(QStringLiteral("/tmp/starter.json"), savedAt);
        QVERIFY(doc.isModified());
    }

    void testNewPillarGetsTheCheapestPlanOfferedInTheLocation()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("starter"), {});
        doc.removePillar(Pillar::Worker);
        QVERIFY(doc.addPillar(Pillar::Worker));
        const auto *cheapest = doc.catalogue().cheapestIn(doc.topology().location);
        QVERIFY(cheapest);
        QCOMPARE(doc.topology().pillar(Pillar::Worker)->plan, cheapest->name);
        QCOMPARE(doc.topology().pillar(Pillar::Worker)->count, 1);
        QCOMPARE(doc.topology().layout.cards.at(Pillar::Worker),
                 DesignDocument::defaultCardPosition(Pillar::Worker));
    }
};

QTEST_MAIN(TestDesignDocument)
#include "tst_DesignDocument.moc"
