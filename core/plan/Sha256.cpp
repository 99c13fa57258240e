// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Sha256.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>

namespace mb::plan {

namespace {

std::string hex(const unsigned char *bytes, unsigned int size)
{
    static constexpr char Digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(size * 2);
    for (unsigned int i = 0; i < size; ++i) {
        out += Digits[bytes[i] >> 4];
        out += Digits[bytes[i] & 0x0f];
    }
    return out;
}

} // namespace

// OpenSSL's libcrypto (linked already for the cluster CA, and by libcurl and libssh) rather than
// a hand-written digest: one implementation, reviewed and accelerated.
std::string sha256Hex(std::string_view data)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int size = 0;
    EVP_Digest(data.data(), data.size(), digest.data(), &size, EVP_sha256(), nullptr);
    return hex(digest.data(), size);
}

std::string hmacSha256Hex(std::string_view key, std::string_view data)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int size = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char *>(data.data()), data.size(), digest.data(), &size);
    return hex(digest.data(), size);
}

} // namespace mb::plan
