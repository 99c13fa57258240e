// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "providers/Provider.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace mb::providers {

/**
 * Everything any provider needs to be set up, from the topology's `provider` and the place the
 * caller keeps its clusters. Each provider reads the fields it uses and ignores the others.
 */
struct ProviderSettings
{
    /// The topology's `provider`: "local" or "hetzner".
    std::string provider = "local";
    /// Where this machine keeps its clusters (the local provider's nodes live below it).
    std::filesystem::path root;
    /// Where the `madbase-<pillar>` daemons are installed (local provider).
    std::filesystem::path binDir;
    /// Heartbeat interval of new nodes; 0 keeps the provider's default.
    int heartbeatSeconds = 0;
    /// Local provider: start daemons through spawn servers (a long-lived owner, the control plane).
    bool spawnServers = false;

    // Hetzner Cloud (docs/hetzner.md)
    /// The API's base URL; empty for the real one.
    std::string endpoint;
    /// A 0600 file holding the API token; empty: the token comes from $HCLOUD_TOKEN. The token
    /// itself is never a setting, so it cannot end up in a config file or on a command line.
    std::filesystem::path tokenFile;
    /// Location of new servers and their network zone (from the topology).
    std::string location = "fsn1";
    /// The cluster network's range (from the topology).
    std::string networkCidr = "10.0.0.0/16";
    /// CIDRs allowed to reach the System node's SSH port and the proxies' public ports.
    std::vector<std::string> safelist;
    /// The cluster's SSH public key (OpenSSH line) every server gets; may be empty.
    std::string sshPublicKey;
    /// A new server's cloud-init and its bootstrap (HetznerProviderOptions); may be empty.
    std::function<Result<std::string>(const NodeSpec &, const std::string &floatingIp)> userData;
    std::function<Result<void>(const NodeSpec &, const NodeInfo &)> bootstrap;
};

/**
 * The provider `settings.provider` names, set up from `settings`: the one place providers are
 * constructed (madbasectl, Studio, the control plane and bootstrap all come here). Errors: an
 * unknown provider, a missing setting or an unreadable token, each saying which.
 */
[[nodiscard]] Result<std::unique_ptr<Provider>> makeProvider(const ProviderSettings &settings);

/// A cloud provider's API token: from `settings.tokenFile` (0600) when set, else $HCLOUD_TOKEN.
/// Errors name where it was looked for, never the token.
[[nodiscard]] Result<std::string> cloudToken(const ProviderSettings &settings);

/// The file holding the cluster's secret, from which every node's agent token is derived.
[[nodiscard]] std::filesystem::path clusterSecretFile(const ProviderSettings &settings,
                                                      const std::string &cluster);

} // namespace mb::providers
