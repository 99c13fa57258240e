// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// ExecutorRun: the side effect of each action kind, node lookups, events and backoff.
#include "ExecutorRun.h"

#include <cstdio>
#include <thread>

namespace mb::plan {

namespace {

constexpr const char *Ctx = "mb::plan";

std::string seconds(std::chrono::milliseconds ms)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", static_cast<double>(ms.count()) / 1000.0);
    return buffer;
}

/// Waits `delay` or until `stop`; false when stopped.
bool sleepFor(std::chrono::milliseconds delay, std::stop_token stop)
{
    std::mutex mutex;
    std::condition_variable_any cv;
    std::unique_lock lock(mutex);
    cv.wait_for(lock, stop, delay, [] { return false; });
    return !stop.stop_requested();
}

Error cancelledError(const Action &action)
{
    return Error{ErrorCode::Cancelled,
                 Message{Ctx, MB_TR_NOOP("mb::plan", "%1 was cancelled."), {action.id}},
                 {},
                 0,
                 0,
                 {}};
}

} // namespace

nlohmann::json translatable(const Message &message)
{
    return {{"context", message.context}, {"source", message.source}, {"args", message.args}};
}

Result<std::optional<providers::NodeInfo>> ExecutorRun::findNode(const std::string &name, bool refresh)
{
    if (!refresh) {
        std::scoped_lock lock(m_nodesMutex);
        if (const auto it = m_nodes.find(name); it != m_nodes.end())
            return std::optional(it->second);
    }
    // One node, not the whole list: each of many parallel actions looks up its own node.
    auto node = m_ex.m_provider.findNode(m_plan.cluster, name);
    if (!node)
        return std::unexpected(node.error());
    std::scoped_lock lock(m_nodesMutex);
    if (*node)
        m_nodes.insert_or_assign(name, **node);
    else
        m_nodes.erase(name);
    return node;
}

void ExecutorRun::forgetNode(const std::string &name)
{
    std::scoped_lock lock(m_nodesMutex);
    m_nodes.erase(name);
}

Result<std::vector<providers::NodeInfo>> ExecutorRun::listNodes(std::stop_token stop)
{
    for (int tries = 1;; ++tries) {
        auto nodes = m_ex.m_provider.listNodes(m_plan.cluster);
        if (nodes) {
            std::scoped_lock lock(m_nodesMutex);
            m_nodes.clear();
            for (const auto &n : *nodes)
                m_nodes.emplace(n.name, n);
            return nodes;
        }
        if (!isTransient(nodes.error()) || tries >= m_ex.m_options.maxAttempts)
            return nodes;
        if (!sleepFor(backoff(tries), stop))
            return std::unexpected(nodes.error());
    }
}

Result<void> ExecutorRun::perform(const Action &action, std::stop_token stop)
{
    providers::Provider &provider = m_ex.m_provider;
    const std::string &cluster = m_plan.cluster;
    const auto missing = [&] {
        return fail(ErrorCode::ProviderTransient,
                    Message{Ctx,
                            MB_TR_NOOP("mb::plan", "%1 is not in the provider's list of nodes (yet)."),
                            {action.node}});
    };

    switch (action.kind) {
    case ActionKind::CreateNode: {
        providers::NodeSpec spec;
        spec.cluster = cluster;
        spec.name = action.node;
        spec.pillar = action.pillar;
        spec.ordinal = action.ordinal;
        spec.plan = action.plan;
        spec.controlPlaneUrl = m_ex.m_options.controlPlaneUrl;
        spec.labels = m_ex.m_options.labels;
        auto info = provider.createNode(spec);
        if (!info)
            return std::unexpected(info.error());
        std::scoped_lock lock(m_nodesMutex);
        m_nodes.insert_or_assign(info->name, *info);
        return {};
    }
    case ActionKind::Bootstrap: {
        const auto node = findNode(action.node, false);
        if (!node)
            return std::unexpected(node.error());
        if (!*node)
            return missing();
        return m_ex.m_hooks.bootstrap(**node, stop);
    }
    case ActionKind::WaitHealthy:
        return waitHealthy(action, stop);
    case ActionKind::Drain: {
        const auto node = findNode(action.node, false);
        if (!node)
            return std::unexpected(node.error());
        if (!*node)
            return {}; // already gone: nothing to drain
        return m_ex.m_hooks.drain(**node, stop);
    }
    case ActionKind::DeleteNode: {
        forgetNode(action.node);
        return provider.deleteNode(cluster, action.node);
    }
    case ActionKind::StopNode:
        forgetNode(action.node);
        return provider.stopNode(cluster, action.node);
    case ActionKind::ChangePlan:
        forgetNode(action.node);
        return provider.changePlan(cluster, action.node, action.plan);
    case ActionKind::StartNode:
        forgetNode(action.node);
        return provider.startNode(cluster, action.node);
    }
    return {};
}

