// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Store.h"

#include "StoreImpl.h"

#include <algorithm>
#include <array>

namespace mb::store {

namespace {

constexpr const char *Ctx = "mb::store";

// Schema migrations: entry N-1 takes the file from user_version N-1 to N. Append only; never
// edit a migration that has shipped.
constexpr std::array<std::string_view, 2> Migrations{
    R"sql(
CREATE TABLE topology_revisions (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    created INTEGER NOT NULL,
    text    TEXT NOT NULL,
    hash    TEXT NOT NULL
);
CREATE TABLE inventory (
    name            TEXT PRIMARY KEY,
    pillar          TEXT NOT NULL,
    ordinal         INTEGER NOT NULL,
    plan            TEXT NOT NULL,
    provider_id     TEXT NOT NULL DEFAULT '',
    state           TEXT NOT NULL,
    address         TEXT NOT NULL DEFAULT '',
    private_address TEXT NOT NULL DEFAULT '',
    labels          TEXT NOT NULL DEFAULT '{}',
    created         INTEGER,
    started         INTEGER
);
CREATE TABLE plans (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    topology_revision INTEGER REFERENCES topology_revisions(id),
    hash              TEXT NOT NULL,
    json              TEXT NOT NULL,
    created           INTEGER NOT NULL,
    status            TEXT NOT NULL
        CHECK (status IN ('planned', 'applying', 'done', 'failed', 'cancelled', 'superseded'))
);
CREATE TABLE journal (
    plan_id   INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    action_id TEXT NOT NULL,
    position  INTEGER NOT NULL,
    kind      TEXT NOT NULL,
    node      TEXT NOT NULL,
    state     TEXT NOT NULL CHECK (state IN ('pending', 'running', 'done', 'failed', 'cancelled')),
    attempts  INTEGER NOT NULL DEFAULT 0,
    started   INTEGER,
    finished  INTEGER,
    error     TEXT NOT NULL DEFAULT '',
    detail    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, action_id)
);
CREATE TABLE events (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    time    INTEGER NOT NULL,
    kind    TEXT NOT NULL,
    node    TEXT NOT NULL DEFAULT '',
    plan_id INTEGER,
    message TEXT NOT NULL,
    data    TEXT NOT NULL DEFAULT '{}'
);
)sql",
    R"sql(
CREATE INDEX plans_by_status ON plans(status, id);
CREATE INDEX events_by_plan ON events(plan_id, seq);
)sql",
};

Error openError(const std::string &path, std::string detail)
{
    return Error{
        ErrorCode::StoreOpen,
        Message{Ctx, MB_TR_NOOP("mb::store", "Cannot open the database %1; see the details."), {path}},
        {},
        0,
        0,
        std::move(detail)};
}

Result<std::string> singleText(Store::Impl &impl, std::string_view sql, std::string_view during)
{
    detail::Statement s(impl.db, impl.statements, sql);
    if (s.prepareCode() != SQLITE_OK)
        return std::unexpected(impl.error(s.prepareCode(), during));
    const int rc = s.step();
    if (rc == SQLITE_ROW)
        return s.text(0);
    if (rc == SQLITE_DONE)
        return std::string();
    return std::unexpected(impl.error(rc, during));
}

Result<void> checkIntegrity(Store::Impl &impl)
{
    detail::Statement s(impl.db, "PRAGMA quick_check");
    if (s.prepareCode() != SQLITE_OK)
        return std::unexpected(impl.error(s.prepareCode(), "checking integrity"));
    std::string problems;
    for (;;) {
        const int rc = s.step();
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            return std::unexpected(impl.error(rc, "checking integrity"));
        const std::string row = s.text(0);
        if (row != "ok")
            problems += (problems.empty() ? "" : "; ") + row;
    }
    if (problems.empty())
        return {};
    return fail(ErrorCode::StoreCorrupt,
                Message{Ctx,
                        MB_TR_NOOP("mb::store",
                                   "%1 is damaged (the integrity check failed): move it aside and restore "
                                   "it from a backup."),
                        {impl.pathText}},
                {}, "PRAGMA quick_check: " + problems);
}

Result<void> configure(Store::Impl &impl, const StoreOptions &options)
{
    sqlite3_extended_result_codes(impl.db, 1);
    sqlite3_busy_timeout(impl.db, static_cast<int>(options.busyTimeout.count()));
    if (auto ok = checkIntegrity(impl); !ok)
        return ok;
    const auto mode = singleText(impl, "PRAGMA journal_mode=WAL", "switching to WAL mode");
    if (!mode)
        return std::unexpected(mode.error());
    if (*mode != "wal")
        return std::unexpected(
            openError(impl.pathText, "PRAGMA journal_mode=WAL returned \"" + *mode + "\""));
    std::string pragmas = "PRAGMA foreign_keys=ON;";
    pragmas += options.syncEveryCommit ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=NORMAL;";
    if (options.maxPages > 0)
        pragmas += "PRAGMA max_page_count=" + std::to_string(options.maxPages) + ";";
    return impl.exec(pragmas, "configuring the connection");
}

