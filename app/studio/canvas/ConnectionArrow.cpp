// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ConnectionArrow.h"

#include "CanvasStyle.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>
#include <numbers>

namespace mb::studio {

namespace {

constexpr qreal HeadLength = 10;
constexpr qreal Gap = 3;

/// Where the segment from the centre of `rect` towards `outside` leaves `rect`.
QPointF exitPoint(const QRectF &rect, const QPointF &outside)
{
    const QPointF c = rect.center();
    const QLineF ray(c, outside);
    const QPointF corners[] = {rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft()};
    for (int i = 0; i < 4; ++i) {
        QPointF hit;
        if (QLineF(corners[i], corners[(i + 1) % 4]).intersects(ray, &hit) == QLineF::BoundedIntersection)
            return hit;
    }
    return c;
}

} // namespace

ConnectionArrow::ConnectionArrow(QGraphicsItem *from, QGraphicsItem *to, Kind kind)
    : m_from(from)
    , m_to(to)
    , m_kind(kind)
{
    setZValue(-2);
    setAcceptedMouseButtons(Qt::NoButton);
    updatePosition();
}

void ConnectionArrow::updatePosition()
{
    const QRectF a = m_from->sceneBoundingRect();
    const QRectF b = m_to->sceneBoundingRect();
    QLineF line(exitPoint(a, b.center()), exitPoint(b, a.center()));
    // Leave a small gap at both ends so the head does not touch the card's border.
    if (line.length() > 2 * Gap + HeadLength) {
        const QPointF unit = (line.p2() - line.p1()) / line.length();
        line = QLineF(line.p1() + unit * Gap, line.p2() - unit * Gap);
    }
    if (line == m_line)
        return;
    prepareGeometryChange();
    m_line = line;
}

QRectF ConnectionArrow::boundingRect() const
{
    return QRectF(m_line.p1(), m_line.p2())
        .normalized()
        .adjusted(-HeadLength, -HeadLength, HeadLength, HeadLength);
}

QPainterPath ConnectionArrow::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(HeadLength);
    return stroker.createStroke(path);
}

void ConnectionArrow::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // Items overlapping each other leave nothing sensible to draw.
    if (m_from->sceneBoundingRect().intersects(m_to->sceneBoundingRect()) || m_line.length() < HeadLength)
        return;
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    const bool traffic = m_kind == Kind::Traffic;
    const QColor colour =
        CanvasStyle::mix(pal.color(QPalette::Text), pal.color(QPalette::Base), traffic ? 0.25 : 0.45);
    painter->setRenderHint(QPainter::Antialiasing);

    const qreal angle = std::atan2(-m_line.dy(), m_line.dx());
    const QPointF tip = m_line.p2();
    const qreal spread = std::numbers::pi / 7;
    const QPointF left =
        tip - QPointF(std::cos(angle - spread) * HeadLength, -std::sin(angle - spread) * HeadLength);
    const QPointF right =
        tip - QPointF(std::cos(angle + spread) * HeadLength, -std::sin(angle + spread) * HeadLength);
    const QPointF base = (left + right) / 2;

    QPen pen(colour, traffic ? 2.0 : 1.5, traffic ? Qt::SolidLine : Qt::DashLine);
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    painter->drawLine(QLineF(m_line.p1(), base));
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(QPolygonF({tip, left, right}));
}

} // namespace mb::studio
