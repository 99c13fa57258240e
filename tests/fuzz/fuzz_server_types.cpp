// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// A Hetzner `GET /server_types` response body merged into the built-in catalogue.
#include "providers/hetzner/ServerTypeMerge.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto merged =
        mb::providers::hetzner::mergeServerTypes(mb::topology::PlanCatalogue::builtin(), text, "2026-06-01");
    if (!merged)
        return 0;
    for (const auto &location : merged->locations())
        (void)merged->cheapestIn(location.name);
    return 0;
}
