// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "CtlOutput.h"

#include <QString>

namespace mb::ctl {

/**
 * `madbasectl providers test`: checks the Hetzner Cloud API token (from $HCLOUD_TOKEN or the
 * 0600 file `tokenFile`; never from a flag holding the token itself) against `endpoint` (empty:
 * the real API) and lists the project's servers with their MadBase labels.
 */
int providersTestCommand(const QString &endpoint, const QString &tokenFile, Context &ctx);

} // namespace mb::ctl
