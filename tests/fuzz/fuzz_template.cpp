// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// A pillar's node template (resources/templates/<pillar>.json); the first byte picks the pillar.
#include "Templates.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const auto pillar = mb::topology::AllPillars[data[0] % mb::topology::AllPillars.size()];
    const std::string_view text(reinterpret_cast<const char *>(data + 1), size - 1);
    (void)mb::daemon::parseTemplate(text, pillar);
    return 0;
}
