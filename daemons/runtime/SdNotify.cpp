// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "SdNotify.h"

#include <cstring>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace mb::daemon {

bool sdNotify(QByteArrayView state)
{
    const QByteArray path = qgetenv("NOTIFY_SOCKET");
    if (path.isEmpty() || (path[0] != '/' && path[0] != '@'))
        return false;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (static_cast<std::size_t>(path.size()) >= sizeof address.sun_path)
        return false;
    std::memcpy(address.sun_path, path.constData(), static_cast<std::size_t>(path.size()));
    if (address.sun_path[0] == '@')
        address.sun_path[0] = '\0';
    const auto length =
        static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + static_cast<std::size_t>(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const ssize_t sent = ::sendto(fd, state.data(), static_cast<std::size_t>(state.size()), MSG_NOSIGNAL,
                                  reinterpret_cast<const sockaddr *>(&address), length);
    ::close(fd);
    return sent == state.size();
}

std::optional<std::chrono::microseconds> watchdogInterval()
{
    bool ok = false;
    const qlonglong usec = qEnvironmentVariable("WATCHDOG_USEC").toLongLong(&ok);
    if (!ok || usec <= 0)
        return std::nullopt;
    const QString pid = qEnvironmentVariable("WATCHDOG_PID");
    if (!pid.isEmpty() && pid.toLongLong() != ::getpid())
        return std::nullopt;
    return std::chrono::microseconds{usec};
}

Watchdog::Watchdog(QObject *parent)
    : QObject(parent)
{
    const auto interval = watchdogInterval();
    if (!interval)
        return;
    m_timer.setInterval(std::chrono::duration_cast<std::chrono::milliseconds>(*interval / 2));
    connect(&m_timer, &QTimer::timeout, this, [] { sdNotify("WATCHDOG=1"); });
    m_timer.start();
}

} // namespace mb::daemon
