// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Secret.h"

#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace mb {

namespace {
constexpr const char *Ctx = "mb::base";

std::string octalMode(mode_t mode)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%04o", static_cast<unsigned>(mode & 07777));
    return buffer;
}
} // namespace

Result<std::string> randomHex(std::size_t bytes)
{
    std::vector<unsigned char> raw(bytes);
    std::size_t filled = 0;
    while (filled < bytes) {
        const ssize_t n = getrandom(raw.data() + filled, bytes - filled, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(ErrorCode::IoRead,
                        Message{Ctx,
                                MB_TR_NOOP("mb::base", "Cannot get random bytes from the kernel: %1"),
                                {std::strerror(errno)}});
        }
        filled += static_cast<std::size_t>(n);
    }
    static constexpr char Hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes * 2);
    for (const unsigned char c : raw) {
        out += Hex[c >> 4];
        out += Hex[c & 0xF];
    }
    return out;
}

bool constantTimeEquals(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

Result<void> writeSecretFile(const std::filesystem::path &path, std::string_view secret)
{
    const std::filesystem::path temporary = path.string() + ".tmp";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(ErrorCode::IoWrite, Message{Ctx,
                                                MB_TR_NOOP("mb::base", "Cannot write %1: %2"),
                                                {temporary.string(), std::strerror(errno)}});
    const bool ok = ::fchmod(fd, 0600) == 0 &&
                    ::write(fd, secret.data(), secret.size()) == static_cast<ssize_t>(secret.size()) &&
                    ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!ok || std::rename(temporary.c_str(), path.c_str()) != 0) {
        ::unlink(temporary.c_str());
        return fail(ErrorCode::IoWrite, Message{Ctx,
                                                MB_TR_NOOP("mb::base", "Cannot write %1: %2"),
                                                {path.string(), std::strerror(ok ? errno : savedErrno)}});
    }
    return {};
}

Result<std::string> readSecretFile(const std::filesystem::path &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(errno == ENOENT ? ErrorCode::IoNotFound : ErrorCode::IoRead,
                    Message{Ctx,
                            MB_TR_NOOP("mb::base", "Cannot read the secret file %1: %2"),
                            {path.string(), std::strerror(errno)}});
    struct stat st
    {};
    if (::fstat(fd, &st) != 0 || (st.st_mode & 077) != 0) {
        ::close(fd);
        return fail(
            ErrorCode::IoRead,
            Message{Ctx,
                    MB_TR_NOOP("mb::base",
                               "The secret file %1 has mode %2; others may read it. Run \"chmod 600 %1\"."),
                    {path.string(), octalMode(st.st_mode)}});
    }
    std::string secret;
    char buffer[512];
    ssize_t n = 0;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0)
        secret.append(buffer, static_cast<std::size_t>(n));
    ::close(fd);
    while (!secret.empty() && (secret.back() == '\n' || secret.back() == '\r' || secret.back() == ' '))
        secret.pop_back();
    if (secret.empty())
        return fail(ErrorCode::IoRead,
                    Message{Ctx, MB_TR_NOOP("mb::base", "The secret file %1 is empty."), {path.string()}});
    return secret;
}

Result<std::string> readOrCreateSecretFile(const std::filesystem::path &path, std::size_t bytes)
{
    if (!std::filesystem::exists(path)) {
        auto fresh = randomHex(bytes);
        if (!fresh)
            return std::unexpected(fresh.error());
        if (auto written = writeSecretFile(path, *fresh); !written)
            return std::unexpected(written.error());
    }
    return readSecretFile(path);
}

} // namespace mb
