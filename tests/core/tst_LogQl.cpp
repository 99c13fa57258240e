// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "logs/LogPipeline.h"
#include "logs/LogQl.h"
#include "logs/LogQueryEngine.h"

#include <QTest>

using namespace mb;
using namespace mb::logs;
using namespace mb::logs::logql;

namespace {

constexpr std::int64_t S = 1'000'000'000;

/// A store with two jobs: `api` (JSON lines) and `db` (logfmt lines), one line per second.
std::unique_ptr<LogStore> sampleStore()
{
    auto store = std::move(*LogStore::open(":memory:"));
    PushRequest request;
    PushStream api;
    api.labels = {{"job", "api"}, {"node", "n1"}};
    api.entries = {
        {10 * S, "{\"level\":\"info\",\"status\":200,\"took\":\"15ms\",\"req\":{\"path\":\"/a\"}}", {}},
        {11 * S, "{\"level\":\"error\",\"status\":500,\"took\":\"1.5s\",\"req\":{\"path\":\"/b\"}}", {}},
        {12 * S, "{\"level\":\"error\",\"status\":503,\"took\":\"250ms\",\"req\":{\"path\":\"/a\"}}", {}},
        {13 * S, "not json at all", {}},
    };
    PushStream db;
    db.labels = {{"job", "db"}, {"node", "n2"}};
    db.entries = {
        {10 * S, "level=info msg=\"connection ok\" size=10KB", {}},
        {12 * S, "level=warn msg=\"slow query\" size=2MB", {}},
        {14 * S, "level=error msg=\"timeout\" size=1KB", {}},
    };
    request.streams = {api, db};
    if (!store->append(request))
        qFatal("append failed");
    return store;
}

Query parsed(const char *text)
{
    auto q = parse(text);
    if (!q)
        qFatal("%s does not parse: %s", text, q.error().message.text().c_str());
    return *q;
}

/// Every returned line of a log query over all time, newest first, as "job:line".
std::vector<std::string> lines(LogStore &store, const char *query, std::size_t limit = 100)
{
    LogQueryEngine engine(store);
    const Query q = parsed(query);
    auto result = engine.logQuery(q.log, 0, 100 * S, limit, Direction::Forward);
    if (!result)
        qFatal("query failed: %s", result.error().describe().c_str());
    std::vector<std::pair<std::int64_t, std::string>> all;
    for (const auto &s : result->streams)
        for (const auto &[ts, line] : s.entries)
            all.emplace_back(ts,
                             (s.labels.contains("job") ? s.labels.at("job") : std::string()) + ":" + line);
    std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<std::string> out;
    for (auto &[ts, line] : all)
        out.push_back(std::move(line));
    return out;
}

std::size_t count(LogStore &store, const char *query)
{
    return lines(store, query).size();
}

} // namespace

