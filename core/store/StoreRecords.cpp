// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// Store: inventory, plans and the action journal.
#include "Store.h"

#include "StoreImpl.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <tuple>

namespace mb::store {

namespace {

constexpr const char *Ctx = "mb::store";

std::string labelsJson(const std::map<std::string, std::string> &labels)
{
    nlohmann::json object = nlohmann::json::object();
    for (const auto &[key, value] : labels)
        object[key] = value;
    return object.dump();
}

std::map<std::string, std::string> labelsFromJson(const std::string &text)
{
    std::map<std::string, std::string> labels;
    const auto object = nlohmann::json::parse(text, nullptr, false);
    if (!object.is_object())
        return labels;
    for (const auto &[key, value] : object.items()) {
        if (value.is_string())
            labels[key] = value.get<std::string>();
    }
    return labels;
}

std::optional<std::int64_t> optionalMillis(TimePoint time)
{
    if (time == TimePoint{})
        return std::nullopt;
    return detail::toMillis(time);
}

std::optional<std::int64_t> optionalMillis(const std::optional<TimePoint> &time)
{
    if (!time)
        return std::nullopt;
    return detail::toMillis(*time);
}

Result<void> insertNode(Store::Impl &impl, const providers::NodeInfo &node)
{
    detail::Statement s(impl.db, impl.statements,
                        "INSERT OR REPLACE INTO inventory(name, pillar, ordinal, plan, provider_id, state, "
                        "address, private_address, labels, created, started) "
                        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, node.name)
        .bind(2, topology::pillarName(node.pillar))
        .bind(3, node.ordinal)
        .bind(4, node.plan)
        .bind(5, node.providerId)
        .bind(6, providers::nodeStateName(node.state))
        .bind(7, node.address)
        .bind(8, node.privateAddress)
        .bind(9, labelsJson(node.labels))
        .bind(10, optionalMillis(node.created))
        .bind(11, optionalMillis(node.started));
    return impl.run(s, "saving node " + node.name);
}

providers::NodeState nodeStateFromName(const std::string &name)
{
    using providers::NodeState;
    for (const auto s : {NodeState::Creating, NodeState::Running, NodeState::Stopped, NodeState::Failed,
                         NodeState::Deleting}) {
        if (providers::nodeStateName(s) == name)
            return s;
    }
    return NodeState::Failed;
}

PlanRecord readPlan(const detail::Statement &s)
{
    PlanRecord p;
    p.id = s.int64(0);
    p.topologyRevision = s.optionalInt64(1);
    p.hash = s.text(2);
    p.json = s.text(3);
    p.created = detail::fromMillis(s.int64(4));
    p.status = planStatusFromName(s.text(5)).value_or(PlanStatus::Failed);
    return p;
}

Result<void> writeJournal(Store::Impl &impl, const JournalEntry &e)
{
    detail::Statement s(impl.db, impl.statements,
                        "UPDATE journal SET state = ?, attempts = ?, started = ?, finished = ?, error = ?, "
                        "detail = ? WHERE plan_id = ? AND action_id = ?");
    s.bind(1, actionStateName(e.state))
        .bind(2, e.attempts)
        .bind(3, optionalMillis(e.started))
        .bind(4, optionalMillis(e.finished))
        .bind(5, e.error)
        .bind(6, e.detail)
        .bind(7, e.planId)
        .bind(8, e.actionId);
    const std::string during = "journaling action " + e.actionId;
    if (auto ok = impl.run(s, during); !ok)
        return ok;
    if (sqlite3_changes(impl.db) != 1) {
        return fail(ErrorCode::StoreNotFound,
                    Message{Ctx,
                            MB_TR_NOOP("mb::store", "Plan %1 has no action %2 in the journal."),
                            {std::to_string(e.planId), e.actionId}});
    }
    return {};
}

} // namespace

Result<void> Store::putNode(const providers::NodeInfo &node)
{
    std::scoped_lock lock(m_impl->mutex);
    return m_impl->transaction("saving a node", [&] { return insertNode(*m_impl, node); });
}

Result<void> Store::removeNode(std::string_view name)
{
    std::scoped_lock lock(m_impl->mutex);
    return m_impl->transaction("removing a node", [&] {
        detail::Statement s(m_impl->db, m_impl->statements, "DELETE FROM inventory WHERE name = ?");
        s.bind(1, name);
        return m_impl->run(s, "removing node " + std::string(name));
    });
}

Result<void> Store::replaceInventory(const std::vector<providers::NodeInfo> &nodes)
{
    std::scoped_lock lock(m_impl->mutex);
    return m_impl->transaction("replacing the inventory", [&]() -> Result<void> {
        if (auto ok = m_impl->exec("DELETE FROM inventory", "replacing the inventory"); !ok)
            return ok;
        for (const auto &node : nodes) {
            if (auto ok = insertNode(*m_impl, node); !ok)
                return ok;
        }
        return {};
    });
}

Result<std::vector<providers::NodeInfo>> Store::inventory()
{
    std::scoped_lock lock(m_impl->mutex);
    detail::Statement s(m_impl->db, m_impl->statements,
                        "SELECT name, pillar, ordinal, plan, provider_id, state, address, "
                        "private_address, labels, created, started FROM inventory");
    if (s.prepareCode() != SQLITE_OK)
        return std::unexpected(m_impl->error(s.prepareCode(), "reading the inventory"));
    std::vector<providers::NodeInfo> nodes;
    for (;;) {
        const int rc = s.step();
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            return std::unexpected(m_impl->error(rc, "reading the inventory"));
        providers::NodeInfo n;
        n.name = s.text(0);
        n.pillar = topology::pillarFromName(s.text(1)).value_or(topology::Pillar::Worker);
        n.ordinal = static_cast<int>(s.int64(2));
        n.plan = s.text(3);
        n.providerId = s.text(4);
        n.state = nodeStateFromName(s.text(5));
        n.address = s.text(6);
        n.privateAddress = s.text(7);
        n.labels = labelsFromJson(s.text(8));
        n.created = s.isNull(9) ? TimePoint{} : detail::fromMillis(s.int64(9));
        n.started = s.isNull(10) ? TimePoint{} : detail::fromMillis(s.int64(10));
        nodes.push_back(std::move(n));
    }
    std::sort(nodes.begin(), nodes.end(), [](const auto &a, const auto &b) {
        return std::tie(a.pillar, a.ordinal, a.name) < std::tie(b.pillar, b.ordinal, b.name);
    });
    return nodes;
}

Result<std::int64_t> Store::addPlan(std::optional<std::int64_t> topologyRevision, std::string_view hash,
                                    std::string_view json)
{
    std::scoped_lock lock(m_impl->mutex);
    return m_impl->transaction("saving a plan", [&]() -> Result<std::int64_t> {
        detail::Statement s(
            m_impl->db, m_impl->statements,
            "INSERT INTO plans(topology_revision, hash, json, created, status) VALUES(?, ?, ?, ?, ?)");
        s.bind(1, topologyRevision)
            .bind(2, hash)
            .bind(3, json)
            .bind(4, detail::toMillis(std::chrono::system_clock::now()))
            .bind(5, planStatusName(PlanStatus::Planned));
        if (auto ok = m_impl->run(s, "saving a plan"); !ok)
            return std::unexpected(ok.error());
        return sqlite3_last_insert_rowid(m_impl->db);
    });
}

Result<PlanRecord> Store::plan(std::int64_t id)
{
    std::scoped_lock lock(m_impl->mutex);
    detail::Statement s(m_impl->db, m_impl->statements,
                        "SELECT id, topology_revision, hash, json, created, status FROM plans WHERE id = ?");
    if (s.prepareCode() != SQLITE_OK)
        return std::unexpected(m_impl->error(s.prepareCode(), "reading a plan"));
    s.bind(1, id);
    const int rc = s.step();
    if (rc == SQLITE_ROW)
        return readPlan(s);
    if (rc != SQLITE_DONE)
        return std::unexpected(m_impl->error(rc, "reading a plan"));
    return fail(ErrorCode::StoreNotFound,
                Message{Ctx, MB_TR_NOOP("mb::store", "There is no plan %1."), {std::to_string(id)}});
}

Result<void> Store::setPlanStatus(std::int64_t id, PlanStatus status)
{
    std::scoped_lock lock(m_impl->mutex);
    return m_impl->transaction("updating a plan", [&]() -> Result<void> {
        detail::Statement s(m_impl->db, m_impl->statements, "UPDATE plans SET status = ? WHERE id = ?");
        s.bind(1, planStatusName(status)).bind(2, id);
        if (auto ok = m_impl->run(s, "updating plan " + std::to_string(id)); !ok)
            return ok;
        if (sqlite3_changes(m_impl->db) != 1)
            return fail(ErrorCode::StoreNotFound,
                        Message{Ctx, MB_TR_NOOP("mb::store", "There is no plan %1."), {std::to_string(id)}});
        return {};
    });
}

Result<std::vector<PlanRecord>> Store::plansWithStatus(PlanStatus status)
{
    std::scoped_lock lock(m_impl->mutex);
    detail::Statement s(m_impl->db, m_impl->statements,
                        "SELECT id, topology_revision, hash, json, created, status FROM plans "
                        "WHERE status = ? ORDER BY id");
    if (s.prepareCode() != SQLITE_OK)
        return std::unexpected(m_impl->error(s.prepareCode(), "reading plans"));
    s.bind(1, planStatusName(status));
    std::vector<PlanRecord> plans;
    for (;;) {
        const int rc = s.step();
        if (rc == SQLITE_DONE)
            return plans;
        if (rc != SQLITE_ROW)
            return std::unexpected(m_impl->error(rc, "reading plans"));
        plans.push_back(readPlan(s));
    }
}

Result<void> Store::startJournal(std::int64_t planId, const std::vector<JournalEntry> &entries)
{
    std::scoped_lock lock(m_impl->mutex);
    return m_impl->transaction("starting the journal of a plan", [&]() -> Result<void> {
        int position = 0;
        for (const auto &e : entries) {
            detail::Statement s(m_impl->db, m_impl->statements,
                                "INSERT OR IGNORE INTO journal(plan_id, action_id, position, kind, node, "
                                "state, attempts, started, finished, error, detail) "
                                "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            s.bind(1, planId)
                .bind(2, e.actionId)
                .bind(3, position++)
                .bind(4, e.kind)
                .bind(5, e.node)
                .bind(6, actionStateName(e.state))
                .bind(7, e.attempts)
                .bind(8, optionalMillis(e.started))
                .bind(9, optionalMillis(e.finished))
                .bind(10, e.error)
                .bind(11, e.detail);
            if (auto ok = m_impl->run(s, "journaling action " + e.actionId); !ok)
                return ok;
        }
        return {};
    });
}

Result<void> Store::updateJournal(const JournalEntry &entry)
{
    std::scoped_lock lock(m_impl->mutex);
    return m_impl->transaction("journaling an action", [&] { return writeJournal(*m_impl, entry); });
}

Result<std::int64_t> Store::updateJournal(const JournalEntry &entry, const Event &event)
{
    Result<std::int64_t> seq;
    {
        std::scoped_lock lock(m_impl->mutex);
        seq = m_impl->transaction("journaling an action", [&]() -> Result<std::int64_t> {
            if (auto ok = writeJournal(*m_impl, entry); !ok)
                return std::unexpected(ok.error());
            return m_impl->insertEvent(event);
        });
    }
    if (seq)
        m_impl->eventsArrived.notify_all();
    return seq;
}

Result<std::vector<JournalEntry>> Store::journal(std::int64_t planId)
{
    std::scoped_lock lock(m_impl->mutex);
    detail::Statement s(m_impl->db, m_impl->statements,
                        "SELECT plan_id, action_id, kind, node, state, attempts, started, finished, "
                        "error, detail FROM journal WHERE plan_id = ? ORDER BY position");
    if (s.prepareCode() != SQLITE_OK)
        return std::unexpected(m_impl->error(s.prepareCode(), "reading the journal"));
    s.bind(1, planId);
    std::vector<JournalEntry> entries;
    for (;;) {
        const int rc = s.step();
        if (rc == SQLITE_DONE)
            return entries;
        if (rc != SQLITE_ROW)
            return std::unexpected(m_impl->error(rc, "reading the journal"));
        JournalEntry e;
        e.planId = s.int64(0);
        e.actionId = s.text(1);
        e.kind = s.text(2);
        e.node = s.text(3);
        e.state = actionStateFromName(s.text(4)).value_or(ActionState::Failed);
        e.attempts = static_cast<int>(s.int64(5));
        if (!s.isNull(6))
            e.started = detail::fromMillis(s.int64(6));
        if (!s.isNull(7))
            e.finished = detail::fromMillis(s.int64(7));
        e.error = s.text(8);
        e.detail = s.text(9);
        entries.push_back(std::move(e));
    }
}

} // namespace mb::store
