// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "../core/FakeProvider.h"
#include "providers/Provider.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>

namespace mb::test {

/// A provider whose reads of the inventory take as long as the test says, as a cloud API's
/// can, and answer what was there when they began; every other call goes straight to the nodes
/// it keeps in memory.
class SlowProvider final : public providers::Provider
{
public:
    std::atomic<int> listDelayMs{0};
    std::atomic<int> reading{0}; ///< listNodes calls under way
    std::atomic<int> reads{0};   ///< listNodes calls begun
    test::FakeProvider nodes;

    std::string_view name() const override { return "slow"; }
    Result<providers::NodeInfo> createNode(const providers::NodeSpec &spec) override
    {
        return nodes.createNode(spec);
    }
    Result<void> deleteNode(const std::string &cluster, const std::string &node) override
    {
        return nodes.deleteNode(cluster, node);
    }
    Result<void> stopNode(const std::string &cluster, const std::string &node) override
    {
        return nodes.stopNode(cluster, node);
    }
    Result<void> startNode(const std::string &cluster, const std::string &node) override
    {
        return nodes.startNode(cluster, node);
    }
    Result<void> changePlan(const std::string &cluster, const std::string &node,
                            const std::string &plan) override
    {
        return nodes.changePlan(cluster, node, plan);
    }
    Result<std::vector<providers::NodeInfo>> listNodes(const std::string &cluster) override
    {
        // What was there when the call began, answered late.
        ++reading;
        ++reads;
        {
            std::lock_guard lock(m_mutex);
            m_readThreads.insert(std::this_thread::get_id());
        }
        auto answer = nodes.listNodes(cluster);
        std::this_thread::sleep_for(std::chrono::milliseconds(listDelayMs.load()));
        --reading;
        return answer;
    }

    /// The threads listNodes ran on.
    std::set<std::thread::id> readThreads() const
    {
        std::lock_guard lock(m_mutex);
        return m_readThreads;
    }

private:
    mutable std::mutex m_mutex;
    std::set<std::thread::id> m_readThreads;
};

/// A node that runs, as the provider reports one.
inline providers::NodeInfo runningNode(const std::string &name, topology::Pillar pillar)
{
    providers::NodeInfo n;
    n.name = name;
    n.providerId = name;
    n.pillar = pillar;
    n.plan = "cx23";
    n.state = providers::NodeState::Running;
    n.address = "127.0.0.1:1";
    n.started = std::chrono::system_clock::now();
    return n;
}

} // namespace mb::test