class TestLogQl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testSelectorsWithEveryMatcher()
    {
        auto store = sampleStore();
        QCOMPARE(count(*store, "{job=\"api\"}"), std::size_t{4});
        QCOMPARE(count(*store, "{node=~\"n.\", job!=\"api\"}"), std::size_t{3});
        QVERIFY(!parse("{job!=\"api\"}")); // as in Loki: one matcher must not match the empty value
        QCOMPARE(count(*store, "{job=~\"a.*\"}"), std::size_t{4});
        QCOMPARE(count(*store, "{job=~\"a\"}"), std::size_t{0}); // regexes are anchored
        QCOMPARE(count(*store, "{job!~\"a.*\", node=\"n2\"}"), std::size_t{3});
        QCOMPARE(count(*store, "{job=~`d.`}"), std::size_t{3});
        QCOMPARE(count(*store, "{job=\"nothing\"}"), std::size_t{0});
    }

    void testLineFiltersUseExactSubstringsAndRegexes()
    {
        auto store = sampleStore();
        QCOMPARE(count(*store, "{job=~\".+\"} |= \"error\""), std::size_t{3});
        QCOMPARE(count(*store, "{job=~\".+\"} |= \"error\" != \"timeout\""), std::size_t{2});
        QCOMPARE(count(*store, "{job=~\".+\"} |~ \"status\\\":50[0-9]\""), std::size_t{2});
        QCOMPARE(count(*store, "{job=~\".+\"} !~ \"level\""), std::size_t{1});
        QCOMPARE(count(*store, "{job=~\".+\"} |~ \"(?i)ERROR\""), std::size_t{3});
        QCOMPARE(count(*store, "{job=~\".+\"} |= \"ok\""),
                 std::size_t{4}); // under 3 bytes: no index ("took")
        QCOMPARE(count(*store, "{job=~\".+\"} |= \"Error\""), std::size_t{0});
    }

    void testJsonFlattensAndLabelFiltersCompareStringsNumbersDurations()
    {
        auto store = sampleStore();
        QCOMPARE(count(*store, "{job=\"api\"} | json | level=\"error\""), std::size_t{2});
        QCOMPARE(count(*store, "{job=\"api\"} | json | status >= 500"), std::size_t{2});
        QCOMPARE(count(*store, "{job=\"api\"} | json | status == 200"), std::size_t{1});
        QCOMPARE(count(*store, "{job=\"api\"} | json | took > 200ms"), std::size_t{2});
        QCOMPARE(count(*store, "{job=\"api\"} | json | req_path=\"/a\""), std::size_t{2});
        QCOMPARE(count(*store, "{job=\"api\"} | json | level=\"error\" and req_path=~\"/b\""),
                 std::size_t{1});
        QCOMPARE(count(*store, "{job=\"api\"} | json | status=200 or status=503"), std::size_t{2});
        QCOMPARE(count(*store, "{job=\"api\"} | json | __error__=\"JSONParserErr\""), std::size_t{1});
        QCOMPARE(count(*store, "{job=\"api\"} | json | __error__=\"\""), std::size_t{3});
    }

    void testLogfmtAndBytesComparisons()
    {
        auto store = sampleStore();
        QCOMPARE(count(*store, "{job=\"db\"} | logfmt | level!=\"info\""), std::size_t{2});
        QCOMPARE(count(*store, "{job=\"db\"} | logfmt | msg=\"slow query\""), std::size_t{1});
        QCOMPARE(count(*store, "{job=\"db\"} | logfmt | size > 5KB"), std::size_t{2});
        QCOMPARE(count(*store, "{job=\"db\"} | logfmt | (level=\"warn\" or level=\"error\") and size < 1MB"),
                 std::size_t{1});
    }

    void testLineFormatRewritesTheLineAndLaterFiltersSeeIt()
    {
        auto store = sampleStore();
        const auto out =
            lines(*store, "{job=\"db\"} | logfmt | line_format \"{{.level}}: {{ .msg }}{{.none}}\"");
        QCOMPARE(out, (std::vector<std::string>{"db:info: connection ok", "db:warn: slow query",
                                                "db:error: timeout"}));
        QCOMPARE(count(*store, "{job=\"db\"} | logfmt | line_format \"{{.level}}\" |= \"warn\""),
                 std::size_t{1});
    }

    void testParsedLabelsThatClashWithStreamLabelsAreRenamed()
    {
        auto store = std::move(*LogStore::open(":memory:"));
        PushRequest request;
        request.streams.push_back({{{"job", "a"}}, {{1, "{\"job\":\"inner\"}", {}}}});
        QVERIFY(store->append(request));
        LogQueryEngine engine(*store);
        auto result = engine.logQuery(parsed("{job=\"a\"} | json").log, 0, 10, 10, Direction::Forward);
        QVERIFY(result);
        QCOMPARE(result->streams[0].labels.at("job"), std::string("a"));
        QCOMPARE(result->streams[0].labels.at("job_extracted"), std::string("inner"));
    }

    void testLimitAndDirectionBoundTheResult()
    {
        auto store = sampleStore();
        LogQueryEngine engine(*store);
        auto backward = engine.logQuery(parsed("{job=\"api\"}").log, 0, 100 * S, 2, Direction::Backward);
        QVERIFY(backward);
        QCOMPARE(backward->stats.entriesReturned, std::int64_t{2});
        QCOMPARE(backward->streams[0].entries[0].first, 13 * S);
        QCOMPARE(backward->streams[0].entries[1].first, 12 * S);
        auto forward = engine.logQuery(parsed("{job=\"api\"}").log, 11 * S, 13 * S, 100, Direction::Forward);
        QCOMPARE(forward->streams[0].entries.size(), std::size_t{2}); // end exclusive
        QCOMPARE(forward->streams[0].entries[0].first, 11 * S);
    }

    void testALogQueryStopsReadingAtItsLimit()
    {
        auto store = std::move(*LogStore::open(":memory:"));
        PushRequest request;
        PushStream s;
        s.labels = {{"job", "big"}};
        for (int i = 0; i < 20000; ++i)
            s.entries.push_back({i, i % 2 ? "odd line" : "even line", {}});
        request.streams.push_back(std::move(s));
        QVERIFY(store->append(request));
        LogQueryEngine engine(*store);
        auto all = engine.logQuery(parsed("{job=\"big\"}").log, 0, 20000, 100, Direction::Backward);
        QCOMPARE(all->stats.entriesReturned, std::int64_t{100});
        QCOMPARE(all->stats.linesProcessed, std::int64_t{100}); // not the 20,000 stored
        auto odd = engine.logQuery(parsed("{job=\"big\"} |= \"odd\"").log, 0, 20000, 100, Direction::Forward);
        QCOMPARE(odd->stats.entriesReturned, std::int64_t{100});
        QCOMPARE(odd->stats.linesProcessed, std::int64_t{200});
        QCOMPARE(odd->streams[0].entries.front().first, std::int64_t{1});
    }

    void testCountOverTimeRateAndBytesOverTimePerStep()
    {
        auto store = sampleStore();
        LogQueryEngine engine(*store);
        // Windows (t - 2s, t] at t = 10, 12, 14.
        auto result =
            engine.metricQuery(parsed("count_over_time({job=\"api\"}[2s])").metric, 10 * S, 14 * S, 2 * S);
        QVERIFY2(result, result ? "" : result.error().describe().c_str());
        QCOMPARE(result->series.size(), std::size_t{1});
        const auto &points = result->series[0].points;
        QCOMPARE(points.size(), std::size_t{3});
        QCOMPARE(points[0].value, 1.0); // 10
        QCOMPARE(points[1].value, 2.0); // 11, 12
        QCOMPARE(points[2].value, 1.0); // 13
        auto rate = engine.metricQuery(parsed("rate({job=\"api\"}[2s])").metric, 12 * S, 12 * S, S);
        QCOMPARE(rate->series[0].points[0].value, 1.0);
        auto bytes = engine.metricQuery(parsed("bytes_over_time({job=\"api\"} |= \"not json\" [10s])").metric,
                                        20 * S, 20 * S, S);
        QCOMPARE(bytes->series[0].points[0].value, 15.0);
        auto bytesRate = engine.metricQuery(parsed("bytes_rate({job=\"api\"}[10s] |= \"not json\")").metric,
                                            20 * S, 20 * S, S);
        QCOMPARE(bytesRate->series[0].points[0].value, 1.5);
        // A step with no line in its window has no point.
        auto sparse =
            engine.metricQuery(parsed("count_over_time({job=\"db\"}[1s])").metric, 10 * S, 14 * S, S);
        QCOMPARE(sparse->series[0].points.size(), std::size_t{3});
        auto offset = engine.metricQuery(parsed("count_over_time({job=\"db\"}[1s] offset 2s)").metric, 16 * S,
                                         16 * S, S);
        QCOMPARE(offset->series[0].points[0].value, 1.0); // the line at 14
    }

    void testSumByAndOtherAggregations()
    {
        auto store = sampleStore();
        LogQueryEngine engine(*store);
        const auto at = [&](const char *q) {
            auto r = engine.metricQuery(parsed(q).metric, 20 * S, 20 * S, S);
            if (!r)
                qFatal("%s failed: %s", q, r.error().describe().c_str());
            std::map<std::string, double> out;
            for (const auto &s : r->series) {
                std::string key;
                for (const auto &[k, v] : s.metric)
                    key += k + "=" + v + ",";
                out[key] = s.points.back().value;
            }
            return out;
        };
        QCOMPARE(at("sum(count_over_time({job=~\".+\"}[1m]))"), (std::map<std::string, double>{{"", 7}}));
        QCOMPARE(at("sum by (node) (count_over_time({job=~\".+\"}[1m]))"),
                 (std::map<std::string, double>{{"node=n1,", 4}, {"node=n2,", 3}}));
        QCOMPARE(at("sum(count_over_time({job=~\".+\"}[1m])) by (job)"),
                 (std::map<std::string, double>{{"job=api,", 4}, {"job=db,", 3}}));
        QCOMPARE(at("sum by (level) (count_over_time({job=\"api\"} | json [1m]))"),
                 (std::map<std::string, double>{{"", 1}, {"level=error,", 2}, {"level=info,", 1}}));
        QCOMPARE(at("sum without (node) (count_over_time({job=~\".+\"}[1m]))"),
                 (std::map<std::string, double>{{"job=api,", 4}, {"job=db,", 3}}));
        QCOMPARE(at("count(count_over_time({job=~\".+\"}[1m]))"), (std::map<std::string, double>{{"", 2}}));
        QCOMPARE(at("max(count_over_time({job=~\".+\"}[1m]))"), (std::map<std::string, double>{{"", 4}}));
        QCOMPARE(at("min(count_over_time({job=~\".+\"}[1m]))"), (std::map<std::string, double>{{"", 3}}));
        QCOMPARE(at("avg(count_over_time({job=~\".+\"}[1m]))"), (std::map<std::string, double>{{"", 3.5}}));
        QCOMPARE(at("sum(sum by (node) (count_over_time({job=~\".+\"}[1m])))"),
                 (std::map<std::string, double>{{"", 7}}));
    }

    void testMetricLimitsAreEnforced()
    {
        auto store = sampleStore();
        LogQueryEngine engine(*store, EngineLimits{1, 11000});
        auto tooMany =
            engine.metricQuery(parsed("count_over_time({job=~\".+\"}[1m])").metric, 20 * S, 20 * S, S);
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error().code, ErrorCode::LogsLimit);
        QVERIFY(
            engine.metricQuery(parsed("sum(count_over_time({job=~\".+\"}[1m]))").metric, 20 * S, 20 * S, S));
        auto points = engine.metricQuery(parsed("count_over_time({job=\"db\"}[1m])").metric, 0, 20000 * S, S);
        QVERIFY(!points);
        QCOMPARE(points.error().code, ErrorCode::LogsLimit);
    }

    void testParseErrorsGiveLokisTextAndPosition_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::newRow("missing-brace")
            << QStringLiteral("job=\"a\"") << 1 << QStringLiteral("unknown function job");
        QTest::newRow("bad-op") << QStringLiteral("{job~\"a\"}") << 5
                                << QStringLiteral("unexpected character ~");
        QTest::newRow("no-value") << QStringLiteral("{job=}") << 6 << QStringLiteral("expecting STRING");
        QTest::newRow("unclosed-string") << QStringLiteral("{job=\"a}") << 6 << QStringLiteral("not closed");
        QTest::newRow("empty-selector")
            << QStringLiteral("{}") << 1 << QStringLiteral("at least one matcher");
        QTest::newRow("empty-compatible")
            << QStringLiteral("{job=~\".*\"}") << 1 << QStringLiteral("empty-compatible value");
        QTest::newRow("bad-regex") << QStringLiteral("{job=~\"(\"}") << 7
                                   << QStringLiteral("invalid regular expression");
        QTest::newRow("filter-no-string")
            << QStringLiteral("{job=\"a\"} |= 5") << 14 << QStringLiteral("expecting STRING");
        QTest::newRow("unknown-stage")
            << QStringLiteral("{job=\"a\"} | unpack") << 19 << QStringLiteral("expecting a comparison");
        QTest::newRow("bad-number") << QStringLiteral("{job=\"a\"} | json | n > 5xyz") << 24
                                    << QStringLiteral("not a number, a duration or a size");
        QTest::newRow("template") << QStringLiteral("{job=\"a\"} | line_format \"{{ upper .a }}\"") << 25
                                  << QStringLiteral("only {{.label}} is");
        QTest::newRow("no-range") << QStringLiteral("rate({job=\"a\"})") << 15
                                  << QStringLiteral("expecting [");
        QTest::newRow("bad-range") << QStringLiteral("rate({job=\"a\"}[5x])") << 16
                                   << QStringLiteral("not a positive duration");
        QTest::newRow("unknown-function")
            << QStringLiteral("topk(3, x)") << 1 << QStringLiteral("unknown function topk");
        QTest::newRow("log-in-sum") << QStringLiteral("sum({job=\"a\"})") << 4
                                    << QStringLiteral("needs a metric query");
        QTest::newRow("trailing") << QStringLiteral("{job=\"a\"} )") << 11
                                  << QStringLiteral("expecting end of input");
        QTest::newRow("second-line") << QStringLiteral("{job=\"a\"}\n  |= ") << 6
                                     << QStringLiteral("line 2, col 6");
        QTest::newRow("bad-escape") << QStringLiteral("{job=\"a\\d\"}") << 8
                                    << QStringLiteral("invalid escape");
    }

    void testParseErrorsGiveLokisTextAndPosition()
    {
        QFETCH(QString, query);
        QFETCH(int, column);
        QFETCH(QString, text);
        const auto result = parse(query.toStdString());
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::LogsQueryInvalid);
        const std::string message = result.error().message.text();
        QVERIFY2(message.starts_with("parse error at line "), message.c_str());
        QVERIFY2(message.find(text.toStdString()) != std::string::npos, message.c_str());
        QCOMPARE(result.error().column, column);
    }

    void testQueryLimitsAreErrorsWithPositions()
    {
        QueryLimits limits;
        limits.maxQueryBytes = 20;
        auto longQuery = parse("{job=\"aaaaaaaaaaaaaaaaaaaaaaaaa\"}", limits);
        QVERIFY(!longQuery);
        QCOMPARE(longQuery.error().code, ErrorCode::LogsLimit);
        QVERIFY(longQuery.error().message.text().find("over the limit of 20") != std::string::npos);

        auto nested = parse(std::string(40, '(') + "{a=\"b\"}" + std::string(40, ')'));
        QVERIFY(!nested);
        QCOMPARE(nested.error().code, ErrorCode::LogsLimit);
        QCOMPARE(nested.error().column, 34);

        QueryLimits small;
        small.maxRegexBytes = 8;
        auto regex = parse("{a=~\"0123456789\"}", small);
        QVERIFY(!regex);
        QCOMPARE(regex.error().code, ErrorCode::LogsLimit);
        QCOMPARE(regex.error().column, 5);
        small.maxRegexBytes = 4096;
        small.maxRegexMemory = 4096;
        auto big = parse("{a=\"b\"} |~ \"[a-z]{500}[0-9]{500}\"", small);
        QVERIFY(!big);
        QCOMPARE(big.error().code, ErrorCode::LogsLimit);
    }

    void testDurationsParseLikePrometheus()
    {
        std::int64_t ns = 0;
        QVERIFY(parseDuration("1h30m", &ns));
        QCOMPARE(ns, std::int64_t{5400} * S);
        QVERIFY(parseDuration("250ms", &ns));
        QCOMPARE(ns, std::int64_t{250'000'000});
        QVERIFY(parseDuration("1.5s", &ns));
        QCOMPARE(ns, std::int64_t{1'500'000'000});
        QVERIFY(!parseDuration("5", &ns));
        QVERIFY(!parseDuration("m", &ns));
        QVERIFY(!parseDuration("5q", &ns));
    }

    void testExtractorsHandleQuotingAndNesting()
    {
        std::vector<std::pair<std::string, std::string>> out;
        QVERIFY(extractLogfmt("a=1 b=\"x \\\"y\\\"\" flag c=", out));
        QCOMPARE(out.size(), std::size_t{4});
        QCOMPARE(out[1].second, std::string("x \"y\""));
        QCOMPARE(out[2].first, std::string("flag"));
        out.clear();
        QVERIFY(!extractLogfmt("a=\"open", out));
        out.clear();
        QVERIFY(extractJson("{\"a.b\":{\"c\":true},\"arr\":[1],\"n\":null,\"1x\":2.5}", out));
        QCOMPARE(out.size(), std::size_t{2});
        QCOMPARE(out[0], (std::pair<std::string, std::string>{"_1x", "2.5"}));
        QCOMPARE(out[1], (std::pair<std::string, std::string>{"a_b_c", "true"}));
        QVERIFY(!extractJson("[1,2]", out));
    }
};

QTEST_GUILESS_MAIN(TestLogQl)
#include "tst_LogQl.moc"
