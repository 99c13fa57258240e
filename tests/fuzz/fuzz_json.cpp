// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// The JSON reader every document goes through: limits, duplicate keys, the parser, and the
// locator that finds positions for errors.
#include "json/JsonLocator.h"
#include "json/JsonReader.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto parsed = mb::json::parseText(text);
    if (!parsed) {
        // Every refusal says what and where.
        if (parsed.error().message.text().empty() || parsed.error().line < 0 || parsed.error().column < 0)
            __builtin_trap();
        // What the scanner accepted up to a fault, the parser must refuse: never the other way.
        if (parsed.error().code == mb::ErrorCode::Internal)
            __builtin_trap();
        return 0;
    }
    const mb::json::JsonLocator locator(text);
    (void)locator.deepestPointerAt(size / 2);
    if (parsed->is_object())
        for (const auto &[key, value] : parsed->items()) {
            const std::string pointer = '/' + mb::json::escapePointerToken(key);
            // A member the parser read, the locator must find.
            if (locator.keyPosition(pointer).line == 0)
                __builtin_trap();
            (void)value;
        }
    return 0;
}
