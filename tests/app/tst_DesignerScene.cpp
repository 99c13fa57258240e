// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "StudioTestSupport.h"
#include "canvas/CanvasStyle.h"
#include "canvas/ConnectionArrow.h"
#include "canvas/DesignerScene.h"
#include "canvas/DesignerView.h"
#include "canvas/SceneItems.h"
#include "document/DesignDocument.h"
#include "panels/PaletteWidget.h"

#include <QDragEnterEvent>
#include <QMenu>
#include <QMimeData>
#include <QUndoStack>

#include <memory>

using namespace mb;
using namespace mb::studio;
using topology::Pillar;
using topology::Zone;

/// The canvas as a person uses it: drags from the palette, card buttons, moves, arrows.
class TestDesignerScene : public QObject
{
    Q_OBJECT

private:
    struct Canvas
    {
        DesignDocument document;
        DesignerScene scene{&document};
        DesignerView view{&scene};
        PaletteWidget palette{&document};

        explicit Canvas(const topology::Topology &t)
        {
            document.reset(t, {});
            view.resize(1000, 800);
            view.show();
            view.setZoom(1.0);
            view.centerOn(CanvasStyle::frameRect().center());
        }
    };

    /// What happened to a drag: whether the move and the drop were accepted.
    struct DragResult
    {
        bool moveAccepted = false;
        bool dropAccepted = false;
        QString refusal;
    };

    /// The palette's own drag data for `pillar`, as QDrag would carry it.
    static std::unique_ptr<QMimeData> paletteMime(PaletteWidget &palette, Pillar pillar)
    {
        const QModelIndex index = palette.model()->index(static_cast<int>(pillar), 0);
        return std::unique_ptr<QMimeData>(palette.model()->mimeData({index}));
    }

    /// Drags `mime` onto the view's viewport at `scenePos` and drops it there.
    static DragResult dragAndDrop(Canvas &c, const QMimeData *mime, const QPointF &scenePos, bool drop = true)
    {
        const QPoint at = c.view.mapFromScene(scenePos);
        QWidget *viewport = c.view.viewport();
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &move);
        DragResult result;
        result.moveAccepted = move.isAccepted();
        result.refusal = c.scene.dropRefusal();
        if (!drop)
            return result;
        QDropEvent dropEvent(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &dropEvent);
        result.dropAccepted = dropEvent.isAccepted();
        return result;
    }

    static QPointF inZone(Zone zone)
    {
        const QRectF r = CanvasStyle::zoneRect(zone);
        return {r.left() + 200, r.bottom() - 40}; // between and below the default cards
    }

    static topology::Topology without(const char *pillar)
    {
        return test::exampleTopology("starter", [pillar](auto &j) { j["pillars"].erase(pillar); });
    }

    test::IsolatedSettings m_settings;

