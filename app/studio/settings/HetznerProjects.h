// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QString>
#include <QStringList>

namespace mb::studio {

/**
 * The Hetzner Cloud projects Studio knows, in QSettings: their names, each one's API endpoint
 * (empty for Hetzner's own) and SSH key file. Never a token: tokens are in the secret store
 * (app/common/SecretStore.h), under secretKey::hetznerToken(name).
 */
namespace hetznerProjects {

/// A project name: letters, digits, '-', '_' and '.', 1–63 characters, starting with a letter or
/// digit (it names a keychain entry and a key file).
[[nodiscard]] bool isValidName(const QString &name);

[[nodiscard]] QStringList names();
/// Adds `name` (kept sorted); false when it is not valid or already there.
bool add(const QString &name);
/// Forgets the project's settings (its token and key are removed by the caller).
void remove(const QString &name);

[[nodiscard]] QString endpoint(const QString &name);
void setEndpoint(const QString &name, const QString &endpoint);

/// The project's SSH key file; empty when it has none yet.
[[nodiscard]] QString keyFile(const QString &name);
void setKeyFile(const QString &name, const QString &file);

} // namespace hetznerProjects

} // namespace mb::studio
