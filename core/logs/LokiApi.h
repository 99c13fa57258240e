// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "logs/LogQl.h"
#include "logs/LogQueryEngine.h"
#include "logs/LogStore.h"
#include "logs/LokiPush.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace mb::logs {

/// An HTTP request as the Loki API sees it, already split by the server.
struct ApiRequest
{
    std::string method; ///< GET, POST
    std::string path;   ///< without the query string: /loki/api/v1/query_range
    /// The query string's parameters, decoded, in order (`match[]` may repeat).
    std::vector<std::pair<std::string, std::string>> query;
    std::string contentType;
    std::string contentEncoding;
    std::string body;
    /// "Now" in unix nanoseconds for defaults (end, time); 0 reads the system clock.
    std::int64_t nowNs = 0;
};

struct ApiResponse
{
    int status = 200;
    std::string contentType;
    std::string body;
};

/// Loki's request limits and defaults (docs/observability.md, "Limits").
struct ApiLimits
{
    std::size_t defaultLimit = 100;
    std::size_t maxEntries = 5000;                                            ///< max_entries_limit_per_query
    std::int64_t maxQueryLengthNs = std::int64_t{721} * 3600 * 1'000'000'000; ///< max_query_length
    std::int64_t defaultRangeNs = std::int64_t{3600} * 1'000'000'000;         ///< start = end - 1h
};

/// A tail ready to poll: the parsed query, the streams it reads, and where it stands.
struct TailSession
{
    logql::LogExpr query;
    TailCursor cursor;
    /// The entries left out since the last frame (labels, time), for its `dropped_entries`;
    /// at most `MaxDroppedEntries`, the oldest kept.
    std::vector<std::pair<Labels, std::int64_t>> dropped;
    static constexpr std::size_t MaxDroppedEntries = 5000;
};

/**
 * Loki's HTTP API over a LogStore, without the transport: `handle()` maps (method, path, query
 * parameters, body) to (status, content type, body) for `/loki/api/v1/push`, `query_range`,
 * `query`, `labels`, `label/<name>/values`, `series` and `/ready`, in Loki's shapes: 204 on a
 * push; `streams`, `matrix` or `vector` with `stats`; plain-text errors with Loki's texts
 * (`parse error at line 1, col N: …`) and statuses (400 for a bad request, 500 when the store
 * fails, 404 for an unknown path).
 *
 * The WebSocket tail is the transport's: startTail() parses its query and pollTail() gives
 * the next frame in Loki's tail shape. Thread-safe as the store is; the store must outlive it.
 */
class LokiApi
{
public:
    explicit LokiApi(LogStore &store, ApiLimits limits = {}, PushLimits pushLimits = {},
                     logql::QueryLimits queryLimits = {}, EngineLimits engineLimits = {});

    [[nodiscard]] ApiResponse handle(const ApiRequest &request);

    /// Parses a tail's `query` (a log query) and starts it at the newest entry.
    [[nodiscard]] Result<TailSession> startTail(const std::string &query);
    /// Up to `limit` entries appended since the last poll, as one tail frame (`{"streams":[…]}`);
    /// an empty string when nothing new passed the query.
    /// With `drop` (the client is not keeping up) the entries are read but not sent: they are
    /// kept in `session.dropped`, and the next frame names them in Loki's `dropped_entries`.
    [[nodiscard]] Result<std::string> pollTail(TailSession &session, std::size_t limit, bool drop = false);

private:
    ApiResponse push(const ApiRequest &request);
    ApiResponse query(const ApiRequest &request, bool instant);
    ApiResponse labels(const ApiRequest &request, const std::string *valuesOf);
    ApiResponse series(const ApiRequest &request);

    LogStore &m_store;
    LogQueryEngine m_engine;
    ApiLimits m_limits;
    PushLimits m_pushLimits;
    logql::QueryLimits m_queryLimits;
};

/// Decodes `a=1&b=x%20y` (a form body or a query string) into pairs, in order.
[[nodiscard]] std::vector<std::pair<std::string, std::string>> parseFormEncoded(std::string_view text);

/// Loki's timestamp parameter: float seconds when it has a `.`, an integer of ≤ 10 digits as
/// seconds and longer as nanoseconds, otherwise RFC 3339. Nanoseconds, or false.
[[nodiscard]] bool parseLokiTime(std::string_view text, std::int64_t *ns);

} // namespace mb::logs
