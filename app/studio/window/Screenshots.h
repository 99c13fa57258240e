// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QPalette>
#include <QStringList>

namespace mb::studio {

/// A dark palette for Qt's Fusion style, as a desktop in dark mode gives (used to check and
/// show that Studio follows it).
[[nodiscard]] QPalette darkPalette();

/**
 * Renders Studio's main views into `directory` as PNG (the docs' screenshots): the starter
 * cluster, the production cluster with a problem selected, a refused drop, the dark
 * appearance and the Preferences dialog; with the daemons built, also a local cluster's review,
 * its applied cards, the Nodes view with a node's details, and Cluster ▸ Check. Runs under any QPA platform
 * (offscreen in scripts/dev). Returns the files written; an empty list means it failed (see stderr).
 */
QStringList captureScreenshots(const QString &directory);

} // namespace mb::studio
