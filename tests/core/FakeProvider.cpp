// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "FakeProvider.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <thread>

namespace mb::test {

namespace {

using providers::NodeInfo;
using providers::NodeState;

constexpr const char *Ctx = "mb::test";

NodeState stateFromName(const std::string &name)
{
    for (const auto s : {NodeState::Creating, NodeState::Running, NodeState::Stopped, NodeState::Failed,
                         NodeState::Deleting}) {
        if (providers::nodeStateName(s) == name)
            return s;
    }
    return NodeState::Failed;
}

/// Counts a call as running while it lives.
class Running
{
public:
    Running(std::atomic<int> &current, std::atomic<int> &max)
        : m_current(current)
    {
        const int now = ++m_current;
        int seen = max.load();
        while (now > seen && !max.compare_exchange_weak(seen, now)) {
        }
    }
    ~Running() { --m_current; }
    Running(const Running &) = delete;
    Running &operator=(const Running &) = delete;

private:
    std::atomic<int> &m_current;
};

} // namespace

FakeProvider::FakeProvider(std::filesystem::path stateFile)
    : m_stateFile(std::move(stateFile))
{
    if (m_stateFile.empty() || !std::filesystem::exists(m_stateFile))
        return;
    std::ifstream in(m_stateFile);
    const auto state = nlohmann::json::parse(in);
    m_duplicates = state.at("duplicates").get<int>();
    for (const auto &n : state.at("nodes")) {
        NodeInfo info;
        info.name = n.at("name").get<std::string>();
        info.providerId = n.at("providerId").get<std::string>();
        info.pillar = *topology::pillarFromName(n.at("pillar").get<std::string>());
        info.ordinal = n.at("ordinal").get<int>();
        info.plan = n.at("plan").get<std::string>();
        info.state = stateFromName(n.at("state").get<std::string>());
        info.address = n.at("address").get<std::string>();
        info.labels = n.at("labels").get<std::map<std::string, std::string>>();
        m_nodes.emplace(info.name, std::move(info));
    }
}

void FakeProvider::save() const
{
    if (m_stateFile.empty())
        return;
    nlohmann::json nodes = nlohmann::json::array();
    for (const auto &[name, n] : m_nodes) {
        nodes.push_back({{"name", n.name},
                         {"providerId", n.providerId},
                         {"pillar", topology::pillarName(n.pillar)},
                         {"ordinal", n.ordinal},
                         {"plan", n.plan},
                         {"state", providers::nodeStateName(n.state)},
                         {"address", n.address},
                         {"labels", n.labels}});
    }
    const nlohmann::json state{{"duplicates", m_duplicates}, {"nodes", std::move(nodes)}};
    const auto temporary = m_stateFile.string() + ".tmp";
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << state.dump();
    }
    std::filesystem::rename(temporary, m_stateFile);
}

void FakeProvider::failNext(const std::string &method, int times, ErrorCode code)
{
    std::scoped_lock lock(m_mutex);
    m_failures[method] = {times, code};
}

void FakeProvider::setCallHook(std::function<void(const std::string &, const std::string &)> hook)
{
    std::scoped_lock lock(m_mutex);
    m_hook = std::move(hook);
}

void FakeProvider::addNode(const NodeInfo &node)
{
    std::scoped_lock lock(m_mutex);
    m_nodes.insert_or_assign(node.name, node);
    save();
}

int FakeProvider::calls(const std::string &method) const
{
    std::scoped_lock lock(m_mutex);
    const auto it = m_calls.find(method);
    return it == m_calls.end() ? 0 : it->second;
}

int FakeProvider::duplicateCreates() const
{
    std::scoped_lock lock(m_mutex);
    return m_duplicates;
}

std::vector<NodeInfo> FakeProvider::nodes() const
{
    std::scoped_lock lock(m_mutex);
    std::vector<NodeInfo> out;
    for (const auto &[name, n] : m_nodes)
        out.push_back(n);
    return out;
}

std::optional<Error> FakeProvider::enter(const std::string &method, const std::string &node)
{
    std::function<void(const std::string &, const std::string &)> hook;
    std::optional<Error> failure;
    {
        std::scoped_lock lock(m_mutex);
        ++m_calls[method];
        hook = m_hook;
        if (auto it = m_failures.find(method); it != m_failures.end() && it->second.first > 0) {
            --it->second.first;
            failure = Error{
                it->second.second, Message{Ctx, "injected failure of %1 for %2", {method, node}}, {}, 0, 0,
                "fake provider"};
        }
    }
    std::this_thread::sleep_for(m_delay / 2);
    if (hook && method != "listNodes")
        hook(method, node);
    return failure;
}

