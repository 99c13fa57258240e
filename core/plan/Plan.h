// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"
#include "base/Message.h"
#include "topology/Money.h"
#include "topology/Pillar.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mb::plan {

/// What one step of a plan does to one node.
enum class ActionKind
{
    CreateNode,  ///< Provider::createNode with the node's plan
    Bootstrap,   ///< install and configure the node's daemon (an injected hook)
    WaitHealthy, ///< poll the node's health until it answers, with a timeout
    Drain,       ///< move work away from the node before it goes (an injected hook)
    DeleteNode,  ///< Provider::deleteNode
    StopNode,    ///< first step of a resize
    ChangePlan,  ///< Provider::changePlan on the stopped node
    StartNode    ///< start after a resize, or a node found stopped
};

/// Stable lower-case name ("create-node"), used in JSON, the journal and events.
[[nodiscard]] std::string_view actionKindName(ActionKind kind);
[[nodiscard]] std::optional<ActionKind> actionKindFromName(std::string_view name);

/// One step of a plan. `id` is unique in the plan and stable ("starter-worker-2/create").
struct Action
{
    std::string id;
    ActionKind kind = ActionKind::CreateNode;
    std::string node;
    topology::Pillar pillar = topology::Pillar::Worker;
    int ordinal = 1;
    std::string plan;                   ///< the node's plan once this action is done (current catalogue name)
    std::string fromPlan;               ///< ChangePlan: the plan before; empty otherwise
    int downtimeSeconds = 0;            ///< resize steps: expected downtime of the whole resize (estimate)
    std::vector<std::string> dependsOn; ///< ids of actions that must be done first

    friend bool operator==(const Action &, const Action &) = default;
};

/// How many nodes a plan adds, changes (resize or start) and destroys.
struct PlanSummary
{
    int toAdd = 0;
    int toChange = 0;
    int toDestroy = 0;
};

/**
 * What it takes to turn the observed cluster into the desired one: actions forming a DAG,
 * listed in an order where every action comes after its dependencies, plus the monthly cost
 * before and after. A value type; produced by Planner, run by Executor, stored as JSON.
 */
struct Plan
{
    std::string cluster;
    std::string provider;
    std::vector<Action> actions;
    std::string currency;
    topology::Price costBefore; ///< the observed nodes, priced as the topology would be
    topology::Price costAfter;  ///< the desired topology

    [[nodiscard]] bool empty() const { return actions.empty(); }
    /// SHA-256 (hex) of the canonical JSON of cluster, provider and actions: equal plans
    /// have equal hashes on every machine and in every run.
    [[nodiscard]] std::string hash() const;
    [[nodiscard]] PlanSummary summary() const;
    [[nodiscard]] const Action *find(std::string_view id) const;

    friend bool operator==(const Plan &, const Plan &) = default;
};

/// The plan as a JSON value (with its "hash"); keys sorted, so dumps are stable.
[[nodiscard]] nlohmann::json toJsonValue(const Plan &plan);
/// The plan as JSON text, two-space indented.
[[nodiscard]] std::string toJson(const Plan &plan);
/// Reads toJson's output strictly: unknown keys, unknown action kinds, dependencies on
/// unknown or later actions and a hash that does not match are PlanInvalid errors.
[[nodiscard]] Result<Plan> planFromJson(std::string_view text);

/// The plan for a person, one Message per line, like `terraform plan`:
/// `+ create …`, `~ resize … (downtime ≈ 3 s)`, `- destroy …`, then the summary and cost.
/// The app translates each line; renderText() gives English.
[[nodiscard]] std::vector<Message> describePlan(const Plan &plan);
[[nodiscard]] std::string renderText(const Plan &plan);

} // namespace mb::plan
