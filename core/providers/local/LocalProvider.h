// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "providers/Provider.h"

#include <chrono>
#include <filesystem>
#include <mutex>
#include <set>

namespace mb::providers::local {

struct LocalProviderOptions
{
    /// Clusters live in `root/<cluster>`; nodes in `root/<cluster>/nodes/<node>`.
    std::filesystem::path root;
    /// Where the `madbase-<pillar>` daemons are (normally beside the running executable).
    std::filesystem::path binDir;
    /// Loopback ports handed to nodes; kept below the kernel's ephemeral range (32768).
    int firstPort = 20000;
    int lastPort = 29999;
    /// How long a node gets to stop after SIGTERM before SIGKILL.
    std::chrono::milliseconds stopGrace{10000};
    int heartbeatSeconds = 5;
};

/**
 * The embedded provider: a node is a directory under the cluster's data directory plus its
 * pillar daemon, started detached (its own session, reparented to init), so nodes outlive the
 * control plane and madbasectl.
 *
 * `node.json` in the node's directory is the record: pillar, ordinal, plan, the `madbase-*`
 * labels, the loopback port it was given, its pid and whether it should run. Inventory can be
 * rebuilt from these records alone. A pid counts only while /proc/PID/cmdline still names the
 * node's config file, so a reused pid is never mistaken for the node.
 *
 * Resize applies the plan's vCPU and memory through cgroup v2 where the controllers are
 * available and writable; otherwise it records the plan and says so in `NodeInfo::limits`.
 *
 * Thread-safe: calls are serialised per provider, and a lock file serialises port allocation
 * between processes (madbasectl bootstrapping and the control plane).
 */
class LocalProvider final : public Provider
{
public:
    explicit LocalProvider(LocalProviderOptions options);

    /// `$XDG_DATA_HOME/madbase/clusters`, else `~/.local/share/madbase/clusters`.
    [[nodiscard]] static std::filesystem::path defaultRoot();
    /// The directory of the running executable (where the daemons are installed beside it).
    [[nodiscard]] static std::filesystem::path executableDir();

    [[nodiscard]] std::string_view name() const override { return "local"; }
    Result<NodeInfo> createNode(const NodeSpec &spec) override;
    Result<void> deleteNode(const std::string &cluster, const std::string &node) override;
    Result<void> stopNode(const std::string &cluster, const std::string &node) override;
    Result<void> startNode(const std::string &cluster, const std::string &node) override;
    Result<void> changePlan(const std::string &cluster, const std::string &node,
                            const std::string &plan) override;
    Result<std::vector<NodeInfo>> listNodes(const std::string &cluster) override;

    [[nodiscard]] std::filesystem::path clusterDir(const std::string &cluster) const;
    [[nodiscard]] std::filesystem::path nodeDir(const std::string &cluster, const std::string &node) const;
    /// The cluster's agent token file (created 0600 with the first node).
    [[nodiscard]] std::filesystem::path agentTokenFile(const std::string &cluster) const;
    /// Removes the cluster's directory once it has no nodes left.
    Result<void> removeClusterDir(const std::string &cluster);

private:
    Result<NodeInfo> readNode(const std::string &cluster, const std::string &node) const;
    Result<void> spawn(const std::string &cluster, const std::string &node);
    Result<void> terminate(const std::string &cluster, const std::string &node, bool forget);
    Result<int> allocatePort(const std::string &cluster);
    /// Makes the node's directory, config and record (under the locks); no process yet.
    Result<void> recordNode(const NodeSpec &spec);

    LocalProviderOptions m_options;
    std::recursive_mutex m_mutex;
    std::set<int> m_ports; ///< ports on record, from the last scan plus our own allocations
    std::chrono::steady_clock::time_point m_portsScanned{};
};

} // namespace mb::providers::local
