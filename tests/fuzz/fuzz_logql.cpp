// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// LogQL (core/logs/LogQl.h): every refusal is Loki's "parse error at line L, col C" with a
// position inside the query; every accepted query runs, as a log and a metric query, against a
// small store without crashing.
#include "logs/LogQl.h"
#include "logs/LogQueryEngine.h"

#include <cstdint>
#include <string_view>

namespace {

mb::logs::LogStore &sampleStore()
{
    static auto store = [] {
        auto opened = std::move(*mb::logs::LogStore::open(":memory:"));
        mb::logs::PushRequest request;
        mb::logs::PushStream json;
        json.labels = {{"job", "api"}, {"node", "n1"}};
        json.entries = {
            {1'000'000'000, "{\"level\":\"error\",\"status\":500,\"took\":\"1.5s\",\"a\":{\"b\":[1]}}", {}},
            {2'000'000'000, "not json", {}}};
        mb::logs::PushStream logfmt;
        logfmt.labels = {{"job", "db"}};
        logfmt.entries = {{1'500'000'000, "level=info msg=\"ok then\" size=10KB", {}}};
        request.streams = {json, logfmt};
        (void)opened->append(request);
        return opened;
    }();
    return *store;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto query = mb::logs::logql::parse(text);
    if (!query) {
        const auto &error = query.error();
        if (!error.message.text().starts_with("parse error at line ") || error.line < 1 || error.column < 1 ||
            static_cast<std::size_t>(error.column) > text.size() + 1)
            __builtin_trap();
        return 0;
    }
    mb::logs::LogQueryEngine engine(sampleStore());
    if (query->isMetric) {
        (void)engine.metricQuery(query->metric, 0, 3'000'000'000, 500'000'000);
    } else {
        const auto result = engine.logQuery(query->log, 0, 3'000'000'000, 10, mb::logs::Direction::Backward);
        if (result && result->stats.entriesReturned > 10)
            __builtin_trap();
    }
    return 0;
}