private Q_SLOTS:
    void testPaletteCarriesThePillarInItsOwnMimeType()
    {
        Canvas c(without("worker"));
        const auto mime = paletteMime(c.palette, Pillar::Worker);
        QVERIFY(mime);
        QVERIFY(mime->hasFormat(QString::fromLatin1(PillarMimeType)));
        QCOMPARE(pillarFromMime(mime.get()), std::optional<Pillar>(Pillar::Worker));
        QVERIFY(c.palette.itemFor(Pillar::Worker)->flags() & Qt::ItemIsDragEnabled);
        QVERIFY(!(c.palette.itemFor(Pillar::Proxy)->flags() & Qt::ItemIsDragEnabled));
    }

    void testPaletteDropIntoItsZoneAddsThePillar()
    {
        Canvas c(without("worker"));
        const auto mime = paletteMime(c.palette, Pillar::Worker);
        const DragResult r = dragAndDrop(c, mime.get(), inZone(Zone::Private));
        QVERIFY(r.moveAccepted);
        QVERIFY(r.dropAccepted);
        QVERIFY(r.refusal.isEmpty());
        QVERIFY(c.document.hasPillar(Pillar::Worker));
        PillarCard *card = c.scene.card(Pillar::Worker);
        QVERIFY(card);
        QVERIFY(CanvasStyle::zoneRect(Zone::Private).contains(card->sceneBoundingRect().center()));
        QCOMPARE(c.scene.selectedPillar(), std::optional<Pillar>(Pillar::Worker));
        QVERIFY(!(c.palette.itemFor(Pillar::Worker)->flags() & Qt::ItemIsEnabled));
        // The drop is one undo step, and the card is where the document says.
        QCOMPARE(c.document.undoStack()->count(), 1);
        const auto saved = c.document.topology().layout.cards.at(Pillar::Worker);
        QCOMPARE(card->pos(), QPointF(saved.x, saved.y));
        c.document.undoStack()->undo();
        QVERIFY(!c.document.hasPillar(Pillar::Worker));
        QVERIFY(!c.scene.card(Pillar::Worker));
    }

    void testDropIntoTheWrongZoneIsRefusedWithTheReason()
    {
        Canvas c(without("worker"));
        const std::string before = topology::serializeTopology(c.document.topology());
        const auto mime = paletteMime(c.palette, Pillar::Worker);
        const DragResult r = dragAndDrop(c, mime.get(), inZone(Zone::Public));
        QVERIFY(!r.moveAccepted);
        QVERIFY(!r.dropAccepted);
        QVERIFY2(r.refusal.contains(QStringLiteral("private zone")), qPrintable(r.refusal));
        QCOMPARE(topology::serializeTopology(c.document.topology()), before);
        QCOMPARE(c.document.undoStack()->count(), 0);
        QVERIFY(c.scene.dropRefusal().isEmpty()); // the callout goes away after the drop
    }

    void testWrongZoneTurnsRedAndTheRightOneIsPointedOut()
    {
        Canvas c(without("state"));
        const auto mime = paletteMime(c.palette, Pillar::State);
        const DragResult r = dragAndDrop(c, mime.get(), inZone(Zone::Public), false);
        QVERIFY(!r.moveAccepted);
        QCOMPARE(c.scene.zone(Zone::Public)->dropHint(), ZoneItem::DropHint::Refuse);
        QCOMPARE(c.scene.zone(Zone::Private)->dropHint(), ZoneItem::DropHint::Target);
        QVERIFY(r.refusal.contains(QStringLiteral("State")));
        QDragLeaveEvent leave;
        QCoreApplication::sendEvent(c.view.viewport(), &leave);
        QCOMPARE(c.scene.zone(Zone::Public)->dropHint(), ZoneItem::DropHint::None);
        QVERIFY(c.scene.dropRefusal().isEmpty());
    }

    void testDragEnteringOverTheWrongZoneCanStillDropInTheRightOne()
    {
        Canvas c(without("worker"));
        const auto mime = paletteMime(c.palette, Pillar::Worker);
        QWidget *viewport = c.view.viewport();
        const QPoint wrong = c.view.mapFromScene(inZone(Zone::Public));
        const QPoint right = c.view.mapFromScene(inZone(Zone::Private));
        QDragEnterEvent enter(wrong, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted()); // else Qt sends this widget nothing more for the drag
        QDragMoveEvent overWrong(wrong, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &overWrong);
        QVERIFY(!overWrong.isAccepted());
        QDragMoveEvent overRight(right, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &overRight);
        QVERIFY(overRight.isAccepted());
        QDropEvent drop(right, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(c.document.hasPillar(Pillar::Worker));
    }

    void testPublicPillarIsRefusedInThePrivateZone()
    {
        Canvas c(without("proxy"));
        const auto verdict = c.scene.checkDrop(Pillar::Proxy, inZone(Zone::Private));
        QVERIFY(!verdict.accepted);
        QVERIFY(verdict.reason.contains(QStringLiteral("public zone")));
        QVERIFY(c.scene.checkDrop(Pillar::Proxy, inZone(Zone::Public)).accepted);
    }

    void testSecondCopyOfAPillarIsRefused()
    {
        Canvas c(test::exampleTopology("starter"));
        std::unique_ptr<QMimeData> mime(pillarMime(Pillar::Proxy));
        const DragResult r = dragAndDrop(c, mime.get(), inZone(Zone::Public));
        QVERIFY(!r.dropAccepted);
        QVERIFY(r.refusal.contains(QStringLiteral("already")));
        QCOMPARE(c.document.undoStack()->count(), 0);
    }

    void testDropOutsideEveryZoneIsRefused()
    {
        Canvas c(without("worker"));
        const auto verdict = c.scene.checkDrop(Pillar::Worker, CanvasStyle::internetRect().center());
        QVERIFY(!verdict.accepted);
        QVERIFY(!verdict.zone);
        QVERIFY(verdict.reason.contains(QStringLiteral("Private zone")));
    }

    void testForeignDragIsIgnored()
    {
        Canvas c(without("worker"));
        QMimeData text;
        text.setText(QStringLiteral("worker"));
        const DragResult r = dragAndDrop(c, &text, inZone(Zone::Private));
        QVERIFY(!r.dropAccepted);
        QVERIFY(!c.document.hasPillar(Pillar::Worker));
    }

    void testStateCardButtonsStepOneThreeFiveAndBack()
    {
        Canvas c(test::exampleTopology("starter"));
        PillarCard *card = c.scene.card(Pillar::State);
        const auto count = [&] { return c.document.topology().pillar(Pillar::State)->count; };
        QVERIFY(!card->minusButton()->isEnabled());
        for (const int expected : {3, 5}) {
            card->plusButton()->click();
            QCOMPARE(count(), expected);
        }
        QVERIFY(!card->plusButton()->isEnabled());
        card->plusButton()->click();
        QCOMPARE(count(), 5);
        for (const int expected : {3, 1}) {
            card->minusButton()->click();
            QCOMPARE(count(), expected);
        }
        QVERIFY(!card->minusButton()->isEnabled());
        QCOMPARE(c.document.undoStack()->count(), 4);
    }

    void testSystemCardHasNoScaleButtons()
    {
        Canvas c(test::exampleTopology("starter"));
        PillarCard *card = c.scene.card(Pillar::System);
        QVERIFY(!card->plusButton()->isVisible());
        QVERIFY(!card->minusButton()->isVisible());
        QVERIFY(card->planButton()->isVisible());
    }

    void testPlanMenuUpgradesThePillarInOneClick()
    {
        Canvas c(test::exampleTopology("starter"));
        std::unique_ptr<QMenu> menu(createPlanMenu(&c.document, Pillar::Proxy, nullptr));
        QAction *current = nullptr;
        QAction *bigger = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->data().toString() == QStringLiteral("cx23"))
                current = a;
            if (a->data().toString() == QStringLiteral("cx43"))
                bigger = a;
        }
        QVERIFY(current && bigger);
        QVERIFY(current->isChecked());
        bigger->trigger();
        QCOMPARE(c.document.topology().pillar(Pillar::Proxy)->plan, std::string("cx43"));
        QCOMPARE(c.document.undoStack()->count(), 1);
        QVERIFY(c.scene.card(Pillar::Proxy)->planButton()->text().startsWith(QStringLiteral("cx43")));
    }

    void testArrowsConnectTrafficAndMonitoringAndFollowCards()
    {
        Canvas c(test::exampleTopology("starter"));
        const auto arrows = c.scene.arrows();
        const auto kindCount = [&](ConnectionArrow::Kind k) {
            return std::count_if(arrows.begin(), arrows.end(), [k](auto *a) { return a->kind() == k; });
        };
        QCOMPARE(kindCount(ConnectionArrow::Kind::Traffic), 3);    // Internet→Proxy→Worker→State
        QCOMPARE(kindCount(ConnectionArrow::Kind::Monitoring), 3); // System→each other pillar
        PillarCard *worker = c.scene.card(Pillar::Worker);
        ConnectionArrow *toState = nullptr;
        for (ConnectionArrow *a : arrows) {
            if (a->from() == worker && a->to() == c.scene.card(Pillar::State))
                toState = a;
        }
        QVERIFY(toState);
        worker->setPos(worker->pos() + QPointF(0, 40));
        QVERIFY(worker->sceneBoundingRect().adjusted(-4, -4, 4, 4).contains(toState->line().p1()));
        // Removing a pillar drops its arrows.
        c.document.removePillar(Pillar::System);
        QCOMPARE(c.scene.arrows().size(), 3);
    }

    void testCardStaysInsideItsZone()
    {
        Canvas c(test::exampleTopology("starter"));
        PillarCard *proxy = c.scene.card(Pillar::Proxy);
        proxy->setPos(300, 500); // into the private zone
        QVERIFY(CanvasStyle::cardPositions(Zone::Public).contains(proxy->pos()));
    }

    void testDraggingACardSavesItsPlaceInTheLayout()
    {
        Canvas c(test::exampleTopology("starter"));
        PillarCard *worker = c.scene.card(Pillar::Worker);
        const QPoint from = c.view.mapFromScene(worker->sceneBoundingRect().center() + QPointF(0, -55));
        const QPoint to = from + QPoint(30, 10);
        QWidget *viewport = c.view.viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, to, viewport->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &move);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
        const auto saved = c.document.topology().layout.cards.at(Pillar::Worker);
        QCOMPARE(QPointF(saved.x, saved.y), worker->pos());
        QCOMPARE(saved.x, 40.0 + 30.0 / c.view.zoom());
        QCOMPARE(c.document.undoStack()->count(), 1);
        c.document.undoStack()->undo();
        QCOMPARE(worker->pos(), QPointF(40, 320));
    }

    void testCardShowsProblemsOfItsPillar()
    {
        Canvas c(test::exampleTopology("starter"));
        QVERIFY(c.scene.card(Pillar::State)->toolTip().contains(QStringLiteral("state-no-ha")));
        QVERIFY(c.scene.card(Pillar::Proxy)->toolTip().isEmpty());
        c.document.setCount(Pillar::State, 3);
        QVERIFY(c.scene.card(Pillar::State)->toolTip().isEmpty());
    }

    void testHealthShowsOnlyWhenReported()
    {
        Canvas c(test::exampleTopology("starter"));
        QVERIFY(!c.scene.card(Pillar::Worker)->health());
        c.scene.setPillarHealth(Pillar::Worker, PillarHealth{1, 1});
        QCOMPARE(c.scene.card(Pillar::Worker)->health(), std::optional<PillarHealth>(PillarHealth{1, 1}));
        c.document.removePillar(Pillar::Worker);
        c.document.undoStack()->undo(); // a re-created card shows the last health too
        QCOMPARE(c.scene.card(Pillar::Worker)->health(), std::optional<PillarHealth>(PillarHealth{1, 1}));
    }

    void testZoomInOutAndFit()
    {
        Canvas c(test::exampleTopology("starter"));
        c.view.zoomIn();
        QVERIFY(c.view.zoom() > 1.0);
        c.view.zoomOut();
        QCOMPARE(c.view.zoom(), 1.0);
        c.view.resize(400, 300);
        c.view.fitToWindow();
        QVERIFY(c.view.zoom() < 1.0);
        const QRectF visible = c.view.mapToScene(c.view.viewport()->rect()).boundingRect();
        QVERIFY(visible.adjusted(-2, -2, 2, 2).contains(CanvasStyle::frameRect()));
    }
};

QTEST_MAIN(TestDesignerScene)
#include "tst_DesignerScene.moc"
