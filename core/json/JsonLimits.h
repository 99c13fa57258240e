// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace mb::json {

/**
 * The most a JSON document may hold before it is read. The readers of core and the daemon
 * runtime parse through `parseText()`, which enforces these first, so no document — a file, a
 * topology sent to the API, a provider's response — costs more than time and memory in
 * proportion to its size. docs/reliability.md lists them and says why each is where it is.
 */
struct JsonLimits
{
    /// The whole text, in bytes (a topology of 400,000 per-node plans is about 10 MB).
    std::size_t maxDocumentBytes = 16U * 1024 * 1024;
    /// Arrays and objects inside one another (a topology document needs 5).
    std::size_t maxDepth = 64;
    /// One string or key, in bytes as written (escapes count as written).
    std::size_t maxStringBytes = 1024 * 1024;
    /// Entries of one array or members of one object.
    std::size_t maxEntries = 1'000'000;
    /// Characters of one number as written.
    std::size_t maxNumberChars = 100;
    /// Not a limit but a saving: arrays and objects that start deeper than this are checked and
    /// then dropped, not built. A reader whose schema is shallow passes its own depth, since what
    /// lies deeper can only be inside a value it reports as wrong or unknown anyway.
    std::size_t buildDepth = 64;
};

/// What `checkJsonLimits()` found.
struct LimitCheck
{
    /// The first limit passed or duplicate key, if any.
    std::optional<Error> violation;
    /// The text stopped being JSON before its end (the parser reports why); nothing after that
    /// point was checked.
    bool notJson = false;
};

/**
 * Checks `text` against `limits` and for duplicate keys in one linear pass, before any parser
 * builds a value from it. The first violation becomes an Error (`json-limit` or
 * `json-duplicate-key`) with the limit in its message, line, column and the pointer of the value.
 * A number too large for a double (1e400) is a `json-limit` error too.
 *
 * Memory: the keys of the objects currently open, as views into `text` (escaped keys decoded).
 */
[[nodiscard]] LimitCheck checkJsonLimits(std::string_view text, const JsonLimits &limits = {});

/// Decodes the body of a JSON string (between its quotes) as the parser does, so "a" and
/// "\u0061" are the same key; false on an escape the parser would refuse.
[[nodiscard]] bool decodeJsonString(std::string_view body, std::string &out);

/// `text` for a message: at most `maxChars` characters, cut at a character boundary with "…".
[[nodiscard]] std::string clipForMessage(std::string_view text, std::size_t maxChars = 60);

} // namespace mb::json
