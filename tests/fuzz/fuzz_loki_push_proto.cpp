// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// Loki's protobuf push (core/logs/LokiPush.h): the wire reader on raw bytes, and the same bytes
// snappy-compressed through the whole decoder. Every refusal names a byte inside the message.
#include "logs/LokiPush.h"

#include <snappy.h>

#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    const auto request = mb::logs::decodePushMessage(bytes);
    if (!request && request.error().message.text().empty())
        __builtin_trap();
    std::string compressed;
    snappy::Compress(bytes.data(), bytes.size(), &compressed);
    const auto viaSnappy = mb::logs::decodePushProtobuf(compressed);
    // Compression changes nothing about what the message says.
    if (request.has_value() != viaSnappy.has_value())
        __builtin_trap();
    // Raw input as a snappy body: must be refused or decoded, never crash.
    (void)mb::logs::decodePushProtobuf(bytes);
    return 0;
}
