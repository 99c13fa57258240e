// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "CanvasStyle.h"

#include <array>

namespace mb::studio::CanvasStyle {

using topology::Pillar;
using topology::Zone;

namespace {
constexpr qreal FrameLeft = 0;
constexpr qreal FrameTop = -20;
constexpr qreal FrameWidth = 740;
constexpr qreal ZoneLeft = 16;
constexpr qreal ZoneWidth = 708;
constexpr qreal ZoneHeight = 242;
constexpr qreal PublicTop = 24;
constexpr qreal PrivateTop = 284;
constexpr qreal CardInset = 8;
/// Width the zone's caption takes on its right-hand side.
constexpr qreal CaptionWidth = 168;
} // namespace

QRectF frameRect()
{
    return {FrameLeft, FrameTop, FrameWidth, PrivateTop + ZoneHeight + 16 - FrameTop};
}

QRectF zoneRect(Zone zone)
{
    return {ZoneLeft, zone == Zone::Public ? PublicTop : PrivateTop, ZoneWidth, ZoneHeight};
}

QRectF cardPositions(Zone zone)
{
    const QRectF z = zoneRect(zone);
    const qreal left = z.left() + CardInset;
    const qreal top = z.top() + CardInset;
    const qreal right = z.right() - CaptionWidth - CardWidth;
    const qreal bottom = z.bottom() - CardInset - CardHeight;
    return {QPointF(left, top), QPointF(right, bottom)};
}

QRectF internetRect()
{
    return {350, -110, 120, 52};
}

QRectF diagramRect()
{
    return frameRect().united(internetRect()).adjusted(-24, -24, 24, 48);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t),
                            static_cast<float>(a.alphaF() + (b.alphaF() - a.alphaF()) * t));
}

QColor pillarAccent(Pillar pillar)
{
    static const std::array<QColor, 4> accents{QColor(0x7e, 0x57, 0xc2), QColor(0x1e, 0x88, 0xe5),
                                               QColor(0x2e, 0x9d, 0x5b), QColor(0xef, 0x7d, 0x16)};
    return accents[static_cast<std::size_t>(pillar)];
}

QColor errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
}

QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xc1, 0x4d) : QColor(0xb2, 0x6a, 0x00);
}

QColor okColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x6b, 0xd6, 0x8a) : QColor(0x1b, 0x7f, 0x3b);
}

QColor secondaryText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.38);
}

QIcon pillarIcon(Pillar pillar)
{
    return QIcon(QStringLiteral(":/icons/") + QString::fromLatin1(topology::pillarName(pillar)) +
                 QStringLiteral(".svg"));
}

} // namespace mb::studio::CanvasStyle
