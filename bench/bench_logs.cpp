// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// The embedded log store (docs/observability.md): ingest of 1M generated lines beside a bare
// batched SQLite insert of the same rows, a `|= "needle"` query over them through the Loki API
// beside `grep -c` on the same lines in a plain file, and a metric aggregation over all of them.
// Both sides of each comparison run in the same process on the same machine, one after the other.
#include "logs/LogStore.h"
#include "logs/LokiApi.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace mb;
using namespace mb::logs;

namespace {

constexpr std::size_t Lines = 1'000'000;
constexpr std::size_t Batch = 10'000; ///< lines per push, about what a shipper sends at once
constexpr std::size_t Streams = 20;
constexpr std::int64_t T0 = 1'700'000'000'000'000'000; ///< the first line's time
constexpr std::int64_t Spacing = 10'000'000;           ///< 10 ms between lines: 1M lines span 2.8 h
constexpr std::size_t NeedleEvery = 1000;              ///< 0.1 % of the lines hold "needle"

/// This process's CPU time (user + system), which other work on a shared machine does not inflate.
double cpuSeconds()
{
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

std::string lineFor(std::size_t i)
{
    static const char *const Levels[] = {"info", "info", "info", "warn", "error", "debug"};
    static const char *const Methods[] = {"GET", "GET", "POST", "PUT", "DELETE"};
    char buffer[256];
    std::snprintf(buffer, sizeof buffer,
                  "ts=%zu level=%s method=%s path=/api/v1/items/%zu status=%d took=%zums req=%08zx%s", i,
                  Levels[i % 6], Methods[i % 5], (i * 7919) % 100000, i % 17 == 0 ? 500 : 200, (i * 31) % 900,
                  (i * 2654435761u) & 0xffffffffu, i % NeedleEvery == 0 ? " needle found" : "");
    return buffer;
}

struct Row
{
    std::size_t stream;
    std::int64_t ts;
    std::string line;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "bench_logs: %s failed\n", what);
        std::exit(2);
    }
}

/// The same rows through a bare batched insert: one table, no index, the store's pragmas.
double rawSqliteInsert(const std::string &path, const std::vector<Row> &rows)
{
    sqlite3 *db = nullptr;
    check(sqlite3_open(path.c_str(), &db) == SQLITE_OK, "opening the raw database");
    sqlite3_exec(
        db,
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE entries(id INTEGER PRIMARY "
        "KEY, stream INTEGER NOT NULL, ts INTEGER NOT NULL, line TEXT NOT NULL)",
        nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO entries(stream, ts, line) VALUES (?1, ?2, ?3)", -1, &insert, nullptr);
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < rows.size(); i += Batch) {
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (std::size_t k = i; k < std::min(rows.size(), i + Batch); ++k) {
            sqlite3_bind_int64(insert, 1, static_cast<sqlite3_int64>(rows[k].stream));
            sqlite3_bind_int64(insert, 2, rows[k].ts);
            sqlite3_bind_text(insert, 3, rows[k].line.data(), static_cast<int>(rows[k].line.size()),
                              SQLITE_STATIC);
            check(sqlite3_step(insert) == SQLITE_DONE, "a raw insert");
            sqlite3_reset(insert);
        }
        check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK, "a raw commit");
    }
    const double elapsed = seconds(start);
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return elapsed;
}

