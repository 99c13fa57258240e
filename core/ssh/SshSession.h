// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <thread>

struct ssh_session_struct;
struct ssh_channel_struct;

namespace mb::ssh {

/// Where to connect and the host key the server must show (an OpenSSH public key line).
struct SshTarget
{
    std::string host;
    int port = 22;
    std::string user = "root";
    /// The pinned host key. Required: there is no trust on first use.
    std::string hostKey;
    /// The client's ed25519 private key file (0600).
    std::filesystem::path clientKey;
    /// How long to keep trying to reach a server that is still booting (refused, unreachable).
    std::chrono::milliseconds connectTimeout{30'000};
};

struct ExecResult
{
    int exitStatus = -1;
    std::string out;
    std::string err;
};

/**
 * One SSH connection (libssh 0.10) whose host key is checked against the pinned one before
 * anything else is sent: on a mismatch the connection is closed before authenticating, and the
 * error (ErrorCode::SshHostKey) names both fingerprints. Authenticates with the client's key
 * only, refusing a key file others may read.
 *
 * Jump hosts: jump() opens a direct-tcpip channel through this session to the target's port 22
 * and runs a second session over it (libssh 0.10 has no ProxyJump), with the target's host key
 * pinned too. While a session made by jump() lives, this one belongs to its pump thread: do not
 * use it, and destroy the inner one first.
 *
 * Threads: one thread at a time per session. Errors never hold key material.
 */
class SshSession
{
public:
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    [[nodiscard]] static Result<std::unique_ptr<SshSession>> connect(const SshTarget &target);
    /// A session to `target` through this one (this host is the jump host).
    [[nodiscard]] Result<std::unique_ptr<SshSession>> jump(const SshTarget &target);

    /// Runs `command` with `input` on its stdin; a non-zero exit is not an error here.
    [[nodiscard]] Result<ExecResult> exec(const std::string &command, std::string_view input = {});
    /// Runs `command`; its non-zero exit is an SshCommand error with its stderr as detail.
    [[nodiscard]] Result<std::string> run(const std::string &command, std::string_view input = {});
    /**
     * Writes `content` to `remotePath` with `mode` (SFTP: created with that mode, never wider
     * even briefly, then moved into place), and checks that the file there has the SHA-256 of
     * `content` (sha256sum on the host). A mismatch is an SshCommand error and the file is removed.
     */
    [[nodiscard]] Result<void> upload(std::string_view content, const std::string &remotePath, int mode);

    [[nodiscard]] const SshTarget &target() const { return m_target; }

private:
    explicit SshSession(SshTarget target);
    Result<void> handshake(int fd);

    SshTarget m_target;
    ssh_session_struct *m_session = nullptr;
    // A session through a jump host: the channel, the socket pair and the thread that pumps.
    ssh_channel_struct *m_tunnel = nullptr;
    int m_localFd = -1;
    int m_pumpFd = -1;
    std::atomic<bool> m_stop{false};
    std::thread m_pump;
};

} // namespace mb::ssh
