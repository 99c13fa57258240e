// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LokiApi.h"

#include "logs/LogPipeline.h"
#include "logs/LokiResponse.h"
#include "logs/PushEncoding.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <ctime>
#include <optional>
#include <set>

namespace mb::logs {

namespace {

constexpr std::int64_t NsPerSecond = 1'000'000'000;
constexpr const char *TextPlain = "text/plain; charset=utf-8";
constexpr const char *Json = "application/json; charset=utf-8";

using Params = std::vector<std::pair<std::string, std::string>>;

ApiResponse text(int status, std::string body)
{
    return ApiResponse{status, TextPlain, std::move(body)};
}

ApiResponse json(std::string body)
{
    return ApiResponse{200, Json, std::move(body)};
}

/// A store failure: 503 when it is busy (worth retrying), 500 otherwise; SQLite's text kept.
ApiResponse storeFailure(const Error &error)
{
    const int status = error.code == ErrorCode::StoreBusy ? 503 : 500;
    std::string body = error.message.text();
    if (!error.detail.empty())
        body += " (" + error.detail + ")";
    return text(status, std::move(body));
}

const std::string *find(const Params &params, std::string_view name)
{
    for (const auto &[key, value] : params)
        if (key == name)
            return &value;
    return nullptr;
}

std::string formatDuration(std::int64_t ns)
{
    // Go's Duration.String for whole seconds: 721h0m0s.
    const std::int64_t s = ns / NsPerSecond;
    return std::to_string(s / 3600) + "h" + std::to_string(s / 60 % 60) + "m" + std::to_string(s % 60) + "s";
}

bool parseStep(const std::string &value, std::int64_t *ns)
{
    char *end = nullptr;
    const double seconds = std::strtod(value.c_str(), &end);
    if (!value.empty() && end && *end == '\0' && std::isfinite(seconds) && std::abs(seconds) < 9e9) {
        *ns = static_cast<std::int64_t>(seconds * 1e9);
        return true;
    }
    return logql::parseDuration(value, ns);
}

std::int64_t nowOf(const ApiRequest &request)
{
    if (request.nowNs != 0)
        return request.nowNs;
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

/// The request's parameters: the query string, then a form body of a POST.
Params paramsOf(const ApiRequest &request)
{
    Params params = request.query;
    if (request.method == "POST" && request.contentType.starts_with("application/x-www-form-urlencoded")) {
        auto form = parseFormEncoded(request.body);
        params.insert(params.end(), form.begin(), form.end());
    }
    return params;
}

/// `start`/`end`/`since` as Loki reads them for queries and label look-ups: [start, end).
std::optional<std::string> timeRange(const Params &params, std::int64_t now, std::int64_t defaultRange,
                                     std::int64_t *start, std::int64_t *end)
{
    *end = now;
    if (const auto *v = find(params, "end"); v && !v->empty() && !parseLokiTime(*v, end))
        return "invalid end parameter: cannot parse \"" + *v + "\" to a valid timestamp";
    std::int64_t since = defaultRange;
    if (const auto *v = find(params, "since");
        v && !v->empty() && (!logql::parseDuration(*v, &since) || since <= 0))
        return "invalid since parameter: cannot parse \"" + *v + "\" as a duration";
    *start = std::max<std::int64_t>(0, *end - since);
    if (const auto *v = find(params, "start"); v && !v->empty() && !parseLokiTime(*v, start))
        return "invalid start parameter: cannot parse \"" + *v + "\" to a valid timestamp";
    return std::nullopt;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::string decodeComponent(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '+') {
            out += ' ';
        } else if (text[i] == '%' && i + 2 < text.size() + 0 && hexValue(text[i + 1]) >= 0 &&
                   hexValue(text[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace

bool parseLokiTimeUnchecked(std::string_view text, std::int64_t *ns);

std::vector<std::pair<std::string, std::string>> parseFormEncoded(std::string_view text)
{
    std::vector<std::pair<std::string, std::string>> out;
    std::size_t i = 0;
    while (i <= text.size()) {
        std::size_t amp = text.find('&', i);
        if (amp == std::string_view::npos)
            amp = text.size();
        const std::string_view pair = text.substr(i, amp - i);
        if (!pair.empty()) {
            const std::size_t eq = pair.find('=');
            if (eq == std::string_view::npos)
                out.emplace_back(decodeComponent(pair), std::string());
            else
                out.emplace_back(decodeComponent(pair.substr(0, eq)), decodeComponent(pair.substr(eq + 1)));
        }
        i = amp + 1;
    }
    return out;
}

bool parseLokiTime(std::string_view text, std::int64_t *ns)
{
    // Times before 1970 or after about 2096 are refused: every later sum of a time and a range
    // then stays inside int64.
    constexpr std::int64_t Latest = 4'000'000'000'000'000'000;
    std::int64_t value = 0;
    if (!parseLokiTimeUnchecked(text, &value) || value < 0 || value > Latest)
        return false;
    *ns = value;
    return true;
}

bool parseLokiTimeUnchecked(std::string_view text, std::int64_t *ns)
{
    const std::string value(text);
    if (value.empty())
        return false;
    if (value.find('.') != std::string::npos && value.find('T') == std::string::npos) {
        char *end = nullptr;
        const double seconds = std::strtod(value.c_str(), &end);
        if (!end || *end != '\0' || !std::isfinite(seconds) || std::abs(seconds) > 9.2e9)
            return false;
        *ns = static_cast<std::int64_t>(std::llround(seconds * 1e9));
        return true;
    }
    const bool integer =
        std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
        (value[0] == '-' && value.size() > 1 &&
         std::all_of(value.begin() + 1, value.end(), [](char c) { return c >= '0' && c <= '9'; }));
    if (integer) {
        errno = 0;
        const long long n = std::strtoll(value.c_str(), nullptr, 10);
        if (errno == ERANGE)
            return false;
        if (value.size() <= 10) {
            if (n > 9'000'000'000LL || n < -9'000'000'000LL)
                return false;
            *ns = static_cast<std::int64_t>(n) * NsPerSecond;
            return true;
        }
        *ns = n;
        return true;
    }
    // RFC 3339: 2006-01-02T15:04:05[.999999999](Z|±07:00)
    std::tm tm{};
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, consumed = 0;
    if (std::sscanf(value.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &year, &month, &day, &hour, &minute, &second,
                    &consumed) != 6 ||
        consumed != 19)
        return false;
    std::size_t i = 19;
    std::int64_t fraction = 0;
    if (i < value.size() && value[i] == '.') {
        ++i;
        std::int64_t scale = 100'000'000;
        const std::size_t digitsStart = i;
        while (i < value.size() && value[i] >= '0' && value[i] <= '9') {
            fraction += (value[i] - '0') * scale;
            scale /= 10;
            ++i;
        }
        if (i == digitsStart || i - digitsStart > 9)
            return false;
    }
    std::int64_t offset = 0;
    if (i < value.size() && (value[i] == 'Z' || value[i] == 'z')) {
        ++i;
    } else if (i + 6 == value.size() && (value[i] == '+' || value[i] == '-') && value[i + 3] == ':') {
        const int oh = std::atoi(value.substr(i + 1, 2).c_str());
        const int om = std::atoi(value.substr(i + 4, 2).c_str());
        offset = (value[i] == '+' ? 1 : -1) * (oh * 3600 + om * 60);
        i += 6;
    } else {
        return false;
    }
    if (i != value.size() || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 ||
        second > 60)
        return false;
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_sec = second;
    const std::int64_t seconds = static_cast<std::int64_t>(timegm(&tm)) - offset;
    if (seconds > 9'000'000'000LL || seconds < -9'000'000'000LL)
        return false;
    *ns = seconds * NsPerSecond + fraction;
    return true;
}

LokiApi::LokiApi(LogStore &store, ApiLimits limits, PushLimits pushLimits, logql::QueryLimits queryLimits,
                 EngineLimits engineLimits)
    : m_store(store)
    , m_engine(store, engineLimits)
    , m_limits(limits)
    , m_pushLimits(pushLimits)
    , m_queryLimits(queryLimits)
{}

ApiResponse LokiApi::handle(const ApiRequest &request)
{
    const std::string &path = request.path;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    const auto notAllowed = [] { return text(405, "method not allowed"); };
    if (path == "/ready")
        return get ? text(200, "ready") : notAllowed();
    if (path == "/loki/api/v1/push")
        return post ? push(request) : notAllowed();
    if (path == "/loki/api/v1/query_range")
        return get || post ? query(request, false) : notAllowed();
    if (path == "/loki/api/v1/query")
        return get || post ? query(request, true) : notAllowed();
    if (path == "/loki/api/v1/labels")
        return get || post ? labels(request, nullptr) : notAllowed();
    if (path == "/loki/api/v1/series")
        return get || post ? series(request) : notAllowed();
    static constexpr std::string_view LabelPrefix = "/loki/api/v1/label/";
    static constexpr std::string_view ValuesSuffix = "/values";
    if (path.starts_with(LabelPrefix) && path.ends_with(ValuesSuffix) &&
        path.size() > LabelPrefix.size() + ValuesSuffix.size()) {
        const std::string name =
            path.substr(LabelPrefix.size(), path.size() - LabelPrefix.size() - ValuesSuffix.size());
        return get || post ? labels(request, &name) : notAllowed();
    }
    return text(404, "404 page not found\n");
}

ApiResponse LokiApi::push(const ApiRequest &request)
{
    if (!isPushEncodingSupported(request.contentEncoding))
        return text(415, "Content-Encoding " + request.contentEncoding +
                             " is not supported by this store: send the body uncompressed, gzip or deflate "
                             "(JSON or snappy-compressed protobuf inside)");
    const bool tooLarge = request.body.size() > m_pushLimits.maxBodyBytes;
    std::string inflated;
    std::string_view payload = request.body;
    if (isPushBodyDeflated(request.contentEncoding)) {
        auto plain = inflatePushBody(request.body, request.contentEncoding, m_pushLimits);
        if (!plain)
            return text(tooLarge ? 413 : 400, plain.error().message.text());
        inflated = std::move(*plain);
        payload = inflated;
    }
    const bool isJson = request.contentType.starts_with("application/json");
    auto decoded = isJson ? decodePushJson(payload, m_pushLimits) : decodePushProtobuf(payload, m_pushLimits);
    if (!decoded) {
        std::string body = decoded.error().message.text();
        if (!decoded.error().pointer.empty())
            body += " (at " + decoded.error().pointer + ")";
        return text(tooLarge ? 413 : 400, std::move(body));
    }
    auto appended = m_store.append(*decoded);
    if (!appended)
        return storeFailure(appended.error());
    return ApiResponse{204, {}, {}};
}

ApiResponse LokiApi::query(const ApiRequest &request, bool instant)
{
    const Params params = paramsOf(request);
    const std::string *queryText = find(params, "query");
    if (!queryText || queryText->empty())
        return text(400, "query parameter is required");
    const std::int64_t now = nowOf(request);
    std::size_t limit = m_limits.defaultLimit;
    if (const auto *v = find(params, "limit"); v && !v->empty()) {
        char *end = nullptr;
        const long long n = std::strtoll(v->c_str(), &end, 10);
        if (!end || *end != '\0')
            return text(400, "invalid limit parameter: cannot parse \"" + *v + "\" as a number");
        if (n <= 0)
            return text(400, "limit must be a positive value");
        if (static_cast<unsigned long long>(n) > m_limits.maxEntries)
            return text(400, "max entries limit per query exceeded, limit > max_entries_limit_per_query (" +
                                 std::to_string(n) + " > " + std::to_string(m_limits.maxEntries) + ")");
        limit = static_cast<std::size_t>(n);
    }
    Direction direction = Direction::Backward;
    if (const auto *v = find(params, "direction"); v && !v->empty()) {
        std::string lower = *v;
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        if (lower == "forward")
            direction = Direction::Forward;
        else if (lower != "backward")
            return text(400, "invalid direction '" + *v + "'");
    }
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::int64_t step = 0;
    if (instant) {
        end = now;
        if (const auto *v = find(params, "time"); v && !v->empty() && !parseLokiTime(*v, &end))
            return text(400, "invalid time parameter: cannot parse \"" + *v + "\" to a valid timestamp");
        start = end;
    } else {
        if (auto bad = timeRange(params, now, m_limits.defaultRangeNs, &start, &end))
            return text(400, *bad);
        if (end < start)
            return text(400, "end timestamp must not be before or equal to start time");
        if (end - start > m_limits.maxQueryLengthNs)
            return text(
                400, "the query time range exceeds the limit (query length: " + formatDuration(end - start) +
                         ", limit: " + formatDuration(m_limits.maxQueryLengthNs) + ")");
        step = std::max<std::int64_t>(
                   static_cast<std::int64_t>(std::floor(static_cast<double>(end - start) / 1e9 / 250)), 1) *
               NsPerSecond;
        if (const auto *v = find(params, "step"); v && !v->empty()) {
            if (!parseStep(*v, &step))
                return text(400,
                            "invalid step parameter: cannot parse \"" + *v + "\" as a duration or seconds");
            if (step <= 0)
                return text(400,
                            "zero or negative query resolution step widths are not accepted. Try a positive "
                            "integer");
        }
        if ((end - start) / step > 11000)
            return text(
                400, "exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query "
                     "resolution (?step=XX)");
    }
    auto parsed = logql::parse(*queryText, m_queryLimits);
    if (!parsed)
        return text(400, parsed.error().message.text());
    if (!parsed->isMetric) {
        if (instant)
            return text(400,
                        "log queries are not supported as an instant query type, please change your query "
                        "to a range query type");
        auto result = m_engine.logQuery(parsed->log, start, end, limit, direction);
        if (!result)
            return result.error().code == ErrorCode::LogsLimit ? text(400, result.error().message.text())
                                                               : storeFailure(result.error());
        return json(response::streams(*result));
    }
    // A metric query evaluates at start, start + step, … end inclusive (Loki's range semantics).
    auto result = m_engine.metricQuery(parsed->metric, start, end, instant ? NsPerSecond : step);
    if (!result)
        return result.error().code == ErrorCode::LogsLimit ? text(400, result.error().message.text())
                                                           : storeFailure(result.error());
    return json(instant ? response::vector(*result) : response::matrix(*result));
}

ApiResponse LokiApi::labels(const ApiRequest &request, const std::string *valuesOf)
{
    const Params params = paramsOf(request);
    std::int64_t start = 0;
    std::int64_t end = 0;
    if (auto bad = timeRange(params, nowOf(request), m_limits.defaultRangeNs, &start, &end))
        return text(400, *bad);
    std::vector<StreamInfo> streams;
    if (const auto *q = find(params, "query"); q && !q->empty()) {
        auto parsed = logql::parse(*q, m_queryLimits);
        if (!parsed)
            return text(400, parsed.error().message.text());
        streams =
            m_engine.matchingStreams(parsed->isMetric ? parsed->metric.log.selector : parsed->log.selector);
    } else {
        streams = m_store.streams();
    }
    std::set<std::string> out;
    for (const auto &s : streams) {
        if (s.lastNs < start || s.firstNs >= end)
            continue;
        if (valuesOf) {
            if (const auto it = s.labels.find(*valuesOf); it != s.labels.end())
                out.insert(it->second);
        } else {
            for (const auto &[name, value] : s.labels)
                out.insert(name);
        }
    }
    return json(response::labelList({out.begin(), out.end()}));
}

ApiResponse LokiApi::series(const ApiRequest &request)
{
    const Params params = paramsOf(request);
    std::int64_t start = 0;
    std::int64_t end = 0;
    if (auto bad = timeRange(params, nowOf(request), m_limits.defaultRangeNs, &start, &end))
        return text(400, *bad);
    std::vector<std::vector<logql::Matcher>> selectors;
    for (const auto &[key, value] : params) {
        if ((key != "match[]" && key != "match") || value.empty() || value == "{}")
            continue;
        auto parsed = logql::parse(value, m_queryLimits);
        if (!parsed)
            return text(400, parsed.error().message.text());
        selectors.push_back(parsed->isMetric ? parsed->metric.log.selector : parsed->log.selector);
    }
    std::vector<StreamInfo> streams;
    if (selectors.empty()) {
        streams = m_store.streams();
    } else {
        std::set<std::int64_t> seen;
        for (const auto &selector : selectors)
            for (auto &s : m_engine.matchingStreams(selector))
                if (seen.insert(s.id).second)
                    streams.push_back(std::move(s));
    }
    std::vector<Labels> out;
    for (const auto &s : streams)
        if (s.lastNs >= start && s.firstNs < end)
            out.push_back(s.labels);
    std::sort(out.begin(), out.end());
    return json(response::series(out));
}

Result<TailSession> LokiApi::startTail(const std::string &query)
{
    auto parsed = logql::parse(query, m_queryLimits);
    if (!parsed)
        return std::unexpected(parsed.error());
    if (parsed->isMetric)
        return fail(
            ErrorCode::LogsQueryInvalid,
            Message{"mb::logs", MB_TR_NOOP("mb::logs", "a tail takes a log query, not a metric query"), {}});
    return TailSession{std::move(parsed->log), m_store.tailEnd(), {}};
}

Result<std::string> LokiApi::pollTail(TailSession &session, std::size_t limit, bool drop)
{
    const auto streams = m_engine.matchingStreams(session.query.selector);
    std::vector<std::int64_t> ids;
    std::map<std::int64_t, const Labels *> labelsOf;
    for (const auto &s : streams) {
        ids.push_back(s.id);
        labelsOf[s.id] = &s.labels;
    }
    const LogPipeline pipeline(session.query.pipeline);
    std::map<Labels, std::size_t> index;
    std::vector<ResultStream> out;
    auto ok = m_store.tail(ids, false, session.cursor, limit, [&](const EntryView &entry) {
        Labels labels = *labelsOf[entry.streamId];
        std::string line(entry.line);
        if (!pipeline.run(labels, line))
            return;
        if (drop) {
            if (session.dropped.size() < TailSession::MaxDroppedEntries)
                session.dropped.emplace_back(std::move(labels), entry.timestampNs);
            return;
        }
        const auto [it, added] = index.try_emplace(labels, out.size());
        if (added)
            out.push_back({std::move(labels), {}});
        out[it->second].entries.emplace_back(entry.timestampNs, std::move(line));
    });
    if (!ok)
        return std::unexpected(ok.error());
    if (drop || (out.empty() && session.dropped.empty()))
        return std::string();
    std::string frame = response::tailFrame(out, session.dropped);
    session.dropped.clear();
    return frame;
}

} // namespace mb::logs
