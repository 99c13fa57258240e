// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LocalProvider.h"

#include "DetachedProcess.h"
#include "base/PidLock.h"
#include "base/Secret.h"
#include "plan/Sha256.h"
#include "topology/PlanCatalogue.h"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <linux/fs.h>
#include <netinet/in.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <thread>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

namespace mb::providers::local {

namespace fs = std::filesystem;

namespace {

constexpr const char *Ctx = "mb::providers";

std::int64_t toEpoch(std::chrono::system_clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}
std::chrono::system_clock::time_point fromEpoch(std::int64_t s)
{
    return std::chrono::system_clock::time_point(std::chrono::seconds(s));
}

Error ioError(const char *source, const fs::path &path, const std::string &reason)
{
    return Error{ErrorCode::IoWrite, Message{Ctx, source, {path.string(), reason}}, {}, 0, 0, {}};
}

Result<nlohmann::json> readJsonFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fail(ErrorCode::IoNotFound,
                    Message{Ctx, MB_TR_NOOP("mb::providers", "Cannot read %1."), {path.string()}});
    std::ostringstream s;
    s << in.rdbuf();
    try {
        return nlohmann::json::parse(s.str());
    } catch (const nlohmann::json::exception &e) {
        return fail(ErrorCode::JsonSyntax,
                    Message{Ctx,
                            MB_TR_NOOP("mb::providers", "Node record %1 is damaged: %2"),
                            {path.string(), e.what()}});
    }
}

/// Writes atomically (temporary file + rename), so a crash never leaves half a record.
Result<void> writeJsonFile(const fs::path &path, const nlohmann::json &value,
                           fs::perms mode = fs::perms::owner_read | fs::perms::owner_write)
{
    const fs::path temporary = path.string() + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << value.dump(2) << '\n';
        out.flush();
        if (!out)
            return std::unexpected(
                ioError(MB_TR_NOOP("mb::providers", "Cannot write %1: %2"), temporary, "write failed"));
    }
    std::error_code ec;
    fs::permissions(temporary, mode, ec);
    fs::rename(temporary, path, ec);
    if (ec)
        return std::unexpected(
            ioError(MB_TR_NOOP("mb::providers", "Cannot write %1: %2"), path, ec.message()));
    return {};
}

bool portFree(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return ok;
}

/// Holds an exclusive flock on the cluster's lock file for its lifetime.
class ClusterLock
{
public:
    explicit ClusterLock(const fs::path &dir)
        : m_fd(::open((dir / ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600))
    {
        if (m_fd >= 0)
            ::flock(m_fd, LOCK_EX);
    }
    ~ClusterLock()
    {
        if (m_fd >= 0) {
            ::flock(m_fd, LOCK_UN);
            ::close(m_fd);
        }
    }
    ClusterLock(const ClusterLock &) = delete;
    ClusterLock &operator=(const ClusterLock &) = delete;

private:
    int m_fd;
};

std::string cgroupName(const std::string &cluster, const std::string &node)
{
    return cluster + "." + node;
}

/// Sets the plan's vCPU and memory on the node's cgroup; says where, or why not.
std::string limitsFor(const std::string &cluster, const std::string &node, const std::string &plan)
{
    const auto resolution = topology::PlanCatalogue::builtin().resolve(plan);
    if (!resolution)
        return "not applied: unknown plan " + plan;
    return prepareCgroup(cgroupName(cluster, node), resolution->plan->vcpu,
                         static_cast<long long>(resolution->plan->ramGb * 1024 * 1024 * 1024));
}

/// Marks `dir` as the top of unrelated directory trees (the nodes), so ext4's allocator spreads
/// them over the disk instead of packing them next to each other. A hint: file systems without
/// the flag ignore it.
void markTopOfHierarchy(const fs::path &dir)
{
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    int flags = 0;
    if (::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0 && !(flags & FS_TOPDIR_FL)) {
        flags |= FS_TOPDIR_FL;
        (void)::ioctl(fd, FS_IOC_SETFLAGS, &flags);
    }
    ::close(fd);
}

/// When the file was last written (the daemon rewrites its pid file as it takes the lock).
std::optional<std::chrono::system_clock::time_point> modified(const fs::path &path)
{
    struct stat info
    {};
    if (::stat(path.c_str(), &info) != 0)
        return std::nullopt;
    return std::chrono::system_clock::time_point(std::chrono::seconds(info.st_mtim.tv_sec) +
                                                 std::chrono::nanoseconds(info.st_mtim.tv_nsec));
}

} // namespace

