// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "StudioTypes.h"

#include <QGraphicsObject>
#include <QList>

#include <optional>

namespace mb::studio {

class ConnectionArrow;
class DesignDocument;

/// Health of a pillar's nodes as the control plane reports it (shown when connected).
struct PillarHealth
{
    int healthy = 0;
    int total = 0;
    friend bool operator==(const PillarHealth &, const PillarHealth &) = default;
};

/// A small push button drawn on a card: "+", "−" or the plan chip.
class CardButton : public QGraphicsObject
{
    Q_OBJECT

public:
    CardButton(const QSizeF &size, QGraphicsItem *parent);
    void setText(const QString &text);
    [[nodiscard]] QString text() const { return m_text; }
    void setSize(const QSizeF &size);
    /// Emits clicked() when enabled, as a mouse click would.
    void click();

    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

Q_SIGNALS:
    void clicked();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QSizeF m_size;
    QString m_text;
    bool m_hovered = false;
    bool m_pressed = false;
};

/**
 * A pillar on the canvas: icon, name, node count, plan, monthly cost, its problems and, when
 * connected, health. The `+`/`−` buttons and the plan chip ask for edits through signals;
 * the card itself never changes the document. Keeps its arrows following it
 * (ItemSendsGeometryChanges) and stays inside its zone.
 */
class PillarCard : public QGraphicsObject
{
    Q_OBJECT

public:
    PillarCard(const DesignDocument *document, topology::Pillar pillar);

    [[nodiscard]] topology::Pillar pillar() const { return m_pillar; }
    /// Re-reads count, plan, cost and problems from the document.
    void refresh();
    void setHealth(std::optional<PillarHealth> health);
    [[nodiscard]] std::optional<PillarHealth> health() const { return m_health; }
    /// The pillar's recent CPU (%, points of (ms, value)), drawn as a sparkline along the card's foot.
    void setCpuHistory(const QList<QPointF> &points);
    [[nodiscard]] const QList<QPointF> &cpuHistory() const { return m_cpu; }
    /// The rectangle the card's top-left corner is kept in while dragged.
    void setAllowedPositions(const QRectF &positions) { m_allowed = positions; }

    void addArrow(ConnectionArrow *arrow) { m_arrows.append(arrow); }
    void removeArrow(ConnectionArrow *arrow) { m_arrows.removeAll(arrow); }

    [[nodiscard]] CardButton *plusButton() const { return m_plus; }
    [[nodiscard]] CardButton *minusButton() const { return m_minus; }
    [[nodiscard]] CardButton *planButton() const { return m_planButton; }

    [[nodiscard]] QRectF boundingRect() const override;
    [[nodiscard]] QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

Q_SIGNALS:
    /// The user dropped the card somewhere new (one signal per drag).
    void moveFinished(mb::topology::Pillar pillar, QPointF position);
    void scaleRequested(mb::topology::Pillar pillar, int direction);
    /// The plan chip was clicked; `screenPos` is where a menu should open.
    void planMenuRequested(mb::topology::Pillar pillar, QPoint screenPos);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void layoutButtons();

    const DesignDocument *m_document;
    topology::Pillar m_pillar;
    CardButton *m_plus;
    CardButton *m_minus;
    CardButton *m_planButton;
    QList<ConnectionArrow *> m_arrows;
    QRectF m_allowed;
    QPointF m_pressPos;
    std::optional<PillarHealth> m_health;
    QList<QPointF> m_cpu;
    // What paint() shows, refreshed from the document.
    int m_count = 0;
    bool m_countAllowed = true;
    QString m_plan;
    QString m_specs;
    QString m_cost;
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace mb::studio
