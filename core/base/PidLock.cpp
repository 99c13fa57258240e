// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "PidLock.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <set>
#include <string>
#include <utility>

namespace mb {

namespace {
constexpr const char *Ctx = "mb::base";

// The files this process holds locks on, by device and inode. A POSIX record lock is released
// when its process closes *any* descriptor of the file, so holder() must never open a file we
// hold ourselves (the control plane looks up its own node like any other).
std::mutex g_heldMutex;
std::set<std::pair<dev_t, ino_t>> g_held;

std::optional<std::pair<dev_t, ino_t>> identity(int fd)
{
    struct stat info
    {};
    if (::fstat(fd, &info) != 0)
        return std::nullopt;
    return std::pair(info.st_dev, info.st_ino);
}

void forget(int fd)
{
    if (const auto id = identity(fd)) {
        std::lock_guard guard(g_heldMutex);
        g_held.erase(*id);
    }
}
} // namespace

// POSIX record locks (fcntl), not flock: they belong to the process, so a child forked
// between a fork and an exec never holds the node's lock, and they go when the process dies.
Result<PidLock> PidLock::acquire(const std::filesystem::path &path)
{
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(ErrorCode::IoWrite, Message{Ctx,
                                                MB_TR_NOOP("mb::base", "Cannot open %1: %2"),
                                                {path.string(), std::strerror(errno)}});
    struct flock lock
    {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    if (::fcntl(fd, F_SETLK, &lock) != 0) {
        struct flock probe
        {};
        probe.l_type = F_WRLCK;
        probe.l_whence = SEEK_SET;
        const bool known = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
        ::close(fd);
        return fail(
            ErrorCode::ProviderFailed,
            Message{Ctx,
                    MB_TR_NOOP("mb::base", "Another process (pid %1) already runs this node; %2 is locked."),
                    {known ? std::to_string(probe.l_pid) : std::string("?"), path.string()}});
    }
    const std::string pid = std::to_string(::getpid()) + '\n';
    if (::ftruncate(fd, 0) != 0 ||
        ::pwrite(fd, pid.data(), pid.size(), 0) != static_cast<ssize_t>(pid.size())) {
        ::close(fd);
        return fail(ErrorCode::IoWrite, Message{Ctx,
                                                MB_TR_NOOP("mb::base", "Cannot write %1: %2"),
                                                {path.string(), std::strerror(errno)}});
    }
    if (const auto id = identity(fd)) {
        std::lock_guard guard(g_heldMutex);
        g_held.insert(*id);
    }
    return PidLock(fd);
}

std::optional<pid_t> PidLock::holder(const std::filesystem::path &path)
{
    struct stat info
    {};
    if (::stat(path.c_str(), &info) != 0)
        return std::nullopt;
    {
        std::lock_guard guard(g_heldMutex);
        if (g_held.contains({info.st_dev, info.st_ino}))
            return ::getpid(); // ours: opening it would release it
    }
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    struct flock probe
    {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    const bool held = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
    return held ? std::optional<pid_t>(probe.l_pid) : std::nullopt;
}

PidLock::PidLock(PidLock &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{}

PidLock &PidLock::operator=(PidLock &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0) {
            forget(m_fd);
            ::close(m_fd);
        }
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

PidLock::~PidLock()
{
    if (m_fd >= 0) {
        forget(m_fd);
        ::close(m_fd); // releases the lock
    }
}

} // namespace mb
