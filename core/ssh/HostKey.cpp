// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "HostKey.h"

#include "base/Secret.h"

#include <libssh/libssh.h>

#include <fstream>
#include <memory>
#include <sstream>

namespace mb::ssh {

namespace {

constexpr const char *Ctx = "mb::ssh";

struct KeyFree
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using Key = std::unique_ptr<std::remove_pointer_t<ssh_key>, KeyFree>;

std::string take(char *text)
{
    std::string out = text == nullptr ? std::string() : std::string(text);
    ssh_string_free_char(text);
    return out;
}

std::unexpected<Error> libraryFailed(const char *what)
{
    return fail(ErrorCode::SshCommand,
                Message{Ctx, MB_TR_NOOP("mb::ssh", "libssh could not %1 an ed25519 key."), {what}});
}

Result<std::string> publicLine(ssh_key key, const std::string &comment)
{
    char *b64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &b64) != SSH_OK)
        return libraryFailed("export");
    return "ssh-ed25519 " + take(b64) + (comment.empty() ? "" : " " + comment);
}

} // namespace

Result<KeyPair> generateEd25519(const std::string &comment)
{
    ssh_key raw = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &raw) != SSH_OK)
        return libraryFailed("generate");
    const Key key(raw);
    char *b64 = nullptr;
    if (ssh_pki_export_privkey_base64(key.get(), nullptr, nullptr, nullptr, &b64) != SSH_OK)
        return libraryFailed("export");
    KeyPair pair;
    pair.privateKey = take(b64);
    if (!pair.privateKey.empty() && pair.privateKey.back() != '\n')
        pair.privateKey += '\n';
    auto line = publicLine(key.get(), comment);
    if (!line)
        return std::unexpected(line.error());
    pair.publicKey = *line;
    return pair;
}

Result<KeyPair> loadOrCreateKeyPair(const std::filesystem::path &privateFile, const std::string &comment)
{
    std::error_code ec;
    if (!std::filesystem::exists(privateFile, ec)) {
        auto made = generateEd25519(comment);
        if (!made)
            return made;
        if (auto written = writeSecretFile(privateFile, made->privateKey); !written)
            return std::unexpected(written.error());
        std::ofstream pub(privateFile.string() + ".pub", std::ios::trunc);
        pub << made->publicKey << '\n';
        if (!pub)
            return fail(
                ErrorCode::IoWrite,
                Message{Ctx, MB_TR_NOOP("mb::ssh", "Could not write %1."), {privateFile.string() + ".pub"}});
        return made;
    }
    // readSecretFile refuses a key others may read (libssh itself would take it).
    auto text = readSecretFile(privateFile);
    if (!text)
        return std::unexpected(text.error());
    ssh_key raw = nullptr;
    if (ssh_pki_import_privkey_base64((*text + "\n").c_str(), nullptr, nullptr, nullptr, &raw) != SSH_OK)
        return fail(
            ErrorCode::SshAuth,
            Message{Ctx, MB_TR_NOOP("mb::ssh", "%1 is not an OpenSSH private key."), {privateFile.string()}});
    const Key key(raw);
    auto line = publicLine(key.get(), comment);
    if (!line)
        return std::unexpected(line.error());
    return KeyPair{*text + "\n", *line};
}

std::string fingerprint(const std::string &publicKey)
{
    std::istringstream in(publicKey);
    std::string type, b64;
    in >> type >> b64;
    ssh_key raw = nullptr;
    if (ssh_pki_import_pubkey_base64(b64.c_str(), ssh_key_type_from_name(type.c_str()), &raw) != SSH_OK)
        return {};
    const Key key(raw);
    unsigned char *hash = nullptr;
    size_t size = 0;
    if (ssh_get_publickey_hash(key.get(), SSH_PUBLICKEY_HASH_SHA256, &hash, &size) != SSH_OK)
        return {};
    char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, size);
    ssh_clean_pubkey_hash(&hash);
    std::string out = text == nullptr ? std::string() : std::string(text);
    ssh_string_free_char(text);
    return out;
}

std::string cloudConfig(const KeyPair &hostKey, const std::vector<std::string> &commands)
{
    std::string out =
        "#cloud-config\n# MadBase: the host key is made by the provisioner, so it is known before the\n"
        "# first connection (docs/hetzner.md, \"SSH and the tunnel\").\n"
        "ssh_deletekeys: true\nssh_genkeytypes: []\nssh_keys:\n  ed25519_private: |\n";
    std::istringstream lines(hostKey.privateKey);
    for (std::string line; std::getline(lines, line);)
        out += "    " + line + "\n";
    out += "  ed25519_public: " + hostKey.publicKey + "\n";
    if (!commands.empty()) {
        out += "runcmd:\n";
        for (const std::string &c : commands)
            out += "  - [sh, -c, \"" + c + "\"]\n";
    }
    return out;
}

} // namespace mb::ssh
