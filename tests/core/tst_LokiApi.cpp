// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "logs/LokiApi.h"
#include "logs/LokiResponse.h"

#include <QTest>

#include <nlohmann/json.hpp>
#include <snappy.h>
#include <zlib.h>

using namespace mb;
using namespace mb::logs;
using nlohmann::json;

namespace {

constexpr std::int64_t S = 1'000'000'000;
/// "Now" for every request: 2000 s after the epoch, so the default hour covers 1000 s… 2000 s.
constexpr std::int64_t Now = 2000 * S;

ApiRequest get(std::string path, std::vector<std::pair<std::string, std::string>> query = {})
{
    ApiRequest r;
    r.method = "GET";
    r.path = std::move(path);
    r.query = std::move(query);
    r.nowNs = Now;
    return r;
}

ApiRequest pushJson(std::string body)
{
    ApiRequest r;
    r.method = "POST";
    r.path = "/loki/api/v1/push";
    r.contentType = "application/json";
    r.body = std::move(body);
    r.nowNs = Now;
    return r;
}

std::string varint(std::uint64_t v)
{
    std::string out;
    for (; v >= 0x80; v >>= 7)
        out += static_cast<char>((v & 0x7f) | 0x80);
    out += static_cast<char>(v);
    return out;
}

std::string field(int number, const std::string &payload)
{
    return varint(static_cast<std::uint64_t>(number) << 3 | 2) + varint(payload.size()) + payload;
}

/// What Promtail sends: a snappy-compressed PushRequest of one stream with one line at 7 s.
std::string promtailBody(const std::string &labels, const std::string &line)
{
    const std::string timestamp = varint(1 << 3) + varint(7);
    const std::string message = field(1, field(1, labels) + field(2, field(1, timestamp) + field(2, line)));
    std::string out;
    snappy::Compress(message.data(), message.size(), &out);
    return out;
}

/// `text` compressed by zlib itself: windowBits 16 + 15 for gzip, -15 for a raw deflate stream.
std::string deflated(const std::string &text, int windowBits)
{
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("deflateInit2 failed");
    std::string out(deflateBound(&z, uLong(text.size())), '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(text.data()));
    z.avail_in = uInt(text.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    if (deflate(&z, Z_FINISH) != Z_STREAM_END)
        qFatal("deflate did not finish");
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
}

json bodyOf(const ApiResponse &response)
{
    if (response.status != 200 || !response.contentType.starts_with("application/json"))
        qFatal("expected a JSON 200, got %d %s: %s", response.status, response.contentType.c_str(),
               response.body.c_str());
    return json::parse(response.body);
}

/// A store holding, for job=api, lines at 1001…1005 s and one db line at 1003 s.
struct Fixture
{
    std::unique_ptr<LogStore> store = std::move(*LogStore::open(":memory:"));
    LokiApi api{*store};

    Fixture()
    {
        const auto r = api.handle(
            pushJson("{\"streams\":[{\"stream\":{\"job\":\"api\",\"node\":\"n1\"},\"values\":["
                     "[\"1001000000000\",\"GET /a 200\"],[\"1002000000000\",\"GET /b "
                     "500\"],[\"1003000000000\",\"POST /a "
                     "200\"],[\"1004000000000\",\"GET /c 200\"],[\"1005000000000\",\"GET /a 503\"]]},"
                     "{\"stream\":{\"job\":\"db\",\"node\":\"n2\"},\"values\":[[\"1003000000000\","
                     "\"checkpoint \\\"x\\\"\"]]}]}"));
        if (r.status != 204)
            qFatal("push failed: %d %s", r.status, r.body.c_str());
    }
};

} // namespace

/// Compares two JSON values, printing both when they differ (QCOMPARE cannot print nlohmann's type).
#define JSON_EQ(actual, expected)                                                                            \
    do {                                                                                                     \
        const json a_ = (actual);                                                                            \
        const json e_ = (expected);                                                                          \
        QVERIFY2(a_ == e_, (a_.dump() + " != " + e_.dump()).c_str());                                        \
    } while (false)

class TestLokiApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testReadyAndUnknownPaths()
    {
        Fixture f;
        const auto ready = f.api.handle(get("/ready"));
        QCOMPARE(ready.status, 200);
        QCOMPARE(ready.body, std::string("ready"));
        QCOMPARE(f.api.handle(get("/loki/api/v1/nope")).status, 404);
        ApiRequest put = get("/loki/api/v1/query_range");
        put.method = "PUT";
        QCOMPARE(f.api.handle(put).status, 405);
        QCOMPARE(f.api.handle(get("/loki/api/v1/push")).status, 405);
    }

    void testPushAnswers204AndRefusesBadBodiesWithTheReason()
    {
        Fixture f;
        const auto ok =
            f.api.handle(pushJson("{\"streams\":[{\"stream\":{\"a\":\"b\"},\"values\":[[\"1\",\"x\"]]}]}"));
        QCOMPARE(ok.status, 204);
        QVERIFY(ok.body.empty());
        const auto bad =
            f.api.handle(pushJson("{\"streams\":[{\"stream\":{\"a\":\"b\"},\"values\":[[1,\"x\"]]}]}"));
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.contentType.starts_with("text/plain"));
        QVERIFY2(bad.body.find("/streams/0/values/0/0") != std::string::npos, bad.body.c_str());
        ApiRequest promtail = pushJson(promtailBody("{job=\"proto\"}", "from promtail"));
        promtail.contentType = "application/x-protobuf";
        QCOMPARE(f.api.handle(promtail).status, 204);
        const json pushed = bodyOf(f.api.handle(
            get("/loki/api/v1/query_range", {{"query", "{job=\"proto\"}"}, {"start", "0"}, {"end", "10"}})));
        JSON_EQ(pushed["data"]["result"][0]["values"], json::parse("[[\"7000000000\",\"from promtail\"]]"));
        ApiRequest proto = pushJson("not snappy");
        proto.contentType = "application/x-protobuf";
        QCOMPARE(f.api.handle(proto).status, 400);
        ApiRequest brotli = pushJson("{}");
        brotli.contentEncoding = "br";
        const auto unsupported = f.api.handle(brotli);
        QCOMPARE(unsupported.status, 415);
        QVERIFY2(unsupported.body.find("br") != std::string::npos, unsupported.body.c_str());
        QCOMPARE(f.store->totals().entries, std::int64_t{8}); // the bad pushes changed nothing
    }

