// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "Plan.h"
#include "providers/Provider.h"
#include "store/Store.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>

namespace mb::plan {

/// Asks a node whether it is healthy (the lead wires an HTTP GET /health; tests a fake).
/// Called from executor worker threads, several at once.
class HealthProbe
{
public:
    virtual ~HealthProbe() = default;
    /// True when the node answers healthy now. false or an Error mean "not yet": the
    /// executor asks again until its health timeout.
    virtual Result<bool> healthy(const providers::NodeInfo &node) = 0;
};

/// What Bootstrap and Drain do on a node. The defaults do nothing, which is right for the
/// local provider (the daemon starts configured); the hetzner path overrides them (SSH install,
/// proxy drain). Called from executor worker threads, several at once; must be idempotent,
/// since a resumed plan may run them again. Errors with code ProviderTransient are retried.
class NodeHooks
{
public:
    virtual ~NodeHooks() = default;
    virtual Result<void> bootstrap(const providers::NodeInfo &node, std::stop_token stop);
    virtual Result<void> drain(const providers::NodeInfo &node, std::stop_token stop);
};

/// Tuning of an Executor.
struct ExecutorOptions
{
    int parallelism = 10;                         ///< actions running at once (at least 1)
    int maxAttempts = 6;                          ///< tries of one action in one run before it fails
    std::chrono::milliseconds backoffBase{500};   ///< first retry delay; doubles per attempt
    std::chrono::milliseconds backoffCap{30'000}; ///< longest retry delay
    std::chrono::milliseconds healthTimeout{std::chrono::minutes{5}};
    std::chrono::milliseconds healthInterval{std::chrono::seconds{1}};
    std::string controlPlaneUrl;               ///< given to every created node (NodeSpec::controlPlaneUrl)
    std::map<std::string, std::string> labels; ///< extra labels on every created node
    std::uint64_t jitterSeed = 0;              ///< 0 = seeded from the clock
};

/// What one apply() did.
struct ApplyReport
{
    int done = 0;       ///< actions done by this run
    int reconciled = 0; ///< half-done actions found already done in reality (not redone)
    int retries = 0;    ///< retries after transient errors
    /// Measured downtime of each resized node: stop started → healthy again.
    std::map<std::string, std::chrono::milliseconds> downtime;
};

/// Called with every event once it is stored (seq set), in seq order, from worker threads.
using ProgressCallback = std::function<void(const store::Event &)>;

/**
 * Runs stored plans against a Provider: bounded parallelism over the action DAG, every action
 * journaled before and after its side effect, resumable after a crash or a cancel.
 *
 * - At most `parallelism` actions run at once, on std::jthread workers; an action starts
 *   when every dependency is done; ready actions start in plan order.
 * - Before redoing an action the journal says was running (the process died, or it was
 *   cancelled), reality decides: a CreateNode whose node exists is marked done and never
 *   created again; likewise deletes, stops, starts and plan changes already in effect.
 * - Errors with code ProviderTransient, NetConnect or NetTimeout are retried with capped
 *   exponential backoff and jitter; others fail the action. Independent actions go on; the
 *   plan ends Failed and can be applied again once the cause is fixed.
 * - A stop request ends waits (health, backoff, hooks) at once; provider calls in flight
 *   finish and are journaled; pending actions become cancelled; the plan is resumable.
 * - Every step appends a sequence-numbered event to the Store (in the same transaction as
 *   its journal entry) and then calls the progress callback.
 * - The inventory in the Store follows every node change.
 *
 * One executor per store at a time. The store, provider, probe and hooks must outlive it.
 */
class Executor
{
public:
    Executor(store::Store &store, providers::Provider &provider, HealthProbe &health, NodeHooks &hooks,
             ExecutorOptions options = {});

    void setProgressCallback(ProgressCallback callback);

    /// Applies (or resumes) the stored plan `planId` until every action is done, one fails,
    /// or `stop` is requested (then an Error with code Cancelled).
    Result<ApplyReport> apply(std::int64_t planId, std::stop_token stop = {});

    /// Resumes every plan the store says was applying when its executor stopped (a crash),
    /// oldest first. Plans that failed or were cancelled wait for an explicit apply().
    Result<ApplyReport> resumeUnfinished(std::stop_token stop = {});

    [[nodiscard]] const ExecutorOptions &options() const { return m_options; }

    /// Stores `plan` (JSON and hash) for apply(); returns its id.
    static Result<std::int64_t> savePlan(store::Store &store, const Plan &plan,
                                         std::optional<std::int64_t> topologyRevision = std::nullopt);

private:
    friend class ExecutorRun;

    store::Store &m_store;
    providers::Provider &m_provider;
    HealthProbe &m_health;
    NodeHooks &m_hooks;
    ExecutorOptions m_options;
    std::mutex m_callbackMutex;
    ProgressCallback m_callback;
};

/// Whether an error is worth retrying (ProviderTransient, NetConnect, NetTimeout).
[[nodiscard]] bool isTransient(const Error &error);

} // namespace mb::plan
