// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"
#include "logs/LokiPush.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mb::logs {

/// A stream's label set, sorted by name.
using Labels = std::map<std::string, std::string>;

/// How long and how much the store keeps (docs/observability.md, "Retention").
struct LogStoreOptions
{
    /// Entries older than this (against the `nowNs` given to applyRetention()) are deleted;
    /// 0 keeps them forever.
    std::int64_t maxAgeNs = 0;
    /// The stored lines' total bytes above which the oldest are deleted after an append; 0 is
    /// unbounded. The database file is larger than this by its indexes (about 3× with the
    /// line index).
    std::int64_t maxBytes = 0;
    /// Keeps the line index that makes `|= "text"` fast (texts of 6 bytes or more); off trades
    /// those queries for a faster ingest. Read when the store is created.
    bool lineIndex = true;
};

/// One stored stream: its id in the store and its labels; the time span of its entries.
struct StreamInfo
{
    std::int64_t id = 0;
    Labels labels;
    std::int64_t firstNs = 0;
    std::int64_t lastNs = 0;
};

/// One stored line as a scan hands it over: `line` points into the store's buffers and is valid
/// only during the callback.
struct EntryView
{
    std::int64_t id = 0;
    std::int64_t streamId = 0;
    std::int64_t timestampNs = 0;
    std::string_view line;
};

enum class Direction
{
    Forward,  ///< oldest first
    Backward, ///< newest first (Loki's default)
};

/// Which entries a scan reads.
struct EntryScan
{
    /// The streams to read; all of them when `allStreams`.
    std::vector<std::int64_t> streams;
    bool allStreams = false;
    std::int64_t startNs = 0; ///< inclusive
    std::int64_t endNs = 0;   ///< exclusive
    Direction direction = Direction::Backward;
    /// The caller does not need time order (a metric query counting lines): a scan over most of
    /// the store then reads the table in storage order instead of through the time index.
    bool anyOrder = false;
    /// Substrings every line must contain: the store narrows with its line index those of at
    /// least 6 bytes and hands over candidates; the caller still checks each line exactly.
    std::vector<std::string> mustContain;
};

/// Where a live tail stands: the last entry it delivered, by arrival. Entries appended later
/// are delivered even when their timestamps are older (a late shipper loses nothing).
struct TailCursor
{
    std::int64_t lastId = 0;
};

/// What an append did.
struct AppendResult
{
    std::size_t entries = 0;
    std::size_t newStreams = 0;
    std::size_t deletedByRetention = 0;
    /// Set when the lines were stored but the retention pass after them failed: the push must
    /// not be retried (it would store its lines twice); the next append or applyRetention()
    /// tries again.
    std::optional<Error> retentionError;
};

/// What the store holds.
struct StoreTotals
{
    std::int64_t entries = 0;
    std::int64_t bytes = 0; ///< the lines' bytes
    std::size_t streams = 0;
};

/**
 * The embedded log store behind the Loki API: streams (label sets) and their lines in one
 * SQLite database, with an FTS5 index of the lines' winnowed trigrams (docs/observability.md,
 * "The store").
 *
 * Threading: every call is serialized on one connection by an internal mutex; a scan holds it
 * while its callback runs, so a callback must not call back into the store. Errors are
 * `mb::Error` values (the `Store*` codes, SQLite's text in `detail`); nothing throws.
 * Memory: a scan hands over one entry at a time; the caller bounds what it keeps.
 */
class LogStore
{
public:
    /// Opens (or creates) the store at `path` (":memory:" for a private in-memory one).
    [[nodiscard]] static Result<std::unique_ptr<LogStore>> open(const std::string &path,
                                                                const LogStoreOptions &options = {});
    ~LogStore();
    LogStore(const LogStore &) = delete;
    LogStore &operator=(const LogStore &) = delete;

    /// Appends every entry of `request` in one transaction (all or nothing), then deletes the
    /// oldest entries while the total passes `maxBytes`. An error means nothing was stored.
    [[nodiscard]] Result<AppendResult> append(const PushRequest &request);

    /// A snapshot of every stream.
    [[nodiscard]] std::vector<StreamInfo> streams() const;

    /// Reads the entries `scan` selects in its direction (ties by arrival), calling `visit` for
    /// each until it returns false.
    [[nodiscard]] Result<void> scan(const EntryScan &scan,
                                    const std::function<bool(const EntryView &)> &visit);

    /// The cursor at the newest entry: a tail started from it sees only what comes next.
    [[nodiscard]] TailCursor tailEnd() const;

    /// Up to `limit` entries of `streams` (all when empty and `allStreams`) appended after
    /// `cursor`, in arrival order; advances `cursor` past them.
    [[nodiscard]] Result<void> tail(const std::vector<std::int64_t> &streams, bool allStreams,
                                    TailCursor &cursor, std::size_t limit,
                                    const std::function<void(const EntryView &)> &visit);

    /// Deletes entries older than `nowNs - maxAgeNs` (when set) and, oldest first, as many as the
    /// total passes `maxBytes`. Returns how many were deleted.
    [[nodiscard]] Result<std::size_t> applyRetention(std::int64_t nowNs);

    [[nodiscard]] StoreTotals totals() const;
    [[nodiscard]] const LogStoreOptions &options() const { return m_options; }
    /// Whether the line index is in use (SQLite built with FTS5 and the option on).
    [[nodiscard]] bool hasLineIndex() const;

private:
    struct Impl;
    explicit LogStore(std::unique_ptr<Impl> impl, const LogStoreOptions &options);

    std::unique_ptr<Impl> m;
    LogStoreOptions m_options;
};

/// The canonical text of a label set, `{a="1", b="x\"y"}`: the store's stream key and what
/// Loki prints.
[[nodiscard]] std::string labelsToString(const Labels &labels);

} // namespace mb::logs
