// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "logs/LokiPush.h"

#include <QTest>

#include <snappy.h>

using namespace mb;
using namespace mb::logs;

namespace {

std::string varint(std::uint64_t v)
{
    std::string out;
    while (v >= 0x80) {
        out += static_cast<char>((v & 0x7f) | 0x80);
        v >>= 7;
    }
    out += static_cast<char>(v);
    return out;
}

std::string field(int number, const std::string &payload)
{
    return varint(static_cast<std::uint64_t>(number) << 3 | 2) + varint(payload.size()) + payload;
}

std::string varintField(int number, std::uint64_t value)
{
    return varint(static_cast<std::uint64_t>(number) << 3) + varint(value);
}

/// A PushRequest as Promtail encodes it: one stream, entries of (seconds, nanos, line).
std::string pushMessage(const std::string &labels,
                        const std::vector<std::tuple<int64_t, int, std::string>> &entries)
{
    std::string stream = field(1, labels);
    for (const auto &[seconds, nanos, line] : entries) {
        const std::string timestamp = varintField(1, static_cast<std::uint64_t>(seconds)) +
                                      varintField(2, static_cast<std::uint64_t>(nanos));
        stream +=
            field(2, field(1, timestamp) + field(2, line) + field(3, field(1, "trace_id") + field(2, "abc")));
    }
    stream += varintField(3, 12345); // the hash Loki sends and ignores
    return field(1, stream);
}

std::string snappyOf(const std::string &raw)
{
    std::string out;
    snappy::Compress(raw.data(), raw.size(), &out);
    return out;
}

} // namespace

