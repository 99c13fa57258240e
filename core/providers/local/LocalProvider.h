// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "providers/Provider.h"
#include "providers/local/SpawnServer.h"

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include <sys/types.h>

namespace mb::providers::local {

/// The file in a provider's root that gives its own range of node ports ("FIRST-LAST").
inline constexpr const char *PortRangeFile = "local-ports";

struct PortRange
{
    int first = 0;
    int last = 0;
};

/**
 * The node ports of `root`: those of `root/local-ports` when the file exists, else `fallback`.
 * The file holds "FIRST-LAST" (blanks around are ignored), 1024 <= FIRST <= LAST <= 32767; any
 * other content is an error naming the file.
 */
[[nodiscard]] Result<PortRange> portRangeOf(const std::filesystem::path &root, PortRange fallback);

struct LocalProviderOptions
{
    /// Clusters live in `root/<cluster>`; nodes in `root/<cluster>/nodes/<node>`.
    std::filesystem::path root;
    /// Where the `madbase-<pillar>` daemons are (normally beside the running executable).
    std::filesystem::path binDir;
    /// Loopback ports handed to nodes; kept below the kernel's ephemeral range (32768). A file
    /// `root/local-ports` holding "FIRST-LAST" replaces them for that root (docs/operations.md).
    int firstPort = 20000;
    int lastPort = 29999;
    /// How long a node gets to stop after SIGTERM before SIGKILL.
    std::chrono::milliseconds stopGrace{10000};
    int heartbeatSeconds = 5;
    /// Start daemons through a spawn server per pillar (SpawnServer.h) instead of an exec each:
    /// for a long-lived owner that starts many nodes (the control plane). Falls back to an exec
    /// should the server fail.
    bool spawnServers = false;
};

/**
 * The embedded provider: a node is a directory under the cluster's data directory plus its
 * pillar daemon, started detached (its own session; init adopts it when we exit), so nodes outlive the
 * control plane and madbasectl.
 *
 * `node.json` in the node's directory is the record: pillar, ordinal, plan, the `madbase-*`
 * labels, the loopback port it was given, its cgroup limits and whether it should run.
 * Inventory can be rebuilt from these records alone. Whether the daemon runs, and its pid, come
 * from the POSIX lock it holds on `data/daemon.pid`; between its start and its taking the lock
 * the pid this provider spawned stands in, and counts only while /proc/PID/cmdline still names
 * the node's config file, so a reused pid is never mistaken for the node.
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

    /// `/var/lib/madbase/clusters` for root (its components run as their own users and must reach
    /// their data); otherwise `$XDG_DATA_HOME/madbase/clusters`, else `~/.local/share/madbase/clusters`.
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
    Result<std::optional<NodeInfo>> findNode(const std::string &cluster, const std::string &node) override;

    [[nodiscard]] std::filesystem::path clusterDir(const std::string &cluster) const;
    [[nodiscard]] std::filesystem::path nodeDir(const std::string &cluster, const std::string &node) const;
    /// The cluster's agent token file (created 0600 with the first node).
    [[nodiscard]] std::filesystem::path agentTokenFile(const std::string &cluster) const;
    /// Removes the cluster's directory once it has no nodes left.
    Result<void> removeClusterDir(const std::string &cluster);

private:
    Result<NodeInfo> readNode(const std::string &cluster, const std::string &node) const;
    Result<void> spawn(const std::string &cluster, const std::string &node);
    /// Starts the daemon `binary` for the node in `dir`; a spawn server's child joins `cgroup`
    /// (a directory, if not empty) before it runs anything.
    Result<pid_t> startDaemon(const std::filesystem::path &binary, const std::filesystem::path &dir,
                              const std::filesystem::path &cgroup);
    /// The pid of the daemon this provider started for the node in `dir`, or 0.
    [[nodiscard]] pid_t spawnedPid(const std::filesystem::path &dir) const;
    Result<void> terminate(const std::string &cluster, const std::string &node, bool forget);
    Result<int> allocatePort(const std::string &cluster);
    /// Makes the node's directory, config and record (under the locks); no process yet.
    Result<void> recordNode(const NodeSpec &spec);
    /// Removes what a killed creation or deletion left behind: the cluster's trash and node
    /// directories without a record (under the cluster lock). Called with m_mutex held.
    void sweepLeftovers(const std::string &cluster);

    LocalProviderOptions m_options;
    std::recursive_mutex m_mutex;
    std::set<int> m_ports; ///< ports on record, from the last scan plus our own allocations
    std::chrono::steady_clock::time_point m_portsScanned{};
    mutable std::mutex m_spawnedMutex;
    std::map<std::string, pid_t> m_spawned; ///< node directory → the daemon we started there
    std::mutex m_serversMutex;
    std::map<std::string, std::unique_ptr<SpawnServer>> m_servers; ///< by daemon binary
};

} // namespace mb::providers::local
