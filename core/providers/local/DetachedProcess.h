// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace mb::providers::local {

/// Starts `argv` in its own session, with stdin from /dev/null, stdout/stderr appended to
/// `logFile` and no other descriptor of ours. Returns the daemon's pid. The daemon is our child
/// until we exit (then init adopts it); reapChildren() collects those that ended meanwhile.
/// With `passFd`, that descriptor is handed to the child as PassedFd.
[[nodiscard]] Result<pid_t> spawnDetached(const std::vector<std::string> &argv,
                                          const std::filesystem::path &logFile, int passFd = -1);

/// Where spawnDetached() puts the descriptor it passes on.
inline constexpr int PassedFd = 3;

/// Collects the exit status of spawned daemons that have ended, so none stays a zombie.
void reapChildren();

/// Whether `pid` is alive and its command line contains `marker` (guards against pid reuse).
[[nodiscard]] bool processMatches(pid_t pid, const std::string &marker);

/// SIGTERM, then SIGKILL after `grace` if it is still there. Returns once it is gone.
void terminateProcess(pid_t pid, const std::string &marker, std::chrono::milliseconds grace);

/**
 * Ends every process whose command line names a path under `dir` (SIGTERM, then SIGKILL after
 * `grace`) and waits until they are gone: what a node's daemon left behind when it was killed
 * or could not stop in time (an initdb halfway, a component it never reaped), so that the node's
 * directory can be removed with nothing still writing in it. Returns how many it found.
 */
int terminateProcessesUnder(const std::filesystem::path &dir, std::chrono::milliseconds grace);

/// What prepareCgroup() returns, followed by the group's directory, when the limits are set.
inline constexpr const char *CgroupApplied = "cgroup v2 ";
/// Cgroup v2 limits for a node's group: vCPU count and memory in bytes. Returns where they were
/// set ("cgroup v2 DIR") or why not ("not applied: …"); never fails the caller.
std::string prepareCgroup(const std::string &group, int vcpu, long long memoryBytes);
/// Moves `pid` into the group prepared for it; false if that failed.
bool joinCgroup(const std::string &group, pid_t pid);
/// Removes the node's cgroup, if one was made.
void removeCgroup(const std::string &group);

} // namespace mb::providers::local