LocalProvider::LocalProvider(LocalProviderOptions options)
    : m_options(std::move(options))
{}

fs::path LocalProvider::defaultRoot()
{
    // root's home is 0700, and PostgreSQL and Redis, which run as their own users then, could
    // not reach their data there (docs/pillars.md): root's clusters live where services keep
    // their state.
    if (::geteuid() == 0)
        return "/var/lib/madbase/clusters";
    if (const char *xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return fs::path(xdg) / "madbase" / "clusters";
    const char *home = std::getenv("HOME");
    return fs::path(home && *home ? home : "/tmp") / ".local" / "share" / "madbase" / "clusters";
}

fs::path LocalProvider::executableDir()
{
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::current_path() : self.parent_path();
}

fs::path LocalProvider::clusterDir(const std::string &cluster) const
{
    return m_options.root / cluster;
}

fs::path LocalProvider::nodeDir(const std::string &cluster, const std::string &node) const
{
    return clusterDir(cluster) / "nodes" / node;
}

fs::path LocalProvider::agentTokenFile(const std::string &cluster) const
{
    return clusterDir(cluster) / "agent.token";
}

Result<PortRange> portRangeOf(const fs::path &root, PortRange fallback)
{
    const fs::path file = root / PortRangeFile;
    std::error_code ec;
    if (!fs::exists(file, ec))
        return fallback;
    std::ifstream in(file, std::ios::binary);
    std::ostringstream content;
    if (in)
        content << in.rdbuf();
    std::string text = content.str();
    if (!in && !in.eof())
        return fail(ErrorCode::IoRead,
                    Message{Ctx, MB_TR_NOOP("mb::providers", "Cannot read %1."), {file.string()}});
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && blank(text.back()))
        text.pop_back();
    std::size_t start = 0;
    while (start < text.size() && blank(text[start]))
        ++start;
    text.erase(0, start);
    PortRange range;
    char dash = 0;
    std::istringstream parse(text);
    const bool parsed = (parse >> range.first >> dash >> range.last) && dash == '-' && parse.peek() == EOF;
    if (!parsed || range.first < 1024 || range.last > 32767 || range.first > range.last)
        return fail(ErrorCode::ProviderFailed,
                    Message{Ctx,
                            MB_TR_NOOP("mb::providers",
                                       "%1 should hold the node ports as FIRST-LAST, between 1024 and "
                                       "32767 (for example 20000-20099), not \"%2\"."),
                            {file.string(), text.substr(0, 40)}});
    return range;
}

Result<int> LocalProvider::allocatePort(const std::string &cluster)
{
    const auto range = portRangeOf(m_options.root, {m_options.firstPort, m_options.lastPort});
    if (!range)
        return std::unexpected(range.error());
    // Ports of every node of every cluster under the root, so clusters never collide. The scan
    // of the records is reused for a second: a burst of creations reads them once, not once
    // per node (this provider adds its own allocations as it makes them).
    const auto now = std::chrono::steady_clock::now();
    if (now - m_portsScanned > std::chrono::seconds(1)) {
        m_ports.clear();
        std::error_code ec;
        for (const auto &clusterEntry : fs::directory_iterator(m_options.root, ec)) {
            for (const auto &nodeEntry : fs::directory_iterator(clusterEntry.path() / "nodes", ec)) {
                if (auto record = readJsonFile(nodeEntry.path() / "node.json"))
                    m_ports.insert(record->value("port", 0));
            }
        }
        m_portsScanned = now;
    }
    for (int port = range->first; port <= range->last; ++port) {
        if (!m_ports.contains(port) && portFree(port))
            return port;
    }
    return fail(
        ErrorCode::IoWrite,
        Message{Ctx,
                MB_TR_NOOP("mb::providers", "No free loopback port left between %1 and %2 for cluster %3."),
                {std::to_string(range->first), std::to_string(range->last), cluster}});
}