Result<NodeInfo> FakeProvider::createNode(const providers::NodeSpec &spec)
{
    Running running(m_concurrent, m_maxConcurrent);
    if (auto failure = enter("createNode", spec.name))
        return std::unexpected(*failure);
    NodeInfo info;
    {
        std::scoped_lock lock(m_mutex);
        if (const auto it = m_nodes.find(spec.name); it != m_nodes.end()) {
            ++m_duplicates;
            info = it->second;
        } else {
            info.name = spec.name;
            info.providerId = "fake-" + spec.name;
            info.pillar = spec.pillar;
            info.ordinal = spec.ordinal;
            info.plan = spec.plan;
            info.state = NodeState::Running;
            info.address = "127.0.0.1:" + std::to_string(20000 + m_nodes.size());
            info.labels = spec.labels;
            info.labels[std::string(providers::LabelCluster)] = spec.cluster;
            info.labels[std::string(providers::LabelPillar)] = std::string(topology::pillarName(spec.pillar));
            info.labels[std::string(providers::LabelNode)] = spec.name;
            info.created = info.started = std::chrono::system_clock::now();
            m_nodes.emplace(info.name, info);
        }
        save();
    }
    std::this_thread::sleep_for(m_delay / 2);
    return info;
}

Result<void> FakeProvider::deleteNode(const std::string &, const std::string &node)
{
    Running running(m_concurrent, m_maxConcurrent);
    if (auto failure = enter("deleteNode", node))
        return std::unexpected(*failure);
    {
        std::scoped_lock lock(m_mutex);
        m_nodes.erase(node);
        save();
    }
    std::this_thread::sleep_for(m_delay / 2);
    return {};
}

Result<void> FakeProvider::stopNode(const std::string &, const std::string &node)
{
    Running running(m_concurrent, m_maxConcurrent);
    if (auto failure = enter("stopNode", node))
        return std::unexpected(*failure);
    {
        std::scoped_lock lock(m_mutex);
        const auto it = m_nodes.find(node);
        if (it == m_nodes.end())
            return fail(ErrorCode::ProviderFailed, Message{Ctx, "no node %1", {node}});
        it->second.state = NodeState::Stopped;
        save();
    }
    std::this_thread::sleep_for(m_delay / 2);
    return {};
}

Result<void> FakeProvider::startNode(const std::string &, const std::string &node)
{
    Running running(m_concurrent, m_maxConcurrent);
    if (auto failure = enter("startNode", node))
        return std::unexpected(*failure);
    {
        std::scoped_lock lock(m_mutex);
        const auto it = m_nodes.find(node);
        if (it == m_nodes.end())
            return fail(ErrorCode::ProviderFailed, Message{Ctx, "no node %1", {node}});
        it->second.state = NodeState::Running;
        it->second.started = std::chrono::system_clock::now();
        save();
    }
    std::this_thread::sleep_for(m_delay / 2);
    return {};
}

Result<void> FakeProvider::changePlan(const std::string &, const std::string &node, const std::string &plan)
{
    Running running(m_concurrent, m_maxConcurrent);
    if (auto failure = enter("changePlan", node))
        return std::unexpected(*failure);
    {
        std::scoped_lock lock(m_mutex);
        const auto it = m_nodes.find(node);
        if (it == m_nodes.end())
            return fail(ErrorCode::ProviderFailed, Message{Ctx, "no node %1", {node}});
        if (it->second.state != NodeState::Stopped)
            return fail(ErrorCode::ProviderFailed, Message{Ctx, "node %1 runs; stop it first", {node}});
        it->second.plan = plan;
        save();
    }
    std::this_thread::sleep_for(m_delay / 2);
    return {};
}

Result<std::vector<NodeInfo>> FakeProvider::listNodes(const std::string &cluster)
{
    Running running(m_concurrent, m_maxConcurrent);
    if (auto failure = enter("listNodes", cluster))
        return std::unexpected(*failure);
    auto all = nodes();
    std::this_thread::sleep_for(m_delay / 2);
    return all;
}

} // namespace mb::test
