// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"
#include "topology/Pillar.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mb::providers {

/// Labels every node carries, on every provider, so inventory can be rebuilt from them.
inline constexpr std::string_view LabelCluster = "madbase-cluster";
inline constexpr std::string_view LabelPillar = "madbase-pillar";
inline constexpr std::string_view LabelNode = "madbase-node";

/// What to create: a node's identity, plan and how its daemon reaches the control plane.
struct NodeSpec
{
    std::string cluster; ///< cluster name (DNS-safe)
    std::string name;    ///< node name, unique in the cluster: "<cluster>-<pillar>-<ordinal>"
    topology::Pillar pillar = topology::Pillar::Worker;
    int ordinal = 1;                           ///< 1-based, per pillar; scale-in removes the highest first
    std::string plan;                          ///< server plan (a current catalogue name)
    std::string controlPlaneUrl;               ///< where the node's daemon sends heartbeats and pulls config
    std::map<std::string, std::string> labels; ///< extra labels; the three madbase-* are added
    /// Extra daemon configuration for the node's pillar (JSON object text, may be empty), e.g.
    /// what the System node's control plane needs. Never holds secrets: those go in files.
    std::string daemonExtensions;
    /// Files the node's daemon finds in its data directory before it first starts (name →
    /// content), each 0600: e.g. the cluster CA bootstrap gives the System node. Written once,
    /// when the node is made; their content never reaches a log, an event or an error.
    std::map<std::string, std::string> dataFiles;
};

/// Lifecycle state of a node as the provider sees it.
enum class NodeState
{
    Creating,
    Running,
    Stopped,
    Failed,
    Deleting
};

[[nodiscard]] std::string_view nodeStateName(NodeState state);

/// A node as observed now.
struct NodeInfo
{
    std::string name;
    std::string providerId; ///< the provider's own id (Hetzner server id, local pid directory)
    topology::Pillar pillar = topology::Pillar::Worker;
    int ordinal = 1;
    std::string plan;
    NodeState state = NodeState::Creating;
    std::string address; ///< where the node's daemon listens (host:port for local)
    std::string privateAddress;
    std::map<std::string, std::string> labels;
    std::chrono::system_clock::time_point created{};
    std::chrono::system_clock::time_point started{}; ///< last start, for uptime
    /// How the plan's CPU and memory limits are enforced, or why they are not ("cgroup v2",
    /// "not applied: …"); empty where the provider's servers simply are the plan.
    std::string limits;
};

/**
 * A place nodes live: this machine (LocalProvider) or a cloud (HetznerProvider).
 *
 * Every call is idempotent, so the executor can repeat an action after a crash without
 * doing it twice: create returns the existing node when one with that name already exists
 * (found by its labels), delete of a missing node succeeds. Calls block; run them off the
 * GUI thread. Implementations are safe to call from several threads at once.
 */
class Provider
{
public:
    virtual ~Provider() = default;

    [[nodiscard]] virtual std::string_view name() const = 0;

    /// Creates (and starts) a node, or returns it if it already exists.
    virtual Result<NodeInfo> createNode(const NodeSpec &spec) = 0;
    /// Removes a node and everything it stored. A node that does not exist is not an error.
    virtual Result<void> deleteNode(const std::string &cluster, const std::string &node) = 0;
    /// Stops a node (keeping its data); a stopped node stays stopped.
    virtual Result<void> stopNode(const std::string &cluster, const std::string &node) = 0;
    /// Starts a stopped node; a running node stays running.
    virtual Result<void> startNode(const std::string &cluster, const std::string &node) = 0;
    /// Changes the plan of a stopped node (vertical scaling). Fails if the node runs.
    virtual Result<void> changePlan(const std::string &cluster, const std::string &node,
                                    const std::string &plan) = 0;
    /// Removes what the cluster's nodes shared (a cloud's network, firewalls, floating IPs),
    /// once they are all deleted. Nothing to do for providers that share nothing.
    virtual Result<void> removeCluster(const std::string &cluster)
    {
        (void)cluster;
        return {};
    }
    /// Every node of `cluster`, found by labels.
    virtual Result<std::vector<NodeInfo>> listNodes(const std::string &cluster) = 0;
    /// One node of `cluster`, or nothing if there is none of that name. Providers that can look
    /// a single node up cheaply override this; the default filters listNodes().
    virtual Result<std::optional<NodeInfo>> findNode(const std::string &cluster, const std::string &node)
    {
        auto nodes = listNodes(cluster);
        if (!nodes)
            return std::unexpected(nodes.error());
        for (NodeInfo &n : *nodes)
            if (n.name == node)
                return std::optional(std::move(n));
        return std::optional<NodeInfo>();
    }
};

} // namespace mb::providers
