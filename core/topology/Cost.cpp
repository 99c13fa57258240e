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
        std::vector<std::pair<std::string, int>> groups;
        std::map<std::string, std::size_t> index;
        for (int ordinal = 1; ordinal <= spec->count; ++ordinal) {
            const std::string requested = topology.planOf(p, ordinal);
            const auto resolution = catalogue.resolve(requested);
            const std::string name = resolution ? resolution->plan->name : requested;
            const auto [it, inserted] = index.emplace(name, groups.size());
            if (inserted)
                groups.emplace_back(name, 0);
            ++groups[it->second].second;
        }
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
