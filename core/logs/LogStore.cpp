// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LogStore.h"

#include "logs/LineIndex.h"
#include "store/Sqlite.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace mb::logs {

using store::detail::sqliteError;
using store::detail::Statement;
using store::detail::StatementCache;

namespace {

constexpr const char *Ctx = "mb::logs";
/// Entries deleted per retention transaction: small enough not to hold the writer for long.
constexpr int RetentionChunk = 5000;

constexpr const char *Schema = R"sql(
CREATE TABLE IF NOT EXISTS streams(
    id INTEGER PRIMARY KEY, labels TEXT NOT NULL UNIQUE,
    first_ns INTEGER NOT NULL, last_ns INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS entries(
    id INTEGER PRIMARY KEY, stream INTEGER NOT NULL, ts INTEGER NOT NULL, line TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS entries_ts ON entries(ts);
CREATE INDEX IF NOT EXISTS entries_stream_ts ON entries(stream, ts);
CREATE TABLE IF NOT EXISTS totals(
    one INTEGER PRIMARY KEY CHECK (one = 1), entries INTEGER NOT NULL, bytes INTEGER NOT NULL);
INSERT OR IGNORE INTO totals VALUES (1, 0, 0);
)sql";

// An external-content index (the lines live once, in `entries`) with detail=none: lookups
// need no positions. The tokenizer indexes winnowed trigrams (LineIndex.h), about 40 % of a
// line's trigrams, which keeps the index's cost per line within the ingest budget.
constexpr const char *LineIndexSchema =
    "CREATE VIRTUAL TABLE IF NOT EXISTS lines USING fts5(line, content='entries', content_rowid='id', "
    "tokenize='mb_winnow', detail=none)";

std::string streamKey(const Labels &labels)
{
    return nlohmann::json(labels).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string idList(const std::vector<std::int64_t> &ids)
{
    std::string out;
    for (const auto id : ids) {
        if (!out.empty())
            out += ',';
        out += std::to_string(id);
    }
    return out;
}

} // namespace

struct LogStore::Impl
{
    sqlite3 *db = nullptr;
    std::string path;
    StatementCache cache;
    mutable std::mutex mutex;
    bool lineIndex = false;
    std::unordered_map<std::string, std::int64_t> idByKey;
    std::map<std::int64_t, StreamInfo> streams;
    StoreTotals totals;
    std::int64_t lastId = 0;

    ~Impl()
    {
        cache.clear();
        sqlite3_close(db);
    }

    std::unexpected<Error> error(int rc, std::string_view during) const
    {
        return std::unexpected(sqliteError(db, rc, path, during));
    }

    Result<void> exec(const char *sql, std::string_view during)
    {
        const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return error(rc, during);
        return {};
    }

    Result<void> load()
    {
        idByKey.clear();
        streams.clear();
        Statement s(db, "SELECT id, labels, first_ns, last_ns FROM streams");
        if (s.prepareCode() != SQLITE_OK)
            return error(s.prepareCode(), "reading the streams");
        int rc = 0;
        while ((rc = s.step()) == SQLITE_ROW) {
            StreamInfo info;
            info.id = s.int64(0);
            const std::string key = s.text(1);
            const auto parsed = nlohmann::json::parse(key, nullptr, false);
            if (parsed.is_object())
                for (const auto &[name, value] : parsed.items())
                    if (value.is_string())
                        info.labels[name] = value.get<std::string>();
            info.firstNs = s.int64(2);
            info.lastNs = s.int64(3);
            idByKey[key] = info.id;
            streams[info.id] = std::move(info);
        }
        if (rc != SQLITE_DONE)
            return error(rc, "reading the streams");
        Statement t(db, "SELECT entries, bytes, (SELECT coalesce(max(id), 0) FROM entries) FROM totals");
        if (t.prepareCode() != SQLITE_OK || t.step() != SQLITE_ROW)
            return error(t.prepareCode(), "reading the totals");
        totals.entries = t.int64(0);
        totals.bytes = t.int64(1);
        totals.streams = streams.size();
        lastId = t.int64(2);
        return {};
    }

    Result<void> writeTotals()
    {
        Statement s(db, cache, "UPDATE totals SET entries = ?1, bytes = ?2");
        s.bind(1, totals.entries).bind(2, totals.bytes);
        if (const int rc = s.step(); rc != SQLITE_DONE)
            return error(rc, "updating the totals");
        return {};
    }

    /// Deletes oldest-first entries, in chunks, while `more(ts, bytesSoFar)` says so.
    Result<std::size_t> deleteOldest(const std::function<bool(std::int64_t ts)> &more,
                                     std::int64_t bytesToFree);
    Result<void> refreshStreamSpans();
};

LogStore::LogStore(std::unique_ptr<Impl> impl, const LogStoreOptions &options)
    : m(std::move(impl))
    , m_options(options)
{}

LogStore::~LogStore() = default;

Result<std::unique_ptr<LogStore>> LogStore::open(const std::string &path, const LogStoreOptions &options)
{
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    const int rc = sqlite3_open_v2(path.c_str(), &impl->db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK)
        return impl->error(rc, "opening the log store");
    sqlite3_busy_timeout(impl->db, 5000);
    // WAL lets readers of other connections (a backup, sqlite3) work beside the writer;
    // NORMAL syncs at checkpoints only, which a log store can afford (docs/observability.md).
    // A 32 MiB page cache keeps the indexes' hot pages across appends; it is the bound of the
    // store's own memory, whatever a query reads.
    if (auto ok = impl->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768",
                             "configuring the log store");
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = impl->exec(Schema, "creating the log store's tables"); !ok)
        return std::unexpected(ok.error());
    const bool tokenizer = detail::registerTokenizer(impl->db);
    Statement has(impl->db, "SELECT 1 FROM sqlite_master WHERE name = 'lines'");
    const bool indexExists = has.prepareCode() == SQLITE_OK && has.step() == SQLITE_ROW;
    // A store created with the index keeps it (its rows must follow every append and delete);
    // a SQLite without FTS5 works without it, slower for `|=`.
    if (indexExists && !tokenizer)
        return std::unexpected(
            Error{ErrorCode::StoreOpen,
                  Message{Ctx,
                          MB_TR_NOOP("mb::logs", "The log store %1 has a line index, but this "
                                                 "SQLite has no FTS5 to keep it."),
                          {path}},
                  {},
                  0,
                  0,
                  {}});
    if (indexExists)
        impl->lineIndex = true;
    else if (options.lineIndex && tokenizer)
        // Merging segments 8 at a time, not FTS5's 4, writes the index fewer times over; a
        // lookup reads a few more segments, which the benchmark does not notice.
        impl->lineIndex = sqlite3_exec(impl->db, LineIndexSchema, nullptr, nullptr, nullptr) == SQLITE_OK &&
                          sqlite3_exec(impl->db, "INSERT INTO lines(lines, rank) VALUES ('automerge', 8)",
                                       nullptr, nullptr, nullptr) == SQLITE_OK;
    if (auto ok = impl->load(); !ok)
        return std::unexpected(ok.error());
    return std::unique_ptr<LogStore>(new LogStore(std::move(impl), options));
}

bool LogStore::hasLineIndex() const
{
    return m->lineIndex;
}

Result<AppendResult> LogStore::append(const PushRequest &request)
{
    std::unique_lock lock(m->mutex);
    AppendResult result;
    if (auto ok = m->exec("BEGIN IMMEDIATE", "starting an append"); !ok)
        return std::unexpected(ok.error());
    const auto rollback = [&](Error error) -> Result<AppendResult> {
        sqlite3_exec(m->db, "ROLLBACK", nullptr, nullptr, nullptr);
        (void)m->load(); // the in-memory streams and totals back to what was committed
        return std::unexpected(std::move(error));
    };
    std::vector<std::int64_t> touched;
    StoreTotals totals = m->totals;
    for (const auto &stream : request.streams) {
        if (stream.entries.empty())
            continue;
        const std::string key = streamKey(stream.labels);
        std::int64_t streamId = 0;
        if (const auto it = m->idByKey.find(key); it != m->idByKey.end()) {
            streamId = it->second;
        } else {
            Statement s(m->db, m->cache,
                        "INSERT INTO streams(labels, first_ns, last_ns) VALUES (?1, ?2, ?2)");
            s.bind(1, key).bind(2, stream.entries.front().timestampNs);
            if (const int rc = s.step(); rc != SQLITE_DONE)
                return rollback(sqliteError(m->db, rc, m->path, "adding a stream"));
            streamId = sqlite3_last_insert_rowid(m->db);
            m->idByKey[key] = streamId;
            StreamInfo info{streamId, stream.labels, stream.entries.front().timestampNs,
                            stream.entries.front().timestampNs};
            m->streams[streamId] = std::move(info);
            ++result.newStreams;
        }
        StreamInfo &info = m->streams[streamId];
        touched.push_back(streamId);
        Statement insert(m->db, m->cache, "INSERT INTO entries(stream, ts, line) VALUES (?1, ?2, ?3)");
        Statement index(m->db, m->cache, "INSERT INTO lines(rowid, line) VALUES (?1, ?2)");
        for (const auto &entry : stream.entries) {
            insert.bind(1, streamId).bind(2, entry.timestampNs).bind(3, std::string_view(entry.line));
            if (const int rc = insert.step(); rc != SQLITE_DONE)
                return rollback(sqliteError(m->db, rc, m->path, "appending a line"));
            insert.reset();
            const std::int64_t id = sqlite3_last_insert_rowid(m->db);
            if (m->lineIndex) {
                index.bind(1, id).bind(2, std::string_view(entry.line));
                if (const int rc = index.step(); rc != SQLITE_DONE)
                    return rollback(sqliteError(m->db, rc, m->path, "indexing a line"));
                index.reset();
            }
            info.firstNs = std::min(info.firstNs, entry.timestampNs);
            info.lastNs = std::max(info.lastNs, entry.timestampNs);
            ++totals.entries;
            totals.bytes += static_cast<std::int64_t>(entry.line.size());
            ++result.entries;
            m->lastId = id;
        }
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    for (const auto id : touched) {
        const StreamInfo &info = m->streams[id];
        Statement s(m->db, m->cache, "UPDATE streams SET first_ns = ?2, last_ns = ?3 WHERE id = ?1");
        s.bind(1, id).bind(2, info.firstNs).bind(3, info.lastNs);
        if (const int rc = s.step(); rc != SQLITE_DONE)
            return rollback(sqliteError(m->db, rc, m->path, "updating a stream"));
    }
    const StoreTotals before = m->totals;
    m->totals = totals;
    m->totals.streams = m->streams.size();
    if (auto ok = m->writeTotals(); !ok) {
        m->totals = before;
        return rollback(ok.error());
    }
    if (auto ok = m->exec("COMMIT", "committing an append"); !ok)
        return rollback(ok.error());
    if (m_options.maxBytes > 0 && m->totals.bytes > m_options.maxBytes) {
        auto deleted =
            m->deleteOldest([](std::int64_t) { return true; }, m->totals.bytes - m_options.maxBytes);
        if (deleted)
            result.deletedByRetention = *deleted;
        else
            result.retentionError = deleted.error();
    }
    return result;
}

Result<std::size_t> LogStore::Impl::deleteOldest(const std::function<bool(std::int64_t)> &more,
                                                 std::int64_t bytesToFree)
{
    std::size_t deleted = 0;
    std::int64_t freed = 0;
    bool done = false;
    while (!done) {
        if (auto ok = exec("BEGIN IMMEDIATE", "starting a retention pass"); !ok)
            return std::unexpected(ok.error());
        const auto rollback = [&](int rc, std::string_view during) -> Result<std::size_t> {
            const Error error = sqliteError(db, rc, path, during);
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            (void)load();
            return std::unexpected(error);
        };
        Statement select(db, cache, "SELECT id, ts, line FROM entries ORDER BY ts, id LIMIT ?1");
        select.bind(1, RetentionChunk);
        std::vector<std::pair<std::int64_t, std::string>> victims;
        int rc = 0;
        while ((rc = select.step()) == SQLITE_ROW) {
            if (!more(select.int64(1)) || (bytesToFree > 0 && freed >= bytesToFree)) {
                done = true;
                break;
            }
            victims.emplace_back(select.int64(0), select.text(2));
            freed += static_cast<std::int64_t>(victims.back().second.size());
        }
        select.reset();
        if (rc == SQLITE_DONE)
            done = true;
        else if (rc != SQLITE_ROW)
            return rollback(rc, "choosing entries to delete");
        for (const auto &[id, line] : victims) {
            if (lineIndex) {
                Statement s(db, cache, "INSERT INTO lines(lines, rowid, line) VALUES ('delete', ?1, ?2)");
                s.bind(1, id).bind(2, std::string_view(line));
                if (const int drc = s.step(); drc != SQLITE_DONE)
                    return rollback(drc, "removing a line from the index");
            }
            Statement s(db, cache, "DELETE FROM entries WHERE id = ?1");
            s.bind(1, id);
            if (const int drc = s.step(); drc != SQLITE_DONE)
                return rollback(drc, "deleting a line");
            --totals.entries;
            totals.bytes -= static_cast<std::int64_t>(line.size());
        }
        deleted += victims.size();
        if (auto ok = writeTotals(); !ok) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            (void)load();
            return std::unexpected(ok.error());
        }
        if (auto ok = exec("COMMIT", "committing a retention pass"); !ok) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            (void)load();
            return std::unexpected(ok.error());
        }
        if (victims.empty())
            done = true;
    }
    if (deleted > 0)
        if (auto ok = refreshStreamSpans(); !ok)
            return std::unexpected(ok.error());
    return deleted;
}

