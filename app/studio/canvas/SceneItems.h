// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "StudioTypes.h"

#include <QGraphicsObject>

namespace mb::studio {

/// The cluster network: the outer frame with the cluster's name, network and location.
class NetworkFrameItem : public QGraphicsItem
{
public:
    NetworkFrameItem();
    void setCaption(const QString &title, const QString &details);
    /// Keeps the caption left of `x` (scene coordinates), where the Internet's arrow comes in.
    void setCaptionRight(qreal x);
    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_title;
    QString m_details;
    qreal m_captionRight = 0;
};

/// A zone of the network (public DMZ or private core) that pillars are dropped into.
class ZoneItem : public QGraphicsItem
{
public:
    /// How the zone answers the pillar being dragged over it.
    enum class DropHint
    {
        None,
        Accept, ///< the pointer is over it and the pillar may go here
        Target, ///< the pillar goes here, but the pointer is elsewhere
        Refuse  ///< the pointer is over it and the pillar may not go here
    };

    explicit ZoneItem(topology::Zone zone);
    [[nodiscard]] topology::Zone zone() const { return m_zone; }
    void setDropHint(DropHint hint);
    [[nodiscard]] DropHint dropHint() const { return m_hint; }
    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    topology::Zone m_zone;
    DropHint m_hint = DropHint::None;
};

/// The Internet, where public traffic comes from.
class InternetItem : public QGraphicsItem
{
public:
    InternetItem();
    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
};

/// The line style key under the frame: traffic and monitoring.
class LegendItem : public QGraphicsItem
{
public:
    LegendItem();
    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
};

/// Why a drop is refused, shown next to the cursor while dragging.
class DropCallout : public QGraphicsItem
{
public:
    DropCallout();
    /// Shows `text` with its arrow tip at `anchor` (scene coordinates); empty text hides it.
    void showAt(const QPointF &anchor, const QString &text);
    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_text;
    QRectF m_box;
};

} // namespace mb::studio
