// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "Plan.h"
#include "providers/Provider.h"
#include "topology/PlanCatalogue.h"
#include "topology/Topology.h"

#include <string>
#include <string_view>
#include <vector>

namespace mb::plan {

/**
 * Diffs a desired topology against the observed nodes and plans the actions between them.
 *
 * Rules:
 * - Node names are `<cluster>-<pillar>-<ordinal>`; a pillar of N nodes has ordinals 1..N.
 * - A new node is CreateNode → Bootstrap → WaitHealthy. When the System node is created in
 *   the same plan, every other node's Bootstrap waits for it to be healthy.
 * - Scale-in drains and deletes the newest (highest ordinal) nodes, listed newest first.
 * - State changes one node at a time without losing quorum: each create, delete and resize
 *   of a state node depends on the previous one having finished (1→5 adds 2, 3, 4, 5, each
 *   healthy before the next; 5→3 removes 5, then 4).
 * - A resize is StopNode → ChangePlan → StartNode → WaitHealthy. The resizes of a pillar go one
 *   node at a time, after the pillar's new nodes are healthy, so capacity only drops by one.
 * - Plan names are compared after resolving legacy names (cx21 and cx23 are the same plan).
 * - A node found stopped is started (StartNode → WaitHealthy).
 * - An unchanged topology plans nothing; a topology with rule errors is refused (PlanRefused,
 *   with the first rule's message and pointer, every error in `detail`).
 *
 * Pure and thread-safe; the catalogue must outlive the planner.
 */
class Planner
{
public:
    explicit Planner(const topology::PlanCatalogue &catalogue);

    /// The plan from `observed` (the nodes of `desired.name`) to `desired`.
    [[nodiscard]] Result<Plan> plan(const topology::Topology &desired,
                                    const std::vector<providers::NodeInfo> &observed) const;

    /// "<cluster>-<pillar>-<ordinal>", e.g. "starter-worker-2".
    [[nodiscard]] static std::string nodeName(std::string_view cluster, topology::Pillar pillar, int ordinal);

    /// Expected downtime of a resize on `provider`, in seconds: an estimate from experience,
    /// shown before a resize is applied (local: stop, record the plan, start ≈ 3 s; hetzner:
    /// shutdown, change type, power on ≈ 60 s; unknown providers are assumed as slow as hetzner).
    [[nodiscard]] static int expectedDowntimeSeconds(std::string_view provider);

    /// The current catalogue name `plan` resolves to (legacy names followed); the lower-cased
    /// name itself when the catalogue does not know it.
    [[nodiscard]] std::string resolvedPlanName(std::string_view plan) const;

private:
    const topology::PlanCatalogue &m_catalogue;
};

} // namespace mb::plan