Result<void> migrate(Store::Impl &impl, int target)
{
    const auto version = singleText(impl, "PRAGMA user_version", "reading the schema version");
    if (!version)
        return std::unexpected(version.error());
    impl.version = std::stoi(version->empty() ? "0" : *version);
    const int latest = static_cast<int>(Migrations.size());
    if (impl.version > latest) {
        return fail(ErrorCode::StoreVersion,
                    Message{Ctx,
                            MB_TR_NOOP("mb::store",
                                       "%1 was written by a newer MadBase (schema %2; this build knows up to "
                                       "%3). Upgrade MadBase to open it."),
                            {impl.pathText, std::to_string(impl.version), std::to_string(latest)}});
    }
    while (impl.version < target) {
        const int next = impl.version + 1;
        const std::string during = "migrating the schema to version " + std::to_string(next);
        auto step = impl.transaction(during, [&]() -> Result<void> {
            if (auto ok = impl.exec(Migrations[static_cast<std::size_t>(next - 1)], during); !ok)
                return ok;
            return impl.exec("PRAGMA user_version=" + std::to_string(next), during);
        });
        if (!step)
            return step;
        impl.version = next;
    }
    return {};
}

Event readEvent(const detail::Statement &s)
{
    Event e;
    e.seq = s.int64(0);
    e.time = detail::fromMillis(s.int64(1));
    e.kind = s.text(2);
    e.node = s.text(3);
    e.planId = s.optionalInt64(4);
    e.message = s.text(5);
    e.data = s.text(6);
    return e;
}

} // namespace

std::string_view planStatusName(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Planned:
        return "planned";
    case PlanStatus::Applying:
        return "applying";
    case PlanStatus::Done:
        return "done";
    case PlanStatus::Failed:
        return "failed";
    case PlanStatus::Cancelled:
        return "cancelled";
    case PlanStatus::Superseded:
        return "superseded";
    }
    return "failed";
}

