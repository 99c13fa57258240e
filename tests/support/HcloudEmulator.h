// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <string>

namespace mb::test {

/**
 * The Hetzner Cloud API emulator (tests/support/hcloud-emulator) on a free loopback port, for
 * one test: started by start(), stopped by the destructor. Its controls (statistics, faults at
 * run time) are reached through stats() and setFaults(). Not thread-safe; use from the test's
 * thread.
 */
class HcloudEmulator
{
public:
    HcloudEmulator() = default;
    ~HcloudEmulator();
    HcloudEmulator(const HcloudEmulator &) = delete;
    HcloudEmulator &operator=(const HcloudEmulator &) = delete;

    /// Starts it with `arguments` (its flags, e.g. "--time-scale", "0.01"); false with the reason
    /// in `error` when it did not come up within 10 s.
    bool start(const QStringList &arguments, QString *error);

    /// "http://127.0.0.1:PORT/v1".
    [[nodiscard]] std::string endpoint() const { return m_endpoint; }
    [[nodiscard]] static std::string token() { return "emulator-token"; }

    /// GET /_emulator/stats: requests, rate_limited, faults, lost_responses, by_route, servers.
    [[nodiscard]] nlohmann::json stats() const;
    /// GET /_emulator/backing: with --netns-range, each running server's namespace, addresses,
    /// directory and whether its sshd listens ({"servers": {id: {...}}}).
    [[nodiscard]] nlohmann::json backing() const;
    /// POST /_emulator/faults (fail_5xx, slow, slow_seconds, lose_responses, fail_actions).
    bool setFaults(const nlohmann::json &faults) const;

    /// What it wrote on stderr so far (for a failing test's message).
    [[nodiscard]] QString errorOutput();

private:
    [[nodiscard]] std::string controlUrl(const char *path) const;

    QProcess m_process;
    std::string m_endpoint;
    QString m_stderr;
};

} // namespace mb::test