    void testPushAcceptsGzipAndDeflateBodiesAndRefusesCorruptOnes()
    {
        Fixture f;
        const std::int64_t before = f.store->totals().entries;
        const std::string text =
            "{\"streams\":[{\"stream\":{\"job\":\"gz\"},\"values\":[[\"5000000000\",\"gzipped line\"]]}]}";
        ApiRequest gzip = pushJson(deflated(text, 16 + MAX_WBITS));
        gzip.contentEncoding = "gzip";
        QCOMPARE(f.api.handle(gzip).status, 204);
        // Promtail's protobuf, snappy inside, gzip around it.
        ApiRequest proto =
            pushJson(deflated(promtailBody("{job=\"gzproto\"}", "gzipped proto"), 16 + MAX_WBITS));
        proto.contentType = "application/x-protobuf";
        proto.contentEncoding = "gzip";
        QCOMPARE(f.api.handle(proto).status, 204);
        ApiRequest raw = pushJson(deflated(
            "{\"streams\":[{\"stream\":{\"job\":\"df\"},\"values\":[[\"6000000000\",\"deflated line\"]]}]}",
            -MAX_WBITS));
        raw.contentEncoding = "deflate";
        QCOMPARE(f.api.handle(raw).status, 204);
        const auto values = [&f](const char *selector) {
            return bodyOf(f.api.handle(
                get("/loki/api/v1/query_range",
                    {{"query", selector}, {"start", "0"}, {"end", "10"}})))["data"]["result"][0]["values"];
        };
        JSON_EQ(values("{job=\"gz\"}"), json::parse("[[\"5000000000\",\"gzipped line\"]]"));
        JSON_EQ(values("{job=\"gzproto\"}"), json::parse("[[\"7000000000\",\"gzipped proto\"]]"));
        JSON_EQ(values("{job=\"df\"}"), json::parse("[[\"6000000000\",\"deflated line\"]]"));
        QCOMPARE(f.store->totals().entries, before + 3);

        // Truncated and uncompressed bodies under a gzip header: 400 with the reason, nothing stored.
        std::string cut = deflated(text, 16 + MAX_WBITS);
        cut.resize(cut.size() / 2);
        ApiRequest truncated = pushJson(cut);
        truncated.contentEncoding = "gzip";
        const auto refused = f.api.handle(truncated);
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.body.find("gzip push body is corrupt or truncated") != std::string::npos,
                 refused.body.c_str());
        ApiRequest plain = pushJson(text);
        plain.contentEncoding = "gzip";
        QCOMPARE(f.api.handle(plain).status, 400);
        QCOMPARE(f.store->totals().entries, before + 3);
    }

    void testGzipPushThatInflatesPastTheLimitIsRefused()
    {
        Fixture f;
        PushLimits limits;
        limits.maxDecodedBytes = 1 << 20;
        LokiApi small(*f.store, {}, limits);
        ApiRequest bomb = pushJson(deflated(std::string(8u << 20, ' '), 16 + MAX_WBITS));
        bomb.contentEncoding = "gzip";
        QVERIFY(bomb.body.size() < 64u << 10);
        const auto refused = small.handle(bomb);
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.body.find("over the limit") != std::string::npos ||
                     refused.body.find("more than the limit") != std::string::npos,
                 refused.body.c_str());
    }

    void testQueryRangeLogQueryHasLokisStreamsShape()
    {
        Fixture f;
        const json body =
            bodyOf(f.api.handle(get("/loki/api/v1/query_range", {{"query", "{job=\"api\"} |= \"GET\""}})));
        QCOMPARE(body["status"].get<std::string>(), std::string("success"));
        QCOMPARE(body["data"]["resultType"].get<std::string>(), std::string("streams"));
        const json &result = body["data"]["result"];
        QCOMPARE(result.size(), std::size_t{1});
        JSON_EQ(result[0]["stream"], json({{"job", "api"}, {"node", "n1"}}));
        const json &values = result[0]["values"];
        QCOMPARE(values.size(), std::size_t{4});
        QVERIFY(values[0][0].is_string());                                       // nanoseconds as a string
        QCOMPARE(values[0][0].get<std::string>(), std::string("1005000000000")); // newest first by default
        QCOMPARE(values[0][1].get<std::string>(), std::string("GET /a 503"));
        QCOMPARE(values[3][0].get<std::string>(), std::string("1001000000000"));
        const json &summary = body["data"]["stats"]["summary"];
        QCOMPARE(summary["totalEntriesReturned"].get<int>(), 4);
        QVERIFY(summary.contains("totalLinesProcessed"));
        QVERIFY(summary.contains("execTime"));
    }

    void testQueryRangeLimitDirectionAndRange()
    {
        Fixture f;
        const json forward =
            bodyOf(f.api.handle(get("/loki/api/v1/query_range",
                                    {{"query", "{job=\"api\"}"}, {"direction", "FORWARD"}, {"limit", "2"}})));
        const json &values = forward["data"]["result"][0]["values"];
        QCOMPARE(values.size(), std::size_t{2});
        QCOMPARE(values[0][0].get<std::string>(), std::string("1001000000000"));
        // start inclusive, end exclusive; seconds and nanoseconds both read.
        const json window = bodyOf(
            f.api.handle(get("/loki/api/v1/query_range",
                             {{"query", "{job=\"api\"}"}, {"start", "1002"}, {"end", "1004000000000"}})));
        QCOMPARE(window["data"]["result"][0]["values"].size(), std::size_t{2});
        // Escaping in lines survives.
        const json db = bodyOf(f.api.handle(get("/loki/api/v1/query_range", {{"query", "{job=\"db\"}"}})));
        QCOMPARE(db["data"]["result"][0]["values"][0][1].get<std::string>(), std::string("checkpoint \"x\""));
    }

    void testBadRequestsGetLokisPlainTextErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("text");
        const QString range = QStringLiteral("/loki/api/v1/query_range");
        QTest::newRow("parse") << range << QStringLiteral("query") << QStringLiteral("{job=\"api\"")
                               << QStringLiteral(
                                      "parse error at line 1, col 11: syntax error: unexpected end of input");
        QTest::newRow("limit-zero") << range << QStringLiteral("limit") << QStringLiteral("0")
                                    << QStringLiteral("limit must be a positive value");
        QTest::newRow("limit-max") << range << QStringLiteral("limit") << QStringLiteral("6000")
                                   << QStringLiteral("max entries limit per query exceeded, limit > "
                                                     "max_entries_limit_per_query (6000 > 5000)");
        QTest::newRow("direction") << range << QStringLiteral("direction") << QStringLiteral("sideways")
                                   << QStringLiteral("invalid direction 'sideways'");
        QTest::newRow("start") << range << QStringLiteral("start") << QStringLiteral("yesterday")
                               << QStringLiteral("invalid start parameter");
        QTest::newRow("end-before-start")
            << range << QStringLiteral("start") << QStringLiteral("3000")
            << QStringLiteral("end timestamp must not be before or equal to start time");
        QTest::newRow("step") << range << QStringLiteral("step") << QStringLiteral("0.1")
                              << QStringLiteral("exceeded maximum resolution of 11,000 points");
        QTest::newRow("instant-log") << QStringLiteral("/loki/api/v1/query") << QStringLiteral("time")
                                     << QStringLiteral("1005")
                                     << QStringLiteral(
                                            "log queries are not supported as an instant query type");
    }

    void testBadRequestsGetLokisPlainTextErrors()
    {
        QFETCH(QString, path);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, text);
        Fixture f;
        std::vector<std::pair<std::string, std::string>> query = {{"query", "{job=\"api\"}"}};
        if (key == QStringLiteral("query"))
            query.clear();
        query.emplace_back(key.toStdString(), value.toStdString());
        const auto response = f.api.handle(get(path.toStdString(), query));
        QCOMPARE(response.status, 400);
        QCOMPARE(response.contentType, std::string("text/plain; charset=utf-8"));
        QVERIFY2(response.body.find(text.toStdString()) != std::string::npos, response.body.c_str());
    }

    void testRangesOverTheLimitAndTimesOutOfRangeAreRefused()
    {
        Fixture f;
        const auto tooLong =
            f.api.handle(get("/loki/api/v1/query_range",
                             {{"query", "{job=\"api\"}"}, {"end", "3000000000"}, {"since", "800h"}}));
        QCOMPARE(tooLong.status, 400);
        QCOMPARE(tooLong.body,
                 std::string("the query time range exceeds the limit (query length: 800h0m0s, limit: "
                             "721h0m0s)"));
        std::int64_t ns = 0;
        QVERIFY(!parseLokiTime("9999999999", &ns)); // past 2096: refused, so sums stay in int64
        QVERIFY(!parseLokiTime("-5", &ns));
        QVERIFY(!parseLokiTime("9999-01-01T00:00:00Z", &ns));
    }

    void testMetricQueryRangeIsAMatrixOfSecondsAndStringValues()
    {
        Fixture f;
        const auto response = f.api.handle(
            get("/loki/api/v1/query_range", {{"query", "sum by (node) (count_over_time({job=~\".+\"}[2s]))"},
                                             {"start", "1002"},
                                             {"end", "1004"},
                                             {"step", "1s"}}));
        const json body = bodyOf(response);
        QCOMPARE(body["data"]["resultType"].get<std::string>(), std::string("matrix"));
        const json &result = body["data"]["result"];
        QCOMPARE(result.size(), std::size_t{2});
        JSON_EQ(result[0]["metric"], json({{"node", "n1"}}));
        JSON_EQ(result[0]["values"], json::parse("[[1002,\"2\"],[1003,\"2\"],[1004,\"2\"]]"));
        JSON_EQ(result[1]["metric"], json({{"node", "n2"}}));
        JSON_EQ(result[1]["values"], json::parse("[[1003,\"1\"],[1004,\"1\"]]"));
        // The exact bytes, as Loki's marshaller writes a point.
        QVERIFY2(response.body.find("\"values\":[[1003,\"1\"],[1004,\"1\"]]") != std::string::npos,
                 response.body.c_str());
        QVERIFY(body["data"].contains("stats"));
    }

    void testInstantMetricQueryIsAVector()
    {
        Fixture f;
        const json body = bodyOf(f.api.handle(get(
            "/loki/api/v1/query", {{"query", "rate({job=\"api\"} |= \"GET\" [10s])"}, {"time", "1005.5"}})));
        QCOMPARE(body["data"]["resultType"].get<std::string>(), std::string("vector"));
        const json &result = body["data"]["result"];
        QCOMPARE(result.size(), std::size_t{1});
        JSON_EQ(result[0]["metric"], json({{"job", "api"}, {"node", "n1"}}));
        QCOMPARE(result[0]["value"][0].get<double>(), 1005.5);
        QCOMPARE(result[0]["value"][1].get<std::string>(), std::string("0.4"));
    }

    void testPostFormBodyIsReadLikeTheQueryString()
    {
        Fixture f;
        ApiRequest post = get("/loki/api/v1/query_range");
        post.method = "POST";
        post.contentType = "application/x-www-form-urlencoded";
        post.body = "query=%7Bjob%3D%22db%22%7D&limit=10";
        const json body = bodyOf(f.api.handle(post));
        QCOMPARE(body["data"]["result"][0]["stream"]["job"].get<std::string>(), std::string("db"));
    }

    void testLabelsValuesAndSeries()
    {
        Fixture f;
        JSON_EQ(bodyOf(f.api.handle(get("/loki/api/v1/labels"))),
                json::parse("{\"status\":\"success\",\"data\":[\"job\",\"node\"]}"));
        JSON_EQ(bodyOf(f.api.handle(get("/loki/api/v1/label/job/values"))),
                json::parse("{\"status\":\"success\",\"data\":[\"api\",\"db\"]}"));
        JSON_EQ(bodyOf(f.api.handle(get("/loki/api/v1/label/node/values", {{"query", "{job=\"db\"}"}}))),
                json::parse("{\"status\":\"success\",\"data\":[\"n2\"]}"));
        // Nothing in the window: Loki leaves `data` out.
        const auto empty = f.api.handle(get("/loki/api/v1/labels", {{"start", "1"}, {"end", "2"}}));
        QCOMPARE(empty.body, std::string("{\"status\":\"success\"}"));
        JSON_EQ(bodyOf(f.api.handle(get("/loki/api/v1/series", {{"match[]", "{job=\"api\"}"}}))),
                json::parse("{\"status\":\"success\",\"data\":[{\"job\":\"api\",\"node\":\"n1\"}]}"));
        JSON_EQ(bodyOf(f.api.handle(get("/loki/api/v1/series", {{"start", "1"}, {"end", "2"}}))),
                json::parse("{\"status\":\"success\",\"data\":[]}"));
        QCOMPARE(bodyOf(f.api.handle(get("/loki/api/v1/series")))["data"].size(), std::size_t{2});
        const auto bad = f.api.handle(get("/loki/api/v1/series", {{"match[]", "{job="}}));
        QCOMPARE(bad.status, 400);
    }

    void testTailFramesCarryOnlyNewMatchingLines()
    {
        Fixture f;
        auto session = f.api.startTail("{job=\"api\"} |= \"tail\"");
        QVERIFY(session);
        QVERIFY(!f.api.startTail("count_over_time({job=\"api\"}[1m])"));
        auto none = f.api.pollTail(*session, 100);
        QVERIFY(none);
        QVERIFY(none->empty());
        QCOMPARE(
            f.api
                .handle(pushJson("{\"streams\":[{\"stream\":{\"job\":\"api\",\"node\":\"n1\"},\"values\":["
                                 "[\"1\",\"tail me\"],[\"2\",\"not me\"]]}]}"))
                .status,
            204);
        auto frame = f.api.pollTail(*session, 100);
        QVERIFY(frame);
        JSON_EQ(json::parse(*frame),
                json::parse(
                    "{\"streams\":[{\"stream\":{\"job\":\"api\",\"node\":\"n1\"},\"values\":[[\"1\",\"tail "
                    "me\"]]}]}"));
        QVERIFY(f.api.pollTail(*session, 100)->empty());
    }

    void testTailNamesTheLinesItDroppedInTheNextFrame()
    {
        Fixture f;
        auto session = f.api.startTail("{job=\"api\"} |= \"tail\"");
        QVERIFY(session);
        const auto push = [&f](const std::string &values) {
            QCOMPARE(f.api
                         .handle(pushJson("{\"streams\":[{\"stream\":{\"job\":\"api\",\"node\":\"n1\"},"
                                          "\"values\":[" +
                                          values + "]}]}"))
                         .status,
                     204);
        };
        push("[\"1\",\"tail one\"],[\"2\",\"not me\"],[\"3\",\"tail three\"]");
        // The client is behind: the poll reads the lines but sends nothing.
        auto skipped = f.api.pollTail(*session, 100, true);
        QVERIFY(skipped);
        QVERIFY(skipped->empty());
        QCOMPARE(session->dropped.size(), std::size_t{2});
        push("[\"4\",\"tail four\"]");
        auto frame = f.api.pollTail(*session, 100);
        QVERIFY(frame);
        JSON_EQ(json::parse(*frame),
                json::parse("{\"streams\":[{\"stream\":{\"job\":\"api\",\"node\":\"n1\"},\"values\":[[\"4\","
                            "\"tail four\"]]}],\"dropped_entries\":[{\"labels\":{\"job\":\"api\",\"node\":"
                            "\"n1\"},\"timestamp\":\"1\"},{\"labels\":{\"job\":\"api\",\"node\":\"n1\"},"
                            "\"timestamp\":\"3\"}]}"));
        // Named once: the next frames carry no dropped_entries.
        QVERIFY(session->dropped.empty());
        push("[\"5\",\"tail five\"]");
        QVERIFY(!json::parse(*f.api.pollTail(*session, 100)).contains("dropped_entries"));
        // Dropped lines with nothing new since still reach the client, in a frame of no streams.
        push("[\"6\",\"tail six\"]");
        QVERIFY(f.api.pollTail(*session, 100, true)->empty());
        JSON_EQ(json::parse(*f.api.pollTail(*session, 100)),
                json::parse("{\"streams\":[],\"dropped_entries\":[{\"labels\":{\"job\":\"api\",\"node\":"
                            "\"n1\"},\"timestamp\":\"6\"}]}"));
    }

    void testTimestampsParseLikeLoki()
    {
        std::int64_t ns = 0;
        QVERIFY(parseLokiTime("1700000000", &ns));
        QCOMPARE(ns, std::int64_t{1700000000} * S);
        QVERIFY(parseLokiTime("1700000000123456789", &ns));
        QCOMPARE(ns, std::int64_t{1700000000123456789});
        QVERIFY(parseLokiTime("1.5", &ns));
        QCOMPARE(ns, std::int64_t{1'500'000'000});
        QVERIFY(parseLokiTime("2023-11-14T22:13:20Z", &ns));
        QCOMPARE(ns, std::int64_t{1700000000} * S);
        QVERIFY(parseLokiTime("2023-11-14T23:13:20.25+01:00", &ns));
        QCOMPARE(ns, std::int64_t{1700000000} * S + 250'000'000);
        QVERIFY(!parseLokiTime("2023-11-14", &ns));
        QVERIFY(!parseLokiTime("soon", &ns));
    }

    void testNumbersAndStringsAreWrittenAsLokiWritesThem()
    {
        QCOMPARE(response::formatSeconds(1568404331324000000), std::string("1568404331.324"));
        QCOMPARE(response::formatSeconds(1568404331000000000), std::string("1568404331"));
        QCOMPARE(response::formatSeconds(1500000000), std::string("1.5"));
        QCOMPARE(response::formatValue(0.013333333333333334), std::string("0.013333333333333334"));
        QCOMPARE(response::formatValue(1e20), std::string("100000000000000000000"));
        QCOMPARE(response::formatValue(5), std::string("5"));
        QCOMPARE(response::formatValue(1.0 / 0.0), std::string("+Inf"));
        std::string out;
        response::appendJsonString(out, std::string("a\"\\\n\x01\xff\xc3\xa9", 8));
        QCOMPARE(out, std::string("\"a\\\"\\\\\\n\\u0001\xef\xbf\xbd\xc3\xa9\""));
        QCOMPARE(parseFormEncoded("a=1&b=x%20y+z&c&&d=%zz"),
                 (std::vector<std::pair<std::string, std::string>>{
                     {"a", "1"}, {"b", "x y z"}, {"c", ""}, {"d", "%zz"}}));
    }
};

QTEST_GUILESS_MAIN(TestLokiApi)
#include "tst_LokiApi.moc"
