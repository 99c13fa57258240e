// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// A stored plan document (the control plane's plans table, POST /v1/plan's answer).
#include "plan/Plan.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto plan = mb::plan::planFromJson(text);
    if (!plan)
        return 0;
    (void)mb::plan::renderText(*plan);
    (void)mb::plan::toJson(*plan);
    return 0;
}
