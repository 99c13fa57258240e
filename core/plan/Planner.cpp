// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Planner.h"

#include "topology/Cost.h"
#include "topology/Rules.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace mb::plan {

namespace {

using topology::Pillar;
using NodeRef = const providers::NodeInfo *;

/// Appends actions with ids "<node>/<step>"; every action depends only on earlier ones.
class Builder
{
public:
    explicit Builder(Plan &plan)
        : m_plan(plan)
    {}

    std::string add(ActionKind kind, std::string_view step, const std::string &node, Pillar pillar,
                    int ordinal, std::string planName, std::vector<std::string> dependsOn)
    {
        Action a;
        a.id = node + '/' + std::string(step);
        a.kind = kind;
        a.node = node;
        a.pillar = pillar;
        a.ordinal = ordinal;
        a.plan = std::move(planName);
        a.dependsOn = std::move(dependsOn);
        m_plan.actions.push_back(std::move(a));
        return m_plan.actions.back().id;
    }
    Action &last() { return m_plan.actions.back(); }

private:
    Plan &m_plan;
};

std::vector<std::string> after(const std::string &id)
{
    if (id.empty())
        return {};
    return {id};
}

/// The observed nodes of one pillar: the one per desired ordinal, and the rest (to delete).
struct PillarNodes
{
    std::map<int, NodeRef> kept;
    std::vector<NodeRef> extra;
};

PillarNodes sortNodes(const std::vector<providers::NodeInfo> &observed, Pillar pillar, int desiredCount)
{
    std::vector<NodeRef> nodes;
    for (const auto &n : observed) {
        if (n.pillar == pillar && n.state != providers::NodeState::Deleting)
            nodes.push_back(&n);
    }
    std::sort(nodes.begin(), nodes.end(), [](NodeRef a, NodeRef b) {
        return std::tie(a->ordinal, a->name) < std::tie(b->ordinal, b->name);
    });
    PillarNodes out;
    for (NodeRef n : nodes) {
        if (n->ordinal >= 1 && n->ordinal <= desiredCount && !out.kept.contains(n->ordinal))
            out.kept.emplace(n->ordinal, n);
        else
            out.extra.push_back(n);
    }
    // Newest first: the highest ordinal goes first.
    std::reverse(out.extra.begin(), out.extra.end());
    return out;
}

topology::Price observedCost(const topology::Topology &desired,
                             const std::vector<providers::NodeInfo> &observed,
                             const topology::PlanCatalogue &catalogue)
{
    topology::Topology current = desired;
    bool any = false;
    for (const Pillar p : topology::AllPillars) {
        std::vector<NodeRef> nodes;
        for (const auto &n : observed) {
            if (n.pillar == p && n.state != providers::NodeState::Deleting)
                nodes.push_back(&n);
        }
        auto &spec = current.pillar(p);
        if (nodes.empty()) {
            spec.reset();
            continue;
        }
        any = true;
        topology::PillarSpec s;
        s.count = static_cast<int>(nodes.size());
        s.plan = nodes.front()->plan;
        for (std::size_t i = 0; i < nodes.size(); ++i)
            s.nodePlans[static_cast<int>(i) + 1] = nodes[i]->plan;
        spec = std::move(s);
    }
    if (!any)
        return {};
    return topology::estimateCost(current, catalogue).total;
}

} // namespace

Planner::Planner(const topology::PlanCatalogue &catalogue)
    : m_catalogue(catalogue)
{}

std::string Planner::nodeName(std::string_view cluster, Pillar pillar, int ordinal)
{
    std::string name(cluster);
    name += '-';
    name += topology::pillarName(pillar);
    name += '-';
    name += std::to_string(ordinal);
    return name;
}

int Planner::expectedDowntimeSeconds(std::string_view provider)
{
    struct Estimate
    {
        std::string_view provider;
        int seconds;
    };
    static constexpr Estimate Table[] = {{"local", 3}, {"hetzner", 60}};
    for (const Estimate &e : Table) {
        if (e.provider == provider)
            return e.seconds;
    }
    return 60;
}

std::string Planner::resolvedPlanName(std::string_view plan) const
{
    if (const auto resolution = m_catalogue.resolve(plan))
        return resolution->plan->name;
    std::string lower(plan);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower;
}

