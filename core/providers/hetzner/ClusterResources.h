// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "HetznerClient.h"
#include "topology/Pillar.h"

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace mb::providers::hetzner {

/// Servers per spread placement group: the API's own limit.
inline constexpr int PlacementGroupSize = 10;

/// What a cluster's servers share, as docs/hetzner.md ("What gets created") lists it.
struct ClusterLayout
{
    std::string cluster;
    std::string location = "fsn1";
    std::string networkZone = "eu-central";
    std::string networkCidr = "10.0.0.0/16";
    /// Who may reach the System node's SSH port; nobody when empty.
    std::vector<std::string> safelist;
    /// The cluster's own SSH public key (OpenSSH line), installed on every server; may be empty.
    std::string sshPublicKey;
};

/// The shared resources a server of `pillar` is created with.
struct ServerPlacement
{
    std::int64_t network = 0;
    std::vector<std::int64_t> firewalls;
    std::optional<std::int64_t> placementGroup;
    std::vector<std::string> sshKeys;
};

/**
 * A cluster's shared resources on Hetzner Cloud: its network and subnet, its firewalls (the
 * System node's SSH from the safelist only; the proxies' HTTP and HTTPS from anywhere; private
 * servers have no public interface to filter), its spread placement groups (one per pillar and
 * each ten ordinals, since a group holds at most ten servers), the floating IP in front of the
 * proxies and the cluster's SSH key. Each is found by its name and `madbase-cluster` label
 * before it is made, so repeating any call (after a crash) makes nothing twice.
 *
 * Threads: safe to call from several threads; the first caller makes, the others wait.
 */
class ClusterResources
{
public:
    ClusterResources(HetznerClient &client, ClusterLayout layout);

    [[nodiscard]] const ClusterLayout &layout() const { return m_layout; }

    /// The network, firewalls, placement group and SSH key a server of `pillar` number
    /// `ordinal` is created with (made first when missing).
    [[nodiscard]] Result<ServerPlacement> placementFor(topology::Pillar pillar, int ordinal);

    /// The floating IP in front of the proxies, made when missing (not yet assigned).
    [[nodiscard]] Result<FloatingIp> proxyFloatingIp();
    /// Assigns the proxies' floating IP to `server` unless it is assigned to one of `proxies`
    /// already (the lowest ordinal takes it over when its holder is gone).
    [[nodiscard]] Result<void> keepFloatingIpOn(std::int64_t server,
                                                const std::vector<std::int64_t> &proxies);

    /// Deletes every resource of the cluster (after its servers are gone): floating IPs,
    /// firewalls, placement groups, the network and the SSH key. What is not there is fine.
    [[nodiscard]] Result<void> removeAll();

    /// The label selector of everything of this cluster: "madbase-cluster=<name>".
    [[nodiscard]] std::string selector() const;

private:
    Result<std::int64_t> network();
    Result<std::optional<std::int64_t>> firewallFor(topology::Pillar pillar);
    Result<std::int64_t> placementGroup(const std::string &name);
    Result<std::string> sshKey();
    [[nodiscard]] Labels labels() const;

    HetznerClient &m_client;
    ClusterLayout m_layout;
    std::recursive_mutex m_mutex;
    std::optional<std::int64_t> m_network;
    std::map<std::string, std::int64_t> m_firewalls;
    std::map<std::string, std::int64_t> m_groups;
    std::optional<std::string> m_sshKey;
};

} // namespace mb::providers::hetzner