Result<void> LogStore::Impl::refreshStreamSpans()
{
    // A stream whose every line is gone is forgotten, so labels and series no longer list it.
    std::vector<std::int64_t> gone;
    for (auto &[id, info] : streams) {
        Statement s(db, cache, "SELECT min(ts) FROM entries WHERE stream = ?1");
        s.bind(1, id);
        if (const int rc = s.step(); rc != SQLITE_ROW)
            return error(rc, "reading a stream's span");
        if (s.isNull(0))
            gone.push_back(id);
        else
            info.firstNs = s.int64(0);
    }
    for (const auto id : gone) {
        Statement s(db, cache, "DELETE FROM streams WHERE id = ?1");
        s.bind(1, id);
        if (const int rc = s.step(); rc != SQLITE_DONE)
            return error(rc, "forgetting an empty stream");
        idByKey.erase(streamKey(streams[id].labels));
        streams.erase(id);
    }
    for (const auto &[id, info] : streams) {
        Statement s(db, cache, "UPDATE streams SET first_ns = ?2 WHERE id = ?1");
        s.bind(1, id).bind(2, info.firstNs);
        if (const int rc = s.step(); rc != SQLITE_DONE)
            return error(rc, "updating a stream's span");
    }
    totals.streams = streams.size();
    return {};
}

