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

using FileId = std::pair<dev_t, ino_t>;

// The files this process holds locks on. A POSIX record lock is released when its process
// closes *any* descriptor of the file, so holder() must never open a file we hold ourselves (the
// control plane looks up its own node like any other). The mutex also keeps holder()'s brief
// open from racing another thread's acquire(). A forked child holds none of its parent's locks.
struct Held
{
    std::mutex mutex;
    pid_t owner = 0;
    std::set<FileId> files;

    /// The set, emptied first if this is a child forked since it was filled. Hold `mutex`.
    std::set<FileId> &ours()
    {
        if (owner != ::getpid()) {
            files.clear();
            owner = ::getpid();
        }
        return files;
    }
};

Held &held()
{
    static Held instance;
    return instance;
}

std::optional<FileId> identity(int fd)
{
    struct stat info
    {};
    if (::fstat(fd, &info) != 0)
        return std::nullopt;
    return FileId(info.st_dev, info.st_ino);
}

void release(int fd)
{
    Held &h = held();
    std::lock_guard guard(h.mutex);
    if (const auto id = identity(fd))
        h.ours().erase(*id);
    ::close(fd); // releases the lock
}
} // namespace

// POSIX record locks (fcntl), not flock: they belong to the process, so a child forked
// between a fork and an exec never holds the node's lock, and they go when the process dies.
Result<PidLock> PidLock::acquire(const std::filesystem::path &path)
{
    Held &h = held();
    std::lock_guard guard(h.mutex);
    // Our own lock never conflicts with us, and a second descriptor's close would release it:
    // a file we hold is refused before it is opened.
    if (struct stat info{}; ::stat(path.c_str(), &info) == 0 && h.ours().contains({info.st_dev, info.st_ino}))
        return fail(ErrorCode::ProviderFailed,
                    Message{Ctx,
                            MB_TR_NOOP("mb::base", "This process already holds the lock on %1."),
                            {path.string()}});
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(ErrorCode::IoWrite, Message{Ctx,
                                                MB_TR_NOOP("mb::base", "Cannot open %1: %2"),
                                                {path.string(), std::strerror(errno)}});
    const auto id = identity(fd);
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
    if (id)
        h.ours().insert(*id);
    return PidLock(fd);
}

std::optional<pid_t> PidLock::holder(const std::filesystem::path &path)
{
    struct stat info
    {};
    if (::stat(path.c_str(), &info) != 0)
        return std::nullopt;
    Held &h = held();
    std::lock_guard guard(h.mutex);
    if (h.ours().contains({info.st_dev, info.st_ino}))
        return ::getpid(); // ours: opening it would release it
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    struct flock probe
    {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    const bool locked = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
    return locked ? std::optional<pid_t>(probe.l_pid) : std::nullopt;
}

PidLock::PidLock(PidLock &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{}

PidLock &PidLock::operator=(PidLock &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            release(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

PidLock::~PidLock()
{
    if (m_fd >= 0)
        release(m_fd);
}

} // namespace mb
