// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// Planner speed: max.json (206 nodes) from an empty inventory, and unchanged against itself.
#include "BenchSupport.h"

#include "plan/Planner.h"
#include "topology/Topology.h"

#include <cstdio>

using namespace mb;
using namespace mb::topology;

int main()
{
    const PlanCatalogue &catalogue = PlanCatalogue::builtin();
    const plan::Planner planner(catalogue);
    const Topology max = *parseTopology(bench::sourceFile("resources/examples/max.json"));
    bool allMet = true;
    std::size_t sink = 0;

    allMet &=
        bench::report("plan max.json from empty (618 actions)",
                      bench::measure([&] { sink += planner.plan(max, {})->actions.size(); }, 500), 5000);

    std::vector<providers::NodeInfo> observed;
    for (const Pillar p : AllPillars) {
        for (int k = 1; k <= max.pillar(p)->count; ++k) {
            providers::NodeInfo n;
            n.name = plan::Planner::nodeName(max.name, p, k);
            n.pillar = p;
            n.ordinal = k;
            n.plan = max.planOf(p, k);
            n.state = providers::NodeState::Running;
            observed.push_back(std::move(n));
        }
    }
    allMet &= bench::report("plan max.json unchanged (206 nodes, empty)",
                            bench::measure([&] { sink += planner.plan(max, observed)->actions.size(); }, 500),
                            5000);

    const plan::Plan full = *planner.plan(max, {});
    // Done once per plan (POST /v1/plan, apply); an informative figure, not a product target.
    allMet &= bench::report("JSON rendering with hash, max plan",
                            bench::measure([&] { sink += plan::toJson(full).size(); }, 200), 10'000);
    std::printf("(checksum %zu)\n", sink);
    return allMet ? 0 : 1;
}
