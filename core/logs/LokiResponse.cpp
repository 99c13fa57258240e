// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LokiResponse.h"

#include <charconv>
#include <cmath>

namespace mb::logs::response {

namespace {

/// Length of the valid UTF-8 sequence at `s[i]`, 0 when it is not one.
std::size_t utf8Length(std::string_view s, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    std::size_t n = 0;
    unsigned lowest = 0;
    if (c >= 0xc2 && c <= 0xdf) {
        n = 2;
        lowest = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
        n = 3;
        lowest = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
        n = 4;
        lowest = 0x10000;
    } else {
        return 0;
    }
    if (i + n > s.size())
        return 0;
    unsigned code = c & (0x7fu >> n);
    for (std::size_t k = 1; k < n; ++k) {
        if ((byte(i + k) & 0xc0) != 0x80)
            return 0;
        code = (code << 6) | (byte(i + k) & 0x3f);
    }
    if (code < lowest || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        return 0;
    return n;
}

void appendLabels(std::string &out, const Labels &labels)
{
    out += '{';
    bool first = true;
    for (const auto &[name, value] : labels) {
        if (!first)
            out += ',';
        first = false;
        appendJsonString(out, name);
        out += ':';
        appendJsonString(out, value);
    }
    out += '}';
}

void appendStats(std::string &out, const QueryStats &stats)
{
    const double seconds = stats.execSeconds > 0 ? stats.execSeconds : 0;
    const auto perSecond = [&](std::int64_t n) {
        return seconds > 0 ? static_cast<std::int64_t>(static_cast<double>(n) / seconds) : 0;
    };
    out += "\"stats\":{\"summary\":{\"bytesProcessedPerSecond\":" +
           std::to_string(perSecond(stats.bytesProcessed)) +
           ",\"linesProcessedPerSecond\":" + std::to_string(perSecond(stats.linesProcessed)) +
           ",\"totalBytesProcessed\":" + std::to_string(stats.bytesProcessed) +
           ",\"totalLinesProcessed\":" + std::to_string(stats.linesProcessed) +
           ",\"execTime\":" + formatValue(seconds) +
           ",\"queueTime\":0,\"subqueries\":0,\"totalEntriesReturned\":" +
           std::to_string(stats.entriesReturned) +
           ",\"splits\":0,\"shards\":0,\"totalPostFilterLines\":" + std::to_string(stats.entriesReturned) +
           ",\"totalStructuredMetadataBytesProcessed\":0}}";
}

void appendStreams(std::string &out, const std::vector<ResultStream> &streams)
{
    out += '[';
    for (std::size_t i = 0; i < streams.size(); ++i) {
        if (i)
            out += ',';
        out += "{\"stream\":";
        appendLabels(out, streams[i].labels);
        out += ",\"values\":[";
        for (std::size_t k = 0; k < streams[i].entries.size(); ++k) {
            if (k)
                out += ',';
            out += "[\"" + std::to_string(streams[i].entries[k].first) + "\",";
            appendJsonString(out, streams[i].entries[k].second);
            out += ']';
        }
        out += "]}";
    }
    out += ']';
}

void appendPoint(std::string &out, const SeriesPoint &point)
{
    out += '[';
    out += formatSeconds(point.timestampNs);
    out += ",\"";
    out += formatValue(point.value);
    out += "\"]";
}

std::string metricBody(const MetricQueryResult &result, bool asVector)
{
    std::string out = "{\"status\":\"success\",\"data\":{\"resultType\":\"";
    out += asVector ? "vector" : "matrix";
    out += "\",\"result\":[";
    bool first = true;
    for (const auto &series : result.series) {
        if (series.points.empty())
            continue;
        if (!first)
            out += ',';
        first = false;
        out += "{\"metric\":";
        appendLabels(out, series.metric);
        if (asVector) {
            out += ",\"value\":";
            appendPoint(out, series.points.back());
        } else {
            out += ",\"values\":[";
            for (std::size_t k = 0; k < series.points.size(); ++k) {
                if (k)
                    out += ',';
                appendPoint(out, series.points[k]);
            }
            out += ']';
        }
        out += '}';
    }
    out += "],";
    appendStats(out, result.stats);
    out += "}}";
    return out;
}

} // namespace

void appendJsonString(std::string &out, std::string_view text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            const std::size_t n = utf8Length(text, i);
            if (n == 0) {
                out += "\xef\xbf\xbd";
                ++i;
            } else {
                out.append(text.substr(i, n));
                i += n;
            }
            continue;
        }
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += Hex[c >> 4];
                out += Hex[c & 0xf];
            } else {
                out += static_cast<char>(c);
            }
        }
        ++i;
    }
    out += '"';
}

std::string formatValue(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    char buffer[400];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (ec != std::errc{})
        return "NaN";
    return std::string(buffer, end);
}

std::string formatSeconds(std::int64_t ns)
{
    // Loki's matrix and vector timestamps are milliseconds written as float seconds.
    const std::int64_t ms = ns >= 0 ? ns / 1'000'000 : -((-ns + 999'999) / 1'000'000);
    std::int64_t whole = ms / 1000;
    std::int64_t frac = ms % 1000;
    std::string out;
    if (frac < 0) {
        frac += 1000;
        whole -= 1;
    }
    out = std::to_string(whole);
    if (frac != 0) {
        char digits[4] = {static_cast<char>('0' + frac / 100), static_cast<char>('0' + frac / 10 % 10),
                          static_cast<char>('0' + frac % 10), '\0'};
        std::string f(digits);
        while (!f.empty() && f.back() == '0')
            f.pop_back();
        out += '.' + f;
    }
    return out;
}

std::string streams(const LogQueryResult &result)
{
    std::string out = "{\"status\":\"success\",\"data\":{\"resultType\":\"streams\",\"result\":";
    appendStreams(out, result.streams);
    out += ',';
    appendStats(out, result.stats);
    out += "}}";
    return out;
}

std::string matrix(const MetricQueryResult &result)
{
    return metricBody(result, false);
}

std::string vector(const MetricQueryResult &result)
{
    return metricBody(result, true);
}

std::string labelList(const std::vector<std::string> &values)
{
    if (values.empty())
        return "{\"status\":\"success\"}";
    std::string out = "{\"status\":\"success\",\"data\":[";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        appendJsonString(out, values[i]);
    }
    out += "]}";
    return out;
}

std::string series(const std::vector<Labels> &series)
{
    std::string out = "{\"status\":\"success\",\"data\":[";
    for (std::size_t i = 0; i < series.size(); ++i) {
        if (i)
            out += ',';
        appendLabels(out, series[i]);
    }
    out += "]}";
    return out;
}

std::string tailFrame(const std::vector<ResultStream> &streams)
{
    return tailFrame(streams, {});
}

std::string tailFrame(const std::vector<ResultStream> &streams,
                      const std::vector<std::pair<Labels, std::int64_t>> &dropped)
{
    std::string out = "{\"streams\":";
    appendStreams(out, streams);
    if (!dropped.empty()) {
        out += ",\"dropped_entries\":[";
        for (std::size_t i = 0; i < dropped.size(); ++i) {
            if (i)
                out += ',';
            out += "{\"labels\":";
            appendLabels(out, dropped[i].first);
            out += ",\"timestamp\":\"" + std::to_string(dropped[i].second) + "\"}";
        }
        out += ']';
    }
    out += '}';
    return out;
}

} // namespace mb::logs::response