Result<NodeInfo> LocalProvider::createNode(const NodeSpec &spec)
{
    // The record is made under the locks (ports must be unique); the daemon is started after
    // them, so creations of many nodes start their daemons in parallel.
    if (auto recorded = recordNode(spec); !recorded)
        return std::unexpected(recorded.error());
    const fs::path dir = nodeDir(spec.cluster, spec.name);
    if (auto existing = readNode(spec.cluster, spec.name); existing && existing->state == NodeState::Running)
        return existing;
    if (auto started = spawn(spec.cluster, spec.name); !started)
        return std::unexpected(started.error());
    return readNode(spec.cluster, spec.name);
}

Result<void> LocalProvider::recordNode(const NodeSpec &spec)
{
    std::lock_guard guard(m_mutex);
    const fs::path dir = nodeDir(spec.cluster, spec.name);
    std::error_code ec;
    fs::create_directories(clusterDir(spec.cluster), ec);
    fs::permissions(clusterDir(spec.cluster), fs::perms::owner_all, ec);
    // The node's directory is made under the cluster lock: a directory without node.json seen
    // under that lock is one a killed creation left, and sweepLeftovers() may remove it.
    ClusterLock lock(clusterDir(spec.cluster));
    if (const fs::path nodes = clusterDir(spec.cluster) / "nodes"; !fs::exists(nodes)) {
        fs::create_directories(nodes, ec);
        markTopOfHierarchy(nodes);
    }
    // Others may pass through (never list): components that run as their own user (PostgreSQL
    // as postgres) reach their directories under the node's; every secret file is 0600.
    fs::permissions(clusterDir(spec.cluster), fs::perms::owner_all | fs::perms::others_exec, ec);
    fs::create_directories(dir / "data", ec);
    if (ec)
        return std::unexpected(
            ioError(MB_TR_NOOP("mb::providers", "Cannot create %1: %2"), dir, ec.message()));

    // Already there (a repeated action after a crash): the caller makes sure it runs; never
    // create twice.
    if (fs::exists(dir / "node.json"))
        return {};

    // Each node holds its own agent token, derived from the cluster's secret and its name
    // (HMAC-SHA-256): the control plane can check any node's token without storing one per
    // node, and a node's token speaks for that node only. The cluster's secret never leaves
    // the cluster directory.
    auto secret = readOrCreateSecretFile(agentTokenFile(spec.cluster), 32);
    if (!secret)
        return std::unexpected(secret.error());
    const fs::path nodeTokenFile = dir / "agent.token";
    if (auto written = writeSecretFile(nodeTokenFile, plan::hmacSha256Hex(*secret, spec.name)); !written)
        return std::unexpected(written.error());
    for (const auto &[name, content] : spec.dataFiles) {
        if (name.empty() || name.find('/') != std::string::npos || name.front() == '.')
            return fail(
                ErrorCode::ProviderFailed,
                Message{Ctx,
                        MB_TR_NOOP("mb::providers", "\"%1\" is not a file name for %2's data directory."),
                        {name, spec.name}});
        if (auto written = writeSecretFile(dir / "data" / name, content); !written)
            return std::unexpected(written.error());
    }
    auto port = allocatePort(spec.cluster);
    if (!port)
        return std::unexpected(port.error());

    nlohmann::json labels = spec.labels;
    labels[std::string(LabelCluster)] = spec.cluster;
    labels[std::string(LabelPillar)] = std::string(topology::pillarName(spec.pillar));
    labels[std::string(LabelNode)] = spec.name;

    nlohmann::json config = {{"version", 1},
                             {"cluster", spec.cluster},
                             {"node", spec.name},
                             {"pillar", std::string(topology::pillarName(spec.pillar))},
                             {"plan", spec.plan},
                             {"listen", {{"address", "127.0.0.1"}, {"port", *port}}},
                             {"tokenFile", nodeTokenFile.string()},
                             {"dataDir", (dir / "data").string()},
                             {"heartbeatSeconds", m_options.heartbeatSeconds}};
    if (!spec.controlPlaneUrl.empty())
        config["controlPlane"] = {{"url", spec.controlPlaneUrl}};
    if (!spec.daemonExtensions.empty()) {
        try {
            config["extensions"] = nlohmann::json::parse(spec.daemonExtensions);
        } catch (const nlohmann::json::exception &e) {
            return fail(ErrorCode::JsonSyntax,
                        Message{Ctx,
                                MB_TR_NOOP("mb::providers", "The daemon settings for %1 are not JSON: %2"),
                                {spec.name, e.what()}});
        }
    }
    if (auto written = writeJsonFile(dir / "config.json", config); !written)
        return std::unexpected(written.error());

    // Written once: the daemon's pid is not recorded here but read from its pid lock, so a node
    // creation makes no second file (on some file systems every new file is dear).
    const auto now = std::chrono::system_clock::now();
    const nlohmann::json record = {{"name", spec.name},
                                   {"cluster", spec.cluster},
                                   {"pillar", std::string(topology::pillarName(spec.pillar))},
                                   {"ordinal", spec.ordinal},
                                   {"plan", spec.plan},
                                   {"port", *port},
                                   {"labels", labels},
                                   {"created", toEpoch(now)},
                                   {"started", toEpoch(now)},
                                   {"desired", "running"},
                                   {"limits", limitsFor(spec.cluster, spec.name, spec.plan)}};
    m_ports.insert(*port);
    return writeJsonFile(dir / "node.json", record);
}