Result<Plan> Planner::plan(const topology::Topology &desired,
                           const std::vector<providers::NodeInfo> &observed) const
{
    const auto diagnostics = topology::validate(desired, m_catalogue);
    if (topology::hasErrors(diagnostics)) {
        std::string all;
        const topology::Diagnostic *first = nullptr;
        for (const auto &d : diagnostics) {
            if (d.severity != topology::Severity::Error)
                continue;
            if (!first)
                first = &d;
            all += d.code + " at " + d.pointer + ": " + d.message.text() + '\n';
        }
        return fail(ErrorCode::PlanRefused, first->message, first->pointer, all);
    }

    Plan plan;
    plan.cluster = desired.name;
    plan.provider = desired.provider;
    plan.currency = m_catalogue.currency();
    Builder build(plan);
    const int downtime = expectedDowntimeSeconds(desired.provider);
    std::string systemHealthy; // set when this plan creates the System node

    for (const Pillar p : topology::AllPillars) {
        const auto &spec = desired.pillar(p);
        const int count = spec ? spec->count : 0;
        const PillarNodes nodes = sortNodes(observed, p, count);
        // State changes membership one node at a time: every step waits for the one before.
        const bool serial = p == Pillar::State;
        std::string tail;

        for (NodeRef n : nodes.extra) {
            const std::string drain = build.add(ActionKind::Drain, "drain", n->name, p, n->ordinal, n->plan,
                                                serial ? after(tail) : std::vector<std::string>{});
            const std::string removed =
                build.add(ActionKind::DeleteNode, "delete", n->name, p, n->ordinal, n->plan, {drain});
            if (serial)
                tail = removed;
        }

        std::vector<std::string> newNodesHealthy;
        for (int ordinal = 1; ordinal <= count; ++ordinal) {
            if (nodes.kept.contains(ordinal))
                continue;
            const std::string name = nodeName(desired.name, p, ordinal);
            const std::string planName = resolvedPlanName(desired.planOf(p, ordinal));
            const std::string created =
                build.add(ActionKind::CreateNode, "create", name, p, ordinal, planName,
                          serial ? after(tail) : std::vector<std::string>{});
            std::vector<std::string> bootstrapAfter{created};
            if (!systemHealthy.empty())
                bootstrapAfter.push_back(systemHealthy);
            const std::string booted = build.add(ActionKind::Bootstrap, "bootstrap", name, p, ordinal,
                                                 planName, std::move(bootstrapAfter));
            const std::string healthy =
                build.add(ActionKind::WaitHealthy, "wait-healthy", name, p, ordinal, planName, {booted});
            newNodesHealthy.push_back(healthy);
            if (serial)
                tail = healthy;
            if (p == Pillar::System)
                systemHealthy = healthy;
        }

        // Resizes and restarts: one node at a time, after the pillar's new nodes are up.
        std::string previous;
        for (const auto &[ordinal, n] : nodes.kept) {
            const std::string want = resolvedPlanName(desired.planOf(p, ordinal));
            const bool resize = resolvedPlanName(n->plan) != want;
            const bool restart = !resize && n->state == providers::NodeState::Stopped;
            if (!resize && !restart)
                continue;
            std::vector<std::string> first = serial              ? after(tail)
                                             : !previous.empty() ? after(previous)
                                                                 : newNodesHealthy;
            std::string healthy;
            if (resize) {
                const std::string stopped =
                    build.add(ActionKind::StopNode, "stop", n->name, p, ordinal, n->plan, std::move(first));
                build.last().downtimeSeconds = downtime;
                const std::string changed =
                    build.add(ActionKind::ChangePlan, "change-plan", n->name, p, ordinal, want, {stopped});
                build.last().fromPlan = n->plan;
                build.last().downtimeSeconds = downtime;
                const std::string started =
                    build.add(ActionKind::StartNode, "start", n->name, p, ordinal, want, {changed});
                build.last().downtimeSeconds = downtime;
                healthy =
                    build.add(ActionKind::WaitHealthy, "wait-healthy", n->name, p, ordinal, want, {started});
                build.last().downtimeSeconds = downtime;
            } else {
                const std::string started =
                    build.add(ActionKind::StartNode, "start", n->name, p, ordinal, n->plan, std::move(first));
                healthy = build.add(ActionKind::WaitHealthy, "wait-healthy", n->name, p, ordinal, n->plan,
                                    {started});
            }
            previous = healthy;
            if (serial)
                tail = healthy;
        }
    }

    plan.costBefore = observedCost(desired, observed, m_catalogue);
    plan.costAfter = topology::estimateCost(desired, m_catalogue).total;
    return plan;
}

} // namespace mb::plan
