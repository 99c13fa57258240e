// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "logs/LogQueryEngine.h"

#include <string>
#include <vector>

/// Loki's JSON response bodies, byte for byte in the shapes Loki's marshaller writes
/// (docs/observability.md, "Responses").
namespace mb::logs::response {

/// `{"status":"success","data":{"resultType":"streams","result":[{"stream":{…},"values":[["<ns>","<line>"]…]}…],"stats":{…}}}`
[[nodiscard]] std::string streams(const LogQueryResult &result);

/// `…"resultType":"matrix","result":[{"metric":{…},"values":[[<seconds>,"<value>"]…]}…]…`
[[nodiscard]] std::string matrix(const MetricQueryResult &result);

/// `…"resultType":"vector","result":[{"metric":{…},"value":[<seconds>,"<value>"]}…]…`: each
/// series' last point.
[[nodiscard]] std::string vector(const MetricQueryResult &result);

/// `{"status":"success","data":["a","b"]}`; `data` left out when empty, as Loki does.
[[nodiscard]] std::string labelList(const std::vector<std::string> &values);

/// `{"status":"success","data":[{"a":"1"},…]}`; `data` always present.
[[nodiscard]] std::string series(const std::vector<Labels> &series);

/// The tail frame Loki's WebSocket sends: `{"streams":[{"stream":{…},"values":[["<ns>","<line>"]]}]}`.
[[nodiscard]] std::string tailFrame(const std::vector<ResultStream> &streams);
/// A tail frame with Loki's `dropped_entries` (`[{"labels":{…},"timestamp":"<ns>"}]`), the
/// entries the tail left out for a client that did not keep up; omitted when empty, as Loki does.
[[nodiscard]] std::string tailFrame(const std::vector<ResultStream> &streams,
                                    const std::vector<std::pair<Labels, std::int64_t>> &dropped);

/// `text` as a JSON string literal; invalid UTF-8 becomes U+FFFD, as Go's encoder writes it.
void appendJsonString(std::string &out, std::string_view text);

/// A sample value as Loki prints it: shortest decimal, `+Inf`, `-Inf`, `NaN`.
[[nodiscard]] std::string formatValue(double value);

/// Unix nanoseconds as Loki's float seconds with millisecond precision: `1568404331.324`.
[[nodiscard]] std::string formatSeconds(std::int64_t ns);

} // namespace mb::logs::response