Result<void> LocalProvider::spawn(const std::string &cluster, const std::string &node)
{
    const fs::path dir = nodeDir(cluster, node);
    auto record = readJsonFile(dir / "node.json");
    if (!record)
        return std::unexpected(record.error());
    // A node brought back after a stop is recorded as meant to run before its daemon starts
    // (a new node's record says so already).
    if (record->value("desired", "") != "running") {
        (*record)["desired"] = "running";
        (*record)["started"] = toEpoch(std::chrono::system_clock::now());
        if (auto written = writeJsonFile(dir / "node.json", *record); !written)
            return written;
    }
    const std::string pillar = record->value("pillar", "");
    const fs::path binary = m_options.binDir / ("madbase-" + pillar);
    // A daemon may already run for this node unknown to us (a crash between its start and our
    // noting it): its pid lock says so. Adopt it rather than start a second one (which would
    // refuse to run anyway).
    const auto running = PidLock::holder(dir / "data" / "daemon.pid");
    // The group goes when the node stops; it is made again (with the plan's limits) each start.
    std::string limits = limitsFor(cluster, node, record->value("plan", ""));
    const fs::path group =
        limits.starts_with(CgroupApplied) ? fs::path(limits.substr(std::strlen(CgroupApplied))) : fs::path();
    auto pid = running ? Result<pid_t>(*running) : startDaemon(binary, dir, group);
    if (!pid)
        return std::unexpected(pid.error());
    {
        std::lock_guard guard(m_spawnedMutex);
        m_spawned[dir.string()] = *pid;
    }
    // A spawn server's child moved itself already; an exec'd or adopted daemon is moved now.
    if (!group.empty() && !joinCgroup(cgroupName(cluster, node), *pid))
        limits = "not applied: the daemon could not join " + group.string();
    if (limits == record->value("limits", ""))
        return {};
    (*record)["limits"] = limits;
    return writeJsonFile(dir / "node.json", *record);
}