std::vector<PushRequest> batches(const std::vector<Row> &rows)
{
    std::vector<PushRequest> out;
    for (std::size_t i = 0; i < rows.size(); i += Batch) {
        PushRequest request;
        request.streams.resize(Streams);
        for (std::size_t s = 0; s < Streams; ++s)
            request.streams[s].labels = {{"job", "bench"},
                                         {"node", "n" + std::to_string(s % 10)},
                                         {"pillar", s < 10 ? "worker" : "state"}};
        for (std::size_t k = i; k < std::min(rows.size(), i + Batch); ++k)
            request.streams[rows[k].stream].entries.push_back({rows[k].ts, rows[k].line, {}});
        out.push_back(std::move(request));
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    namespace fs = std::filesystem;
    const fs::path dir = argc > 1 ? fs::path(argv[1]) : fs::temp_directory_path() / "mb_bench_logs";
    fs::remove_all(dir);
    fs::create_directories(dir);

    std::vector<Row> rows;
    rows.reserve(Lines);
    std::size_t bytes = 0;
    for (std::size_t i = 0; i < Lines; ++i) {
        rows.push_back({i % Streams, T0 + static_cast<std::int64_t>(i) * Spacing, lineFor(i)});
        bytes += rows.back().line.size();
    }
    const auto requests = batches(rows);
    std::printf("%zu lines, %.1f MB of text, %zu streams, pushes of %zu lines\n", Lines, bytes / 1e6, Streams,
                Batch);

    const double rawCpuStart = cpuSeconds();
    const double raw = rawSqliteInsert((dir / "raw.db").string(), rows);
    const double rawCpu = cpuSeconds() - rawCpuStart;
    auto store = LogStore::open((dir / "logs.db").string());
    check(store.has_value(), "opening the store");
    const double ingestCpuStart = cpuSeconds();
    const auto ingestStart = std::chrono::steady_clock::now();
    for (const auto &request : requests)
        check((*store)->append(request).has_value(), "an append");
    const double ingest = seconds(ingestStart);
    const double ingestCpu = cpuSeconds() - ingestCpuStart;
    std::printf("ingest, LogStore (line index):     %8.0f lines/s  %6.1f MB/s  (%.2f s)  target >= 100000 "
                "lines/s: %s\n",
                Lines / ingest, bytes / 1e6 / ingest, ingest, Lines / ingest >= 100000 ? "met" : "MISSED");
    std::printf("ingest, bare batched SQLite insert: %8.0f lines/s  %6.1f MB/s  (%.2f s)\n", Lines / raw,
                bytes / 1e6 / raw, raw);
    std::printf("  store / bare: %.2fx the time; CPU %.2f s vs %.2f s (%.0f vs %.0f lines per CPU second)\n",
                ingest / raw, ingestCpu, rawCpu, Lines / ingestCpu, Lines / rawCpu);
    std::printf("  files: store %.0f MB, bare %.0f MB\n",
                (fs::file_size(dir / "logs.db") +
                 (fs::exists(dir / "logs.db-wal") ? fs::file_size(dir / "logs.db-wal") : 0)) /
                    1e6,
                (fs::file_size(dir / "raw.db") +
                 (fs::exists(dir / "raw.db-wal") ? fs::file_size(dir / "raw.db-wal") : 0)) /
                    1e6);

    {
        LogStoreOptions options;
        options.lineIndex = false;
        auto bare = LogStore::open((dir / "noindex.db").string(), options);
        check(bare.has_value(), "opening the store without a line index");
        const double cpuStart = cpuSeconds();
        const auto start = std::chrono::steady_clock::now();
        for (const auto &request : requests)
            check((*bare)->append(request).has_value(), "an append");
        const double wall = seconds(start);
        std::printf("ingest, LogStore without line index: %8.0f lines/s  %6.1f MB/s  (%.2f s, CPU %.2f s)\n",
                    Lines / wall, bytes / 1e6 / wall, wall, cpuSeconds() - cpuStart);
    }
    fs::remove(dir / "noindex.db");

    const fs::path plain = dir / "lines.txt";
    {
        std::ofstream out(plain, std::ios::binary);
        for (const auto &row : rows)
            out << row.line << '\n';
    }
    LokiApi api(**store);
    ApiRequest request;
    request.method = "GET";
    request.path = "/loki/api/v1/query_range";
    request.query = {{"query", "{job=\"bench\"} |= \"needle\""},
                     {"start", std::to_string(T0)},
                     {"end", std::to_string(T0 + static_cast<std::int64_t>(Lines) * Spacing)},
                     {"limit", "5000"}};
    std::vector<double> queryTimes;
    std::vector<double> grepTimes;
    std::size_t answerBytes = 0;
    for (int run = 0; run < 5; ++run) {
        const auto q = std::chrono::steady_clock::now();
        const auto response = api.handle(request);
        queryTimes.push_back(seconds(q));
        check(response.status == 200, "the needle query");
        answerBytes = response.body.size();
        const auto g = std::chrono::steady_clock::now();
        const std::string command = "grep -c needle " + plain.string() + " > /dev/null";
        check(std::system(command.c_str()) == 0, "grep");
        grepTimes.push_back(seconds(g));
    }
    const double query = median(queryTimes);
    const double grep = median(grepTimes);
    std::printf("|= \"needle\" (%zu matches) via query_range, JSON included: %.1f ms (%zu KB answer)\n",
                Lines / NeedleEvery, query * 1e3, answerBytes / 1000);
    std::printf("grep -c needle on the same lines in a file:      %.1f ms\n", grep * 1e3);
    std::printf("  query / grep: %.2fx  target <= 3x: %s\n", query / grep,
                query / grep <= 3 ? "met" : "MISSED");

    ApiRequest metric = request;
    metric.query = {{"query", "sum by (node) (count_over_time({job=\"bench\"}[5m]))"},
                    {"start", std::to_string(T0)},
                    {"end", std::to_string(T0 + static_cast<std::int64_t>(Lines) * Spacing)},
                    {"step", "60"}};
    std::vector<double> metricTimes;
    for (int run = 0; run < 3; ++run) {
        const auto m = std::chrono::steady_clock::now();
        check(api.handle(metric).status == 200, "the metric query");
        metricTimes.push_back(seconds(m));
    }
    std::printf(
        "sum by (node) (count_over_time({job=\"bench\"}[5m])), step 60 s over all 1M lines: %.0f ms (%.0f "
        "lines/s)\n",
        median(metricTimes) * 1e3, Lines / median(metricTimes));
    fs::remove_all(dir);
    return 0;
}
