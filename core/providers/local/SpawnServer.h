// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"

#include <sys/types.h>

#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace mb::providers::local {

/**
 * A spawn server ("zygote") starts the nodes of one pillar for the local provider.
 *
 * Starting a daemon the ordinary way (exec) costs most of its start-up CPU in the kernel
 * mapping some thirty shared libraries and in the dynamic linker resolving Qt's symbols: about
 * 7 ms per node, which on a small machine is what limits a 50-node apply. The spawn server is
 * the daemon binary itself, run with SpawnServerFlag: it loads and links once, then forks a
 * ready process per node on request. Before the server hands out the pid, the child shows
 * `madbase-<pillar> --config <file>` in `ps` and /proc/PID/cmdline and has moved into its node's
 * cgroup; it then sets up its session and output and runs the daemon's ordinary main. The nodes share the
 * server's address-space layout, as Android's zygote children do; on a real server systemd execs each daemon.
 *
 * The server is single-threaded and holds nothing but its request channel, so a fork of it
 * carries no state; it reaps the daemons it forked while it runs and exits when the channel
 * closes (its owner stopped or died), leaving the daemons to init. Nodes never depend on it.
 */

/// The argument that turns a madbase daemon into its spawn server.
inline constexpr const char *SpawnServerFlag = "--spawn-server";
/// The descriptor on which the spawn server reads requests and writes answers (the one
/// spawnDetached() passes on).
inline constexpr int SpawnServerFd = 3;

struct SpawnRequest
{
    std::string config;  ///< the daemon's --config file
    std::string logFile; ///< appended to by the daemon's stdout and stderr
};

/// The server's side, called first thing in a daemon's main with its own arguments. In the
/// server it returns nothing when the channel closes (with the exit code in `*exitCode`); in
/// each forked child it returns the arguments the child is to run with (`argv[0] --config
/// FILE`, null-terminated, living as long as the process), its session and stdio set up and its
/// title (`ps`, /proc/PID/cmdline) already showing them.
[[nodiscard]] std::optional<std::vector<char *>> serveSpawnRequests(int fd, int argc, char **argv,
                                                                    int *exitCode);

/// The client side: one server per daemon binary, started on first use, stopped on destruction
/// (its daemons keep running). Thread-safe; requests are served one at a time.
class SpawnServer
{
public:
    explicit SpawnServer(std::filesystem::path binary);
    ~SpawnServer();
    SpawnServer(const SpawnServer &) = delete;
    SpawnServer &operator=(const SpawnServer &) = delete;

    /// Starts `binary --config config` with output appended to `logFile`, moved into the cgroup
    /// whose `cgroup.procs` is given (if any) before anything else runs; returns its pid. A
    /// server that failed twice in a row, or did not answer in time (it may have started the
    /// daemon even so: the caller looks before starting one itself), is not tried again. A
    /// binary that changed on disk gets a fresh server.
    Result<pid_t> spawn(const std::string &config, const std::filesystem::path &logFile,
                        const std::filesystem::path &cgroupProcs = {});

private:
    /// Which file the binary is, and when it was last written.
    struct Identity
    {
        dev_t device = 0;
        ino_t inode = 0;
        time_t seconds = 0;
        long nanoseconds = 0;
        bool operator==(const Identity &) const = default;
    };
    static Identity identity(const std::filesystem::path &binary);
    Result<void> start();
    void stop();

    std::filesystem::path m_binary;
    std::mutex m_mutex;
    int m_fd = -1;
    pid_t m_pid = 0;
    std::string m_failure; ///< why the server is given up, once it is
    Identity m_identity;   ///< of the binary the running server was started from
};

} // namespace mb::providers::local
