// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "SecretStore.h"

#include <QCoreApplication>
#include <QString>

namespace mb::providers::hetzner {
class HetznerClient;
struct SshKey;
} // namespace mb::providers::hetzner

namespace mb::app {

/**
 * An SSH key pair the cluster's servers trust: the private key in OpenSSH format at `privateKeyFile`
 * (mode 0600, its directory 0700) and the public key beside it (`.pub`, one OpenSSH line).
 * Made with libssh; blocking (key generation included), so run off the GUI thread.
 */
struct SshKeyPair
{
    QString privateKeyFile;
    QString publicKey;   ///< "ssh-ed25519 AAAA… comment"
    QString fingerprint; ///< "SHA256:…", as `ssh-keygen -l` shows it

    /// A new ed25519 key at `privateKeyFile` (replacing one there), `comment` after its public key.
    [[nodiscard]] static SecretResult<SshKeyPair> generate(const QString &privateKeyFile,
                                                           const QString &comment);
    /// The private key at `source` (OpenSSH or PEM; no passphrase) copied to `privateKeyFile` in
    /// OpenSSH format, with its public key; refuses a file that is not a private key.
    [[nodiscard]] static SecretResult<SshKeyPair> import(const QString &source, const QString &privateKeyFile,
                                                         const QString &comment);
    /// The pair already at `privateKeyFile`; an error when there is none or it is not a key.
    [[nodiscard]] static SecretResult<SshKeyPair> load(const QString &privateKeyFile);

    /// `$XDG_DATA_HOME/madbase/keys/<name>` (its public key: `<name>.pub`).
    [[nodiscard]] static QString defaultKeyFile(const QString &name);

    Q_DECLARE_TR_FUNCTIONS(SshKeyPair)
};

/**
 * The public key as a Hetzner SSH key named `name`, for the servers of a cluster: the key the
 * project already has with the same key material (whatever its name: the API refuses a second
 * one), else a new one with `labels`. Blocking (API calls); the answer's key.
 */
[[nodiscard]] SecretResult<providers::hetzner::SshKey>
uploadSshKey(providers::hetzner::HetznerClient &client, const QString &name, const QString &publicKey,
             const std::map<std::string, std::string> &labels);

} // namespace mb::app
