// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "SecretStore.h"

#include <QByteArray>
#include <QString>

namespace mb::app {

/**
 * Writes `data` to `path` whole or not at all (QSaveFile: a temporary file beside it, renamed over
 * it), making its directory first. For files that are not secret (a public key, a cache): secrets
 * go through mb::writeSecretFile, which creates them 0600. Errors say which file and why. Blocking.
 */
[[nodiscard]] SecretResult<void> writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace mb::app
