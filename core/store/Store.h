// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"
#include "providers/Provider.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace mb::store {

using TimePoint = std::chrono::system_clock::time_point;

/// How a Store opens its file.
struct StoreOptions
{
    /// How long a write waits for another connection's lock before failing with StoreBusy.
    std::chrono::milliseconds busyTimeout{5000};
    /// fsync every commit (synchronous=FULL), so a journaled step survives a power cut, not
    /// only a crash. Off gives synchronous=NORMAL: still safe against kill -9.
    bool syncEveryCommit = true;
    /// Largest file size in pages (of 4 KiB); 0 = no limit. Reaching it fails like a full disk.
    std::int64_t maxPages = 0;
    /// Schema version to migrate to; 0 = the latest. Lower values exist to test migrations.
    int migrateUpTo = 0;
};

/// One saved version of the topology document.
struct TopologyRevision
{
    std::int64_t id = 0;
    TimePoint created{};
    std::string text;
    std::string hash;
};

/// Where a plan is in its life.
enum class PlanStatus
{
    Planned,   ///< computed, not applied
    Applying,  ///< the executor is running it, or was when it stopped (resumable)
    Done,      ///< every action done
    Failed,    ///< stopped on an action that failed; resumable after the cause is fixed
    Cancelled, ///< cancelled by a person; resumable
    Superseded ///< a newer plan replaced it; never applied
};
[[nodiscard]] std::string_view planStatusName(PlanStatus status);
[[nodiscard]] std::optional<PlanStatus> planStatusFromName(std::string_view name);

/// A plan as stored: its JSON rendering (mb::plan::toJson) and its hash.
struct PlanRecord
{
    std::int64_t id = 0;
    std::optional<std::int64_t> topologyRevision;
    std::string hash;
    std::string json;
    TimePoint created{};
    PlanStatus status = PlanStatus::Planned;
};

/// State of one action in the journal.
enum class ActionState
{
    Pending,
    Running, ///< journaled before its side effect; after a crash, reality decides
    Done,
    Failed,
    Cancelled
};
[[nodiscard]] std::string_view actionStateName(ActionState state);
[[nodiscard]] std::optional<ActionState> actionStateFromName(std::string_view name);

/// One action of one plan in the journal.
struct JournalEntry
{
    std::int64_t planId = 0;
    std::string actionId;
    std::string kind;
    std::string node;
    ActionState state = ActionState::Pending;
    int attempts = 0;
    std::optional<TimePoint> started;
    std::optional<TimePoint> finished;
    std::string error;  ///< the last error, for a person (English)
    std::string detail; ///< technical detail of the last error; never secrets
};

/// A progress event. `seq` is assigned by the store, strictly increasing, never reused.
struct Event
{
    std::int64_t seq = 0;
    TimePoint time{}; ///< set to now when left empty
    std::string kind; ///< "action-started", "plan-done", …
    std::string node;
    std::optional<std::int64_t> planId;
    std::string message;     ///< English text for a person
    std::string data = "{}"; ///< JSON object; "tr" holds {context, source, args} for translation
};

/**
 * The control plane's state in one SQLite file: topology revisions, inventory, plans, the
 * action journal and the event log.
 *
 * The file is opened in WAL mode with foreign keys on and a busy timeout; `open()` runs
 * `PRAGMA quick_check` (a damaged file is an Error, never a crash) and migrates the schema,
 * tracked in `PRAGMA user_version`. Every write runs in its own transaction, so a failed write
 * (disk full, lock held too long) changes nothing.
 *
 * Threads: one connection guarded by a mutex; every method may be called from any thread.
 * Several processes may open the same file; writes then wait up to `busyTimeout`.
 * Errors: StoreOpen, StoreCorrupt, StoreVersion, StoreBusy, StoreFull, StoreQuery and
 * StoreNotFound, each with SQLite's own text in `detail`.
 */
class Store
{
public:
    [[nodiscard]] static Result<Store> open(const std::filesystem::path &path,
                                            const StoreOptions &options = {});

    Store(Store &&) noexcept;
    Store &operator=(Store &&) noexcept;
    ~Store();

    /// The schema version this build writes.
    [[nodiscard]] static int latestSchemaVersion();
    /// The schema version of the open file.
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] const std::filesystem::path &path() const;

    // Topology revisions
    Result<std::int64_t> addTopologyRevision(std::string_view text, std::string_view hash);
    Result<std::optional<TopologyRevision>> latestTopologyRevision();
    Result<TopologyRevision> topologyRevision(std::int64_t id);

    // Inventory: the nodes as last observed, by name
    Result<void> putNode(const providers::NodeInfo &node);
    Result<void> removeNode(std::string_view name);
    /// Replaces the whole inventory at once (adoption from provider labels).
    Result<void> replaceInventory(const std::vector<providers::NodeInfo> &nodes);
    /// Every node, by pillar then ordinal.
    Result<std::vector<providers::NodeInfo>> inventory();

    // Plans
    Result<std::int64_t> addPlan(std::optional<std::int64_t> topologyRevision, std::string_view hash,
                                 std::string_view json);
    Result<PlanRecord> plan(std::int64_t id);
    Result<void> setPlanStatus(std::int64_t id, PlanStatus status);
    /// Plans in `status`, oldest first.
    Result<std::vector<PlanRecord>> plansWithStatus(PlanStatus status);

    // Action journal
    /// Adds the entries of a plan that are not in the journal yet, all or none.
    Result<void> startJournal(std::int64_t planId, const std::vector<JournalEntry> &entries);
    /// Writes an entry's state, attempts, times and error.
    Result<void> updateJournal(const JournalEntry &entry);
    /// Writes an entry and appends an event in one transaction; returns the event's seq.
    Result<std::int64_t> updateJournal(const JournalEntry &entry, const Event &event);
    /// The entries of a plan in the order they were added.
    Result<std::vector<JournalEntry>> journal(std::int64_t planId);

    // Events
    /// Appends an event; returns its seq.
    Result<std::int64_t> appendEvent(const Event &event);
    /// Up to `limit` events with seq > `seq`, oldest first.
    Result<std::vector<Event>> eventsAfter(std::int64_t seq, int limit);
    /// Like eventsAfter, but waits up to `timeout` for one to arrive (long-poll). Returns
    /// an empty list on timeout or when `stop` is requested.
    Result<std::vector<Event>> waitForEvents(std::int64_t seq, int limit, std::chrono::milliseconds timeout,
                                             std::stop_token stop = {});
    /// Seq of the newest event; 0 when there is none.
    Result<std::int64_t> lastEventSeq();

    struct Impl;

private:
    explicit Store(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace mb::store
