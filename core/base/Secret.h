// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "Error.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace mb {

/// `bytes` random bytes from the kernel (getrandom), as lower-case hex.
[[nodiscard]] Result<std::string> randomHex(std::size_t bytes);

/// Compares two secrets in time that depends only on their lengths, not on where they differ.
[[nodiscard]] bool constantTimeEquals(std::string_view a, std::string_view b);

/// Writes a secret to `path` with mode 0600 (created so; never world-readable, even briefly),
/// replacing it atomically.
[[nodiscard]] Result<void> writeSecretFile(const std::filesystem::path &path, std::string_view secret);

/// Reads a secret written by writeSecretFile. Refuses a file that group or others can read,
/// naming the file and its mode; trailing white space is dropped. The secret never appears in
/// an error.
[[nodiscard]] Result<std::string> readSecretFile(const std::filesystem::path &path);

/// The secret in `path`; when there is none yet, `bytes` fresh random bytes (as hex) are written
/// there first, 0600. A repeated call after a crash finds the one already written.
[[nodiscard]] Result<std::string> readOrCreateSecretFile(const std::filesystem::path &path,
                                                         std::size_t bytes);

} // namespace mb
