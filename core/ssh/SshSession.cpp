// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "SshSession.h"

#include "HostKey.h"
#include "base/Secret.h"
#include "plan/Sha256.h"

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <fcntl.h>
#include <poll.h>
#include <sstream>
#include <sys/socket.h>
#include <unistd.h>

namespace mb::ssh {

namespace {

constexpr const char *Ctx = "mb::ssh";
using Clock = std::chrono::steady_clock;

std::string where(const SshTarget &t)
{
    return t.user + "@" + t.host + ":" + std::to_string(t.port);
}

std::unexpected<Error> sshError(ErrorCode code, const char *text, const SshTarget &t, std::string detail = {})
{
    return fail(code, Message{Ctx, text, {where(t)}}, {}, std::move(detail));
}

/// Single quotes for sh.
std::string quoted(const std::string &text)
{
    std::string out = "'";
    for (const char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

bool writeAll(int fd, const char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n <= 0)
            return false;
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace

SshSession::SshSession(SshTarget target)
    : m_target(std::move(target))
{}

SshSession::~SshSession()
{
    if (m_session != nullptr) {
        ssh_disconnect(m_session);
        ssh_free(m_session);
    }
    m_stop = true;
    if (m_pump.joinable())
        m_pump.join();
    if (m_tunnel != nullptr) {
        ssh_channel_close(m_tunnel);
        ssh_channel_free(m_tunnel);
    }
    // libssh does not close a socket handed to it with SSH_OPTIONS_FD.
    for (const int fd : {m_localFd, m_pumpFd})
        if (fd >= 0)
            ::close(fd);
}

Result<void> SshSession::handshake(int fd)
{
    const SshTarget &t = m_target;
    m_session = ssh_new();
    if (m_session == nullptr)
        return sshError(ErrorCode::SshConnect, MB_TR_NOOP("mb::ssh", "Could not start an SSH session to %1."),
                        t);
    int no = 0;
    int yes = 1;
    long timeoutSeconds = 10;
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &no); // no ~/.ssh/config, no /etc/ssh
    ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &yes);       // Nagle costs ~40 ms per exchange
    ssh_options_set(m_session, SSH_OPTIONS_HOST, t.host.c_str());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &t.port);
    ssh_options_set(m_session, SSH_OPTIONS_USER, t.user.c_str());
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeoutSeconds);
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, "/dev/null");
    ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    if (fd >= 0)
        ssh_options_set(m_session, SSH_OPTIONS_FD, &fd);
    if (ssh_connect(m_session) != SSH_OK)
        return sshError(ErrorCode::SshConnect, MB_TR_NOOP("mb::ssh", "Could not reach %1 over SSH."), t,
                        ssh_get_error(m_session));

    // The host key first: nothing is sent to a host that is not the one it should be.
    ssh_key shown = nullptr;
    if (ssh_get_server_publickey(m_session, &shown) != SSH_OK)
        return sshError(ErrorCode::SshHostKey, MB_TR_NOOP("mb::ssh", "%1 showed no host key."), t);
    std::istringstream pinned(t.hostKey);
    std::string type, b64;
    pinned >> type >> b64;
    ssh_key expected = nullptr;
    const bool parsed =
        ssh_pki_import_pubkey_base64(b64.c_str(), ssh_key_type_from_name(type.c_str()), &expected) == SSH_OK;
    const bool same = parsed && ssh_key_cmp(shown, expected, SSH_KEY_CMP_PUBLIC) == 0;
    char *shownB64 = nullptr;
    ssh_pki_export_pubkey_base64(shown, &shownB64);
    const std::string shownLine =
        std::string(ssh_key_type_to_char(ssh_key_type(shown))) + " " + (shownB64 != nullptr ? shownB64 : "");
    ssh_string_free_char(shownB64);
    ssh_key_free(shown);
    ssh_key_free(expected);
    if (!same) {
        ssh_disconnect(m_session);
        return fail(
            ErrorCode::SshHostKey,
            Message{Ctx,
                    MB_TR_NOOP("mb::ssh",
                               "The host key of %1 is not the one it was created with (expected %2, "
                               "it showed %3): it may not be that server. Nothing was sent or run there."),
                    {where(t), parsed ? fingerprint(t.hostKey) : std::string("(no valid pinned key)"),
                     fingerprint(shownLine)}});
    }

    // readSecretFile refuses a key file others may read; libssh would take it.
    auto keyText = readSecretFile(t.clientKey);
    if (!keyText)
        return std::unexpected(keyText.error());
    ssh_key key = nullptr;
    if (ssh_pki_import_privkey_base64((*keyText + "\n").c_str(), nullptr, nullptr, nullptr, &key) != SSH_OK)
        return fail(
            ErrorCode::SshAuth,
            Message{Ctx, MB_TR_NOOP("mb::ssh", "%1 is not an OpenSSH private key."), {t.clientKey.string()}});
    const int auth = ssh_userauth_publickey(m_session, nullptr, key);
    ssh_key_free(key);
    if (auth != SSH_AUTH_SUCCESS)
        return sshError(ErrorCode::SshAuth, MB_TR_NOOP("mb::ssh", "%1 refused the cluster's SSH key."), t,
                        ssh_get_error(m_session));
    return {};
}

