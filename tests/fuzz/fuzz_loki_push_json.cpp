// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// Loki's JSON push body (core/logs/LokiPush.h): every refusal says what, and a decoded push
// holds only what the limits allow.
#include "logs/LokiPush.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const mb::logs::PushLimits limits;
    const auto request = mb::logs::decodePushJson(text, limits);
    if (!request) {
        if (request.error().message.text().empty())
            __builtin_trap();
        return 0;
    }
    for (const auto &stream : request->streams) {
        if (stream.labels.empty() || stream.labels.size() > limits.maxLabelNames)
            __builtin_trap();
        for (const auto &entry : stream.entries)
            if (entry.timestampNs < 0 || entry.line.size() > limits.maxLineBytes)
                __builtin_trap();
    }
    return 0;
}
