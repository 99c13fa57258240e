// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

// Internal to core/logs: the log store's line index terms. Not part of the public API.

#include "base/Error.h"

#include <sqlite3.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mb::logs::detail {

/// Trigrams per window: a line indexes the smallest-hash trigram of every window of this many
/// consecutive trigrams, so a text of at least Window + 2 bytes can be looked up.
constexpr std::size_t Window = 4;

/// The name the FTS5 tokenizer is registered under (docs/observability.md, "Line index").
constexpr const char *TokenizerName = "mb_winnow";

/**
 * Registers the `mb_winnow` FTS5 tokenizer on `db`. Documents (stored lines) yield their
 * winnowed byte trigrams — about 40 % of them: any substring of at least Window + 2 bytes shares
 * all of its own winnowed trigrams with every line that contains it. Queries yield every trigram
 * of each quoted term, so a MATCH names the trigrams lineIndexTerms() chose.
 */
[[nodiscard]] bool registerTokenizer(sqlite3 *db);

/// The trigrams a line containing `text` must have indexed; empty when `text` is shorter than
/// Window + 2 bytes (the index cannot narrow it).
[[nodiscard]] std::vector<std::string> lineIndexTerms(std::string_view text);

/// An FTS5 MATCH expression requiring every term: `"t1" AND "t2"`.
[[nodiscard]] std::string matchExpression(const std::vector<std::string> &terms);

} // namespace mb::logs::detail
