// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "StudioTypes.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QRectF>

/// Colours and geometry of the designer canvas. Colours derive from the palette, so the
/// canvas follows the system's light or dark scheme; only the pillars' accents and the
/// semantic error/warning/ok hues are fixed, and those are adjusted to the background.
namespace mb::studio::CanvasStyle {

inline constexpr qreal CardWidth = 220;
inline constexpr qreal CardHeight = 170;

/// The cluster network frame that holds both zones (scene coordinates).
[[nodiscard]] QRectF frameRect();
[[nodiscard]] QRectF zoneRect(topology::Zone zone);
/// Where a card's top-left corner may go inside its zone.
[[nodiscard]] QRectF cardPositions(topology::Zone zone);
/// The Internet's place above the frame.
[[nodiscard]] QRectF internetRect();
/// Everything drawn, with a margin: the scene rectangle.
[[nodiscard]] QRectF diagramRect();

[[nodiscard]] bool isDark(const QPalette &palette);
/// `a` blended towards `b` by `t` (0 = a, 1 = b).
[[nodiscard]] QColor mix(const QColor &a, const QColor &b, qreal t);
[[nodiscard]] QColor pillarAccent(topology::Pillar pillar);
[[nodiscard]] QColor errorColor(const QPalette &palette);
[[nodiscard]] QColor warningColor(const QPalette &palette);
[[nodiscard]] QColor okColor(const QPalette &palette);
/// Text that is less prominent than WindowText/Text but still readable.
[[nodiscard]] QColor secondaryText(const QPalette &palette);

/// A pillar's own icon (resources/icons/<pillar>.svg).
[[nodiscard]] QIcon pillarIcon(topology::Pillar pillar);

} // namespace mb::studio::CanvasStyle
