// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

/// LogQL, the subset the embedded store answers (docs/observability.md, "LogQL").
namespace mb::logs::logql {

/// `=`, `!=`, `=~`, `!~` in a stream selector or a string label filter. Regexes are RE2 and
/// fully anchored, as in Loki.
enum class MatchOp
{
    Equal,
    NotEqual,
    Regex,
    NotRegex,
};

struct Matcher
{
    std::string name;
    MatchOp op = MatchOp::Equal;
    std::string value;
    std::shared_ptr<const re2::RE2> regex; ///< compiled for Regex and NotRegex

    [[nodiscard]] bool matches(std::string_view text) const;
};

/// `|=`, `!=`, `|~`, `!~` on a line; regexes are not anchored.
enum class LineFilterOp
{
    Contains,
    NotContains,
    Regex,
    NotRegex,
};

struct LineFilter
{
    LineFilterOp op = LineFilterOp::Contains;
    std::string text;
    std::shared_ptr<const re2::RE2> regex;

    [[nodiscard]] bool keeps(std::string_view line) const;
};

/// A numeric comparison after a parser: `| status >= 500`, `| took > 250ms`, `| size < 1MB`.
enum class CompareOp
{
    Equal,
    NotEqual,
    Greater,
    GreaterEqual,
    Less,
    LessEqual,
};

/// How a numeric label filter reads the label's value.
enum class ValueKind
{
    Number,
    Duration, ///< Go durations, compared in seconds
    Bytes,    ///< 10KB, 1MiB…, compared in bytes
};

/// A label filter: a comparison, or `and` / `or` of two.
struct LabelFilter
{
    enum class Kind
    {
        String,
        Numeric,
        And,
        Or,
    };
    Kind kind = Kind::String;
    Matcher matcher;  ///< String
    std::string name; ///< Numeric
    CompareOp compare = CompareOp::Equal;
    ValueKind valueKind = ValueKind::Number;
    double number = 0;
    std::shared_ptr<const LabelFilter> left, right; ///< And, Or
};

/// One `{{.label}}` or literal piece of a line_format template.
struct TemplatePart
{
    bool isLabel = false;
    std::string text; ///< the literal, or the label name
};

/// One pipeline stage, in query order.
struct Stage
{
    enum class Kind
    {
        LineFilter,
        Json,
        Logfmt,
        LabelFilter,
        LineFormat,
    };
    Kind kind = Kind::LineFilter;
    LineFilter lineFilter;
    std::shared_ptr<const LabelFilter> labelFilter;
    std::vector<TemplatePart> lineFormat;
};

/// A log query: a stream selector and its pipeline.
struct LogExpr
{
    std::vector<Matcher> selector;
    std::vector<Stage> pipeline;
};

enum class RangeOp
{
    CountOverTime,
    Rate,
    BytesOverTime,
    BytesRate,
};

enum class AggregateOp
{
    Sum,
    Count,
    Min,
    Max,
    Avg,
};

/// A metric query: a range aggregation over a log query, or a vector aggregation of one.
struct MetricExpr
{
    enum class Kind
    {
        Range,
        Aggregate,
    };
    Kind kind = Kind::Range;
    // Range
    RangeOp rangeOp = RangeOp::CountOverTime;
    LogExpr log;
    std::int64_t rangeNs = 0;
    std::int64_t offsetNs = 0;
    // Aggregate
    AggregateOp aggregateOp = AggregateOp::Sum;
    bool without = false;
    bool grouped = false; ///< `by (…)` or `without (…)` was written
    std::vector<std::string> grouping;
    std::shared_ptr<const MetricExpr> inner;
};

/// A parsed query: a log query or a metric one.
struct Query
{
    bool isMetric = false;
    LogExpr log;
    MetricExpr metric;
};

/// What a query may be; each refused with `LogsLimit` naming it (docs/observability.md).
struct QueryLimits
{
    std::size_t maxQueryBytes = 16u << 10;
    int maxDepth = 32; ///< nested parentheses and aggregations
    std::size_t maxRegexBytes = 4096;
    std::int64_t maxRegexMemory = 1 << 20; ///< RE2's compiled program
    std::size_t maxStages = 64;
    std::size_t maxMatchers = 64;
    std::size_t maxTemplateBytes = 4096;
};

/**
 * Parses a LogQL query. Errors carry Loki's text, `parse error at line L, col C: …`, and the
 * same line and column in `Error::line` / `column` (1-based, in bytes); code `LogsQueryInvalid`,
 * or `LogsLimit` for a query over `limits`. Pure, thread-safe; never throws.
 */
[[nodiscard]] Result<Query> parse(std::string_view text, const QueryLimits &limits = {});

/// Parses a Go/Prometheus duration such as `5m`, `1h30m`, `250ms` into nanoseconds.
[[nodiscard]] bool parseDuration(std::string_view text, std::int64_t *ns);

} // namespace mb::logs::logql
