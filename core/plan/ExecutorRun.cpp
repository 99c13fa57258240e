// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// ExecutorRun: reconciling the journal with reality, scheduling the DAG, concluding.
#include "ExecutorRun.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <thread>

namespace mb::plan {

namespace {

constexpr const char *Ctx = "mb::plan";

bool sameName(std::string_view a, std::string_view b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](unsigned char x, unsigned char y) { return std::tolower(x) == std::tolower(y); });
}

} // namespace

ExecutorRun::ExecutorRun(Executor &executor, std::int64_t planId, Plan plan,
                         std::vector<store::JournalEntry> entries, std::stop_token external)
    : m_ex(executor)
    , m_planId(planId)
    , m_plan(std::move(plan))
    , m_entries(std::move(entries))
    , m_external(std::move(external))
{
    const std::uint64_t seed =
        m_ex.m_options.jitterSeed != 0
            ? m_ex.m_options.jitterSeed
            : static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
    m_random.seed(seed);

    for (std::size_t i = 0; i < m_plan.actions.size(); ++i)
        m_index.emplace(m_plan.actions[i].id, i);
    m_dependents.resize(m_plan.actions.size());
    m_waitingOn.resize(m_plan.actions.size());
    for (std::size_t i = 0; i < m_plan.actions.size(); ++i) {
        for (const std::string &dep : m_plan.actions[i].dependsOn)
            m_dependents[m_index.at(dep)].push_back(i);
    }
    m_resumed = std::any_of(m_entries.begin(), m_entries.end(), [](const auto &e) {
        return e.state != store::ActionState::Pending || e.attempts > 0;
    });
}

std::optional<std::size_t> ExecutorRun::indexOf(std::string_view id) const
{
    const auto it = m_index.find(id);
    if (it == m_index.end())
        return std::nullopt;
    return it->second;
}

Result<ApplyReport> ExecutorRun::run()
{
    std::stop_callback forward(m_external, [this] { m_stop.request_stop(); });

    if (auto ok = m_ex.m_store.setPlanStatus(m_planId, store::PlanStatus::Applying); !ok)
        return std::unexpected(ok.error());
    const auto total = std::to_string(m_plan.actions.size());
    if (m_resumed) {
        const auto done = std::count_if(m_entries.begin(), m_entries.end(),
                                        [](const auto &e) { return e.state == store::ActionState::Done; });
        const Message m{Ctx,
                        MB_TR_NOOP("mb::plan", "Resuming plan %1: %2 of %3 actions already done."),
                        {std::to_string(m_planId), std::to_string(done), total}};
        if (auto seq = emit("plan-resumed", {}, m, {{"actions", m_plan.actions.size()}}, nullptr); !seq)
            return std::unexpected(seq.error());
    } else {
        const Message m{
            Ctx, MB_TR_NOOP("mb::plan", "Applying plan %1: %2 actions."), {std::to_string(m_planId), total}};
        if (auto seq = emit("plan-started", {}, m, {{"actions", m_plan.actions.size()}}, nullptr); !seq)
            return std::unexpected(seq.error());
    }

    if (auto ok = reconcile(); !ok)
        return std::unexpected(ok.error());

    std::size_t remaining = 0;
    for (std::size_t i = 0; i < m_plan.actions.size(); ++i) {
        if (m_entries[i].state == store::ActionState::Done)
            continue;
        ++remaining;
        int waiting = 0;
        for (const std::string &dep : m_plan.actions[i].dependsOn) {
            waiting += m_entries[m_index.at(dep)].state != store::ActionState::Done;
        }
        m_waitingOn[i] = waiting;
        if (waiting == 0)
            m_ready.insert(i);
    }

    if (remaining > 0 && !m_stop.stop_requested()) {
        const auto count =
            std::min<std::size_t>(static_cast<std::size_t>(m_ex.m_options.parallelism), remaining);
        std::vector<std::jthread> workers;
        workers.reserve(count);
        for (std::size_t i = 0; i < count; ++i)
            workers.emplace_back([this] { worker(m_stop.get_token()); });
    }
    return conclude();
}

