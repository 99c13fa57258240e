// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QObject>
#include <QString>

#include <expected>
#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace mb::app {

/// A secret store answer: the value (none when nothing is stored), or why there is none.
template <typename T> using SecretResult = std::expected<T, QString>;

/// The names secrets are kept under, the same for Studio and madbasectl.
namespace secretKey {
/// The API token of a Hetzner Cloud project (a token is bound to one project).
[[nodiscard]] QString hetznerToken(const QString &project);
/// The control-plane API token of a cluster.
[[nodiscard]] QString clusterApiToken(const QString &cluster);
} // namespace secretKey

/**
 * Where Studio and madbasectl keep secrets (docs/hetzner.md, "Tokens and keys"): the OS keychain
 * through QtKeychain (the freedesktop Secret Service on Linux, the macOS Keychain, the Windows
 * credential store); where none answers, a file readable by its owner only (0600, in a 0700
 * directory: `$XDG_DATA_HOME/madbase/secrets.json`), and fallbackInUse() says so, with the
 * keychain's reason, so the front end can warn.
 *
 * Never writes a secret anywhere else: not QSettings (QtKeychain's insecure fallback is off), not
 * a log line, not an error message.
 *
 * Asynchronous: read(), write() and remove() return at once and call back on this object's thread
 * (which needs an event loop) unless `context` is gone. The *Now() variants wait in a local event
 * loop: for madbasectl and worker threads, never for a GUI thread.
 */
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Backend
    {
        Keychain, ///< the OS keychain, the file where there is none
        File,     ///< the file only
    };
    struct Options
    {
        Backend backend = Backend::Keychain;
        /// The fallback file; empty for defaultFallbackFile().
        QString fallbackFile;
        /// The keychain's service name the secrets are filed under.
        QString service = QStringLiteral("MadBase");
    };

    /// The OS keychain, else the default file.
    explicit SecretStore(QObject *parent = nullptr);
    explicit SecretStore(Options options, QObject *parent = nullptr);

    /// `$XDG_DATA_HOME/madbase/secrets.json` (else `~/.local/share/madbase/secrets.json`).
    [[nodiscard]] static QString defaultFallbackFile();

    using ReadCallback = std::function<void(const SecretResult<std::optional<QString>> &)>;
    using DoneCallback = std::function<void(const SecretResult<void> &)>;

    void read(const QString &key, QObject *context, ReadCallback done);
    /// Stores `value` (non-empty) under `key`, replacing what was there.
    void write(const QString &key, const QString &value, QObject *context, DoneCallback done);
    /// Removes `key` from the keychain and the file; removing what is not there succeeds.
    void remove(const QString &key, QObject *context, DoneCallback done);

    [[nodiscard]] SecretResult<std::optional<QString>> readNow(const QString &key);
    [[nodiscard]] SecretResult<void> writeNow(const QString &key, const QString &value);
    [[nodiscard]] SecretResult<void> removeNow(const QString &key);

    /// Whether secrets go to the file because no keychain answered (or Backend::File was asked).
    [[nodiscard]] bool fallbackInUse() const { return m_fallback; }
    /// Why: the keychain's own message, in the user's language where it has one.
    [[nodiscard]] QString fallbackReason() const { return m_fallbackReason; }
    [[nodiscard]] QString fallbackFile() const { return m_file; }

Q_SIGNALS:
    /// The keychain did not answer and the file is used from now on.
    void fallbackEngaged(const QString &reason);

private:
    void engageFallback(const QString &reason);
    /// Starts a keychain job for `key`; `finished` runs unless `context` is gone by then.
    void startJob(QKeychain::Job *job, const QString &key, QObject *context,
                  std::function<void(QKeychain::Job &)> finished);

    Options m_options;
    QString m_file;
    bool m_fallback = false;
    QString m_fallbackReason;
};

/**
 * The Hetzner API token madbasectl uses for `project`: `$HCLOUD_TOKEN` when it is set (as the
 * hcloud CLI does), else the one Studio stored in `store`. None when neither has one. Blocking
 * (madbasectl, worker threads).
 */
[[nodiscard]] SecretResult<std::optional<QString>> hetznerToken(SecretStore &store, const QString &project);

} // namespace mb::app
