// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Sqlite.h"

#include <utility>

namespace mb::store::detail {

namespace {
constexpr const char *Ctx = "mb::store";
}

Error sqliteError(sqlite3 *db, int rc, const std::string &path, std::string_view during)
{
    std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    detail += " (" + std::string(sqlite3_errstr(rc)) + ", SQLite code " + std::to_string(rc) + ") while " +
              std::string(during);
    Error error;
    error.detail = std::move(detail);
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        error.code = ErrorCode::StoreBusy;
        error.message =
            Message{Ctx,
                    MB_TR_NOOP("mb::store", "The database %1 is busy: another process holds a lock on it. "
                                            "Try again, or stop the other program using it."),
                    {path}};
        break;
    case SQLITE_FULL:
        error.code = ErrorCode::StoreFull;
        error.message =
            Message{Ctx,
                    MB_TR_NOOP("mb::store", "The disk holding %1 is full (or the database reached its size "
                                            "limit): free some space and try again. Nothing was written."),
                    {path}};
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        error.code = ErrorCode::StoreCorrupt;
        error.message =
            Message{Ctx,
                    MB_TR_NOOP("mb::store", "%1 is damaged or is not a MadBase database: move it aside and "
                                            "restore it from a backup."),
                    {path}};
        break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
        error.code = ErrorCode::StoreOpen;
        error.message =
            Message{Ctx,
                    MB_TR_NOOP("mb::store", "Cannot open %1 for writing: check that the directory exists and "
                                            "that you may write to it."),
                    {path}};
        break;
    default:
        error.code = ErrorCode::StoreQuery;
        error.message = Message{
            Ctx, MB_TR_NOOP("mb::store", "A database operation on %1 failed; see the details."), {path}};
        break;
    }
    return error;
}

std::int64_t toMillis(std::chrono::system_clock::time_point time)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count();
}

std::chrono::system_clock::time_point fromMillis(std::int64_t millis)
{
    return std::chrono::system_clock::time_point{std::chrono::milliseconds{millis}};
}

Statement::Statement(sqlite3 *db, std::string_view sql)
{
    m_prepareCode = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
}

Statement::Statement(sqlite3 *db, StatementCache &cache, std::string_view sql)
    : m_cache(&cache)
    , m_sql(sql)
{
    m_stmt = cache.take(db, sql, &m_prepareCode);
}

Statement::~Statement()
{
    if (m_cache && m_stmt)
        m_cache->give(m_sql, m_stmt);
    else
        sqlite3_finalize(m_stmt);
}

sqlite3_stmt *StatementCache::take(sqlite3 *db, std::string_view sql, int *rc)
{
    if (const auto it = m_free.find(std::string(sql)); it != m_free.end() && it->second) {
        *rc = SQLITE_OK;
        return std::exchange(it->second, nullptr);
    }
    sqlite3_stmt *statement = nullptr;
    *rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                             &statement, nullptr);
    if (*rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    return statement;
}

void StatementCache::give(std::string_view sql, sqlite3_stmt *statement)
{
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    sqlite3_stmt *&slot = m_free[std::string(sql)];
    if (slot)
        sqlite3_finalize(statement); // the same query ran twice at once: keep one
    else
        slot = statement;
}

void StatementCache::clear()
{
    for (auto &[sql, statement] : m_free)
        sqlite3_finalize(statement);
    m_free.clear();
}

Statement &Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, std::string_view value)
{
    sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bind(int index, const std::optional<std::int64_t> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

int Statement::step()
{
    return sqlite3_step(m_stmt);
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::string Statement::text(int column) const
{
    const auto *data = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string(reinterpret_cast<const char *>(data), static_cast<std::size_t>(size))
                : std::string();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

std::string_view Statement::textView(int column) const
{
    const auto *data = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string_view(reinterpret_cast<const char *>(data), static_cast<std::size_t>(size))
                : std::string_view();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

} // namespace mb::store::detail
