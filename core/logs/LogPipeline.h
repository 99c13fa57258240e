// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "logs/LogQl.h"
#include "logs/LogStore.h"

#include <string>
#include <string_view>
#include <vector>

namespace mb::logs {

/**
 * Runs a LogQL pipeline (line filters, `| json`, `| logfmt`, label filters, `line_format`) on
 * one line at a time, as Loki does: a parser adds the labels it finds (a name a stream label
 * already has gets `_extracted`), a line it cannot parse gets `__error__` (`JSONParserErr`,
 * `LogfmtParserErr`) instead of being dropped, and a numeric filter on a value that is not a
 * number sets `__error__="LabelFilterErr"` and keeps the line.
 *
 * Immutable after construction, so one pipeline may run on several threads.
 */
class LogPipeline
{
public:
    explicit LogPipeline(std::vector<logql::Stage> stages);

    /// Whether every stage is a line filter: keepsLine() is then all the pipeline does.
    [[nodiscard]] bool onlyLineFilters() const { return m_onlyLineFilters; }

    /// The line filters alone (for pipelines of line filters only).
    [[nodiscard]] bool keepsLine(std::string_view line) const;

    /// Runs every stage. `labels` starts as the stream's and `line` as stored; both may change.
    /// Returns false when a filter drops the line.
    [[nodiscard]] bool run(Labels &labels, std::string &line) const;

    /// Substrings every kept line contains as stored (the `|=` filters before any line_format),
    /// for the store's line index to narrow a scan.
    [[nodiscard]] std::vector<std::string> requiredSubstrings() const;

private:
    std::vector<logql::Stage> m_stages;
    bool m_onlyLineFilters = true;
};

/// Flattens a JSON object line into labels (`a_b` for nested keys, arrays skipped, names
/// sanitised to `[a-zA-Z0-9_]`). Returns false when the line is not a JSON object.
[[nodiscard]] bool extractJson(std::string_view line, std::vector<std::pair<std::string, std::string>> &out);

/// Reads `key=value key2="quoted value"` pairs. Returns false on an unclosed quote or a pair
/// without a key.
[[nodiscard]] bool extractLogfmt(std::string_view line,
                                 std::vector<std::pair<std::string, std::string>> &out);

} // namespace mb::logs
