// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QIcon>
#include <QPalette>

namespace mb::studio {

/// An action icon: the desktop theme's icon `name` when the theme has one (so Studio looks
/// native), else Studio's own monochrome SVG (resources/icons/actions/<name>.svg) tinted with
/// the palette's text colour, so it reads on light and dark backgrounds alike.
[[nodiscard]] QIcon actionIcon(const QString &name, const QPalette &palette);

} // namespace mb::studio
