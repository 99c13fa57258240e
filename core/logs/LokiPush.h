// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace mb::logs {

/// One log line of a push: its time in unix nanoseconds and its text.
struct PushEntry
{
    std::int64_t timestampNs = 0;
    std::string line;
    std::map<std::string, std::string> structuredMetadata;
};

/// The lines of one stream: its label set (sorted by name) and its entries, in push order.
struct PushStream
{
    std::map<std::string, std::string> labels;
    std::vector<PushEntry> entries;
};

/// A decoded Loki push request (`POST /loki/api/v1/push`).
struct PushRequest
{
    std::vector<PushStream> streams;
};

/// What a push may hold; each limit refused with an error naming it (docs/observability.md).
struct PushLimits
{
    std::size_t maxBodyBytes = 32u << 20;    ///< the body as sent (before snappy)
    std::size_t maxDecodedBytes = 64u << 20; ///< the protobuf after snappy
    std::size_t maxLineBytes = 256u << 10;   ///< one line (Loki's max_line_size)
    std::size_t maxLabelNames = 15;          ///< labels per stream (Loki's max_label_names_per_series)
    std::size_t maxLabelNameBytes = 1024;
    std::size_t maxLabelValueBytes = 2048;
};

/**
 * Decodes Loki's JSON push body: `{"streams":[{"stream":{…},"values":[["<ns>","<line>"(,{…})]]}]}`.
 *
 * Timestamps must be strings of unix nanoseconds, lines strings, labels strings, as Loki demands.
 * Errors (`LogsPushInvalid`, or the JSON reader's codes for syntax and limits) carry the JSON
 * pointer of the offending value. Pure function, thread-safe; never throws.
 */
[[nodiscard]] Result<PushRequest> decodePushJson(std::string_view body, const PushLimits &limits = {});

/**
 * Decodes Loki's protobuf push body, snappy block-compressed (what Promtail and Alloy send):
 * `PushRequest{repeated StreamAdapter streams = 1}`, `StreamAdapter{string labels = 1 (a label
 * string such as {job="app"}); repeated EntryAdapter entries = 2}`, `EntryAdapter{Timestamp
 * timestamp = 1; string line = 2; repeated LabelPairAdapter structuredMetadata = 3}`.
 *
 * Every malformed byte is an error naming what was expected and its byte offset in the
 * decompressed message; unknown fields are skipped as protobuf allows. Linear in the input;
 * never throws.
 */
[[nodiscard]] Result<PushRequest> decodePushProtobuf(std::string_view body, const PushLimits &limits = {});

/// Decodes the protobuf message itself (no snappy): the part decodePushProtobuf() runs after
/// decompressing. Exposed for tests and the fuzz target.
[[nodiscard]] Result<PushRequest> decodePushMessage(std::string_view message, const PushLimits &limits = {});

/// Parses a Prometheus-style label string `{a="1", b="x\"y"}` into a label set.
[[nodiscard]] Result<std::map<std::string, std::string>> parseLabelString(std::string_view text,
                                                                          const PushLimits &limits = {});

} // namespace mb::logs
