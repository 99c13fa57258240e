// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "DesignerScene.h"

#include "CanvasStyle.h"
#include "ConnectionArrow.h"
#include "SceneItems.h"
#include "document/DesignDocument.h"

#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsView>
#include <QMimeData>
#include <QTimer>

namespace mb::studio {

using namespace CanvasStyle;
using topology::Pillar;
using topology::Zone;

std::optional<Pillar> pillarFromMime(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(PillarMimeType)))
        return std::nullopt;
    return topology::pillarFromName(mime->data(QString::fromLatin1(PillarMimeType)).toStdString());
}

QMimeData *pillarMime(Pillar pillar)
{
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(PillarMimeType), QByteArray(topology::pillarName(pillar).data()));
    mime->setText(pillarTitle(pillar));
    return mime;
}

DesignerScene::DesignerScene(DesignDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_frame(new NetworkFrameItem)
    , m_internet(new InternetItem)
    , m_legend(new LegendItem)
    , m_callout(new DropCallout)
{
    setSceneRect(diagramRect());
    setItemIndexMethod(QGraphicsScene::NoIndex); // a handful of items that move often
    addItem(m_frame);
    for (const Zone z : {Zone::Public, Zone::Private}) {
        auto *item = new ZoneItem(z);
        m_zones[static_cast<std::size_t>(z)] = item;
        addItem(item);
    }
    addItem(m_internet);
    addItem(m_legend);
    addItem(m_callout);

    connect(m_document, &DesignDocument::documentReset, this, &DesignerScene::rebuild);
    connect(m_document, &DesignDocument::pillarAdded, this, [this](Pillar p) {
        addCard(p);
        rebuildArrows();
        refreshCaptionRight();
    });
    connect(m_document, &DesignDocument::pillarRemoved, this, [this](Pillar p) {
        removeCard(p);
        refreshCaptionRight();
    });
    connect(m_document, &DesignDocument::cardMoved, this, [this](Pillar p) {
        placeCard(p);
        refreshCaptionRight();
    });
    connect(m_document, &DesignDocument::clusterChanged, this, &DesignerScene::refreshCaption);
    connect(m_document, &DesignDocument::diagnosticsChanged, this, &DesignerScene::refreshAllCards);
    connect(this, &QGraphicsScene::selectionChanged, this, &DesignerScene::selectedPillarChanged);
    rebuild();
}

DesignerScene::~DesignerScene()
{
    // QGraphicsScene's destructor removes the items and would emit selectionChanged into this
    // already-destroyed subclass; nobody needs to hear about a scene going away.
    blockSignals(true);
    qDeleteAll(m_arrows);
    m_arrows.clear();
}

DesignerScene::DropVerdict DesignerScene::checkDrop(Pillar pillar, const QPointF &scenePos) const
{
    DropVerdict verdict;
    for (const Zone z : {Zone::Public, Zone::Private}) {
        if (zoneRect(z).contains(scenePos))
            verdict.zone = z;
    }
    const QString title = pillarTitle(pillar);
    if (m_document->hasPillar(pillar)) {
        verdict.reason =
            pillar == Pillar::System
                ? tr("The cluster already has its System node. System scales vertically: "
                     "choose a bigger plan on its card.")
                : tr("The cluster already has a %1 pillar: use + on its card to add nodes.").arg(title);
    } else if (!verdict.zone) {
        verdict.reason = tr("Drop %1 into the %2.").arg(title, zoneTitle(zoneOf(pillar)));
    } else if (*verdict.zone != zoneOf(pillar)) {
        verdict.reason =
            zoneOf(pillar) == Zone::Public
                ? tr("%1 belongs in the public zone: it must be reachable from the Internet, and private "
                     "nodes have no public IP.")
                      .arg(title)
                : tr("%1 belongs in the private zone: it holds code or data that must never have a public "
                     "IP.")
                      .arg(title);
    } else {
        verdict.accepted = true;
    }
    return verdict;
}

bool DesignerScene::dropPillar(Pillar pillar, const QPointF &scenePos)
{
    const DropVerdict verdict = checkDrop(pillar, scenePos);
    if (!verdict.accepted)
        return false;
    const QPointF pos = dropPosition(pillar, *verdict.zone, scenePos);
    if (!m_document->addPillar(pillar, topology::CardPosition{pos.x(), pos.y()}))
        return false;
    selectPillar(pillar);
    return true;
}

QString DesignerScene::dropRefusal() const
{
    return m_callout->isVisible() ? m_callout->text() : QString();
}

PillarCard *DesignerScene::card(Pillar pillar) const
{
    return m_cards[static_cast<std::size_t>(pillar)];
}

ZoneItem *DesignerScene::zone(Zone zone) const
{
    return m_zones[static_cast<std::size_t>(zone)];
}

std::optional<Pillar> DesignerScene::selectedPillar() const
{
    for (QGraphicsItem *item : selectedItems()) {
        if (const auto *c = dynamic_cast<PillarCard *>(item))
            return c->pillar();
    }
    return std::nullopt;
}

void DesignerScene::selectPillar(std::optional<Pillar> pillar)
{
    PillarCard *target = pillar ? card(*pillar) : nullptr;
    if (target && target->isSelected() && selectedItems().size() == 1)
        return;
    clearSelection();
    if (!target)
        return;
    target->setSelected(true);
    for (QGraphicsView *view : views())
        view->ensureVisible(target);
}

void DesignerScene::setPillarHealth(Pillar pillar, std::optional<PillarHealth> health)
{
    m_health[static_cast<std::size_t>(pillar)] = health;
    if (PillarCard *c = card(pillar))
        c->setHealth(health);
}

void DesignerScene::setPillarCpu(Pillar pillar, const QList<QPointF> &points)
{
    if (PillarCard *c = card(pillar))
        c->setCpuHistory(points);
}

void DesignerScene::hintZone(Zone z)
{
    zone(z)->setDropHint(ZoneItem::DropHint::Accept);
    QTimer::singleShot(1500, this, [this, z] { zone(z)->setDropHint(ZoneItem::DropHint::None); });
}

void DesignerScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    if (!pillarFromMime(event->mimeData())) {
        event->ignore();
        return;
    }
    // Accept the enter whatever the point: a widget that refuses the enter gets no move or drop
    // events for the rest of the drag, even over the right zone. Each move decides for itself.
    dragMoveEvent(event);
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void DesignerScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    const auto pillar = pillarFromMime(event->mimeData());
    if (!pillar) {
        event->ignore();
        return;
    }
    const DropVerdict verdict = checkDrop(*pillar, event->scenePos());
    const bool placeable = !m_document->hasPillar(*pillar);
    for (const Zone z : {Zone::Public, Zone::Private}) {
        ZoneItem::DropHint hint = ZoneItem::DropHint::None;
        if (verdict.zone == z)
            hint = verdict.accepted ? ZoneItem::DropHint::Accept : ZoneItem::DropHint::Refuse;
        else if (placeable && z == zoneOf(*pillar))
            hint = ZoneItem::DropHint::Target; // show where it does go
        zone(z)->setDropHint(hint);
    }
    m_callout->showAt(event->scenePos(), verdict.reason);
    if (verdict.accepted) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void DesignerScene::dragLeaveEvent(QGraphicsSceneDragDropEvent *event)
{
    clearDropHints();
    event->accept();
}

void DesignerScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const auto pillar = pillarFromMime(event->mimeData());
    clearDropHints();
    if (pillar && dropPillar(*pillar, event->scenePos())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

bool DesignerScene::event(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        refreshAllCards();
        update();
    }
    return QGraphicsScene::event(event);
}

void DesignerScene::rebuild()
{
    clearDropHints();
    qDeleteAll(m_arrows);
    m_arrows.clear();
    for (const Pillar p : topology::AllPillars) {
        PillarCard *&c = m_cards[static_cast<std::size_t>(p)];
        delete c;
        c = nullptr;
        if (m_document->hasPillar(p))
            addCard(p);
    }
    rebuildArrows();
    refreshCaption();
}

void DesignerScene::addCard(Pillar pillar)
{
    if (card(pillar))
        return;
    auto *c = new PillarCard(m_document, pillar);
    m_cards[static_cast<std::size_t>(pillar)] = c;
    addItem(c);
    c->refresh();
    c->setHealth(m_health[static_cast<std::size_t>(pillar)]);
    placeCard(pillar);
    connect(c, &PillarCard::moveFinished, this, [this](Pillar p, QPointF pos) {
        m_document->moveCard(p, topology::CardPosition{pos.x(), pos.y()});
    });
    connect(c, &PillarCard::scaleRequested, m_document,
            [this](Pillar p, int direction) { m_document->stepCount(p, direction); });
    connect(c, &PillarCard::planMenuRequested, this, &DesignerScene::planMenuRequested);
}

void DesignerScene::removeCard(Pillar pillar)
{
    PillarCard *c = card(pillar);
    if (!c)
        return;
    m_cards[static_cast<std::size_t>(pillar)] = nullptr;
    rebuildArrows();
    delete c;
}

void DesignerScene::placeCard(Pillar pillar)
{
    PillarCard *c = card(pillar);
    if (!c)
        return;
    const auto state = m_document->pillarState(pillar);
    const topology::CardPosition pos = state.card.value_or(DesignDocument::defaultCardPosition(pillar));
    c->setAllowedPositions(cardPositions(placedZone(pillar)));
    c->setPos(pos.x, pos.y);
}

void DesignerScene::rebuildArrows()
{
    for (ConnectionArrow *arrow : std::as_const(m_arrows)) {
        for (QGraphicsItem *end : {arrow->from(), arrow->to()}) {
            if (auto *c = dynamic_cast<PillarCard *>(end))
                c->removeArrow(arrow);
        }
        delete arrow;
    }
    m_arrows.clear();
    const auto connectItems = [this](QGraphicsItem *from, QGraphicsItem *to, ConnectionArrow::Kind kind) {
        if (!from || !to)
            return;
        auto *arrow = new ConnectionArrow(from, to, kind);
        m_arrows.append(arrow);
        addItem(arrow);
        for (QGraphicsItem *end : {from, to}) {
            if (auto *c = dynamic_cast<PillarCard *>(end))
                c->addArrow(arrow);
        }
    };
    using Kind = ConnectionArrow::Kind;
    connectItems(m_internet, card(Pillar::Proxy), Kind::Traffic);
    connectItems(card(Pillar::Proxy), card(Pillar::Worker), Kind::Traffic);
    connectItems(card(Pillar::Worker), card(Pillar::State), Kind::Traffic);
    for (const Pillar p : {Pillar::Proxy, Pillar::Worker, Pillar::State})
        connectItems(card(Pillar::System), card(p), Kind::Monitoring);
}

void DesignerScene::refreshCaption()
{
    const auto &t = m_document->topology();
    const QString title = t.name.empty() ? tr("Unnamed cluster") : QString::fromStdString(t.name);
    m_frame->setCaption(
        title, tr("network %1 · %2").arg(QString::fromStdString(t.networkCidr), locationTitle(t.location)));
    refreshCaptionRight();
}

void DesignerScene::refreshCaptionRight()
{
    // The Internet's arrow crosses the caption band on its way to the proxy: stop short of it.
    qreal right = frameRect().right() - 16;
    if (const PillarCard *proxy = card(Pillar::Proxy))
        right = std::min(internetRect().center().x(), proxy->sceneBoundingRect().center().x()) - 14;
    m_frame->setCaptionRight(right);
}

void DesignerScene::refreshAllCards()
{
    for (PillarCard *c : m_cards) {
        if (c)
            c->refresh();
    }
}

void DesignerScene::clearDropHints()
{
    for (ZoneItem *z : m_zones)
        z->setDropHint(ZoneItem::DropHint::None);
    m_callout->showAt({}, {});
}

Zone DesignerScene::placedZone(Pillar pillar) const
{
    const auto &spec = m_document->topology().pillar(pillar);
    return spec && spec->zone ? *spec->zone : zoneOf(pillar);
}

QPointF DesignerScene::dropPosition(Pillar pillar, Zone zone, const QPointF &scenePos) const
{
    const QRectF allowed = cardPositions(zone);
    const auto clampInto = [&allowed](QPointF p) {
        return QPointF(std::clamp(p.x(), allowed.left(), allowed.right()),
                       std::clamp(p.y(), allowed.top(), allowed.bottom()));
    };
    const auto obstacle = [this, pillar](const QPointF &topLeft) -> const PillarCard * {
        const QRectF candidate(topLeft, QSizeF(CardWidth, CardHeight));
        for (const PillarCard *c : m_cards) {
            if (c && c->pillar() != pillar && c->sceneBoundingRect().intersects(candidate))
                return c;
        }
        return nullptr;
    };
    QPointF pos = clampInto(scenePos - QPointF(CardWidth / 2, CardHeight / 2));
    const PillarCard *blocker = obstacle(pos);
    if (!blocker)
        return pos;
    const topology::CardPosition slot = DesignDocument::defaultCardPosition(pillar);
    if (!obstacle(QPointF(slot.x, slot.y)) && allowed.contains(slot.x, slot.y))
        return {slot.x, slot.y};
    const QRectF b = blocker->sceneBoundingRect();
    pos.setX(scenePos.x() < b.center().x() ? b.left() - CardWidth - 20 : b.right() + 20);
    return clampInto(pos);
}

} // namespace mb::studio
