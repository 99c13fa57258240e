// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "DetachedProcess.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

namespace mb::providers::local {

namespace {
constexpr const char *Ctx = "mb::providers";

std::string readAll(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// The daemons we spawned that may still need reaping.
std::set<pid_t> &children()
{
    static std::set<pid_t> pids;
    return pids;
}
std::mutex &childrenMutex()
{
    static std::mutex mutex;
    return mutex;
}

/// The cgroup v2 mount point, or empty; read once.
const std::filesystem::path &cgroup2Root()
{
    static const std::filesystem::path root = [] {
        std::ifstream mounts("/proc/self/mounts");
        std::string device, mountPoint, type;
        std::string rest;
        while (mounts >> device >> mountPoint >> type) {
            std::getline(mounts, rest);
            if (type == "cgroup2")
                return std::filesystem::path(mountPoint);
        }
        return std::filesystem::path();
    }();
    return root;
}

bool writeFile(const std::filesystem::path &file, const std::string &value)
{
    std::ofstream out(file);
    out << value;
    out.flush();
    return static_cast<bool>(out);
}
} // namespace

Result<pid_t> spawnDetached(const std::vector<std::string> &argv, const std::filesystem::path &logFile,
                            int passFd)
{
    if (argv.empty())
        return fail(ErrorCode::Internal, Message{Ctx, MB_TR_NOOP("mb::providers", "Nothing to start."), {}});
    if (::access(argv[0].c_str(), X_OK) != 0)
        return fail(ErrorCode::IoNotFound,
                    Message{Ctx,
                            MB_TR_NOOP("mb::providers",
                                       "Cannot run %1: %2. Build it, or point the local provider at the "
                                       "directory holding the madbase daemons."),
                            {argv[0], std::strerror(errno)}});
    std::vector<char *> args;
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);