Result<std::size_t> LogStore::applyRetention(std::int64_t nowNs)
{
    std::unique_lock lock(m->mutex);
    std::size_t deleted = 0;
    if (m_options.maxAgeNs > 0) {
        const std::int64_t cutoff = nowNs - m_options.maxAgeNs;
        auto byAge = m->deleteOldest([cutoff](std::int64_t ts) { return ts < cutoff; }, 0);
        if (!byAge)
            return std::unexpected(byAge.error());
        deleted += *byAge;
    }
    if (m_options.maxBytes > 0 && m->totals.bytes > m_options.maxBytes) {
        auto bySize =
            m->deleteOldest([](std::int64_t) { return true; }, m->totals.bytes - m_options.maxBytes);
        if (!bySize)
            return std::unexpected(bySize.error());
        deleted += *bySize;
    }
    return deleted;
}

std::vector<StreamInfo> LogStore::streams() const
{
    std::unique_lock lock(m->mutex);
    std::vector<StreamInfo> out;
    out.reserve(m->streams.size());
    for (const auto &[id, info] : m->streams)
        out.push_back(info);
    return out;
}

StoreTotals LogStore::totals() const
{
    std::unique_lock lock(m->mutex);
    return m->totals;
}

TailCursor LogStore::tailEnd() const
{
    std::unique_lock lock(m->mutex);
    return TailCursor{m->lastId};
}

