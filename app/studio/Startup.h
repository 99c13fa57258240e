// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

class QApplication;

namespace mb::studio {

/**
 * Runs Studio: `madbase-studio [FILE]` opens FILE, or the bundled starter cluster without
 * one; `--screenshot DIR` renders the docs' screenshots into DIR and exits. Installs the
 * translation chosen in Preferences (or the system's).
 */
int runStudio(QApplication &app);

} // namespace mb::studio
