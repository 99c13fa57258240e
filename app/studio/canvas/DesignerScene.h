// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "PillarCard.h"
#include "StudioTypes.h"

#include <QGraphicsScene>

#include <array>
#include <optional>

class QMimeData;

namespace mb::studio {

class ConnectionArrow;
class DesignDocument;
class DropCallout;
class InternetItem;
class LegendItem;
class NetworkFrameItem;
class ZoneItem;

/// The pillar a drag carries, if its MIME data is a palette drag.
[[nodiscard]] std::optional<topology::Pillar> pillarFromMime(const QMimeData *mime);
/// MIME data for dragging `pillar` from the palette.
[[nodiscard]] QMimeData *pillarMime(topology::Pillar pillar);

/**
 * The designer canvas: the cluster network frame, its Public and Private zones, a card per
 * placed pillar, and the arrows between them. A view of the DesignDocument: it rebuilds from
 * the document's signals and turns user gestures (drops, card buttons, card moves) into
 * document edits, never touching the topology itself.
 *
 * Drops follow dragdroprobot: dragEnter/dragMove/drop are all overridden, and a pillar is
 * accepted only over its own zone and only when the cluster does not have it yet; otherwise
 * the reason is shown next to the cursor.
 */
class DesignerScene : public QGraphicsScene
{
    Q_OBJECT

public:
    /// Whether a pillar may be dropped at a point, and if not, why.
    struct DropVerdict
    {
        bool accepted = false;
        std::optional<topology::Zone> zone; // the zone under the point
        QString reason;                     // empty when accepted
    };

    explicit DesignerScene(DesignDocument *document, QObject *parent = nullptr);
    ~DesignerScene() override;

    [[nodiscard]] DesignDocument *document() const { return m_document; }
    [[nodiscard]] DropVerdict checkDrop(topology::Pillar pillar, const QPointF &scenePos) const;
    /// Adds `pillar` with its card centred at `scenePos` if the drop is allowed.
    bool dropPillar(topology::Pillar pillar, const QPointF &scenePos);
    /// The reason shown at the cursor for the drag in progress; empty when none is refused.
    [[nodiscard]] QString dropRefusal() const;

    [[nodiscard]] PillarCard *card(topology::Pillar pillar) const;
    [[nodiscard]] ZoneItem *zone(topology::Zone zone) const;
    [[nodiscard]] QList<ConnectionArrow *> arrows() const { return m_arrows; }
    [[nodiscard]] std::optional<topology::Pillar> selectedPillar() const;
    /// Selects the card of `pillar` (nothing when absent) and scrolls it into view.
    void selectPillar(std::optional<topology::Pillar> pillar);
    /// Health per pillar from the control plane; std::nullopt hides it (not connected).
    /// A pillar card's CPU sparkline (PillarCard::setCpuHistory).
    void setPillarCpu(topology::Pillar pillar, const QList<QPointF> &points);
    void setPillarHealth(topology::Pillar pillar, std::optional<PillarHealth> health);
    /// Flashes a zone's drop hint, to show where a missing pillar goes.
    void hintZone(topology::Zone zone);

Q_SIGNALS:
    void selectedPillarChanged();
    void planMenuRequested(mb::topology::Pillar pillar, QPoint screenPos);

protected:
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    bool event(QEvent *event) override;

private:
    void rebuild();
    void addCard(topology::Pillar pillar);
    void removeCard(topology::Pillar pillar);
    void placeCard(topology::Pillar pillar);
    void rebuildArrows();
    void refreshCaption();
    void refreshCaptionRight();
    void refreshAllCards();
    void clearDropHints();
    [[nodiscard]] topology::Zone placedZone(topology::Pillar pillar) const;
    [[nodiscard]] QPointF dropPosition(topology::Pillar pillar, topology::Zone zone,
                                       const QPointF &scenePos) const;

    DesignDocument *m_document;
    NetworkFrameItem *m_frame;
    std::array<ZoneItem *, 2> m_zones{};
    InternetItem *m_internet;
    LegendItem *m_legend;
    DropCallout *m_callout;
    std::array<PillarCard *, 4> m_cards{};
    std::array<std::optional<PillarHealth>, 4> m_health{};
    QList<ConnectionArrow *> m_arrows;
};

} // namespace mb::studio
