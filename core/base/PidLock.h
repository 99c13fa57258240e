// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "Error.h"

#include <sys/types.h>

#include <filesystem>
#include <optional>

namespace mb {

/**
 * A pid file held under an exclusive POSIX record lock for the life of the process: at most one daemon
 * per node, and a reliable answer to "does this node's daemon run, and which pid is it?" that
 * does not depend on anyone having recorded the pid (the lock dies with the process).
 */
class PidLock
{
public:
    /// Takes the lock and writes our pid. Fails, naming the holder, when another process has it.
    [[nodiscard]] static Result<PidLock> acquire(const std::filesystem::path &path);
    /// The pid of the process holding the lock at `path`, or nullopt when none does.
    [[nodiscard]] static std::optional<pid_t> holder(const std::filesystem::path &path);

    PidLock(PidLock &&other) noexcept;
    PidLock &operator=(PidLock &&other) noexcept;
    PidLock(const PidLock &) = delete;
    PidLock &operator=(const PidLock &) = delete;
    ~PidLock();

private:
    explicit PidLock(int fd)
        : m_fd(fd)
    {}
    int m_fd = -1;
};

} // namespace mb
