// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "CtlOutput.h"

namespace mb::ctl {

/// `validate FILE`: the document's diagnostics; exit 0 when it has no errors.
int validateCommand(const QStringList &files, Context &ctx);
/// `cost FILE`: the bill per pillar and in total, monthly and hourly.
int costCommand(const QString &file, Context &ctx);
/// `plans [--location L]`: the plan catalogue.
int plansCommand(const QString &location, Context &ctx);

} // namespace mb::ctl