class TestLokiPush : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testJsonPushDecodesStreamsLinesAndMetadata()
    {
        const auto request =
            decodePushJson("{\"streams\":[{\"stream\":{\"job\":\"app\",\"level\":\"info\"},"
                           "\"values\":[[\"1570818238000000000\",\"line 1\"],[\"1570818238000000001\",\"line "
                           "2\",{\"trace_id\":\"abc\"}]]}]}");
        QVERIFY2(request, request ? "" : request.error().describe().c_str());
        QCOMPARE(request->streams.size(), std::size_t{1});
        const auto &stream = request->streams[0];
        QCOMPARE(stream.labels.at("job"), std::string("app"));
        QCOMPARE(stream.labels.at("level"), std::string("info"));
        QCOMPARE(stream.entries.size(), std::size_t{2});
        QCOMPARE(stream.entries[0].timestampNs, std::int64_t{1570818238000000000});
        QCOMPARE(stream.entries[1].line, std::string("line 2"));
        QCOMPARE(stream.entries[1].structuredMetadata.at("trace_id"), std::string("abc"));
    }

    void testJsonPushRefusesANumericTimestampWithItsPointer()
    {
        const auto request =
            decodePushJson("{\"streams\":[{\"stream\":{\"job\":\"a\"},\"values\":[[1570818238,\"x\"]]}]}");
        QVERIFY(!request);
        QCOMPARE(request.error().code, ErrorCode::LogsPushInvalid);
        QCOMPARE(request.error().pointer, std::string("/streams/0/values/0/0"));
        QVERIFY(request.error().message.text().find("string of unix nanoseconds") != std::string::npos);
    }

    void testJsonPushRefusesAnObjectLineAndBadShapes()
    {
        auto r =
            decodePushJson("{\"streams\":[{\"stream\":{\"job\":\"a\"},\"values\":[[\"1\",{\"a\":1}]]}]}");
        QVERIFY(!r);
        QCOMPARE(r.error().pointer, std::string("/streams/0/values/0/1"));
        r = decodePushJson("{\"streams\":[{\"stream\":{},\"values\":[]}]}");
        QVERIFY(!r);
        QCOMPARE(r.error().pointer, std::string("/streams/0/stream"));
        r = decodePushJson("{\"streams\":[{\"stream\":{\"job\":\"a\"},\"values\":[[\"-5\",\"x\"]]}]}");
        QVERIFY(!r);
        r = decodePushJson(
            "{\"streams\":[{\"stream\":{\"job\":\"a\"},\"values\":[[\"99999999999999999999\",\"x\"]]}]}");
        QVERIFY(!r);
        QVERIFY(r.error().message.text().find("in range") != std::string::npos);
        r = decodePushJson("{\"nope\":1}");
        QVERIFY(!r);
        r = decodePushJson("{\"streams\":[");
        QVERIFY(!r);
        QVERIFY(r.error().line > 0);
    }

    void testJsonPushEnforcesLineAndLabelLimits()
    {
        PushLimits limits;
        limits.maxLineBytes = 4;
        auto r = decodePushJson("{\"streams\":[{\"stream\":{\"job\":\"a\"},\"values\":[[\"1\",\"hello\"]]}]}",
                                limits);
        QVERIFY(!r);
        QVERIFY(r.error().message.text().find("over the limit of 4") != std::string::npos);
        limits = {};
        limits.maxLabelNames = 1;
        r = decodePushJson("{\"streams\":[{\"stream\":{\"a\":\"1\",\"b\":\"2\"},\"values\":[]}]}", limits);
        QVERIFY(!r);
        QVERIFY(r.error().message.text().find("2 labels") != std::string::npos);
    }

    void testProtobufPushRoundTripsThroughSnappy()
    {
        const std::string message = pushMessage("{job=\"app\", level=\"info\", msg=\"say \\\"hi\\\"\"}",
                                                {{1570818238, 5, "line 1"}, {1570818239, 0, "line 2"}});
        const auto request = decodePushProtobuf(snappyOf(message));
        QVERIFY2(request, request ? "" : request.error().describe().c_str());
        QCOMPARE(request->streams.size(), std::size_t{1});
        const auto &stream = request->streams[0];
        QCOMPARE(stream.labels.size(), std::size_t{3});
        QCOMPARE(stream.labels.at("msg"), std::string("say \"hi\""));
        QCOMPARE(stream.entries.size(), std::size_t{2});
        QCOMPARE(stream.entries[0].timestampNs, std::int64_t{1570818238000000005});
        QCOMPARE(stream.entries[1].line, std::string("line 2"));
        QCOMPARE(stream.entries[0].structuredMetadata.at("trace_id"), std::string("abc"));
    }

    void testProtobufPushRefusesEveryTruncationWithAnOffset()
    {
        const std::string message = pushMessage("{job=\"app\"}", {{1, 2, "some line"}});
        for (std::size_t cut = 1; cut < message.size(); ++cut) {
            const auto request = decodePushMessage(std::string_view(message).substr(0, cut));
            QVERIFY2(!request, std::to_string(cut).c_str());
            QCOMPARE(request.error().code, ErrorCode::LogsPushInvalid);
            QVERIFY(request.error().message.text().find("at byte ") != std::string::npos);
        }
    }

    void testProtobufPushRefusesBadSnappyAndBadLabels()
    {
        auto r = decodePushProtobuf("definitely not snappy");
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::LogsPushInvalid);
        r = decodePushMessage(pushMessage("job=app", {{1, 0, "x"}}));
        QVERIFY(!r);
        QVERIFY(r.error().message.text().find("expected '{'") != std::string::npos);
        r = decodePushMessage(pushMessage("{}", {{1, 0, "x"}}));
        QVERIFY(!r);
        r = decodePushMessage(field(1, varintField(1, 7))); // labels sent as a varint
        QVERIFY(!r);
        QVERIFY(r.error().message.text().find("at byte 2") != std::string::npos);
        r = decodePushMessage(std::string("\x2f", 1)); // field 5, wire type 7
        QVERIFY(!r);
        QVERIFY(r.error().message.text().find("wire type 7") != std::string::npos);
    }

    void testProtobufPushRefusesAnOversizedDecompression()
    {
        PushLimits limits;
        limits.maxDecodedBytes = 100;
        const auto r = decodePushProtobuf(snappyOf(std::string(1000, 'a')), limits);
        QVERIFY(!r);
        QVERIFY(r.error().message.text().find("decompresses to 1000 bytes") != std::string::npos);
    }

    void testLabelStringParsing()
    {
        auto labels = parseLabelString("{a=\"1\",b=\"x\\\\y\"}");
        QVERIFY(labels);
        QCOMPARE(labels->at("b"), std::string("x\\y"));
        QVERIFY(parseLabelString("{}"));
        QVERIFY(!parseLabelString("{a=\"1\",a=\"2\"}"));
        QVERIFY(!parseLabelString("{a=\"1\""));
        QVERIFY(!parseLabelString("{1a=\"1\"}"));
        QVERIFY(!parseLabelString("{a=\"1\"} x"));
    }
};

QTEST_GUILESS_MAIN(TestLokiPush)
#include "tst_LokiPush.moc"
