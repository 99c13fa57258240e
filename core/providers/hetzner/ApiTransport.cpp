// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ApiTransport.h"

#include "json/JsonReader.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <thread>

namespace mb::providers::hetzner {

namespace {

constexpr const char *Ctx = "mb::providers::hetzner";

/// What an API answer may hold: a page of 50 servers is about 250 KB.
json::JsonLimits answerLimits()
{
    json::JsonLimits limits;
    limits.maxDocumentBytes = 8U << 20;
    limits.maxDepth = 32;
    limits.maxStringBytes = 256U << 10;
    limits.maxEntries = 100'000;
    return limits;
}

std::optional<double> headerNumber(const net::HttpHeaders &headers, std::string_view name)
{
    const auto value = headers.value(name);
    if (!value)
        return std::nullopt;
    double out = 0;
    const auto [end, ec] = std::from_chars(value->data(), value->data() + value->size(), out);
    if (ec != std::errc{} || end != value->data() + value->size() || !std::isfinite(out) || out < 0)
        return std::nullopt;
    return out;
}

bool transientCode(std::string_view code)
{
    return code == "rate_limit_exceeded" || code == "conflict" || code == "locked" || code == "timeout" ||
           code == "server_error" || code == "unavailable" || code == "bad_gateway" || code == "maintenance";
}

/// "POST /servers" for messages: the path without its query, which may hold label values.
std::string shownRequest(std::string_view method, const std::string &path)
{
    return std::string(method) + " " + path.substr(0, path.find('?'));
}

} // namespace

ApiTransport::ApiTransport(ApiOptions options, std::string token)
    : m_options(std::move(options))
    , m_jitterState(static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()) |
                    1U)
{
    while (!m_options.endpoint.empty() && m_options.endpoint.back() == '/')
        m_options.endpoint.pop_back();
    m_http.setBearerToken(std::move(token));
}

std::string ApiTransport::encode(std::string_view value)
{
    static constexpr char Hex[] = "0123456789ABCDEF";
    std::string out;
    for (const unsigned char c : value) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += Hex[c >> 4];
            out += Hex[c & 15];
        }
    }
    return out;
}

RateBudget ApiTransport::budget() const
{
    std::scoped_lock lock(m_mutex);
    return m_budget;
}

std::uint64_t ApiTransport::requestsSent() const
{
    std::scoped_lock lock(m_mutex);
    return m_sent;
}

void ApiTransport::sleepFor(std::chrono::milliseconds duration) const
{
    if (duration <= std::chrono::milliseconds::zero())
        return;
    if (m_options.sleep)
        m_options.sleep(duration);
    else
        std::this_thread::sleep_for(duration);
}

void ApiTransport::refill(std::chrono::steady_clock::time_point now)
{
    if (m_budget.perToken > 0) {
        const double elapsed = std::chrono::duration<double>(now - m_budget.updated).count();
        m_budget.tokens = std::min<double>(m_budget.limit, m_budget.tokens + elapsed / m_budget.perToken);
    }
    m_budget.updated = now;
}

std::uint64_t ApiTransport::pace()
{
    // Take one request from the estimate, waiting for the refill when none is left; the lock is
    // released while waiting, so other threads queue behind the same estimate.
    for (;;) {
        std::chrono::milliseconds wait{0};
        {
            std::scoped_lock lock(m_mutex);
            if (m_budget.limit <= 0)
                return ++m_sent;
            refill(std::chrono::steady_clock::now());
            if (m_budget.tokens >= 1.0) {
                m_budget.tokens -= 1.0;
                return ++m_sent;
            }
            const double perToken = m_budget.perToken > 0 ? m_budget.perToken : 1.0;
            wait = std::chrono::milliseconds(
                static_cast<long long>(std::ceil((1.0 - m_budget.tokens) * perToken * 1000)));
        }
        sleepFor(std::max(wait, std::chrono::milliseconds{1}));
    }
}

void ApiTransport::record(const net::HttpHeaders &headers, std::chrono::system_clock::time_point sent,
                          std::uint64_t sequence)
{
    const auto limit = headerNumber(headers, "RateLimit-Limit");
    const auto remaining = headerNumber(headers, "RateLimit-Remaining");
    const auto reset = headerNumber(headers, "RateLimit-Reset");
    if (!limit || !remaining || *limit < 1)
        return;
    std::scoped_lock lock(m_mutex);
    const bool first = m_budget.limit == 0;
    m_budget.limit = static_cast<int>(*limit);
    if (reset && *remaining < *limit) {
        // Reset is the UNIX time the bucket is full again: (limit - remaining) refills away. It is
        // measured from when the request left, not when a slow answer came, so the refill speed
        // is never overestimated.
        const double untilFull = *reset - std::chrono::duration<double>(sent.time_since_epoch()).count();
        // Reset is rounded up to a second: the answer with the largest deficit says it best.
        const double deficit = *limit - *remaining;
        if (untilFull > 0 && deficit >= m_perTokenDeficit) {
            m_perTokenDeficit = deficit;
            m_budget.perToken = untilFull / deficit;
        }
    }
    // The API counted this request but maybe none of those sent after it (answers of concurrent
    // requests arrive in any order): take them off what it says is left, and never let an answer
    // raise the estimate (refill is the clock's business).
    const double left = *remaining - static_cast<double>(m_sent - sequence);
    if (first) {
        m_budget.tokens = left;
        m_budget.updated = std::chrono::steady_clock::now();
    } else {
        refill(std::chrono::steady_clock::now());
        m_budget.tokens = std::min(m_budget.tokens, left);
    }
}

