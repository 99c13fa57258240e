// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "SceneItems.h"

#include "CanvasStyle.h"
#include "StudioTypes.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPath>

namespace mb::studio {

using namespace CanvasStyle;
using topology::Zone;

namespace {

QPalette paletteOf(const QGraphicsItem *item)
{
    return item->scene() ? item->scene()->palette() : QPalette();
}

QFont fontOf(const QGraphicsItem *item, qreal pointDelta = 0, bool bold = false)
{
    QFont f = item->scene() ? item->scene()->font() : QFont();
    if (pointDelta != 0)
        f.setPointSizeF(f.pointSizeF() + pointDelta);
    f.setBold(bold);
    return f;
}

} // namespace

NetworkFrameItem::NetworkFrameItem()
{
    setZValue(-20);
}

void NetworkFrameItem::setCaption(const QString &title, const QString &details)
{
    m_title = title;
    m_details = details;
    update();
}

void NetworkFrameItem::setCaptionRight(qreal x)
{
    if (qFuzzyCompare(x, m_captionRight))
        return;
    m_captionRight = x;
    update();
}

QRectF NetworkFrameItem::boundingRect() const
{
    return frameRect().adjusted(-1, -1, 1, 1);
}

void NetworkFrameItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette pal = paletteOf(this);
    const QRectF r = frameRect();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.6), 1.5));
    painter->setBrush(mix(pal.color(QPalette::Base), pal.color(QPalette::Window), 0.6));
    painter->drawRoundedRect(r, 14, 14);

    const qreal right =
        m_captionRight > r.left() + 16 ? std::min(m_captionRight, r.right() - 16) : r.right() - 16;
    const QRectF caption(r.left() + 16, r.top(), right - r.left() - 16,
                         zoneRect(Zone::Public).top() - r.top());
    QFont titleFont = fontOf(this, 1, true);
    painter->setFont(titleFont);
    painter->setPen(pal.color(QPalette::Text));
    const QString title = QFontMetricsF(titleFont).elidedText(m_title, Qt::ElideRight, caption.width() / 2);
    painter->drawText(caption, Qt::AlignLeft | Qt::AlignVCenter, title);
    const qreal titleWidth = QFontMetricsF(titleFont).horizontalAdvance(title);
    const QFont detailFont = fontOf(this);
    painter->setFont(detailFont);
    painter->setPen(secondaryText(pal));
    const QRectF detailRect = caption.adjusted(titleWidth + 12, 0, 0, 0);
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(detailFont).elidedText(m_details, Qt::ElideRight, detailRect.width()));
}

ZoneItem::ZoneItem(Zone zone)
    : m_zone(zone)
{
    setZValue(-10);
}

void ZoneItem::setDropHint(DropHint hint)
{
    if (hint == m_hint)
        return;
    m_hint = hint;
    update();
}

QRectF ZoneItem::boundingRect() const
{
    return zoneRect(m_zone).adjusted(-2, -2, 2, 2);
}

void ZoneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette pal = paletteOf(this);
    const QRectF r = zoneRect(m_zone);
    const bool dark = isDark(pal);
    const QColor tint = m_zone == Zone::Public ? QColor(0xf5, 0xa6, 0x23) : QColor(0x5c, 0x6b, 0xc0);
    QColor fill = mix(pal.color(QPalette::Base), tint, dark ? 0.10 : 0.07);
    QPen border(mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.55), 1.2);
    if (m_zone == Zone::Public)
        border.setStyle(Qt::DashLine);
    if (m_hint == DropHint::Accept) {
        fill = mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), dark ? 0.22 : 0.14);
        border = QPen(pal.color(QPalette::Highlight), 2.5);
    } else if (m_hint == DropHint::Target) {
        border = QPen(pal.color(QPalette::Highlight), 2, Qt::DashLine);
    } else if (m_hint == DropHint::Refuse) {
        fill = mix(pal.color(QPalette::Base), errorColor(pal), dark ? 0.18 : 0.10);
        border = QPen(errorColor(pal), 2.5);
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(border);
    painter->setBrush(fill);
    painter->drawRoundedRect(r, 10, 10);

    // Caption on the right-hand side: what the zone is and what that means for its nodes.
    const QRectF caption(cardPositions(m_zone).right() + CardWidth + 20, r.top() + 14,
                         r.right() - (cardPositions(m_zone).right() + CardWidth + 20) - 12, r.height() - 28);
    const QFont titleFont = fontOf(this, 0.5, true);
    painter->setFont(titleFont);
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(caption, Qt::AlignLeft | Qt::AlignTop, zoneTitle(m_zone));
    const qreal titleHeight = QFontMetricsF(titleFont).height();
    const QFont subFont = fontOf(this, 0, true);
    painter->setFont(subFont);
    painter->setPen(mix(tint, pal.color(QPalette::Text), dark ? 0.15 : 0.35));
    const QString sub = m_zone == Zone::Public
                            ? QCoreApplication::translate("mb::studio::DesignerScene", "DMZ")
                            : QCoreApplication::translate("mb::studio::DesignerScene", "Core");
    painter->drawText(caption.adjusted(0, titleHeight + 2, 0, 0), Qt::AlignLeft | Qt::AlignTop, sub);
    const qreal subHeight = QFontMetricsF(subFont).height();
    painter->setFont(fontOf(this, -1));
    painter->setPen(secondaryText(pal));
    const QString body =
        m_zone == Zone::Public
            ? QCoreApplication::translate("mb::studio::DesignerScene",
                                          "Reachable from the Internet. Every node has a public IPv4; "
                                          "SSH only from the safelist.")
            : QCoreApplication::translate("mb::studio::DesignerScene",
                                          "Cluster network only. No public IP; outbound traffic goes "
                                          "through NAT.");
    painter->drawText(caption.adjusted(0, titleHeight + subHeight + 10, 0, 0),
                      Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, body);
}