Result<pid_t> LocalProvider::startDaemon(const fs::path &binary, const fs::path &dir, const fs::path &cgroup)
{
    const std::string config = (dir / "config.json").string();
    const fs::path logFile = dir / "daemon.log";
    if (m_options.spawnServers && ::access(binary.c_str(), X_OK) == 0) {
        SpawnServer *server = nullptr;
        {
            std::lock_guard guard(m_serversMutex);
            auto &slot = m_servers[binary.string()];
            if (!slot)
                slot = std::make_unique<SpawnServer>(binary);
            server = slot.get();
        }
        if (auto pid = server->spawn(config, logFile, cgroup.empty() ? fs::path() : cgroup / "cgroup.procs"))
            return pid;
        // The server failed. It may have started the daemon all the same before it stopped
        // answering: a daemon holding the node's lock is adopted; otherwise an ordinary start,
        // slower but needing no server.
        if (const auto holder = PidLock::holder(dir / "data" / "daemon.pid"))
            return *holder;
    }
    return spawnDetached({binary.string(), "--config", config}, logFile);
}

pid_t LocalProvider::spawnedPid(const fs::path &dir) const
{
    std::lock_guard guard(m_spawnedMutex);
    const auto it = m_spawned.find(dir.string());
    return it == m_spawned.end() ? 0 : it->second;
}

Result<NodeInfo> LocalProvider::readNode(const std::string &cluster, const std::string &node) const
{
    const fs::path dir = nodeDir(cluster, node);
    auto record = readJsonFile(dir / "node.json");
    if (!record)
        return std::unexpected(record.error());
    try {
        NodeInfo info;
        info.name = record->at("name").get<std::string>();
        info.providerId = dir.string();
        info.pillar = topology::pillarFromName(record->at("pillar").get<std::string>())
                          .value_or(topology::Pillar::Worker);
        info.ordinal = record->at("ordinal").get<int>();
        info.plan = record->at("plan").get<std::string>();
        info.address = "127.0.0.1:" + std::to_string(record->at("port").get<int>());
        info.privateAddress = info.address;
        info.labels = record->at("labels").get<std::map<std::string, std::string>>();
        info.created = fromEpoch(record->at("created").get<std::int64_t>());
        info.limits = record->value("limits", "");
        // The daemon's pid lock is the truth; the pid we spawned covers the moment between its
        // start and its taking the lock (a "pid" in the record is from an older version).
        const fs::path pidFile = dir / "data" / "daemon.pid";
        const std::string marker = (dir / "config.json").string();
        const auto holder = PidLock::holder(pidFile);
        const bool alive = holder.has_value() || processMatches(spawnedPid(dir), marker) ||
                           processMatches(record->value("pid", 0), marker);
        const auto lockTaken = holder ? modified(pidFile) : std::nullopt;
        info.started = lockTaken ? *lockTaken : fromEpoch(record->value("started", std::int64_t{0}));
        const std::string desired = record->value("desired", "running");
        info.state = alive                  ? NodeState::Running
                     : desired == "stopped" ? NodeState::Stopped
                                            : NodeState::Failed;
        return info;
    } catch (const nlohmann::json::exception &e) {
        return fail(ErrorCode::JsonType, Message{Ctx,
                                                 MB_TR_NOOP("mb::providers", "Node record %1 is damaged: %2"),
                                                 {(dir / "node.json").string(), e.what()}});
    }
}