std::optional<bool> ExecutorRun::alreadyDone(const Action &action,
                                             const std::vector<providers::NodeInfo> &nodes) const
{
    const auto it =
        std::find_if(nodes.begin(), nodes.end(), [&](const auto &n) { return n.name == action.node; });
    const bool exists = it != nodes.end() && it->state != providers::NodeState::Deleting;
    switch (action.kind) {
    case ActionKind::CreateNode:
        return exists;
    case ActionKind::DeleteNode:
        return it == nodes.end();
    case ActionKind::StopNode:
        return exists && it->state == providers::NodeState::Stopped;
    case ActionKind::StartNode:
        return exists && it->state == providers::NodeState::Running;
    case ActionKind::ChangePlan:
        return exists && sameName(it->plan, action.plan);
    case ActionKind::Bootstrap:
    case ActionKind::WaitHealthy:
    case ActionKind::Drain:
        return std::nullopt; // no trace in reality: redo them (they are idempotent)
    }
    return std::nullopt;
}

Result<void> ExecutorRun::reconcile()
{
    std::vector<std::size_t> halfDone;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const auto s = m_entries[i].state;
        if (s == store::ActionState::Running || s == store::ActionState::Cancelled ||
            s == store::ActionState::Failed)
            halfDone.push_back(i);
    }
    if (halfDone.empty())
        return {};
    const auto nodes = listNodes(m_stop.get_token());
    if (!nodes)
        return std::unexpected(nodes.error());

    for (const std::size_t i : halfDone) {
        const Action &a = m_plan.actions[i];
        store::JournalEntry entry = m_entries[i];
        // Only an action that started, after everything it depends on was done, can have left
        // its effect in reality; anything else is simply redone.
        const bool started = entry.attempts > 0 &&
                             std::all_of(a.dependsOn.begin(), a.dependsOn.end(), [&](const std::string &dep) {
                                 return m_entries[m_index.at(dep)].state == store::ActionState::Done;
                             });
        if (started && alreadyDone(a, *nodes).value_or(false)) {
            entry.state = store::ActionState::Done;
            entry.finished = std::chrono::system_clock::now();
            entry.error.clear();
            entry.detail.clear();
            const Message m =
                a.kind == ActionKind::CreateNode
                    ? Message{Ctx,
                              MB_TR_NOOP("mb::plan", "%1 already exists; it is not created again."),
                              {a.node}}
                    : Message{Ctx,
                              MB_TR_NOOP("mb::plan", "%1: found already done (%2); not done again."),
                              {a.node, std::string(actionKindName(a.kind))}};
            if (auto seq = emit("action-reconciled", a.node, m, actionData(a, entry), &entry); !seq)
                return std::unexpected(seq.error());
            if (auto ok = afterDone(a); !ok)
                return ok;
            ++m_report.reconciled;
        } else {
            entry.state = store::ActionState::Pending;
            if (auto ok = m_ex.m_store.updateJournal(entry); !ok)
                return ok;
        }
        m_entries[i] = std::move(entry);
    }
    return {};
}

void ExecutorRun::worker(std::stop_token stop)
{
    for (;;) {
        std::size_t index = 0;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, stop, [this] { return !m_ready.empty() || m_inflight == 0; });
            if (stop.stop_requested() || m_ready.empty())
                return;
            index = *m_ready.begin();
            m_ready.erase(m_ready.begin());
            ++m_inflight;
        }
        execute(index, stop);
    }
}