Result<std::unique_ptr<SshSession>> SshSession::connect(const SshTarget &target)
{
    const auto deadline = Clock::now() + target.connectTimeout;
    for (;;) {
        std::unique_ptr<SshSession> s(new SshSession(target));
        auto done = s->handshake(-1);
        if (done)
            return s;
        // A server that is still booting refuses or does not answer yet; anything else is final.
        if (done.error().code != ErrorCode::SshConnect || Clock::now() >= deadline)
            return std::unexpected(done.error());
        std::this_thread::sleep_for(std::chrono::milliseconds{100});
    }
}

Result<std::unique_ptr<SshSession>> SshSession::jump(const SshTarget &target)
{
    const auto deadline = Clock::now() + target.connectTimeout;
    for (;;) {
        ssh_channel channel = ssh_channel_new(m_session);
        if (channel != nullptr &&
            ssh_channel_open_forward(channel, target.host.c_str(), target.port, "127.0.0.1", 0) == SSH_OK) {
            int pair[2];
            if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) {
                ssh_channel_free(channel);
                return sshError(ErrorCode::SshConnect,
                                MB_TR_NOOP("mb::ssh", "Could not open a tunnel to %1."), target);
            }
            std::unique_ptr<SshSession> inner(new SshSession(target));
            inner->m_tunnel = channel;
            inner->m_localFd = pair[0];
            inner->m_pumpFd = pair[1];
            // The pump owns this (outer) session from here on: libssh sessions are single-threaded.
            inner->m_pump = std::thread([in = inner.get()] {
                char buffer[32768];
                const int fd = in->m_pumpFd;
                while (!in->m_stop) {
                    pollfd p{fd, POLLIN, 0};
                    if (::poll(&p, 1, 2) > 0) {
                        const ssize_t n = ::read(fd, buffer, sizeof buffer);
                        if (n <= 0) {
                            ssh_channel_send_eof(in->m_tunnel);
                            break;
                        }
                        if (ssh_channel_write(in->m_tunnel, buffer, static_cast<uint32_t>(n)) == SSH_ERROR)
                            break;
                    }
                    const int got = ssh_channel_read_nonblocking(in->m_tunnel, buffer, sizeof buffer, 0);
                    if (got > 0 && !writeAll(fd, buffer, static_cast<std::size_t>(got)))
                        break;
                    if (got == SSH_ERROR || (got == 0 && ssh_channel_is_eof(in->m_tunnel) != 0))
                        break;
                }
                ::shutdown(fd, SHUT_RDWR);
            });
            auto done = inner->handshake(inner->m_localFd);
            if (done)
                return inner;
            return std::unexpected(done.error());
        }
        if (channel != nullptr)
            ssh_channel_free(channel);
        if (Clock::now() >= deadline)
            return sshError(ErrorCode::SshConnect,
                            MB_TR_NOOP("mb::ssh", "Could not reach %1 through the jump host."), target,
                            ssh_get_error(m_session));
        std::this_thread::sleep_for(std::chrono::milliseconds{100});
    }
}