    // posix_spawn (vfork semantics) rather than fork: forking the multi-threaded control plane
    // copies its page tables and makes every later write of its threads fault, which made
    // starting a node several times dearer. The daemon is our child until we exit; it leads
    // its own session, so a Ctrl-C in our terminal never reaches it, and reapChildren()
    // collects it should it end while we still run.
    posix_spawn_file_actions_t files;
    posix_spawnattr_t attributes;
    posix_spawn_file_actions_init(&files);
    posix_spawnattr_init(&attributes);
    posix_spawn_file_actions_addopen(&files, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&files, STDOUT_FILENO, logFile.c_str(), O_WRONLY | O_CREAT | O_APPEND,
                                     0600);
    posix_spawn_file_actions_adddup2(&files, STDOUT_FILENO, STDERR_FILENO);
    if (passFd >= 0)
        posix_spawn_file_actions_adddup2(&files, passFd, PassedFd);
    // Every other inherited descriptor (sockets, the store, pipes) is closed.
    posix_spawn_file_actions_addclosefrom_np(&files, passFd >= 0 ? PassedFd + 1 : STDERR_FILENO + 1);
    sigset_t none;
    sigemptyset(&none);
    sigset_t defaults;
    sigemptyset(&defaults);
    for (const int s : {SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGCHLD})
        sigaddset(&defaults, s);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes,
                             POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    reapChildren();
    pid_t daemon = -1;
    const int error = ::posix_spawn(&daemon, args[0], &files, &attributes, args.data(), environ);
    posix_spawn_file_actions_destroy(&files);
    posix_spawnattr_destroy(&attributes);
    if (error != 0)
        return fail(ErrorCode::IoWrite, Message{Ctx,
                                                MB_TR_NOOP("mb::providers", "Cannot start %1: %2"),
                                                {argv[0], std::strerror(error)}});
    std::lock_guard guard(childrenMutex());
    children().insert(daemon);
    return daemon;
}

void reapChildren()
{
    std::lock_guard guard(childrenMutex());
    for (auto it = children().begin(); it != children().end();) {
        const pid_t got = ::waitpid(*it, nullptr, WNOHANG);
        // Gone (reaped now) or not ours any more (ECHILD): forget it.
        it = got == 0 ? std::next(it) : children().erase(it);
    }
}

bool processMatches(pid_t pid, const std::string &marker)
{
    if (pid <= 0 || (::kill(pid, 0) != 0 && errno != EPERM))
        return false;
    std::string cmdline = readAll("/proc/" + std::to_string(pid) + "/cmdline");
    if (cmdline.empty())
        return false;
    // A zombie keeps its pid but is dead.
    const std::string stat = readAll("/proc/" + std::to_string(pid) + "/stat");
    const auto close = stat.rfind(')');
    if (close != std::string::npos && close + 2 < stat.size() && stat[close + 2] == 'Z')
        return false;
    std::replace(cmdline.begin(), cmdline.end(), '\0', ' ');
    return cmdline.find(marker) != std::string::npos;
}

void terminateProcess(pid_t pid, const std::string &marker, std::chrono::milliseconds grace)
{
    if (!processMatches(pid, marker))
        return;
    ::kill(pid, SIGTERM);
    const auto deadline = std::chrono::steady_clock::now() + grace;
    while (std::chrono::steady_clock::now() < deadline) {
        reapChildren();
        if (!processMatches(pid, marker))
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ::kill(pid, SIGKILL);
    for (int i = 0; i < 250 && processMatches(pid, marker); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        reapChildren();
    }
    reapChildren();
}

int terminateProcessesUnder(const std::filesystem::path &dir, std::chrono::milliseconds grace)
{
    const std::string marker = dir.string() + "/";
    const pid_t self = ::getpid();
    const auto find = [&] {
        std::vector<pid_t> found;
        std::error_code ec;
        for (const auto &entry : std::filesystem::directory_iterator("/proc", ec)) {
            const std::string name = entry.path().filename().string();
            if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos)
                continue;
            const pid_t pid = static_cast<pid_t>(std::stol(name));
            if (pid != self && processMatches(pid, marker))
                found.push_back(pid);
        }
        return found;
    };
    std::vector<pid_t> left = find();
    const int count = static_cast<int>(left.size());
    for (const pid_t pid : left)
        ::kill(pid, SIGTERM);
    const auto deadline = std::chrono::steady_clock::now() + grace;
    while (!left.empty() && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        reapChildren();
        left = find();
    }
    for (const pid_t pid : left)
        ::kill(pid, SIGKILL);
    for (int i = 0; i < 250 && !left.empty(); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        reapChildren();
        left = find();
    }
    return count;
}

std::string prepareCgroup(const std::string &group, int vcpu, long long memoryBytes)
{
    // Why limits cannot be set on this machine, if they cannot: looked at once, not per node.
    static const std::string unavailable = [] {
        const std::filesystem::path &root = cgroup2Root();
        if (root.empty())
            return std::string("not applied: no cgroup v2 hierarchy is mounted");
        const std::string controllers = readAll(root / "cgroup.controllers");
        if (controllers.find("cpu") == std::string::npos || controllers.find("memory") == std::string::npos)
            return "not applied: the cgroup v2 cpu and memory controllers are not enabled at " +
                   root.string();
        return std::string();
    }();
    if (!unavailable.empty())
        return unavailable;
    const std::filesystem::path &root = cgroup2Root();
    std::error_code ec;
    const std::filesystem::path dir = root / "madbase" / group;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        return "not applied: cannot create " + dir.string() + ": " + ec.message();
    // Let the parent delegate cpu and memory to our groups.
    writeFile(root / "madbase" / "cgroup.subtree_control", "+cpu +memory");
    const bool ok = writeFile(dir / "cpu.max", std::to_string(vcpu * 100000) + " 100000") &&
                    writeFile(dir / "memory.max", std::to_string(memoryBytes));
    return ok ? CgroupApplied + dir.string() : "not applied: " + dir.string() + " is not writable";
}

bool joinCgroup(const std::string &group, pid_t pid)
{
    const std::filesystem::path &root = cgroup2Root();
    return !root.empty() && writeFile(root / "madbase" / group / "cgroup.procs", std::to_string(pid));
}

void removeCgroup(const std::string &group)
{
    const std::filesystem::path &root = cgroup2Root();
    if (root.empty())
        return;
    std::error_code ec;
    std::filesystem::remove(root / "madbase" / group, ec); // rmdir; fails harmlessly while busy
}

} // namespace mb::providers::local
