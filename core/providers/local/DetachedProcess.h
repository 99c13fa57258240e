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

/// Starts `argv` in its own session, reparented to init (double fork), with stdin from
/// /dev/null and stdout/stderr appended to `logFile`. Returns the daemon's pid.
[[nodiscard]] Result<pid_t> spawnDetached(const std::vector<std::string> &argv,
                                          const std::filesystem::path &logFile);

/// Whether `pid` is alive and its command line contains `marker` (guards against pid reuse).
[[nodiscard]] bool processMatches(pid_t pid, const std::string &marker);

/// SIGTERM, then SIGKILL after `grace` if it is still there. Returns once it is gone.
void terminateProcess(pid_t pid, const std::string &marker, std::chrono::milliseconds grace);

/// Cgroup v2 limits for a node: vCPU count and memory in bytes. Returns how they were applied
/// ("cgroup v2 …") or why not ("not applied: …"); never fails the caller.
std::string applyCgroupLimits(const std::string &group, pid_t pid, int vcpu, long long memoryBytes);
/// Removes the node's cgroup, if one was made.
void removeCgroup(const std::string &group);

} // namespace mb::providers::local
