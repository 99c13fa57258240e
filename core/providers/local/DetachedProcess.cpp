// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "DetachedProcess.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
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

/// The cgroup v2 mount point, or empty.
std::filesystem::path cgroup2Root()
{
    std::ifstream mounts("/proc/self/mounts");
    std::string device, mountPoint, type;
    std::string rest;
    while (mounts >> device >> mountPoint >> type) {
        std::getline(mounts, rest);
        if (type == "cgroup2")
            return mountPoint;
    }
    return {};
}
} // namespace

Result<pid_t> spawnDetached(const std::vector<std::string> &argv, const std::filesystem::path &logFile)
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

    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0)
        return fail(ErrorCode::IoWrite, Message{Ctx,
                                                MB_TR_NOOP("mb::providers", "Cannot start %1: %2"),
                                                {argv[0], std::strerror(errno)}});

    const pid_t first = ::fork();
    if (first < 0) {
        ::close(pipeFds[0]);
        ::close(pipeFds[1]);
        return fail(ErrorCode::IoWrite, Message{Ctx,
                                                MB_TR_NOOP("mb::providers", "Cannot start %1: %2"),
                                                {argv[0], std::strerror(errno)}});
    }
    if (first == 0) {
        // Intermediate child: new session, fork the daemon, report its pid, exit at once so
        // the daemon is reparented to init and never becomes our zombie.
        ::setsid();
        const pid_t daemon = ::fork();
        if (daemon == 0) {
            const int in = ::open("/dev/null", O_RDONLY);
            const int out = ::open(logFile.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
            if (in >= 0)
                ::dup2(in, STDIN_FILENO);
            if (out >= 0) {
                ::dup2(out, STDOUT_FILENO);
                ::dup2(out, STDERR_FILENO);
            }
            // Close every inherited descriptor above stderr (sockets, the store, pipes).
            for (int fd = 3; fd < 1024; ++fd)
                if (fd != pipeFds[1])
                    ::close(fd);
            sigset_t none;
            sigemptyset(&none);
            ::sigprocmask(SIG_SETMASK, &none, nullptr);
            ::signal(SIGPIPE, SIG_DFL);
            ::execv(args[0], args.data());
            ::_exit(127);
        }
        const ssize_t written = ::write(pipeFds[1], &daemon, sizeof daemon);
        ::_exit(written == sizeof daemon && daemon > 0 ? 0 : 1);
    }
    ::close(pipeFds[1]);
    pid_t daemon = -1;
    const ssize_t got = ::read(pipeFds[0], &daemon, sizeof daemon);
    ::close(pipeFds[0]);
    int status = 0;
    while (::waitpid(first, &status, 0) < 0 && errno == EINTR) {
    }
    if (got != sizeof daemon || daemon <= 0)
        return fail(
            ErrorCode::IoWrite,
            Message{Ctx, MB_TR_NOOP("mb::providers", "Cannot start %1: the fork failed."), {argv[0]}});
    return daemon;
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
        if (!processMatches(pid, marker))
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ::kill(pid, SIGKILL);
    for (int i = 0; i < 250 && processMatches(pid, marker); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

std::string applyCgroupLimits(const std::string &group, pid_t pid, int vcpu, long long memoryBytes)
{
    const std::filesystem::path root = cgroup2Root();
    if (root.empty())
        return "not applied: no cgroup v2 hierarchy is mounted";
    const std::string controllers = readAll(root / "cgroup.controllers");
    if (controllers.find("cpu") == std::string::npos || controllers.find("memory") == std::string::npos)
        return "not applied: the cgroup v2 cpu and memory controllers are not enabled at " + root.string();
    std::error_code ec;
    const std::filesystem::path dir = root / "madbase" / group;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        return "not applied: cannot create " + dir.string() + ": " + ec.message();
    auto write = [](const std::filesystem::path &file, const std::string &value) {
        std::ofstream out(file);
        out << value;
        out.flush();
        return static_cast<bool>(out);
    };
    // Let the parent delegate cpu and memory to our groups.
    write(root / "madbase" / "cgroup.subtree_control", "+cpu +memory");
    const bool ok = write(dir / "cpu.max", std::to_string(vcpu * 100000) + " 100000") &&
                    write(dir / "memory.max", std::to_string(memoryBytes)) &&
                    write(dir / "cgroup.procs", std::to_string(pid));
    return ok ? "cgroup v2 " + dir.string() : "not applied: " + dir.string() + " is not writable";
}

void removeCgroup(const std::string &group)
{
    const std::filesystem::path root = cgroup2Root();
    if (root.empty())
        return;
    std::error_code ec;
    std::filesystem::remove(root / "madbase" / group, ec); // rmdir; fails harmlessly while busy
}

} // namespace mb::providers::local
