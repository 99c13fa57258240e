// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LogQueryEngine.h"

#include "logs/LogPipeline.h"

#include <algorithm>
#include <chrono>
#include <limits>
#include <optional>
#include <unordered_map>

namespace mb::logs {

using namespace logql;

namespace {

constexpr const char *Ctx = "mb::logs";

// 128-bit arithmetic for step indexes: a line near the end of int64 time minus a start before
// 1970 must not wrap (`__extension__` keeps -Wpedantic quiet about the GNU type).
__extension__ typedef __int128 Wide;

Wide floorDiv(Wide a, Wide b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

Wide ceilDiv(Wide a, Wide b)
{
    return -floorDiv(-a, b);
}

/// `a + b` clamped to int64 (times near the ends of the range must not wrap).
std::int64_t addClamped(std::int64_t a, std::int64_t b)
{
    std::int64_t out = 0;
    if (__builtin_add_overflow(a, b, &out))
        return b > 0 ? std::numeric_limits<std::int64_t>::max() : std::numeric_limits<std::int64_t>::min();
    return out;
}

std::unexpected<Error> tooManySeries(std::size_t limit)
{
    return fail(ErrorCode::LogsLimit,
                Message{Ctx,
                        MB_TR_NOOP("mb::logs", "maximum number of series (%1) reached for a single query; "
                                               "narrow the selector or aggregate with sum by (…)"),
                        {std::to_string(limit)}});
}

Labels project(const Labels &labels, const MetricExpr &aggregate)
{
    Labels out;
    if (!aggregate.grouped)
        return out;
    if (aggregate.without) {
        out = labels;
        for (const auto &name : aggregate.grouping)
            out.erase(name);
        return out;
    }
    for (const auto &name : aggregate.grouping)
        if (const auto it = labels.find(name); it != labels.end())
            out.insert(*it);
    return out;
}

class Timer
{
public:
    explicit Timer(QueryStats &stats)
        : m_stats(stats)
    {}
    ~Timer()
    {
        m_stats.execSeconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    }
    Timer(const Timer &) = delete;
    Timer &operator=(const Timer &) = delete;

private:
    QueryStats &m_stats;
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
};

} // namespace

struct LogQueryEngine::Dense
{
    Labels metric;
    std::vector<double> values;
    std::vector<std::uint8_t> present;
};

LogQueryEngine::LogQueryEngine(LogStore &store, EngineLimits limits)
    : m_store(store)
    , m_limits(limits)
{}

std::vector<StreamInfo> LogQueryEngine::matchingStreams(const std::vector<Matcher> &selector) const
{
    std::vector<StreamInfo> out;
    for (auto &stream : m_store.streams()) {
        bool all = true;
        for (const auto &m : selector) {
            const auto it = stream.labels.find(m.name);
            if (!m.matches(it == stream.labels.end() ? std::string_view() : std::string_view(it->second))) {
                all = false;
                break;
            }
        }
        if (all)
            out.push_back(std::move(stream));
    }
    return out;
}

Result<LogQueryResult> LogQueryEngine::logQuery(const LogExpr &query, std::int64_t startNs,
                                                std::int64_t endNs, std::size_t limit, Direction direction)
{
    LogQueryResult result;
    Timer timer(result.stats);
    const auto streams = matchingStreams(query.selector);
    std::unordered_map<std::int64_t, const Labels *> labelsOf;
    EntryScan scan;
    for (const auto &s : streams) {
        scan.streams.push_back(s.id);
        labelsOf[s.id] = &s.labels;
    }
    scan.startNs = startNs;
    scan.endNs = endNs;
    scan.direction = direction;
    const LogPipeline pipeline(query.pipeline);
    scan.mustContain = pipeline.requiredSubstrings();
    std::unordered_map<std::int64_t, std::size_t> byStream;
    std::map<Labels, std::size_t> byLabels;
    std::size_t returned = 0;
    if (limit == 0)
        return result;
    auto ok = m_store.scan(scan, [&](const EntryView &entry) {
        ++result.stats.linesProcessed;
        result.stats.bytesProcessed += static_cast<std::int64_t>(entry.line.size());
        const Labels &streamLabels = *labelsOf[entry.streamId];
        std::size_t index = 0;
        std::string line;
        if (pipeline.onlyLineFilters()) {
            if (!pipeline.keepsLine(entry.line))
                return true;
            line = std::string(entry.line);
            const auto [it, added] = byStream.try_emplace(entry.streamId, result.streams.size());
            if (added)
                result.streams.push_back({streamLabels, {}});
            index = it->second;
        } else {
            Labels labels = streamLabels;
            line = std::string(entry.line);
            if (!pipeline.run(labels, line))
                return true;
            const auto [it, added] = byLabels.try_emplace(labels, result.streams.size());
            if (added)
                result.streams.push_back({std::move(labels), {}});
            index = it->second;
        }
        result.streams[index].entries.emplace_back(entry.timestampNs, std::move(line));
        return ++returned < limit;
    });
    if (!ok)
        return std::unexpected(ok.error());
    result.stats.entriesReturned = static_cast<std::int64_t>(returned);
    return result;
}

Result<MetricQueryResult> LogQueryEngine::metricQuery(const MetricExpr &query, std::int64_t startNs,
                                                      std::int64_t endNs, std::int64_t stepNs)
{
    MetricQueryResult result;
    Timer timer(result.stats);
    if (stepNs <= 0)
        stepNs = 1;
    const std::int64_t span = endNs - startNs;
    if (span < 0)
        return result;
    const std::int64_t steps = span / stepNs + 1;
    if (steps > static_cast<std::int64_t>(m_limits.maxPoints))
        return fail(
            ErrorCode::LogsLimit,
            Message{Ctx,
                    MB_TR_NOOP("mb::logs", "exceeded maximum resolution of %1 points per time series; "
                                           "increase the step or shorten the range"),
                    {std::to_string(m_limits.maxPoints)}});
    auto dense = evaluate(query, startNs, static_cast<std::size_t>(steps), stepNs, result.stats, nullptr);
    if (!dense)
        return std::unexpected(dense.error());
    for (auto &series : *dense) {
        ResultSeries out;
        out.metric = std::move(series.metric);
        for (std::size_t k = 0; k < series.values.size(); ++k)
            if (series.present[k])
                out.points.push_back({startNs + static_cast<std::int64_t>(k) * stepNs, series.values[k]});
        if (!out.points.empty())
            result.series.push_back(std::move(out));
    }
    // Series by their labels, as Loki sorts a matrix: the same query gives the same order.
    std::sort(result.series.begin(), result.series.end(),
              [](const ResultSeries &a, const ResultSeries &b) { return a.metric < b.metric; });
    return result;
}

Result<std::vector<LogQueryEngine::Dense>> LogQueryEngine::evaluate(const MetricExpr &query,
                                                                    std::int64_t startNs, std::size_t steps,
                                                                    std::int64_t stepNs, QueryStats &stats,
                                                                    const MetricExpr *projectTo)
{
    if (query.kind == MetricExpr::Kind::Aggregate) {
        const MetricExpr &inner = *query.inner;
        // sum by (…) of a range aggregation is the range aggregation counted per group: read that
        // way, a `| json` that makes a series of every line still needs only one per group.
        const bool pushDown = query.aggregateOp == AggregateOp::Sum && inner.kind == MetricExpr::Kind::Range;
        auto evaluated = evaluate(inner, startNs, steps, stepNs, stats, pushDown ? &query : nullptr);
        if (!evaluated)
            return evaluated;
        std::vector<Dense> series = std::move(*evaluated);
        std::map<Labels, std::size_t> groupOf;
        std::vector<Dense> groups;
        std::vector<std::vector<double>> counts;
        for (const auto &s : series) {
            const Labels key = project(s.metric, query);
            const auto [it, added] = groupOf.try_emplace(key, groups.size());
            if (added) {
                groups.push_back({key, std::vector<double>(steps, 0), std::vector<std::uint8_t>(steps, 0)});
                counts.emplace_back(steps, 0);
            }
            Dense &g = groups[it->second];
            auto &n = counts[it->second];
            for (std::size_t k = 0; k < steps; ++k) {
                if (!s.present[k])
                    continue;
                const double v = s.values[k];
                double &acc = g.values[k];
                switch (query.aggregateOp) {
                case AggregateOp::Sum:
                case AggregateOp::Avg:
                    acc += v;
                    break;
                case AggregateOp::Count:
                    acc += 1;
                    break;
                case AggregateOp::Min:
                    acc = g.present[k] ? std::min(acc, v) : v;
                    break;
                case AggregateOp::Max:
                    acc = g.present[k] ? std::max(acc, v) : v;
                    break;
                }
                g.present[k] = 1;
                n[k] += 1;
            }
        }
        if (query.aggregateOp == AggregateOp::Avg)
            for (std::size_t g = 0; g < groups.size(); ++g)
                for (std::size_t k = 0; k < steps; ++k)
                    if (groups[g].present[k])
                        groups[g].values[k] /= counts[g][k];
        return groups;
    }

    // A range aggregation: every kept line adds to the steps whose window (t - range, t] holds it,
    // through a difference array per series so a line costs O(1) whatever range / step is.
    const std::int64_t range = query.rangeNs;
    const std::int64_t offset = query.offsetNs;
    const std::int64_t lastT = startNs + static_cast<std::int64_t>(steps - 1) * stepNs;
    const auto streams = matchingStreams(query.log.selector);
    std::unordered_map<std::int64_t, const Labels *> labelsOf;
    EntryScan scan;
    for (const auto &s : streams) {
        scan.streams.push_back(s.id);
        labelsOf[s.id] = &s.labels;
    }
    scan.startNs = addClamped(addClamped(startNs, -offset), -range + 1);
    scan.endNs = addClamped(addClamped(lastT, -offset), 1);
    scan.direction = Direction::Forward;
    scan.anyOrder = true; // the difference arrays do not care in which order lines come
    const LogPipeline pipeline(query.log.pipeline);
    scan.mustContain = pipeline.requiredSubstrings();

    struct Counter
    {
        Labels metric;
        std::vector<std::int64_t> count;
        std::vector<double> bytes;
    };
    std::vector<Counter> counters;
    std::unordered_map<std::int64_t, std::size_t> byStream;
    std::map<Labels, std::size_t> byLabels;
    std::optional<Error> failure;
    auto ok = m_store.scan(scan, [&](const EntryView &entry) {
        ++stats.linesProcessed;
        stats.bytesProcessed += static_cast<std::int64_t>(entry.line.size());
        const Labels &streamLabels = *labelsOf[entry.streamId];
        std::size_t index = 0;
        std::size_t lineBytes = entry.line.size();
        const auto counterFor = [&](Labels labels) -> std::optional<std::size_t> {
            if (projectTo)
                labels = project(labels, *projectTo);
            const auto it = byLabels.find(labels);
            if (it != byLabels.end())
                return it->second;
            if (counters.size() >= m_limits.maxSeries) {
                failure = tooManySeries(m_limits.maxSeries).error();
                return std::nullopt;
            }
            counters.push_back(
                {labels, std::vector<std::int64_t>(steps + 1, 0), std::vector<double>(steps + 1, 0)});
            byLabels.emplace(std::move(labels), counters.size() - 1);
            return counters.size() - 1;
        };
        if (pipeline.onlyLineFilters()) {
            if (!pipeline.keepsLine(entry.line))
                return true;
            if (const auto it = byStream.find(entry.streamId); it != byStream.end()) {
                index = it->second;
            } else {
                const auto found = counterFor(streamLabels);
                if (!found)
                    return false;
                index = *found;
                byStream.emplace(entry.streamId, index);
            }
        } else {
            Labels labels = streamLabels;
            std::string line(entry.line);
            if (!pipeline.run(labels, line))
                return true;
            lineBytes = line.size();
            const auto found = counterFor(std::move(labels));
            if (!found)
                return false;
            index = *found;
        }
        const Wide at = Wide{entry.timestampNs} + offset;
        const Wide lo = std::max<Wide>(0, ceilDiv(at - startNs, stepNs));
        const Wide hi =
            std::min<Wide>(static_cast<Wide>(steps) - 1, floorDiv(at + range - 1 - startNs, stepNs));
        if (lo > hi)
            return true;
        Counter &c = counters[index];
        c.count[static_cast<std::size_t>(lo)] += 1;
        c.count[static_cast<std::size_t>(hi) + 1] -= 1;
        c.bytes[static_cast<std::size_t>(lo)] += static_cast<double>(lineBytes);
        c.bytes[static_cast<std::size_t>(hi) + 1] -= static_cast<double>(lineBytes);
        return true;
    });
    if (!ok)
        return std::unexpected(ok.error());
    if (failure)
        return std::unexpected(*failure);
    const double seconds = static_cast<double>(range) / 1e9;
    std::vector<Dense> out;
    out.reserve(counters.size());
    for (auto &c : counters) {
        Dense d{std::move(c.metric), std::vector<double>(steps, 0), std::vector<std::uint8_t>(steps, 0)};
        std::int64_t count = 0;
        double bytes = 0;
        for (std::size_t k = 0; k < steps; ++k) {
            count += c.count[k];
            bytes += c.bytes[k];
            if (count <= 0)
                continue;
            d.present[k] = 1;
            switch (query.rangeOp) {
            case RangeOp::CountOverTime:
                d.values[k] = static_cast<double>(count);
                break;
            case RangeOp::Rate:
                d.values[k] = static_cast<double>(count) / seconds;
                break;
            case RangeOp::BytesOverTime:
                d.values[k] = bytes;
                break;
            case RangeOp::BytesRate:
                d.values[k] = bytes / seconds;
                break;
            }
        }
        out.push_back(std::move(d));
    }
    return out;
}

} // namespace mb::logs