InternetItem::InternetItem()
{
    setZValue(-5);
}

QRectF InternetItem::boundingRect() const
{
    return internetRect().adjusted(-1, -1, 1, 1);
}

void InternetItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette pal = paletteOf(this);
    const QRectF r = internetRect();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.5), 1.2));
    painter->setBrush(pal.color(QPalette::Base));
    painter->drawRoundedRect(r, r.height() / 2, r.height() / 2);
    const QRectF iconRect(r.left() + 12, r.center().y() - 14, 28, 28);
    QIcon(QStringLiteral(":/icons/internet.svg")).paint(painter, iconRect.toRect());
    painter->setFont(fontOf(this, 0, true));
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(r.adjusted(46, 0, -8, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      QCoreApplication::translate("mb::studio::DesignerScene", "Internet"));
}

LegendItem::LegendItem()
{
    setZValue(-5);
}

QRectF LegendItem::boundingRect() const
{
    const QRectF f = frameRect();
    return {f.left(), f.bottom() + 6, f.width(), 28};
}

void LegendItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette pal = paletteOf(this);
    const QRectF r = boundingRect();
    const QFont font = fontOf(this, -1);
    const QFontMetricsF fm(font);
    const QString traffic = QCoreApplication::translate("mb::studio::DesignerScene", "traffic");
    const QString monitoring =
        QCoreApplication::translate("mb::studio::DesignerScene", "monitoring (metrics, logs)");
    const qreal sample = 36;
    const qreal total =
        sample + 6 + fm.horizontalAdvance(traffic) + 24 + sample + 6 + fm.horizontalAdvance(monitoring);
    qreal x = r.right() - 16 - total;
    const qreal y = r.center().y();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font);
    const QColor line = mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.25);
    painter->setPen(QPen(line, 2));
    painter->drawLine(QPointF(x, y), QPointF(x + sample, y));
    x += sample + 6;
    painter->setPen(secondaryText(pal));
    painter->drawText(QRectF(x, r.top(), fm.horizontalAdvance(traffic) + 2, r.height()), Qt::AlignVCenter,
                      traffic);
    x += fm.horizontalAdvance(traffic) + 24;
    painter->setPen(QPen(mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.45), 1.5, Qt::DashLine));
    painter->drawLine(QPointF(x, y), QPointF(x + sample, y));
    x += sample + 6;
    painter->setPen(secondaryText(pal));
    painter->drawText(QRectF(x, r.top(), fm.horizontalAdvance(monitoring) + 2, r.height()), Qt::AlignVCenter,
                      monitoring);
}

DropCallout::DropCallout()
{
    setZValue(100);
    setVisible(false);
    setAcceptedMouseButtons(Qt::NoButton);
}

void DropCallout::showAt(const QPointF &anchor, const QString &text)
{
    if (text.isEmpty()) {
        m_text.clear();
        setVisible(false);
        return;
    }
    prepareGeometryChange();
    m_text = text;
    const QFont font = scene() ? scene()->font() : QFont();
    const QRectF textRect =
        QFontMetricsF(font).boundingRect(QRectF(0, 0, 280, 1000), Qt::TextWordWrap | Qt::AlignLeft, m_text);
    m_box = QRectF(0, 0, textRect.width() + 44, std::max(textRect.height(), 20.0) + 20);
    setPos(anchor + QPointF(18, 14));
    setVisible(true);
    update();
}

QRectF DropCallout::boundingRect() const
{
    return m_box.adjusted(-2, -2, 2, 2);
}

void DropCallout::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette pal = paletteOf(this);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(errorColor(pal), 1.5));
    painter->setBrush(pal.color(QPalette::ToolTipBase));
    painter->drawRoundedRect(m_box, 6, 6);
    // A no-entry sign: the drop would be refused.
    const QRectF sign(m_box.left() + 10, m_box.top() + 11, 18, 18);
    painter->setPen(Qt::NoPen);
    painter->setBrush(errorColor(pal));
    painter->drawEllipse(sign);
    painter->setBrush(pal.color(QPalette::ToolTipBase));
    painter->drawRect(QRectF(sign.left() + 4, sign.center().y() - 1.5, sign.width() - 8, 3));
    painter->setFont(scene() ? scene()->font() : QFont());
    painter->setPen(pal.color(QPalette::ToolTipText));
    painter->drawText(m_box.adjusted(36, 10, -8, -10), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter,
                      m_text);
}

} // namespace mb::studio