Result<void> LogStore::scan(const EntryScan &scan, const std::function<bool(const EntryView &)> &visit)
{
    std::unique_lock lock(m->mutex);
    if (!scan.allStreams && scan.streams.empty())
        return {};
    // Reading most of the table through the time index costs a random row lookup per line;
    // in storage order the same rows come sequentially, several times faster.
    bool sequential = false;
    if (scan.anyOrder && !m->streams.empty()) {
        std::int64_t first = std::numeric_limits<std::int64_t>::max();
        std::int64_t last = std::numeric_limits<std::int64_t>::min();
        for (const auto &[id, info] : m->streams) {
            first = std::min(first, info.firstNs);
            last = std::max(last, info.lastNs);
        }
        const std::int64_t from = std::max(first, scan.startNs);
        const std::int64_t to = std::min(last, scan.endNs);
        sequential = to <= from || static_cast<double>(to - from) * 2 >= static_cast<double>(last - first);
    }
    std::string sql = sequential
                          ? "SELECT id, stream, ts, line FROM entries NOT INDEXED WHERE ts >= ?1 AND ts < ?2"
                          : "SELECT id, stream, ts, line FROM entries WHERE ts >= ?1 AND ts < ?2";
    if (!scan.allStreams)
        sql += " AND stream IN (" + idList(scan.streams) + ")";
    std::vector<std::string> terms;
    if (m->lineIndex)
        for (const auto &text : scan.mustContain)
            for (auto &term : detail::lineIndexTerms(text))
                terms.push_back(std::move(term));
    const std::string match = detail::matchExpression(terms);
    if (!match.empty())
        sql += " AND id IN (SELECT rowid FROM lines WHERE lines MATCH ?3)";
    if (!scan.anyOrder)
        sql += scan.direction == Direction::Forward ? " ORDER BY ts, id" : " ORDER BY ts DESC, id DESC";
    Statement s(m->db, sql);
    if (s.prepareCode() != SQLITE_OK)
        return m->error(s.prepareCode(), "preparing a log query");
    s.bind(1, scan.startNs).bind(2, scan.endNs);
    if (!match.empty())
        s.bind(3, std::string_view(match));
    int rc = 0;
    while ((rc = s.step()) == SQLITE_ROW) {
        EntryView view;
        view.id = s.int64(0);
        view.streamId = s.int64(1);
        view.timestampNs = s.int64(2);
        view.line = s.textView(3);
        if (!visit(view))
            return {};
    }
    if (rc != SQLITE_DONE)
        return m->error(rc, "running a log query");
    return {};
}

