// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// A pillar daemon's config file, with its components.
#include "DaemonConfig.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto config = mb::daemon::parseDaemonConfig(text);
    if (!config)
        for (const mb::Error &e : config.error())
            (void)mb::daemon::describeConfigError(QStringLiteral("config.json"), e);
    return 0;
}