Result<void> ExecutorRun::waitHealthy(const Action &action, std::stop_token stop)
{
    const auto &options = m_ex.m_options;
    const auto deadline = std::chrono::steady_clock::now() + options.healthTimeout;
    std::string last;
    for (int polls = 0;; ++polls) {
        // The address may change on start; look the node up again every few polls.
        const auto node = findNode(action.node, polls % 5 == 0);
        if (!node) {
            last = node.error().message.text() + " " + node.error().detail;
        } else if (!*node) {
            last = "not listed by the provider";
        } else {
            const auto healthy = m_ex.m_health.healthy(**node);
            if (healthy && *healthy)
                return {};
            last =
                healthy ? "not healthy yet" : healthy.error().message.text() + " " + healthy.error().detail;
        }
        const auto now = std::chrono::steady_clock::now();
        if (now >= deadline) {
            return fail(
                ErrorCode::NodeUnhealthy,
                Message{Ctx,
                        MB_TR_NOOP("mb::plan", "%1 did not become healthy within %2 s; check its logs, then "
                                               "apply again."),
                        {action.node, seconds(options.healthTimeout)}},
                {}, "last check: " + last);
        }
        const auto wait = std::min(options.healthInterval,
                                   std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now));
        if (!sleepFor(wait, stop))
            return std::unexpected(cancelledError(action));
    }
}

Result<void> ExecutorRun::afterDone(const Action &action)
{
    switch (action.kind) {
    case ActionKind::DeleteNode:
        return m_ex.m_store.removeNode(action.node);
    case ActionKind::CreateNode:
    case ActionKind::StopNode:
    case ActionKind::ChangePlan:
    case ActionKind::StartNode: {
        // The inventory is a view of reality; a failed lookup here only delays it until the
        // refresh at the end of the plan.
        const auto node = findNode(action.node, action.kind != ActionKind::CreateNode);
        if (node && *node)
            return m_ex.m_store.putNode(**node);
        return {};
    }
    case ActionKind::Bootstrap:
    case ActionKind::WaitHealthy:
    case ActionKind::Drain:
        return {};
    }
    return {};
}

void ExecutorRun::measureDowntime(const Action &action)
{
    const auto stopIndex = indexOf(action.node + "/stop");
    if (!stopIndex)
        return;
    std::optional<store::TimePoint> stopped;
    {
        std::scoped_lock lock(m_mutex);
        stopped = m_entries[*stopIndex].started;
    }
    if (!stopped)
        return;
    // Rounded up: a resize that took a fraction of a millisecond still had a downtime.
    const auto downtime =
        std::chrono::ceil<std::chrono::milliseconds>(std::chrono::system_clock::now() - *stopped);
    {
        std::scoped_lock lock(m_mutex);
        m_report.downtime[action.node] = downtime;
    }
    const Message m{Ctx,
                    MB_TR_NOOP("mb::plan", "%1 was down for %2 s during its resize (estimated %3 s)."),
                    {action.node, seconds(downtime), std::to_string(action.downtimeSeconds)}};
    // Informational: a failure to store it is reported by the next journal write.
    (void)emit("node-resized", action.node, m,
               {{"downtimeMs", downtime.count()}, {"estimatedSeconds", action.downtimeSeconds}}, nullptr);
}

Result<std::int64_t> ExecutorRun::emit(std::string_view kind, const std::string &node, const Message &message,
                                       nlohmann::json data, const store::JournalEntry *entry)
{
    store::Event event;
    event.time = std::chrono::system_clock::now();
    event.kind = std::string(kind);
    event.node = node;
    event.planId = m_planId;
    event.message = message.text();
    if (!data.is_object())
        data = nlohmann::json::object();
    data["tr"] = translatable(message);
    event.data = data.dump();

    // One lock around store and callback keeps the callback's order the seq order.
    std::scoped_lock lock(m_ex.m_callbackMutex);
    auto seq = entry ? m_ex.m_store.updateJournal(*entry, event) : m_ex.m_store.appendEvent(event);
    if (seq && m_ex.m_callback) {
        event.seq = *seq;
        m_ex.m_callback(event);
    }
    return seq;
}