Result<std::vector<NodeInfo>> LocalProvider::listNodes(const std::string &cluster)
{
    std::lock_guard guard(m_mutex);
    reapChildren(); // a daemon of ours that died is collected before it is looked at
    std::vector<NodeInfo> nodes;
    std::error_code ec;
    const fs::path dir = clusterDir(cluster) / "nodes";
    if (!fs::exists(dir))
        return nodes;
    sweepLeftovers(cluster);
    for (const auto &entry : fs::directory_iterator(dir, ec)) {
        if (!fs::exists(entry.path() / "node.json"))
            continue; // a creation that died before its record was written: nothing runs there
        auto info = readNode(cluster, entry.path().filename().string());
        if (!info)
            return std::unexpected(info.error());
        if (info->labels[std::string(LabelCluster)] == cluster)
            nodes.push_back(std::move(*info));
    }
    std::sort(nodes.begin(), nodes.end(), [](const NodeInfo &a, const NodeInfo &b) {
        return std::tie(a.pillar, a.ordinal) < std::tie(b.pillar, b.ordinal);
    });
    return nodes;
}

Result<std::optional<NodeInfo>> LocalProvider::findNode(const std::string &cluster, const std::string &node)
{
    std::lock_guard guard(m_mutex);
    reapChildren();
    if (!fs::exists(nodeDir(cluster, node) / "node.json"))
        return std::optional<NodeInfo>();
    auto info = readNode(cluster, node);
    if (!info)
        return std::unexpected(info.error());
    if (info->labels[std::string(LabelCluster)] != cluster)
        return std::optional<NodeInfo>();
    return std::optional(std::move(*info));
}

Result<void> LocalProvider::terminate(const std::string &cluster, const std::string &node, bool forget)
{
    const fs::path dir = nodeDir(cluster, node);
    pid_t pid = spawnedPid(dir);
    {
        std::lock_guard guard(m_mutex);
        auto record = readJsonFile(dir / "node.json");
        if (!record)
            return {};
        if (pid == 0)
            pid = static_cast<pid_t>(record->value("pid", std::int64_t{0})); // an older version's record
        // Recorded first, so a monitor that looks meanwhile sees a node meant to be down.
        (*record)["desired"] = forget ? "deleting" : "stopped";
        record->erase("pid");
        if (auto written = writeJsonFile(dir / "node.json", *record); !written)
            return written;
    }
    const std::string marker = (dir / "config.json").string();
    terminateProcess(pid, marker, m_options.stopGrace);
    // The lock holder may be a daemon started by another process (madbasectl, or a control plane
    // before a restart).
    if (const auto holder = PidLock::holder(dir / "data" / "daemon.pid"); holder && *holder != pid)
        terminateProcess(*holder, marker, m_options.stopGrace);
    {
        std::lock_guard guard(m_spawnedMutex);
        m_spawned.erase(dir.string());
    }
    // A node being deleted leaves no process: whatever its daemon could not stop in time
    // would write into a directory that is going away (initdb removes its half-made data
    // directory when stopped).
    if (forget)
        terminateProcessesUnder(dir, m_options.stopGrace);
    removeCgroup(cgroupName(cluster, node));
    return {};
}

