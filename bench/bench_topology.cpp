// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// Topology model speed: validate + cost of max.json, and parse + validate of a 1 MB document.
#include "BenchDocuments.h"
#include "BenchSupport.h"

#include "topology/Cost.h"
#include "topology/Rules.h"
#include "topology/Topology.h"

#include <nlohmann/json.hpp>

#include <cstdio>

using namespace mb;
using namespace mb::topology;

int main()
{
    const PlanCatalogue &catalogue = PlanCatalogue::builtin();
    bool allMet = true;

    const std::string maxText = bench::sourceFile("resources/examples/max.json");
    const Topology max = *parseTopology(maxText);
    std::size_t sink = 0;
    allMet &= bench::report("validate + cost, max.json (1/100/100/5)",
                            bench::measure(
                                [&] {
                                    const auto diagnostics = validate(max, catalogue);
                                    const auto cost = estimateCost(max, catalogue);
                                    sink += diagnostics.size() + static_cast<std::size_t>(cost.total.monthly);
                                },
                                2000),
                            1000);
    allMet &= bench::report("parse + validate + cost, max.json",
                            bench::measure(
                                [&] {
                                    const auto t = parseTopology(maxText);
                                    sink +=
                                        validate(*t, catalogue).size() +
                                        static_cast<std::size_t>(estimateCost(*t, catalogue).total.monthly);
                                },
                                2000),
                            1000);

    const std::string big = bench::documentWithNodeOverrides(1 << 20);
    const Topology parsedBig = *parseTopology(big);
    std::printf("generated document: %.2f MB, %lld nodes, %zu per-node overrides\n",
                static_cast<double>(big.size()) / (1 << 20), parsedBig.nodeCount(),
                parsedBig.pillar(Pillar::Worker)->nodePlans.size());
    allMet &= bench::report("parse + validate, 1 MB document",
                            bench::measure(
                                [&] {
                                    const auto t = parseTopology(big);
                                    sink += validate(*t, catalogue).size();
                                },
                                50),
                            20'000);
    allMet &= bench::report("  of which parse (JSON + schema)",
                            bench::measure([&] { sink += parseTopology(big)->nodeCount() > 0; }, 50), 20'000);
    bench::report("  reference: nlohmann::json::parse alone",
                  bench::measure([&] { sink += nlohmann::json::parse(big).size(); }, 50), 20'000);
    allMet &= bench::report("serialize, 1 MB document",
                            bench::measure([&] { sink += serializeTopology(parsedBig).size(); }, 50), 20'000);
    std::printf("(checksum %zu)\n", sink);
    return allMet ? 0 : 1;
}
