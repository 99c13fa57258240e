// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QByteArrayView>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace mb::daemon {

/// Sends `state` ("READY=1", "WATCHDOG=1", "STOPPING=1", "STATUS=…") to the datagram socket
/// named by $NOTIFY_SOCKET (a path, or "@name" for the abstract namespace). The sd_notify(3)
/// protocol without libsystemd. Returns false when NOTIFY_SOCKET is unset or sending failed.
bool sdNotify(QByteArrayView state);

/// The watchdog interval systemd expects ($WATCHDOG_USEC, honouring $WATCHDOG_PID), if any.
[[nodiscard]] std::optional<std::chrono::microseconds> watchdogInterval();

/// Sends WATCHDOG=1 at half the interval systemd asked for, while the event loop runs.
class Watchdog : public QObject
{
    Q_OBJECT

public:
    explicit Watchdog(QObject *parent = nullptr);
    [[nodiscard]] bool isActive() const { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

} // namespace mb::daemon
