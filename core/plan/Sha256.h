// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <string>
#include <string_view>

namespace mb::plan {

/// SHA-256 (FIPS 180-4) of `data`, as 64 lower-case hex digits. Pure; thread-safe.
[[nodiscard]] std::string sha256Hex(std::string_view data);

/// HMAC-SHA-256 (RFC 2104) of `data` under `key`, as 64 lower-case hex digits. Pure; thread-safe.
[[nodiscard]] std::string hmacSha256Hex(std::string_view key, std::string_view data);

} // namespace mb::plan
