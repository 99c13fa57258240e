// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "SshKeyPair.h"

#include "AtomicFile.h"
#include "CoreText.h"
#include "base/Secret.h"
#include "providers/hetzner/HetznerClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <libssh/libssh.h>

#include <memory>

namespace mb::app {

namespace {

struct KeyDeleter
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using Key = std::unique_ptr<std::remove_pointer_t<ssh_key>, KeyDeleter>;

/// A string libssh allocated, freed with ssh_string_free_char.
struct CharDeleter
{
    void operator()(char *text) const { ssh_string_free_char(text); }
};
using SshChars = std::unique_ptr<char, CharDeleter>;

/// "type base64" of a public key line, without its comment.
QString keyMaterial(const QString &publicKey)
{
    const QStringList parts = publicKey.simplified().split(QLatin1Char(' '));
    return parts.size() >= 2 ? parts[0] + QLatin1Char(' ') + parts[1] : publicKey.simplified();
}

SecretResult<SshKeyPair> pairOf(const ssh_key privateKey, const QString &privateKeyFile,
                                const QString &comment)
{
    ssh_key publicRaw = nullptr;
    if (ssh_pki_export_privkey_to_pubkey(privateKey, &publicRaw) != SSH_OK)
        return std::unexpected(SshKeyPair::tr("Cannot derive the public key of %1.").arg(privateKeyFile));
    const Key publicKey(publicRaw);
    char *base64Raw = nullptr;
    if (ssh_pki_export_pubkey_base64(publicKey.get(), &base64Raw) != SSH_OK)
        return std::unexpected(SshKeyPair::tr("Cannot write the public key of %1.").arg(privateKeyFile));
    const SshChars base64(base64Raw);
    unsigned char *hash = nullptr;
    size_t hashLength = 0;
    if (ssh_get_publickey_hash(publicKey.get(), SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength) != SSH_OK)
        return std::unexpected(SshKeyPair::tr("Cannot compute the fingerprint of %1.").arg(privateKeyFile));
    const SshChars fingerprint(ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLength));
    ssh_clean_pubkey_hash(&hash);

    SshKeyPair pair;
    pair.privateKeyFile = privateKeyFile;
    pair.publicKey = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(publicKey.get()))) +
                     QLatin1Char(' ') + QString::fromLatin1(base64.get());
    if (!comment.isEmpty())
        pair.publicKey += QLatin1Char(' ') + comment;
    pair.fingerprint = fingerprint ? QString::fromLatin1(fingerprint.get()) : QString();
    return pair;
}

SecretResult<SshKeyPair> save(const ssh_key privateKey, const QString &privateKeyFile, const QString &comment)
{
    char *pemRaw = nullptr;
    if (ssh_pki_export_privkey_base64(privateKey, nullptr, nullptr, nullptr, &pemRaw) != SSH_OK)
        return std::unexpected(SshKeyPair::tr("Cannot encode the private key for %1.").arg(privateKeyFile));
    const SshChars pem(pemRaw);
    auto pair = pairOf(privateKey, privateKeyFile, comment);
    if (!pair)
        return pair;
    const QString dir = QFileInfo(privateKeyFile).absolutePath();
    if (!QDir().mkpath(dir))
        return std::unexpected(SshKeyPair::tr("Cannot create the directory %1 for the key.").arg(dir));
    // Only the owner lists or enters the key directory; the key itself is 0600 from its first byte.
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (auto written = writeSecretFile(QFile::encodeName(privateKeyFile).toStdString(), pem.get()); !written)
        return std::unexpected(describe(written.error()));
    if (auto written =
            writeFileAtomically(privateKeyFile + QStringLiteral(".pub"), pair->publicKey.toUtf8() + '\n');
        !written)
        return std::unexpected(written.error());
    return pair;
}

SecretResult<Key> importPrivate(const QString &file)
{
    if (!QFile::exists(file))
        return std::unexpected(SshKeyPair::tr("There is no key file %1.").arg(file));
    ssh_key raw = nullptr;
    const int rc =
        ssh_pki_import_privkey_file(QFile::encodeName(file).constData(), nullptr, nullptr, nullptr, &raw);
    if (rc != SSH_OK || !raw)
        return std::unexpected(
            SshKeyPair::tr("%1 is not a private SSH key that can be read without a passphrase.").arg(file));
    return Key(raw);
}

} // namespace

QString SshKeyPair::defaultKeyFile(const QString &name)
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/madbase/keys/") + name;
}

SecretResult<SshKeyPair> SshKeyPair::generate(const QString &privateKeyFile, const QString &comment)
{
    ssh_key raw = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &raw) != SSH_OK || !raw)
        return std::unexpected(SshKeyPair::tr("libssh could not generate an ed25519 key."));
    const Key key(raw);
    return save(key.get(), privateKeyFile, comment);
}

SecretResult<SshKeyPair> SshKeyPair::import(const QString &source, const QString &privateKeyFile,
                                            const QString &comment)
{
    auto key = importPrivate(source);
    if (!key)
        return std::unexpected(key.error());
    return save(key->get(), privateKeyFile, comment);
}

SecretResult<SshKeyPair> SshKeyPair::load(const QString &privateKeyFile)
{
    auto key = importPrivate(privateKeyFile);
    if (!key)
        return std::unexpected(key.error());
    QString comment;
    QFile pub(privateKeyFile + QStringLiteral(".pub"));
    if (pub.open(QIODevice::ReadOnly)) {
        const QStringList parts = QString::fromUtf8(pub.readAll()).simplified().split(QLatin1Char(' '));
        comment = parts.mid(2).join(QLatin1Char(' '));
    }
    return pairOf(key->get(), privateKeyFile, comment);
}

SecretResult<providers::hetzner::SshKey> uploadSshKey(providers::hetzner::HetznerClient &client,
                                                      const QString &name, const QString &publicKey,
                                                      const std::map<std::string, std::string> &labels)
{
    auto existing = client.resources().sshKeys();
    if (!existing)
        return std::unexpected(describe(existing.error()));
    const QString material = keyMaterial(publicKey);
    for (const auto &key : *existing) {
        if (keyMaterial(QString::fromStdString(key.publicKey)) == material)
            return key;
    }
    auto created =
        client.resources().createSshKey(name.toStdString(), publicKey.trimmed().toStdString(), labels);
    if (!created)
        return std::unexpected(describe(created.error()));
    return *created;
}

} // namespace mb::app
