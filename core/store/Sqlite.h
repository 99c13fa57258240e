// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

// Internal to core/store: a thin RAII layer over the SQLite C API. Not part of the public API.

#include "base/Error.h"

#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace mb::store::detail {

/// Maps a SQLite result code to an Error a person can act on; SQLite's own text goes to
/// `detail`, with `during` saying what the store was doing.
[[nodiscard]] Error sqliteError(sqlite3 *db, int rc, const std::string &path, std::string_view during);

/// Milliseconds since the epoch, the unit every time column uses.
[[nodiscard]] std::int64_t toMillis(std::chrono::system_clock::time_point time);
[[nodiscard]] std::chrono::system_clock::time_point fromMillis(std::int64_t millis);

/// Compiled statements kept for reuse on one connection: the store runs the same few queries
/// for every action and event, and compiling them each time cost more than running them.
/// Not thread-safe; the store's mutex guards it with the connection.
class StatementCache
{
public:
    StatementCache() = default;
    ~StatementCache() { clear(); }
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    /// A compiled statement for `sql` (a kept one if free); `*rc` is SQLite's result.
    sqlite3_stmt *take(sqlite3 *db, std::string_view sql, int *rc);
    /// Returns a statement from take(), reset and unbound, for the next user.
    void give(std::string_view sql, sqlite3_stmt *statement);
    /// Finalizes every kept statement (before the connection closes).
    void clear();

private:
    std::unordered_map<std::string, sqlite3_stmt *> m_free;
};

/// A prepared statement, finalized on destruction (or handed back to its cache). Bind indexes
/// are 1-based, columns 0-based.
class Statement
{
public:
    Statement(sqlite3 *db, std::string_view sql);
    Statement(sqlite3 *db, StatementCache &cache, std::string_view sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    /// SQLITE_OK when the statement compiled.
    [[nodiscard]] int prepareCode() const { return m_prepareCode; }

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, std::string_view value);
    Statement &bindNull(int index);
    Statement &bind(int index, const std::optional<std::int64_t> &value);

    /// One step: SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    /// Makes the statement ready to step again (bindings kept, to be replaced).
    void reset();

    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] std::string text(int column) const;
    /// The column's text without a copy: valid until the next step, reset or destruction.
    [[nodiscard]] std::string_view textView(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::optional<std::int64_t> optionalInt64(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_prepareCode = SQLITE_OK;
    StatementCache *m_cache = nullptr;
    std::string m_sql; ///< the cache key (owned: the caller's text may be a temporary)
};

} // namespace mb::store::detail