ExecutorRun::Outcome ExecutorRun::execute(std::size_t index, std::stop_token stop)
{
    const Action &a = m_plan.actions[index];
    store::JournalEntry entry;
    {
        std::scoped_lock lock(m_mutex);
        entry = m_entries[index];
    }
    const auto fatal = [&](Error error, const store::JournalEntry &last) {
        {
            std::scoped_lock lock(m_mutex);
            if (!m_fatal)
                m_fatal = std::move(error);
        }
        m_stop.request_stop();
        finished(index, Outcome::Fatal, last);
        return Outcome::Fatal;
    };

    for (int tries = 1;; ++tries) {
        const store::JournalEntry before = entry;
        entry.state = store::ActionState::Running;
        ++entry.attempts;
        entry.started = std::chrono::system_clock::now();
        entry.finished.reset();
        // Journaled before the side effect: if this write fails, the side effect never happens.
        if (auto seq = emit("action-started", a.node, startedMessage(a), actionData(a, entry), &entry); !seq)
            return fatal(seq.error(), before);

        auto result = perform(a, stop);
        if (result) {
            if (auto ok = afterDone(a); !ok)
                return fatal(ok.error(), entry);
            entry.state = store::ActionState::Done;
            entry.finished = std::chrono::system_clock::now();
            entry.error.clear();
            entry.detail.clear();
            if (auto seq = emit("action-done", a.node, doneMessage(a), actionData(a, entry), &entry); !seq)
                return fatal(seq.error(), entry);
            if (a.kind == ActionKind::WaitHealthy)
                measureDowntime(a);
            finished(index, Outcome::Done, entry);
            return Outcome::Done;
        }

        const Error &error = result.error();
        entry.error = error.message.text();
        entry.detail = error.detail;
        const bool cancelled = error.code == ErrorCode::Cancelled || stop.stop_requested();
        if (!cancelled && isTransient(error) && tries < m_ex.m_options.maxAttempts) {
            const auto delay = backoff(tries);
            entry.state = store::ActionState::Pending;
            nlohmann::json data = actionData(a, entry);
            data["delayMs"] = delay.count();
            data["error"] = errorCodeName(error.code);
            const Message m{Ctx,
                            MB_TR_NOOP("mb::plan", "%1 failed (%2); retrying in %3 ms (attempt %4 of %5)."),
                            {a.id, entry.error, std::to_string(delay.count()), std::to_string(tries + 1),
                             std::to_string(m_ex.m_options.maxAttempts)}};
            if (auto seq = emit("action-retry", a.node, m, std::move(data), &entry); !seq)
                return fatal(seq.error(), entry);
            {
                std::scoped_lock lock(m_mutex);
                ++m_report.retries;
            }
            std::mutex sleepMutex;
            std::condition_variable_any sleeper;
            std::unique_lock sleepLock(sleepMutex);
            if (!sleeper.wait_for(sleepLock, stop, delay, [] { return false; }) && !stop.stop_requested())
                continue;
        }

        const bool cancelledNow = cancelled || stop.stop_requested();
        entry.state = cancelledNow ? store::ActionState::Cancelled : store::ActionState::Failed;
        entry.finished = std::chrono::system_clock::now();
        const Message m = cancelledNow
                              ? Message{Ctx, MB_TR_NOOP("mb::plan", "%1 was cancelled."), {a.id}}
                              : Message{Ctx, MB_TR_NOOP("mb::plan", "%1 failed: %2"), {a.id, entry.error}};
        nlohmann::json data = actionData(a, entry);
        data["error"] = errorCodeName(error.code);
        if (auto seq =
                emit(cancelledNow ? "action-cancelled" : "action-failed", a.node, m, std::move(data), &entry);
            !seq)
            return fatal(seq.error(), entry);
        if (!cancelledNow) {
            std::scoped_lock lock(m_mutex);
            if (!m_firstFailure)
                m_firstFailure.emplace(index, error);
        }
        const Outcome outcome = cancelledNow ? Outcome::Cancelled : Outcome::Failed;
        finished(index, outcome, entry);
        return outcome;
    }
}

