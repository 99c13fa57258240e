// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"

#include <filesystem>
#include <string>
#include <vector>

namespace mb::ssh {

/// An ed25519 key pair: the private key in OpenSSH's format, the public one as an OpenSSH line
/// ("ssh-ed25519 AAAA… comment").
struct KeyPair
{
    std::string privateKey;
    std::string publicKey;
};

/// A fresh ed25519 key pair (libssh). Errors: the library failed.
[[nodiscard]] Result<KeyPair> generateEd25519(const std::string &comment = {});

/// The key pair in `privateFile` (0600) and `privateFile.pub`, made there first when missing.
/// Refuses a private key file that group or others may read.
[[nodiscard]] Result<KeyPair> loadOrCreateKeyPair(const std::filesystem::path &privateFile,
                                                  const std::string &comment = {});

/// "SHA256:…" of a public key line, as `ssh-keygen -l` shows it; empty if it does not parse.
[[nodiscard]] std::string fingerprint(const std::string &publicKey);

/**
 * The cloud-init user_data of a server whose SSH host key is `hostKey` (so the provisioner
 * knows it before the first connection: no trust on first use) and that runs `commands` at its
 * first boot. The text holds a private key: it goes to the cloud API only, never to a log.
 */
[[nodiscard]] std::string cloudConfig(const KeyPair &hostKey, const std::vector<std::string> &commands = {});

} // namespace mb::ssh
