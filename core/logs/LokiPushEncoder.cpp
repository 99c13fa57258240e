// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "logs/LokiPushEncoder.h"

#include "logs/LogStore.h"

#include <snappy.h>

#include <cstdint>

namespace mb::logs {

namespace {

void putVarint(std::string &out, std::uint64_t value)
{
    while (value >= 0x80) {
        out.push_back(static_cast<char>((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.push_back(static_cast<char>(value));
}

void putTag(std::string &out, int field, int wireType)
{
    putVarint(out, static_cast<std::uint64_t>(field) << 3 | static_cast<std::uint64_t>(wireType));
}

void putBytes(std::string &out, int field, std::string_view bytes)
{
    putTag(out, field, 2);
    putVarint(out, bytes.size());
    out.append(bytes);
}

std::string encodeEntry(const PushEntry &entry)
{
    std::string timestamp;
    // google.protobuf.Timestamp: seconds and nanos, nanos in [0, 1e9) even before 1970.
    std::int64_t seconds = entry.timestampNs / 1'000'000'000;
    std::int64_t nanos = entry.timestampNs % 1'000'000'000;
    if (nanos < 0) {
        nanos += 1'000'000'000;
        --seconds;
    }
    if (seconds != 0) {
        putTag(timestamp, 1, 0);
        putVarint(timestamp, static_cast<std::uint64_t>(seconds));
    }
    if (nanos != 0) {
        putTag(timestamp, 2, 0);
        putVarint(timestamp, static_cast<std::uint64_t>(nanos));
    }
    std::string out;
    putBytes(out, 1, timestamp);
    putBytes(out, 2, entry.line);
    for (const auto &[name, value] : entry.structuredMetadata) {
        std::string pair;
        putBytes(pair, 1, name);
        putBytes(pair, 2, value);
        putBytes(out, 3, pair);
    }
    return out;
}

} // namespace

std::string encodePushMessage(const PushRequest &request)
{
    std::string out;
    for (const PushStream &stream : request.streams) {
        std::string adapter;
        putBytes(adapter, 1, labelsToString(stream.labels));
        for (const PushEntry &entry : stream.entries)
            putBytes(adapter, 2, encodeEntry(entry));
        putBytes(out, 1, adapter);
    }
    return out;
}

std::string encodePushProtobuf(const PushRequest &request)
{
    const std::string message = encodePushMessage(request);
    std::string compressed;
    snappy::Compress(message.data(), message.size(), &compressed);
    return compressed;
}

} // namespace mb::logs
