// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// A topology document all the way: reader, strict schema, rules, cost, plan, and the canonical
// writer (what it writes must read back equal).
#include "plan/Planner.h"
#include "topology/Cost.h"
#include "topology/PlanCatalogue.h"
#include "topology/Rules.h"
#include "topology/Topology.h"
#include "json/JsonLocator.h"

#include <cstdint>
#include <string_view>

namespace {
/// Planning is linear in the nodes a document asks for, not in its bytes: a 40-byte document
/// may ask for a million. Plans are made up to this many, enough to reach every action kind.
constexpr long long MaxPlannedNodes = 200;
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto parsed = mb::topology::parseTopology(text);
    if (!parsed) {
        for (const mb::Error &e : parsed.error())
            if (e.message.text().empty())
                __builtin_trap();
        return 0;
    }
    const auto &catalogue = mb::topology::PlanCatalogue::builtin();
    const auto diagnostics = mb::topology::validate(*parsed, catalogue);
    const mb::json::JsonLocator locator(text);
    for (const auto &d : diagnostics)
        (void)locator.valuePosition(d.pointer);
    (void)mb::topology::estimateCost(*parsed, catalogue);

    const std::string written = mb::topology::serializeTopology(*parsed);
    const auto again = mb::topology::parseTopology(written);
    if (!again || !(*again == *parsed) || mb::topology::serializeTopology(*again) != written)
        __builtin_trap();

    if (!mb::topology::hasErrors(diagnostics) && parsed->nodeCount() <= MaxPlannedNodes) {
        const mb::plan::Planner planner(catalogue);
        (void)planner.plan(*parsed, {});
    }
    return 0;
}
