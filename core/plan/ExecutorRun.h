// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

// Internal to core/plan: one apply() of one plan. Not part of the public API.

#include "Executor.h"

#include <nlohmann/json.hpp>

#include <condition_variable>
#include <random>
#include <set>
#include <vector>

namespace mb::plan {

class ExecutorRun
{
public:
    ExecutorRun(Executor &executor, std::int64_t planId, Plan plan, std::vector<store::JournalEntry> entries,
                std::stop_token external);

    /// Reconciles half-done actions with reality, runs the rest, records how it ended.
    Result<ApplyReport> run();

private:
    enum class Outcome
    {
        Done,
        Failed,
        Cancelled,
        Fatal
    };

    // Before running: the journal against reality (ExecutorRun.cpp)
    Result<void> reconcile();
    std::optional<bool> alreadyDone(const Action &action,
                                    const std::vector<providers::NodeInfo> &nodes) const;

    // Scheduling (ExecutorRun.cpp)
    void worker(std::stop_token stop);
    Outcome execute(std::size_t index, std::stop_token stop);
    void finished(std::size_t index, Outcome outcome, const store::JournalEntry &entry);
    Result<ApplyReport> conclude();

    // The side effects (ExecutorActions.cpp)
    Result<void> perform(const Action &action, std::stop_token stop);
    Result<void> waitHealthy(const Action &action, std::stop_token stop);
    Result<void> afterDone(const Action &action);
    /// The node as the provider lists it; a cache miss or `refresh` lists the cluster again.
    Result<std::optional<providers::NodeInfo>> findNode(const std::string &name, bool refresh);
    void forgetNode(const std::string &name);
    Result<std::vector<providers::NodeInfo>> listNodes(std::stop_token stop);
    void measureDowntime(const Action &action);

    // Events and timing (ExecutorActions.cpp)
    Result<std::int64_t> emit(std::string_view kind, const std::string &node, const Message &message,
                              nlohmann::json data, const store::JournalEntry *entry);
    [[nodiscard]] std::chrono::milliseconds backoff(int attempt);
    [[nodiscard]] static Message startedMessage(const Action &action);
    [[nodiscard]] static Message doneMessage(const Action &action);
    [[nodiscard]] nlohmann::json actionData(const Action &action, const store::JournalEntry &entry) const;

    [[nodiscard]] std::optional<std::size_t> indexOf(std::string_view id) const;

    Executor &m_ex;
    std::int64_t m_planId;
    Plan m_plan;
    std::map<std::string, std::size_t, std::less<>> m_index; // action id → position
    std::vector<store::JournalEntry> m_entries; // aligned with m_plan.actions; guarded by m_mutex
    std::vector<std::vector<std::size_t>> m_dependents;
    std::vector<int> m_waitingOn; // dependencies not done yet
    bool m_resumed = false;

    std::mutex m_mutex;
    std::condition_variable_any m_changed;
    std::set<std::size_t> m_ready; // by plan position: earlier actions start first
    int m_inflight = 0;
    std::optional<Error> m_fatal;
    std::optional<std::pair<std::size_t, Error>> m_firstFailure;
    ApplyReport m_report;

    std::stop_source m_stop;    // requested on cancel and on a fatal store error
    std::stop_token m_external; // the caller's cancel

    std::mutex m_nodesMutex;
    std::map<std::string, providers::NodeInfo> m_nodes;
    bool m_nodesLoaded = false;

    std::mutex m_randomMutex;
    std::mt19937_64 m_random;
};

/// The Message as JSON, so clients can translate an event: {context, source, args}.
nlohmann::json translatable(const Message &message);

} // namespace mb::plan