void ExecutorRun::finished(std::size_t index, Outcome outcome, const store::JournalEntry &entry)
{
    {
        std::scoped_lock lock(m_mutex);
        m_entries[index] = entry;
        --m_inflight;
        if (outcome == Outcome::Done) {
            ++m_report.done;
            for (const std::size_t d : m_dependents[index]) {
                if (--m_waitingOn[d] == 0 && m_entries[d].state == store::ActionState::Pending)
                    m_ready.insert(d);
            }
        }
    }
    m_changed.notify_all();
}

Result<ApplyReport> ExecutorRun::conclude()
{
    if (m_fatal)
        return std::unexpected(*m_fatal); // the plan stays "applying": resumeUnfinished() picks it up
    const auto done = std::count_if(m_entries.begin(), m_entries.end(),
                                    [](const auto &e) { return e.state == store::ActionState::Done; });
    const auto doneText = std::to_string(done);
    const auto total = std::to_string(m_entries.size());
    const auto planText = std::to_string(m_planId);

    if (static_cast<std::size_t>(done) == m_entries.size()) {
        // The inventory follows reality once more, in one transaction.
        if (auto nodes = listNodes({}); nodes) {
            if (auto ok = m_ex.m_store.replaceInventory(*nodes); !ok)
                return std::unexpected(ok.error());
        }
        if (auto ok = m_ex.m_store.setPlanStatus(m_planId, store::PlanStatus::Done); !ok)
            return std::unexpected(ok.error());
        const Message m{Ctx, MB_TR_NOOP("mb::plan", "Plan %1 applied: %2 actions done."), {planText, total}};
        if (auto seq = emit("plan-done", {}, m, {{"done", done}}, nullptr); !seq)
            return std::unexpected(seq.error());
        return m_report;
    }

    if (m_stop.stop_requested() && !m_firstFailure) {
        for (auto &entry : m_entries) {
            if (entry.state != store::ActionState::Pending)
                continue;
            entry.state = store::ActionState::Cancelled;
            if (auto ok = m_ex.m_store.updateJournal(entry); !ok)
                return std::unexpected(ok.error());
        }
        if (auto ok = m_ex.m_store.setPlanStatus(m_planId, store::PlanStatus::Cancelled); !ok)
            return std::unexpected(ok.error());
        const Message m{Ctx,
                        MB_TR_NOOP("mb::plan",
                                   "Plan %1 cancelled with %2 of %3 actions done; apply it again to "
                                   "resume."),
                        {planText, doneText, total}};
        if (auto seq = emit("plan-cancelled", {}, m, {{"done", done}}, nullptr); !seq)
            return std::unexpected(seq.error());
        return std::unexpected(Error{ErrorCode::Cancelled, m, {}, 0, 0, {}});
    }

    if (auto ok = m_ex.m_store.setPlanStatus(m_planId, store::PlanStatus::Failed); !ok)
        return std::unexpected(ok.error());
    Error failure = m_firstFailure ? m_firstFailure->second
                                   : Error{ErrorCode::Internal,
                                           Message{Ctx,
                                                   MB_TR_NOOP("mb::plan", "Plan %1 stopped with actions left "
                                                                          "that cannot start."),
                                                   {planText}},
                                           {},
                                           0,
                                           0,
                                           {}};
    std::string failedId;
    if (m_firstFailure) {
        failedId = m_plan.actions[m_firstFailure->first].id;
        failure.pointer = "/actions/" + std::to_string(m_firstFailure->first);
        failure.detail = failedId + ": " + failure.detail;
    }
    const Message m{Ctx,
                    MB_TR_NOOP("mb::plan",
                               "Plan %1 stopped: %2 failed (%3 of %4 actions done). Fix the cause and "
                               "apply it again to resume."),
                    {planText, failedId, doneText, total}};
    if (auto seq = emit("plan-failed", {}, m, {{"done", done}, {"failed", failedId}}, nullptr); !seq)
        return std::unexpected(seq.error());
    return std::unexpected(std::move(failure));
}

} // namespace mb::plan
