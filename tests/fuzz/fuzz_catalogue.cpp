// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// The plan catalogue format (resources/plans/hetzner.json and its refreshed copies).
#include "topology/PlanCatalogue.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto catalogue = mb::topology::PlanCatalogue::fromJson(text);
    if (!catalogue)
        return 0;
    // A catalogue that reads resolves every name it lists, and its legacy chains end.
    for (const auto &plan : catalogue->plans())
        if (!catalogue->resolve(plan.name))
            __builtin_trap();
    for (const auto &legacy : catalogue->legacy())
        (void)catalogue->resolve(legacy.name);
    for (const auto &location : catalogue->locations())
        (void)catalogue->cheapestIn(location.name);
    return 0;
}