Result<void> LogStore::tail(const std::vector<std::int64_t> &streams, bool allStreams, TailCursor &cursor,
                            std::size_t limit, const std::function<void(const EntryView &)> &visit)
{
    std::unique_lock lock(m->mutex);
    if (!allStreams && streams.empty())
        return {};
    std::string sql = "SELECT id, stream, ts, line FROM entries WHERE id > ?1";
    if (!allStreams)
        sql += " AND stream IN (" + idList(streams) + ")";
    sql += " ORDER BY id LIMIT ?2";
    Statement s(m->db, sql);
    if (s.prepareCode() != SQLITE_OK)
        return m->error(s.prepareCode(), "preparing a tail");
    s.bind(1, cursor.lastId).bind(2, static_cast<std::int64_t>(limit));
    int rc = 0;
    while ((rc = s.step()) == SQLITE_ROW) {
        const EntryView view{s.int64(0), s.int64(1), s.int64(2), s.textView(3)};
        cursor.lastId = view.id;
        visit(view);
    }
    if (rc != SQLITE_DONE)
        return m->error(rc, "reading a tail");
    return {};
}

std::string labelsToString(const Labels &labels)
{
    std::string out = "{";
    for (const auto &[name, value] : labels) {
        if (out.size() > 1)
            out += ", ";
        out += name;
        out += "=\"";
        for (const char c : value) {
            if (c == '"' || c == '\\') {
                out += '\\';
                out += c;
            } else if (c == '\n') {
                out += "\\n";
            } else if (c == '\t') {
                out += "\\t";
            } else {
                out += c;
            }
        }
        out += '"';
    }
    out += '}';
    return out;
}

} // namespace mb::logs
