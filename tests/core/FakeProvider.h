// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "plan/Executor.h"
#include "providers/Provider.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace mb::test {

/**
 * A test double of the Provider interface for executor unit tests: nodes live in memory and,
 * when a state file is given, are saved to it (atomically) after every change, so a process
 * killed mid-apply leaves the "cloud" as it was and the next process sees it.
 *
 * Unlike a real provider it is strict: createNode on a name that already exists counts a
 * duplicate (a real cloud without label lookup would have made a second server). It can delay
 * calls, inject failures and measures how many calls run at once.
 */
class FakeProvider : public providers::Provider
{
public:
    explicit FakeProvider(std::filesystem::path stateFile = {});

    [[nodiscard]] std::string_view name() const override { return "fake"; }
    Result<providers::NodeInfo> createNode(const providers::NodeSpec &spec) override;
    Result<void> deleteNode(const std::string &cluster, const std::string &node) override;
    Result<void> stopNode(const std::string &cluster, const std::string &node) override;
    Result<void> startNode(const std::string &cluster, const std::string &node) override;
    Result<void> changePlan(const std::string &cluster, const std::string &node,
                            const std::string &plan) override;
    Result<std::vector<providers::NodeInfo>> listNodes(const std::string &cluster) override;

    /// Every call takes this long: half before its change, half after.
    void setCallDelay(std::chrono::milliseconds delay) { m_delay = delay; }
    /// The next `times` calls of `method` ("createNode", …) fail with `code`.
    void failNext(const std::string &method, int times, ErrorCode code = ErrorCode::ProviderTransient);
    /// Called inside every call except listNodes, with the method and node, before the change.
    void setCallHook(std::function<void(const std::string &method, const std::string &node)> hook);
    /// Adds a node directly, as if created earlier.
    void addNode(const providers::NodeInfo &node);

    [[nodiscard]] int maxConcurrent() const { return m_maxConcurrent.load(); }
    [[nodiscard]] int calls(const std::string &method) const;
    [[nodiscard]] int duplicateCreates() const;
    [[nodiscard]] std::vector<providers::NodeInfo> nodes() const;

private:
    /// Counts the call, enforces the delay and the injected failures. Returns an error to fail.
    std::optional<Error> enter(const std::string &method, const std::string &node);
    void save() const; // with m_mutex held

    std::filesystem::path m_stateFile;
    std::chrono::milliseconds m_delay{0};
    mutable std::mutex m_mutex;
    std::map<std::string, providers::NodeInfo> m_nodes;
    int m_duplicates = 0;
    std::map<std::string, int> m_calls;
    std::map<std::string, std::pair<int, ErrorCode>> m_failures;
    std::function<void(const std::string &, const std::string &)> m_hook;
    std::atomic<int> m_concurrent{0};
    std::atomic<int> m_maxConcurrent{0};
};

/// Healthy when the node runs, unless told otherwise; counts the probes.
class FakeHealthProbe : public plan::HealthProbe
{
public:
    std::atomic<bool> healthyWhenRunning{true};
    std::atomic<int> probes{0};

    Result<bool> healthy(const providers::NodeInfo &node) override
    {
        ++probes;
        return healthyWhenRunning.load() && node.state == providers::NodeState::Running;
    }
};

/// Counts bootstraps and drains.
class CountingHooks : public plan::NodeHooks
{
public:
    std::atomic<int> bootstraps{0};
    std::atomic<int> drains{0};

    Result<void> bootstrap(const providers::NodeInfo &, std::stop_token) override
    {
        ++bootstraps;
        return {};
    }
    Result<void> drain(const providers::NodeInfo &, std::stop_token) override
    {
        ++drains;
        return {};
    }
};

} // namespace mb::test