std::optional<PlanStatus> planStatusFromName(std::string_view name)
{
    for (const auto s : {PlanStatus::Planned, PlanStatus::Applying, PlanStatus::Done, PlanStatus::Failed,
                         PlanStatus::Cancelled, PlanStatus::Superseded}) {
        if (planStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

std::string_view actionStateName(ActionState state)
{
    switch (state) {
    case ActionState::Pending:
        return "pending";
    case ActionState::Running:
        return "running";
    case ActionState::Done:
        return "done";
    case ActionState::Failed:
        return "failed";
    case ActionState::Cancelled:
        return "cancelled";
    }
    return "failed";
}

std::optional<ActionState> actionStateFromName(std::string_view name)
{
    for (const auto s : {ActionState::Pending, ActionState::Running, ActionState::Done, ActionState::Failed,
                         ActionState::Cancelled}) {
        if (actionStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

Result<Store> Store::open(const std::filesystem::path &path, const StoreOptions &options)
{
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->pathText = path.string();
    const int rc = sqlite3_open_v2(impl->pathText.c_str(), &impl->db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(impl->error(rc, "opening the file"));
    if (auto ok = configure(*impl, options); !ok)
        return std::unexpected(ok.error());
    const int latest = static_cast<int>(Migrations.size());
    const int target = options.migrateUpTo > 0 ? std::min(options.migrateUpTo, latest) : latest;
    if (auto ok = migrate(*impl, target); !ok)
        return std::unexpected(ok.error());
    return Store(std::move(impl));
}

Store::Store(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{}
Store::Store(Store &&) noexcept = default;
Store &Store::operator=(Store &&) noexcept = default;
Store::~Store() = default;

int Store::latestSchemaVersion()
{
    return static_cast<int>(Migrations.size());
}

int Store::schemaVersion() const
{
    return m_impl->version;
}

const std::filesystem::path &Store::path() const
{
    return m_impl->path;
}

Result<std::int64_t> Store::addTopologyRevision(std::string_view text, std::string_view hash)
{
    std::scoped_lock lock(m_impl->mutex);
    return m_impl->transaction("saving a topology revision", [&]() -> Result<std::int64_t> {
        detail::Statement s(m_impl->db, m_impl->statements,
                            "INSERT INTO topology_revisions(created, text, hash) VALUES(?, ?, ?)");
        s.bind(1, detail::toMillis(std::chrono::system_clock::now())).bind(2, text).bind(3, hash);
        if (auto ok = m_impl->run(s, "saving a topology revision"); !ok)
            return std::unexpected(ok.error());
        return sqlite3_last_insert_rowid(m_impl->db);
    });
}

namespace {
Result<std::optional<TopologyRevision>> queryRevision(Store::Impl &impl, std::string_view sql,
                                                      std::optional<std::int64_t> id)
{
    detail::Statement s(impl.db, impl.statements, sql);
    if (s.prepareCode() != SQLITE_OK)
        return std::unexpected(impl.error(s.prepareCode(), "reading a topology revision"));
    if (id)
        s.bind(1, *id);
    const int rc = s.step();
    if (rc == SQLITE_DONE)
        return std::optional<TopologyRevision>();
    if (rc != SQLITE_ROW)
        return std::unexpected(impl.error(rc, "reading a topology revision"));
    return TopologyRevision{s.int64(0), detail::fromMillis(s.int64(1)), s.text(2), s.text(3)};
}
} // namespace

Result<std::optional<TopologyRevision>> Store::latestTopologyRevision()
{
    std::scoped_lock lock(m_impl->mutex);
    return queryRevision(*m_impl,
                         "SELECT id, created, text, hash FROM topology_revisions ORDER BY id DESC LIMIT 1",
                         std::nullopt);
}

Result<TopologyRevision> Store::topologyRevision(std::int64_t id)
{
    std::scoped_lock lock(m_impl->mutex);
    auto found =
        queryRevision(*m_impl, "SELECT id, created, text, hash FROM topology_revisions WHERE id = ?", id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(
            ErrorCode::StoreNotFound,
            Message{Ctx, MB_TR_NOOP("mb::store", "There is no topology revision %1."), {std::to_string(id)}});
    return std::move(**found);
}

Result<std::int64_t> Store::Impl::insertEvent(const Event &event)
{
    detail::Statement s(
        db, statements,
        "INSERT INTO events(time, kind, node, plan_id, message, data) VALUES(?, ?, ?, ?, ?, ?)");
    const TimePoint time = event.time == TimePoint{} ? std::chrono::system_clock::now() : event.time;
    s.bind(1, detail::toMillis(time))
        .bind(2, event.kind)
        .bind(3, event.node)
        .bind(4, event.planId)
        .bind(5, event.message)
        .bind(6, event.data.empty() ? std::string_view("{}") : std::string_view(event.data));
    if (auto ok = run(s, "appending an event"); !ok)
        return std::unexpected(ok.error());
    return sqlite3_last_insert_rowid(db);
}

Result<std::int64_t> Store::appendEvent(const Event &event)
{
    Result<std::int64_t> seq;
    {
        std::scoped_lock lock(m_impl->mutex);
        seq = m_impl->transaction("appending an event", [&] { return m_impl->insertEvent(event); });
    }
    if (seq)
        m_impl->eventsArrived.notify_all();
    return seq;
}

Result<std::vector<Event>> Store::eventsAfter(std::int64_t seq, int limit)
{
    std::scoped_lock lock(m_impl->mutex);
    detail::Statement s(m_impl->db, m_impl->statements,
                        "SELECT seq, time, kind, node, plan_id, message, data FROM events "
                        "WHERE seq > ? ORDER BY seq LIMIT ?");
    if (s.prepareCode() != SQLITE_OK)
        return std::unexpected(m_impl->error(s.prepareCode(), "reading events"));
    s.bind(1, seq).bind(2, std::max(limit, 0));
    std::vector<Event> out;
    for (;;) {
        const int rc = s.step();
        if (rc == SQLITE_DONE)
            return out;
        if (rc != SQLITE_ROW)
            return std::unexpected(m_impl->error(rc, "reading events"));
        out.push_back(readEvent(s));
    }
}

Result<std::vector<Event>> Store::waitForEvents(std::int64_t seq, int limit,
                                                std::chrono::milliseconds timeout, std::stop_token stop)
{
    // Appends from this process wake the wait at once; another process's appends are seen
    // by polling, at most PollInterval late.
    constexpr auto PollInterval = std::chrono::milliseconds{250};
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        auto events = eventsAfter(seq, limit);
        if (!events || !events->empty() || stop.stop_requested())
            return events;
        const auto now = std::chrono::steady_clock::now();
        if (now >= deadline)
            return events;
        std::unique_lock lock(m_impl->mutex);
        m_impl->eventsArrived.wait_until(lock, stop, std::min(deadline, now + PollInterval), [&] {
            detail::Statement s(m_impl->db, m_impl->statements,
                                "SELECT EXISTS(SELECT 1 FROM events WHERE seq > ?)");
            s.bind(1, seq);
            return s.step() == SQLITE_ROW && s.int64(0) != 0;
        });
    }
}

Result<std::int64_t> Store::lastEventSeq()
{
    std::scoped_lock lock(m_impl->mutex);
    detail::Statement s(m_impl->db, m_impl->statements, "SELECT COALESCE(MAX(seq), 0) FROM events");
    if (s.prepareCode() != SQLITE_OK)
        return std::unexpected(m_impl->error(s.prepareCode(), "reading the last event"));
    const int rc = s.step();
    if (rc != SQLITE_ROW)
        return std::unexpected(m_impl->error(rc, "reading the last event"));
    return s.int64(0);
}

} // namespace mb::store
