// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "SecretStore.h"

#include <QByteArray>
#include <QString>

namespace mb::app {

/**
 * Writes `data` to `path` whole or not at all: a temporary file beside it, created with `mode`
 * (0600 for secrets and private keys, so no other user can read it for even a moment), synced,
 * then renamed over `path`. Makes the parent directory (0700 when `privateDirectory`). Errors say
 * which file and why. Blocking.
 */
[[nodiscard]] SecretResult<void> writeFileAtomically(const QString &path, const QByteArray &data,
                                                     unsigned mode, bool privateDirectory);

} // namespace mb::app