Result<ExecResult> SshSession::exec(const std::string &command, std::string_view input)
{
    ssh_channel ch = ssh_channel_new(m_session);
    if (ch == nullptr || ssh_channel_open_session(ch) != SSH_OK ||
        ssh_channel_request_exec(ch, command.c_str()) != SSH_OK) {
        if (ch != nullptr)
            ssh_channel_free(ch);
        return sshError(ErrorCode::SshConnect, MB_TR_NOOP("mb::ssh", "Could not run a command on %1."),
                        m_target, ssh_get_error(m_session));
    }
    if (!input.empty())
        ssh_channel_write(ch, input.data(), static_cast<uint32_t>(input.size()));
    ssh_channel_send_eof(ch);
    ExecResult out;
    char buffer[16384];
    for (;;) {
        bool any = false;
        for (const int stream : {0, 1}) {
            const int n = ssh_channel_read_nonblocking(ch, buffer, sizeof buffer, stream);
            if (n > 0) {
                (stream == 0 ? out.out : out.err).append(buffer, static_cast<std::size_t>(n));
                any = true;
            } else if (n == SSH_ERROR) {
                ssh_channel_free(ch);
                return sshError(ErrorCode::SshConnect, MB_TR_NOOP("mb::ssh", "The connection to %1 broke."),
                                m_target, ssh_get_error(m_session));
            }
        }
        if (!any) {
            if (ssh_channel_is_eof(ch) != 0)
                break;
            ssh_channel_poll_timeout(ch, 100, 0);
        }
    }
    out.exitStatus = ssh_channel_get_exit_status(ch);
    ssh_channel_close(ch);
    ssh_channel_free(ch);
    return out;
}

Result<std::string> SshSession::run(const std::string &command, std::string_view input)
{
    auto done = exec(command, input);
    if (!done)
        return std::unexpected(done.error());
    if (done->exitStatus != 0)
        return fail(ErrorCode::SshCommand,
                    Message{Ctx,
                            MB_TR_NOOP("mb::ssh", "A command on %1 failed with exit status %2."),
                            {where(m_target), std::to_string(done->exitStatus)}},
                    {}, done->err);
    return done->out;
}

Result<void> SshSession::upload(std::string_view content, const std::string &remotePath, int mode)
{
    const std::string part = remotePath + ".part";
    sftp_session sftp = sftp_new(m_session);
    if (sftp == nullptr || sftp_init(sftp) != SSH_OK) {
        if (sftp != nullptr)
            sftp_free(sftp);
        return sshError(ErrorCode::SshConnect, MB_TR_NOOP("mb::ssh", "%1 offers no SFTP."), m_target);
    }
    bool written = false;
    if (sftp_file file =
            sftp_open(sftp, part.c_str(), O_WRONLY | O_CREAT | O_TRUNC, static_cast<mode_t>(mode))) {
        written = true;
        for (std::size_t at = 0; at < content.size() && written;) {
            const std::size_t chunk = std::min<std::size_t>(content.size() - at, 65536);
            const ssize_t n = sftp_write(file, content.data() + at, chunk);
            written = n > 0;
            at += n > 0 ? static_cast<std::size_t>(n) : 0;
        }
        written = sftp_close(file) == SSH_OK && written;
    }
    sftp_free(sftp);
    if (!written)
        return fail(
            ErrorCode::SshCommand,
            Message{Ctx, MB_TR_NOOP("mb::ssh", "Could not write %1 on %2."), {remotePath, where(m_target)}});
    // The checksum is taken on the host, of the file as it landed there.
    const std::string expected = plan::sha256Hex(content);
    auto sum = exec("sha256sum " + quoted(part));
    if (!sum)
        return std::unexpected(sum.error());
    if (sum->out.substr(0, 64) != expected) {
        (void)exec("rm -f " + quoted(part));
        return fail(
            ErrorCode::SshCommand,
            Message{Ctx,
                    MB_TR_NOOP("mb::ssh", "%1 did not arrive intact on %2 (SHA-256 %3 expected, %4 found)."),
                    {remotePath, where(m_target), expected, sum->out.substr(0, 64)}});
    }
    auto moved = run("mv -f " + quoted(part) + " " + quoted(remotePath));
    if (!moved)
        return std::unexpected(moved.error());
    return {};
}

} // namespace mb::ssh
