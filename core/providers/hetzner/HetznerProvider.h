// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "ClusterResources.h"
#include "HetznerClient.h"
#include "providers/Provider.h"

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace mb::providers::hetzner {

/// The port a node's daemon listens on, on its private address.
inline constexpr int DaemonPort = 7400;
/// Label holding a node's ordinal in its pillar (with the three madbase-* labels).
inline constexpr std::string_view LabelOrdinal = "madbase-ordinal";

struct HetznerProviderOptions
{
    ApiOptions api;
    /// What every cluster's servers share; `cluster` is filled in per cluster.
    ClusterLayout layout;
    std::string image = "debian-12";
    /// The cloud-init user_data of a new server (its SSH host key, so it is known before the
    /// first connection; the floating IP on a proxy), given the floating IP ("" for non-proxies).
    /// Empty: none.
    std::function<Result<std::string>(const NodeSpec &spec, const std::string &floatingIp)> userData;
    /// Installs and starts the node's daemon on a server that runs (SSH bootstrap). Called on
    /// every createNode, also for a server that existed, so a crash between creating and
    /// bootstrapping is finished on the next try; it must be idempotent. Empty: nothing.
    std::function<Result<void>(const NodeSpec &spec, const NodeInfo &node)> bootstrap;
};

/**
 * Nodes as Hetzner Cloud servers (docs/hetzner.md), over HetznerClient.
 *
 * A node is a server named after it, labelled `madbase-cluster`, `madbase-pillar`,
 * `madbase-node` and `madbase-ordinal`, on the cluster network, in its pillar's spread
 * placement group (ten servers at most: ordinals 11–20 get a second group), with its pillar's
 * firewall. Public-zone pillars (System, Proxy) get a public IPv4 and IPv6; private ones
 * (Worker, State) none, reachable only over the cluster network. The floating IP in front of the
 * proxies is kept on one of them. The labels are the source of truth: every call finds servers by
 * them, so a create repeated after a crash returns the server made before.
 *
 * stopNode powers off and waits for `off` (an ACPI shutdown's success does not mean off);
 * changePlan changes the type of a stopped server keeping its disk; startNode powers on and
 * waits for `running`. Threads: safe from several threads at once (one rate budget).
 */
class HetznerProvider final : public Provider
{
public:
    HetznerProvider(HetznerProviderOptions options, std::string token);

    [[nodiscard]] std::string_view name() const override { return "hetzner"; }
    Result<NodeInfo> createNode(const NodeSpec &spec) override;
    Result<void> deleteNode(const std::string &cluster, const std::string &node) override;
    Result<void> stopNode(const std::string &cluster, const std::string &node) override;
    Result<void> startNode(const std::string &cluster, const std::string &node) override;
    Result<void> changePlan(const std::string &cluster, const std::string &node,
                            const std::string &plan) override;
    Result<std::vector<NodeInfo>> listNodes(const std::string &cluster) override;
    Result<std::optional<NodeInfo>> findNode(const std::string &cluster, const std::string &node) override;
    Result<void> removeCluster(const std::string &cluster) override;

    [[nodiscard]] HetznerClient &client() { return m_client; }
    /// The node a server is, as listNodes() reports it.
    [[nodiscard]] static NodeInfo nodeOf(const Server &server);

private:
    ClusterResources &resources(const std::string &cluster);
    Result<Server> serverOf(const std::string &cluster, const std::string &node);
    /// Keeps the floating IP on a proxy of `cluster` (the lowest ordinal when its holder left).
    Result<void> keepFloatingIp(const std::string &cluster);

    HetznerProviderOptions m_options;
    HetznerClient m_client;
    std::mutex m_mutex;
    std::map<std::string, std::unique_ptr<ClusterResources>> m_clusters;
};

} // namespace mb::providers::hetzner