void ApiTransport::backoff(int attempt, std::optional<std::chrono::milliseconds> atLeast)
{
    const auto base = m_options.backoffBase.count();
    const auto cap = m_options.backoffCap.count();
    const long long ceiling = std::min<long long>(cap, base << std::min(attempt - 1, 20));
    long long jittered = 0;
    {
        std::scoped_lock lock(m_mutex);
        m_jitterState ^= m_jitterState << 13;
        m_jitterState ^= m_jitterState >> 7;
        m_jitterState ^= m_jitterState << 17;
        jittered =
            ceiling > 0 ? static_cast<long long>(m_jitterState % static_cast<std::uint64_t>(ceiling + 1)) : 0;
    }
    sleepFor(std::max(std::chrono::milliseconds(jittered), atLeast.value_or(std::chrono::milliseconds{0})));
}

Result<nlohmann::json> ApiTransport::send(std::string_view method, const std::string &path,
                                          const std::string &body, Repeat repeat)
{
    for (int attemptNo = 1;; ++attemptNo) {
        auto result = attempt(method, path, body);
        if (result)
            return result;
        const Error &e = result.error();
        const bool apiRefusedBeforeActing = e.providerCode == "rate_limit_exceeded" ||
                                            e.providerCode == "conflict" || e.providerCode == "locked";
        const bool transient = e.code == ErrorCode::ProviderTransient || e.code == ErrorCode::NetTimeout ||
                               e.code == ErrorCode::NetConnect;
        const bool retry =
            repeat == Repeat::Safe ? transient && e.providerCode != "locked" : apiRefusedBeforeActing;
        if (!retry || attemptNo >= m_options.maxAttempts)
            return result;
        std::optional<std::chrono::milliseconds> atLeast;
        if (e.providerCode == "rate_limit_exceeded") {
            // One request's share of the refill; the Reset header is when the whole budget is back.
            const RateBudget b = budget();
            atLeast = std::chrono::milliseconds(
                static_cast<long long>(std::ceil((b.perToken > 0 ? b.perToken : 1.0) * 1000)));
        }
        backoff(attemptNo, atLeast);
    }
}

Result<nlohmann::json> ApiTransport::attempt(std::string_view method, const std::string &path,
                                             const std::string &body)
{
    const std::uint64_t sequence = pace();
    net::HttpRequest request;
    request.method = std::string(method);
    request.url = m_options.endpoint + path;
    request.timeout = m_options.requestTimeout;
    request.headers.add("Accept", "application/json");
    if (!body.empty())
        request.headers.add("Content-Type", "application/json");
    request.body = body;
    const std::string shown = shownRequest(method, path);
    const auto sent = std::chrono::system_clock::now();
    auto response = m_http.request(request);
    if (!response) {
        Error e = response.error();
        e.message = Message{Ctx,
                            MB_TR_NOOP("mb::providers::hetzner", "The Hetzner API did not answer %1: %2"),
                            {shown, e.message.text()}};
        return std::unexpected(std::move(e));
    }
    record(response->headers, sent, sequence);
    const int status = response->status;
    if (status == 204)
        return nlohmann::json();

    const bool isJson = response->headers.value("Content-Type").value_or("").starts_with("application/json");
    auto parsed =
        isJson ? json::parseText(response->body, answerLimits()) : Result<nlohmann::json>(nlohmann::json());
    const std::string clipped = json::clipForMessage(response->body, 200);
    if (status >= 200 && status < 300) {
        if (!isJson || !parsed || !parsed->is_object()) {
            const std::string why = !isJson   ? "it is not JSON"
                                    : !parsed ? parsed.error().describe()
                                              : "it is not an object";
            return fail(ErrorCode::ProviderFailed,
                        Message{Ctx,
                                MB_TR_NOOP("mb::providers::hetzner",
                                           "The Hetzner API's answer to %1 cannot be read: %2."),
                                {shown, why}},
                        parsed ? "" : parsed.error().pointer, clipped);
        }
        return std::move(*parsed);
    }

    std::string code;
    std::string text;
    if (parsed && parsed->is_object() && parsed->contains("error") && (*parsed)["error"].is_object()) {
        const nlohmann::json &err = (*parsed)["error"];
        if (err.contains("code") && err["code"].is_string())
            code = err["code"].get<std::string>();
        if (err.contains("message") && err["message"].is_string())
            text = err["message"].get<std::string>();
    }
    const std::string correlation = response->headers.value("X-Correlation-Id").value_or("");
    const std::string detail = "HTTP " + std::to_string(status) +
                               (correlation.empty() ? "" : ", correlation id " + correlation) + ": " +
                               clipped;
    const bool transient = status == 429 || status >= 500 || transientCode(code);
    const ErrorCode errorCode = transient ? ErrorCode::ProviderTransient : ErrorCode::ProviderFailed;
    if (code.empty()) {
        // A proxy's answer (an HTML 502) or something else that is not the API's error body.
        Error e{
            errorCode,
            Message{Ctx,
                    MB_TR_NOOP("mb::providers::hetzner",
                               "The Hetzner API answered %1 with HTTP %2 and no error body it documents."),
                    {shown, std::to_string(status)}},
            {},
            0,
            0,
            detail};
        e.providerCode = status == 502 ? "bad_gateway" : status == 504 ? "timeout" : "";
        return std::unexpected(std::move(e));
    }
    Error e{errorCode,
            Message{Ctx,
                    MB_TR_NOOP("mb::providers::hetzner", "The Hetzner API refused %1: %2 (%3, HTTP %4)."),
                    {shown, json::clipForMessage(text, 200), code, std::to_string(status)}},
            {},
            0,
            0,
            detail};
    e.providerCode = code;
    return std::unexpected(std::move(e));
}

} // namespace mb::providers::hetzner