std::chrono::milliseconds ExecutorRun::backoff(int attempt)
{
    const auto &options = m_ex.m_options;
    auto delay = options.backoffBase;
    for (int i = 1; i < attempt && delay < options.backoffCap; ++i)
        delay *= 2;
    delay = std::min(delay, options.backoffCap);
    // "Equal jitter": half fixed, half random, so retries of many nodes spread out but
    // never collapse to zero.
    const auto half = delay.count() / 2;
    std::uniform_int_distribution<long long> spread(0, std::max<long long>(half, 0));
    std::scoped_lock lock(m_randomMutex);
    return std::chrono::milliseconds{delay.count() - half + spread(m_random)};
}

nlohmann::json ExecutorRun::actionData(const Action &action, const store::JournalEntry &entry) const
{
    return {{"action", action.id},
            {"kind", actionKindName(action.kind)},
            {"pillar", topology::pillarName(action.pillar)},
            {"plan", action.plan},
            {"attempt", entry.attempts},
            {"state", store::actionStateName(entry.state)}};
}

Message ExecutorRun::startedMessage(const Action &a)
{
    const std::string pillar(topology::pillarName(a.pillar));
    switch (a.kind) {
    case ActionKind::CreateNode:
        return {Ctx, MB_TR_NOOP("mb::plan", "Creating %1 (%2, %3)."), {a.node, pillar, a.plan}};
    case ActionKind::Bootstrap:
        return {Ctx, MB_TR_NOOP("mb::plan", "Bootstrapping %1."), {a.node}};
    case ActionKind::WaitHealthy:
        return {Ctx, MB_TR_NOOP("mb::plan", "Waiting for %1 to become healthy."), {a.node}};
    case ActionKind::Drain:
        return {Ctx, MB_TR_NOOP("mb::plan", "Draining %1."), {a.node}};
    case ActionKind::DeleteNode:
        return {Ctx, MB_TR_NOOP("mb::plan", "Deleting %1."), {a.node}};
    case ActionKind::StopNode:
        return {Ctx, MB_TR_NOOP("mb::plan", "Stopping %1 to resize it."), {a.node}};
    case ActionKind::ChangePlan:
        return {Ctx,
                MB_TR_NOOP("mb::plan", "Changing the plan of %1 from %2 to %3."),
                {a.node, a.fromPlan, a.plan}};
    case ActionKind::StartNode:
        return {Ctx, MB_TR_NOOP("mb::plan", "Starting %1."), {a.node}};
    }
    return {Ctx, "%1", {a.id}};
}

Message ExecutorRun::doneMessage(const Action &a)
{
    switch (a.kind) {
    case ActionKind::CreateNode:
        return {Ctx, MB_TR_NOOP("mb::plan", "Created %1."), {a.node}};
    case ActionKind::Bootstrap:
        return {Ctx, MB_TR_NOOP("mb::plan", "Bootstrapped %1."), {a.node}};
    case ActionKind::WaitHealthy:
        return {Ctx, MB_TR_NOOP("mb::plan", "%1 is healthy."), {a.node}};
    case ActionKind::Drain:
        return {Ctx, MB_TR_NOOP("mb::plan", "Drained %1."), {a.node}};
    case ActionKind::DeleteNode:
        return {Ctx, MB_TR_NOOP("mb::plan", "Deleted %1."), {a.node}};
    case ActionKind::StopNode:
        return {Ctx, MB_TR_NOOP("mb::plan", "Stopped %1."), {a.node}};
    case ActionKind::ChangePlan:
        return {Ctx, MB_TR_NOOP("mb::plan", "%1 now runs on %2."), {a.node, a.plan}};
    case ActionKind::StartNode:
        return {Ctx, MB_TR_NOOP("mb::plan", "Started %1."), {a.node}};
    }
    return {Ctx, "%1", {a.id}};
}

} // namespace mb::plan