Result<void> LocalProvider::deleteNode(const std::string &cluster, const std::string &node)
{
    const fs::path dir = nodeDir(cluster, node);
    {
        std::lock_guard guard(m_mutex);
        if (!fs::exists(dir))
            return {};
    }
    // Waiting for the daemon to exit holds no lock: other nodes' calls go on meanwhile.
    if (auto stopped = terminate(cluster, node, true); !stopped)
        return stopped;
    std::lock_guard guard(m_mutex);
    // The record and the rest of the directory go in one step: renamed into the cluster's
    // trash first, then removed. Removing in place could lose node.json before the config,
    // log and data of a process killed meanwhile, leaving a directory no record names.
    std::error_code ec;
    const fs::path trash = clusterDir(cluster) / "trash";
    fs::create_directories(trash, ec);
    auto suffix = randomHex(4);
    const fs::path doomed = trash / (node + "." + (suffix ? *suffix : std::to_string(::getpid())));
    fs::rename(dir, doomed, ec);
    if (ec)
        return std::unexpected(
            ioError(MB_TR_NOOP("mb::providers", "Cannot remove %1: %2"), dir, ec.message()));
    // A file that vanishes while it is removed (a process of the node ending only now) is
    // one less to remove: tried again, a few times.
    for (int attempt = 0; attempt < 5; ++attempt) {
        ec.clear();
        fs::remove_all(doomed, ec);
        if (!ec || !fs::exists(doomed))
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    if (ec && fs::exists(doomed))
        return std::unexpected(
            ioError(MB_TR_NOOP("mb::providers", "Cannot remove %1: %2"), doomed, ec.message()));
    return {};
}

void LocalProvider::sweepLeftovers(const std::string &cluster)
{
    // What a killed creation or deletion left: the cluster's trash, and node directories without
    // a record. Looked at without the lock first (the usual case is that there is nothing).
    std::error_code ec;
    const fs::path trash = clusterDir(cluster) / "trash";
    const fs::path nodes = clusterDir(cluster) / "nodes";
    bool found = fs::exists(trash, ec) && !fs::is_empty(trash, ec);
    for (const auto &entry : fs::directory_iterator(nodes, ec))
        found = found || !fs::exists(entry.path() / "node.json");
    if (!found)
        return;
    ClusterLock lock(clusterDir(cluster));
    for (const auto &entry : fs::directory_iterator(trash, ec)) {
        std::error_code removeError;
        fs::remove_all(entry.path(), removeError);
    }
    for (const auto &entry : fs::directory_iterator(nodes, ec)) {
        std::error_code removeError;
        if (!fs::exists(entry.path() / "node.json"))
            fs::remove_all(entry.path(), removeError);
    }
}

Result<void> LocalProvider::stopNode(const std::string &cluster, const std::string &node)
{
    if (!fs::exists(nodeDir(cluster, node) / "node.json"))
        return fail(ErrorCode::IoNotFound,
                    Message{Ctx, MB_TR_NOOP("mb::providers", "Node %1 does not exist."), {node}});
    return terminate(cluster, node, false);
}

Result<void> LocalProvider::startNode(const std::string &cluster, const std::string &node)
{
    std::lock_guard guard(m_mutex);
    auto info = readNode(cluster, node);
    if (!info)
        return std::unexpected(info.error());
    if (info->state == NodeState::Running)
        return {};
    return spawn(cluster, node);
}

Result<void> LocalProvider::changePlan(const std::string &cluster, const std::string &node,
                                       const std::string &plan)
{
    std::lock_guard guard(m_mutex);
    auto info = readNode(cluster, node);
    if (!info)
        return std::unexpected(info.error());
    if (info->state == NodeState::Running)
        return fail(ErrorCode::ProviderFailed,
                    Message{Ctx,
                            MB_TR_NOOP("mb::providers", "Node %1 must be stopped before its plan changes."),
                            {node}});
    const fs::path dir = nodeDir(cluster, node);
    for (const std::string file : {"node.json", "config.json"}) {
        auto record = readJsonFile(dir / file);
        if (!record)
            return std::unexpected(record.error());
        (*record)["plan"] = plan;
        if (file == "node.json")
            (*record)["limits"] = limitsFor(cluster, node, plan);
        if (auto written = writeJsonFile(dir / file, *record); !written)
            return written;
    }
    return {};
}

Result<void> LocalProvider::removeClusterDir(const std::string &cluster)
{
    std::lock_guard guard(m_mutex);
    auto nodes = listNodes(cluster);
    if (nodes && !nodes->empty())
        return fail(ErrorCode::ProviderFailed,
                    Message{Ctx,
                            MB_TR_NOOP("mb::providers", "Cluster %1 still has %2 nodes."),
                            {cluster, std::to_string(nodes->size())}});
    std::error_code ec;
    fs::remove_all(clusterDir(cluster), ec);
    if (ec)
        return std::unexpected(
            ioError(MB_TR_NOOP("mb::providers", "Cannot remove %1: %2"), clusterDir(cluster), ec.message()));
    return {};
}

} // namespace mb::providers::local
