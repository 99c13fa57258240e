// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "logs/LogQl.h"
#include "logs/LogStore.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mb::logs {

/// What a query read and returned, for Loki's `stats`.
struct QueryStats
{
    std::int64_t linesProcessed = 0;
    std::int64_t bytesProcessed = 0;
    std::int64_t entriesReturned = 0;
    double execSeconds = 0;
};

/// One stream of a log query's answer: its labels after the pipeline, its entries in the
/// query's direction.
struct ResultStream
{
    Labels labels;
    std::vector<std::pair<std::int64_t, std::string>> entries;
};

struct LogQueryResult
{
    std::vector<ResultStream> streams;
    QueryStats stats;
};

struct SeriesPoint
{
    std::int64_t timestampNs = 0;
    double value = 0;
};

/// One series of a metric query's answer: its labels and the steps where it has a value.
struct ResultSeries
{
    Labels metric;
    std::vector<SeriesPoint> points;
};

struct MetricQueryResult
{
    std::vector<ResultSeries> series;
    QueryStats stats;
};

/// Bounds on what one query may build (docs/observability.md, "Limits").
struct EngineLimits
{
    std::size_t maxSeries = 500;   ///< Loki's max_query_series
    std::size_t maxPoints = 11000; ///< steps per series, Loki's resolution limit
};

/**
 * Answers LogQL queries from a LogStore.
 *
 * Log queries stop reading once `limit` entries passed the pipeline, so memory is bounded by
 * the limit. Metric queries read the lines of `[start - range, end]` once, forward, and keep one
 * counter per (series, step): memory is bounded by `maxSeries × maxPoints`, each refused with
 * `LogsLimit`. Holds a reference to the store (which must outlive it); thread-safe as the store is.
 */
class LogQueryEngine
{
public:
    explicit LogQueryEngine(LogStore &store, EngineLimits limits = {});

    /// Entries of `[startNs, endNs)` that pass `query`, at most `limit` in total.
    [[nodiscard]] Result<LogQueryResult> logQuery(const logql::LogExpr &query, std::int64_t startNs,
                                                  std::int64_t endNs, std::size_t limit, Direction direction);

    /// `query` evaluated at `startNs`, `startNs + stepNs`, … up to `endNs` inclusive (an instant
    /// query is start = end).
    [[nodiscard]] Result<MetricQueryResult> metricQuery(const logql::MetricExpr &query, std::int64_t startNs,
                                                        std::int64_t endNs, std::int64_t stepNs);

    /// The streams whose labels match every matcher of `selector`.
    [[nodiscard]] std::vector<StreamInfo> matchingStreams(const std::vector<logql::Matcher> &selector) const;

private:
    struct Dense;
    Result<std::vector<Dense>> evaluate(const logql::MetricExpr &query, std::int64_t startNs,
                                        std::size_t steps, std::int64_t stepNs, QueryStats &stats,
                                        const logql::MetricExpr *projectTo);

    LogStore &m_store;
    EngineLimits m_limits;
};

} // namespace mb::logs
