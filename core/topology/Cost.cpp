// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Cost.h"

#include <map>

namespace mb::topology {

namespace {
constexpr const char *Ctx = "mb::topology";
}

CostReport estimateCost(const Topology &topology, const PlanCatalogue &catalogue)
{
    CostReport report;
    report.currency = catalogue.currency();
    report.pricesTaken = catalogue.pricesTaken();

    auto addLine = [&](CostLine line) {
        line.total = line.unit.times(line.quantity);
        report.total += line.total;
        if (line.pillar)
            report.perPillar[static_cast<std::size_t>(*line.pillar)] += line.total;
        report.lines.push_back(std::move(line));
    };

    for (const Pillar p : AllPillars) {
        const auto &spec = topology.pillar(p);
        if (!spec || spec->count <= 0)
            continue;
        // Group the pillar's nodes by the plan each runs on (overrides included), in node order.
        // Runs of nodes on the pillar's plan lie between the overrides, so the work follows the
        // document's size, not the node count (a count of a million costs no more than one).
        std::vector<std::pair<std::string, int>> groups;
        std::map<std::string, std::size_t> index;
        std::map<std::string, std::string> resolved;
        auto addNodes = [&](const std::string &requested, int quantity) {
            auto known = resolved.find(requested);
            if (known == resolved.end()) {
                const auto resolution = catalogue.resolve(requested);
                known = resolved.emplace(requested, resolution ? resolution->plan->name : requested).first;
            }
            const auto [it, inserted] = index.emplace(known->second, groups.size());
            if (inserted)
                groups.emplace_back(known->second, 0);
            groups[it->second].second += quantity;
        };
        int next = 1; // the first node not yet counted
        for (const auto &[ordinal, plan] : spec->nodePlans) {
            if (ordinal > spec->count)
                break;
            if (ordinal > next)
                addNodes(spec->plan, ordinal - next);
            addNodes(plan, 1);
            next = ordinal + 1;
        }
        if (next <= spec->count)
            addNodes(spec->plan, spec->count - next + 1);
        for (const auto &[planName, quantity] : groups) {
            const ServerPlan *plan = catalogue.plan(planName);
            const Price *unit = nullptr;
            if (plan) {
                const auto it = plan->prices.find(topology.location);
                unit = it == plan->prices.end() ? nullptr : &it->second;
            }
            if (!unit) {
                report.unpriced.push_back(planName + " @ " + topology.location);
                continue;
            }
            addLine(CostLine{CostLine::Kind::Servers,
                             p,
                             planName,
                             quantity,
                             *unit,
                             {},
                             Message{Ctx,
                                     MB_TR_NOOP("mb::topology", "%1 × %2 server"),
                                     {std::to_string(quantity), planName}}});
        }
        if (zoneOf(p) == Zone::Public) {
            addLine(CostLine{CostLine::Kind::PublicIpv4,
                             p,
                             {},
                             spec->count,
                             catalogue.primaryIpv4(),
                             {},
                             Message{Ctx,
                                     MB_TR_NOOP("mb::topology", "%1 × public IPv4 address"),
                                     {std::to_string(spec->count)}}});
        }
        if (p == Pillar::Proxy) {
            addLine(CostLine{
                CostLine::Kind::FloatingIpv4,
                p,
                {},
                1,
                catalogue.floatingIpv4(),
                {},
                Message{Ctx, MB_TR_NOOP("mb::topology", "1 × floating IPv4 in front of the proxies"), {}}});
        }
    }
    addLine(CostLine{CostLine::Kind::PrivateNetwork,
                     std::nullopt,
                     {},
                     1,
                     catalogue.privateNetwork(),
                     {},
                     Message{Ctx, MB_TR_NOOP("mb::topology", "private network %1"), {topology.networkCidr}}});
    return report;
}

} // namespace mb::topology
