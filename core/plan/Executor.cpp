// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Executor.h"

#include "ExecutorRun.h"

#include <map>

namespace mb::plan {

namespace {
constexpr const char *Ctx = "mb::plan";
}

Result<void> NodeHooks::bootstrap(const providers::NodeInfo &, std::stop_token)
{
    return {};
}

Result<void> NodeHooks::drain(const providers::NodeInfo &, std::stop_token)
{
    return {};
}

bool isTransient(const Error &error)
{
    return error.code == ErrorCode::ProviderTransient || error.code == ErrorCode::NetConnect ||
           error.code == ErrorCode::NetTimeout;
}

Executor::Executor(store::Store &store, providers::Provider &provider, HealthProbe &health, NodeHooks &hooks,
                   ExecutorOptions options)
    : m_store(store)
    , m_provider(provider)
    , m_health(health)
    , m_hooks(hooks)
    , m_options(std::move(options))
{
    if (m_options.parallelism < 1)
        m_options.parallelism = 1;
    if (m_options.maxAttempts < 1)
        m_options.maxAttempts = 1;
}

void Executor::setProgressCallback(ProgressCallback callback)
{
    std::scoped_lock lock(m_callbackMutex);
    m_callback = std::move(callback);
}

Result<std::int64_t> Executor::savePlan(store::Store &store, const Plan &plan,
                                        std::optional<std::int64_t> topologyRevision)
{
    return store.addPlan(topologyRevision, plan.hash(), toJson(plan));
}

Result<ApplyReport> Executor::apply(std::int64_t planId, std::stop_token stop)
{
    const auto record = m_store.plan(planId);
    if (!record)
        return std::unexpected(record.error());
    if (record->status == store::PlanStatus::Done)
        return ApplyReport{};
    if (record->status == store::PlanStatus::Superseded) {
        return fail(
            ErrorCode::PlanInvalid,
            Message{Ctx,
                    MB_TR_NOOP("mb::plan", "Plan %1 was replaced by a newer plan; make a new plan and apply "
                                           "that."),
                    {std::to_string(planId)}});
    }
    auto plan = planFromJson(record->json);
    if (!plan)
        return std::unexpected(plan.error());
    if (plan->hash() != record->hash) {
        return fail(ErrorCode::PlanInvalid,
                    Message{Ctx,
                            MB_TR_NOOP("mb::plan", "Plan %1 in the store does not match its hash."),
                            {std::to_string(planId)}},
                    {}, "stored " + record->hash + ", computed " + plan->hash());
    }

    // The journal gets every action up front, so a crash at any later point leaves a
    // complete record of what was and was not done.
    std::vector<store::JournalEntry> fresh;
    fresh.reserve(plan->actions.size());
    for (const Action &a : plan->actions) {
        store::JournalEntry e;
        e.planId = planId;
        e.actionId = a.id;
        e.kind = std::string(actionKindName(a.kind));
        e.node = a.node;
        fresh.push_back(std::move(e));
    }
    if (auto ok = m_store.startJournal(planId, fresh); !ok)
        return std::unexpected(ok.error());
    auto journal = m_store.journal(planId);
    if (!journal)
        return std::unexpected(journal.error());
    std::map<std::string, store::JournalEntry> byId;
    for (auto &e : *journal)
        byId.emplace(e.actionId, std::move(e));
    std::vector<store::JournalEntry> aligned;
    aligned.reserve(plan->actions.size());
    for (const Action &a : plan->actions)
        aligned.push_back(byId.at(a.id));

    ExecutorRun run(*this, planId, std::move(*plan), std::move(aligned), std::move(stop));
    return run.run();
}

Result<ApplyReport> Executor::resumeUnfinished(std::stop_token stop)
{
    const auto plans = m_store.plansWithStatus(store::PlanStatus::Applying);
    if (!plans)
        return std::unexpected(plans.error());
    ApplyReport total;
    for (const auto &p : *plans) {
        auto report = apply(p.id, stop);
        if (!report)
            return report;
        total.done += report->done;
        total.reconciled += report->reconciled;
        total.retries += report->retries;
        total.downtime.insert(report->downtime.begin(), report->downtime.end());
    }
    return total;
}

} // namespace mb::plan
