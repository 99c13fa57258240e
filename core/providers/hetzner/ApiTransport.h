// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"
#include "net/HttpClient.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace mb::providers::hetzner {

/// How the client reaches the API and how patient it is.
struct ApiOptions
{
    std::string endpoint = "https://api.hetzner.cloud/v1";
    std::chrono::milliseconds requestTimeout{30'000};
    /// Attempts of one request that may safely be repeated (a read, a power action).
    int maxAttempts = 5;
    /// Backoff before the n-th retry: base × 2^(n-1), capped, with full jitter (docs/hetzner.md).
    std::chrono::milliseconds backoffBase{1000};
    std::chrono::milliseconds backoffCap{60'000};
    /// Between two batch polls of running actions.
    std::chrono::milliseconds pollInterval{1000};
    /// Largest page asked for (the API's own maximum is 50).
    int perPage = 50;
    /// Waits for requests the rate budget does not allow yet; tests replace it to observe.
    std::function<void(std::chrono::milliseconds)> sleep{};
};

/// What the API's RateLimit-* headers said last, and the client's own estimate since.
struct RateBudget
{
    int limit = 0;       ///< requests per period; 0 until the first answer
    double tokens = 0;   ///< requests the client believes it may send now
    double perToken = 0; ///< seconds until one more request is allowed
    std::chrono::steady_clock::time_point updated{};
};

/// Whether a request may be sent again when its outcome is unknown.
enum class Repeat
{
    /// Reads and requests whose repetition changes nothing (GET, PUT, power actions): retried
    /// on timeouts, 5xx, 429 and `conflict`.
    Safe,
    /// A create or a change that must not happen twice: retried only when the API certainly
    /// did nothing (429, `conflict`, `locked`); any other failure goes back to the caller,
    /// who looks up what exists first.
    Once,
};

/**
 * One request to the Hetzner Cloud API: authentication, pacing under the rate budget, retries by
 * the rules above, and every answer that is not a success mapped to an Error carrying the API's
 * code (Error::providerCode) and HTTP status.
 *
 * Rate budget: RateLimit-Limit/-Remaining/-Reset (read case-insensitively) give the budget and
 * its refill speed; the transport keeps its own estimate (never above what the API said last)
 * and waits before a request the budget does not allow, so a well-paced client never sees a 429.
 * A 429 still waits for one request's share of the refill and retries.
 *
 * Errors: ProviderTransient (429, 5xx, `locked`, `conflict`, timeouts, connection failures),
 * ProviderFailed (everything else, and answers that are not the API's JSON). Messages name the
 * method and path, never the token or the query.
 *
 * Threads: send() may be called from several threads at once; the budget is shared.
 */
class ApiTransport
{
public:
    ApiTransport(ApiOptions options, std::string token);

    /// Sends `method path` (path below the endpoint, with its query) with `body` (JSON text or
    /// empty) and returns the parsed answer (null for 204).
    [[nodiscard]] Result<nlohmann::json> send(std::string_view method, const std::string &path,
                                              const std::string &body, Repeat repeat);

    [[nodiscard]] const ApiOptions &options() const { return m_options; }
    [[nodiscard]] RateBudget budget() const;
    /// Requests sent so far (each attempt counts).
    [[nodiscard]] std::uint64_t requestsSent() const;

    /// Sleeps through ApiOptions::sleep (or the real clock).
    void sleepFor(std::chrono::milliseconds duration) const;
    /// Waits before retry number `attempt` (1-based): capped exponential backoff, full jitter.
    void backoff(int attempt, std::optional<std::chrono::milliseconds> atLeast = std::nullopt);

    /// Percent-encodes a query value (label selectors: `=` and `,` must be escaped).
    [[nodiscard]] static std::string encode(std::string_view value);

private:
    /// Waits until the budget allows one more request; returns its sequence number.
    std::uint64_t pace();
    void refill(std::chrono::steady_clock::time_point now);
    void record(const net::HttpHeaders &headers, std::chrono::system_clock::time_point sent,
                std::uint64_t sequence);
    [[nodiscard]] Result<nlohmann::json> attempt(std::string_view method, const std::string &path,
                                                 const std::string &body);

    ApiOptions m_options;
    net::HttpClient m_http;
    mutable std::mutex m_mutex;
    RateBudget m_budget;
    double m_perTokenDeficit = 0;
    std::uint64_t m_sent = 0;
    std::uint64_t m_jitterState;
};

} // namespace mb::providers::hetzner
