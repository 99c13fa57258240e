// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QGraphicsItem>
#include <QLineF>

namespace mb::studio {

/// An arrow between two items that follows them when they move (diagramscene's Arrow):
/// solid for traffic (Internet → Proxy → Worker → State), dashed for monitoring (System → all).
class ConnectionArrow : public QGraphicsItem
{
public:
    enum class Kind
    {
        Traffic,
        Monitoring
    };

    ConnectionArrow(QGraphicsItem *from, QGraphicsItem *to, Kind kind);

    [[nodiscard]] QGraphicsItem *from() const { return m_from; }
    [[nodiscard]] QGraphicsItem *to() const { return m_to; }
    [[nodiscard]] Kind kind() const { return m_kind; }
    /// The drawn segment, from edge to edge of the two items (scene coordinates).
    [[nodiscard]] QLineF line() const { return m_line; }

    /// Recomputes the segment from the items' current places.
    void updatePosition();

    [[nodiscard]] QRectF boundingRect() const override;
    [[nodiscard]] QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QGraphicsItem *m_from;
    QGraphicsItem *m_to;
    Kind m_kind;
    QLineF m_line;
};

} // namespace mb::studio
