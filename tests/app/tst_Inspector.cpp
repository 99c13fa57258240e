// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "StudioTestSupport.h"
#include "document/DesignDocument.h"
#include "panels/ClusterInspector.h"
#include "panels/InspectorWidget.h"
#include "panels/NodePlansModel.h"
#include "panels/PillarInspector.h"
#include "panels/PlanListModel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>

using namespace mb;
using namespace mb::studio;
using topology::Pillar;

/// The Inspector: only allowed values are offered, and every change is an undoable edit.
class TestInspector : public QObject
{
    Q_OBJECT

private:
    static QPushButton *button(QWidget *parent, const QString &text)
    {
        for (QPushButton *b : parent->findChildren<QPushButton *>()) {
            if (b->text() == text && b->isVisibleTo(parent))
                return b;
        }
        return nullptr;
    }

    static void chooseIn(QComboBox *combo, const QVariant &data, int role = Qt::UserRole)
    {
        const int row = combo->findData(data, role);
        QVERIFY2(row >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(row);
        Q_EMIT combo->activated(row);
    }

    test::IsolatedSettings m_settings;

private Q_SLOTS:
    void testStateOffersOnlyOneThreeOrFive()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("starter"), {});
        PillarInspector page(&doc);
        page.setPillar(Pillar::State);
        QComboBox *combo = page.countCombo();
        QVERIFY(!page.countSpin()->isVisibleTo(&page));
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemData(0).toInt(), 1);
        QCOMPARE(combo->itemData(1).toInt(), 3);
        QCOMPARE(combo->itemData(2).toInt(), 5);
        chooseIn(combo, 5);
        QCOMPARE(doc.topology().pillar(Pillar::State)->count, 5);
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(combo->currentData().toInt(), 1);
    }

    void testDisallowedCountFromAFileIsShownAsSuch()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("production", [](auto &j) { j["pillars"]["state"]["count"] = 4; }),
                  {});
        PillarInspector page(&doc);
        page.setPillar(Pillar::State);
        QCOMPARE(page.countCombo()->count(), 4);
        QCOMPARE(page.countCombo()->currentData().toInt(), 4);
        QVERIFY(page.countCombo()->currentText().contains(QStringLiteral("not allowed")));
    }

    void testProxySpinIsLimitedToItsRange()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("production"), {});
        PillarInspector page(&doc);
        page.setPillar(Pillar::Proxy);
        QSpinBox *spin = page.countSpin();
        QCOMPARE(spin->minimum(), 1);
        QCOMPARE(spin->maximum(), 100);
        QCOMPARE(spin->value(), 3);
        spin->setValue(7);
        QCOMPARE(doc.topology().pillar(Pillar::Proxy)->count, 7);
        spin->setValue(500);
        QCOMPARE(doc.topology().pillar(Pillar::Proxy)->count, 100);
    }

    void testSystemCountCannotBeChanged()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("production"), {});
        PillarInspector page(&doc);
        page.setPillar(Pillar::System);
        QVERIFY(!page.countSpin()->isEnabled());
        QCOMPARE(page.countSpin()->maximum(), 1);
    }

    void testPlanComboChangesThePlan()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("production"), {});
        PillarInspector page(&doc);
        page.setPillar(Pillar::Worker);
        QComboBox *combo = page.planCombo();
        QCOMPARE(combo->currentData(PlanListModel::PlanNameRole).toString(), QStringLiteral("cpx32"));
        chooseIn(combo, QStringLiteral("cpx42"), PlanListModel::PlanNameRole);
        QCOMPARE(doc.topology().pillar(Pillar::Worker)->plan, std::string("cpx42"));
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    void testDeprecatedPlanOffersItsSuccessor()
    {
        DesignDocument doc;
        doc.reset(
            test::exampleTopology("production", [](auto &j) { j["pillars"]["proxy"]["plan"] = "cpx21"; }),
            {});
        PillarInspector page(&doc);
        page.setPillar(Pillar::Proxy);
        QCOMPARE(page.planCombo()->currentData(PlanListModel::PlanNameRole).toString(),
                 QStringLiteral("cpx21"));
        QVERIFY(page.planCombo()->currentText().contains(QStringLiteral("cpx22")));
        QPushButton *use = button(&page, QStringLiteral("Use cpx22"));
        QVERIFY(use);
        use->click();
        QCOMPARE(doc.topology().pillar(Pillar::Proxy)->plan, std::string("cpx22"));
        QVERIFY(!button(&page, QStringLiteral("Use cpx22")));
    }

    void testClusterFieldsEditTheDocument()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("production"), {});
        ClusterInspector page(&doc);
        page.nameEdit()->setText(QStringLiteral("shop"));
        Q_EMIT page.nameEdit()->editingFinished();
        QCOMPARE(doc.topology().name, std::string("shop"));
        chooseIn(page.locationCombo(), QStringLiteral("hel1"));
        QCOMPARE(doc.topology().location, std::string("hel1"));
        chooseIn(page.providerCombo(), QStringLiteral("local"));
        QCOMPARE(doc.topology().provider, std::string("local"));
        page.cidrEdit()->setText(QStringLiteral("10.9.0.0/16"));
        Q_EMIT page.cidrEdit()->editingFinished();
        QCOMPARE(doc.topology().networkCidr, std::string("10.9.0.0/16"));
        QCOMPARE(doc.undoStack()->count(), 4);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(page.nameEdit()->text(), QStringLiteral("production"));
        QCOMPARE(page.locationCombo()->currentData().toString(), QStringLiteral("fsn1"));
        QCOMPARE(page.cidrEdit()->text(), QStringLiteral("10.0.0.0/16"));
    }

    void testSafelistAddEditRemove()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("production"), {});
        ClusterInspector page(&doc);
        QCOMPARE(page.safelist()->count(), 2);
        page.safelistEntry()->setText(QStringLiteral("198.51.100.0/24"));
        button(&page, QStringLiteral("Add"))->click();
        QCOMPARE(doc.topology().sshSafelist.size(), std::size_t(3));
        QCOMPARE(doc.topology().sshSafelist.back(), std::string("198.51.100.0/24"));
        QVERIFY(page.safelistEntry()->text().isEmpty());
        page.safelist()->item(0)->setText(QStringLiteral("192.0.2.0/24"));
        QCOMPARE(doc.topology().sshSafelist.front(), std::string("192.0.2.0/24"));
        page.safelist()->setCurrentRow(1);
        button(&page, QStringLiteral("Remove"))->click();
        QCOMPARE(doc.topology().sshSafelist, (std::vector<std::string>{"192.0.2.0/24", "198.51.100.0/24"}));
        QCOMPARE(doc.undoStack()->count(), 3);
    }

    void testInspectorFollowsTheSelectionAndRemoval()
    {
        DesignDocument doc;
        doc.reset(test::exampleTopology("production"), {});
        InspectorWidget inspector(&doc);
        QVERIFY(!inspector.showsPillar());
        inspector.showPillar(Pillar::Worker);
        QVERIFY(inspector.showsPillar());
        QCOMPARE(inspector.pillarPage()->nodePlansModel()->rowCount(), 4);
        doc.removePillar(Pillar::Worker);
        QVERIFY(!inspector.showsPillar());
    }
};

QTEST_MAIN(TestInspector)
#include "tst_Inspector.moc"
