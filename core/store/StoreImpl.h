// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

// Internal to core/store: the state behind Store, shared by Store.cpp and StoreRecords.cpp.

#include "Sqlite.h"
#include "Store.h"

#include <condition_variable>
#include <mutex>

namespace mb::store {

struct Store::Impl
{
    sqlite3 *db = nullptr;
    std::filesystem::path path;
    std::string pathText;
    int version = 0;
    std::mutex mutex; // guards db; every public method holds it
    std::condition_variable_any eventsArrived;
    detail::StatementCache statements;

    ~Impl()
    {
        statements.clear();
        sqlite3_close_v2(db);
    }

    [[nodiscard]] Error error(int rc, std::string_view during) const
    {
        return detail::sqliteError(db, rc, pathText, during);
    }

    /// Runs SQL without results (several statements allowed).
    Result<void> exec(std::string_view sql, std::string_view during)
    {
        const int rc = sqlite3_exec(db, std::string(sql).c_str(), nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return std::unexpected(error(rc, during));
        return {};
    }

    /// Runs `work` (returning a Result) inside BEGIN IMMEDIATE … COMMIT; rolls back on failure.
    /// Call with `mutex` held.
    template <typename Work> auto transaction(std::string_view during, Work &&work) -> decltype(work())
    {
        if (auto begun = exec("BEGIN IMMEDIATE", during); !begun)
            return std::unexpected(begun.error());
        auto result = work();
        if (!result) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return result;
        }
        const int rc = sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK) {
            const Error e = error(rc, during);
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return std::unexpected(e);
        }
        return result;
    }

    /// Runs a statement to completion; fails on anything but SQLITE_DONE.
    Result<void> run(detail::Statement &statement, std::string_view during)
    {
        if (statement.prepareCode() != SQLITE_OK)
            return std::unexpected(error(statement.prepareCode(), during));
        const int rc = statement.step();
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            return std::unexpected(error(rc, during));
        return {};
    }

    /// Inserts an event; call inside a transaction with `mutex` held.
    Result<std::int64_t> insertEvent(const Event &event);
};

} // namespace mb::store
