// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "logs/LogStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mb;
using namespace mb::logs;

namespace {

PushStream stream(Labels labels, std::vector<std::pair<std::int64_t, std::string>> lines)
{
    PushStream s;
    s.labels = std::move(labels);
    for (auto &[ts, line] : lines)
        s.entries.push_back(PushEntry{ts, std::move(line), {}});
    return s;
}

std::vector<std::pair<std::int64_t, std::string>> readAll(LogStore &store, EntryScan scan)
{
    std::vector<std::pair<std::int64_t, std::string>> out;
    const auto ok = store.scan(scan, [&](const EntryView &e) {
        out.emplace_back(e.timestampNs, std::string(e.line));
        return true;
    });
    if (!ok)
        qFatal("scan failed: %s", ok.error().describe().c_str());
    return out;
}

EntryScan everything(Direction direction = Direction::Forward)
{
    EntryScan scan;
    scan.allStreams = true;
    scan.startNs = 0;
    scan.endNs = std::numeric_limits<std::int64_t>::max();
    scan.direction = direction;
    return scan;
}

} // namespace

class TestLogStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testTrigramIndexIsAvailable()
    {
        auto store = LogStore::open(":memory:");
        QVERIFY(store);
        QVERIFY2((*store)->hasLineIndex(), "Debian 12's SQLite 3.40 has FTS5 with the trigram tokenizer");
    }

    void testAppendedLinesReadBackInBothDirectionsAndSurviveReopen()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("logs.db")).toStdString();
        {
            auto store = LogStore::open(path);
            QVERIFY(store);
            PushRequest request;
            request.streams.push_back(stream({{"job", "a"}}, {{30, "third"}, {10, "first"}}));
            request.streams.push_back(stream({{"job", "b"}, {"level", "x\"y"}}, {{20, "second"}}));
            const auto result = (*store)->append(request);
            QVERIFY2(result, result ? "" : result.error().describe().c_str());
            QCOMPARE(result->entries, std::size_t{3});
            QCOMPARE(result->newStreams, std::size_t{2});
        }
        auto store = LogStore::open(path);
        QVERIFY(store);
        const auto forward = readAll(**store, everything());
        QCOMPARE(forward.size(), std::size_t{3});
        QCOMPARE(forward[0].second, std::string("first"));
        QCOMPARE(forward[2].second, std::string("third"));
        const auto backward = readAll(**store, everything(Direction::Backward));
        QCOMPARE(backward[0].second, std::string("third"));
        const auto streams = (*store)->streams();
        QCOMPARE(streams.size(), std::size_t{2});
        QCOMPARE(streams[1].labels.at("level"), std::string("x\"y"));
        QCOMPARE(streams[0].firstNs, std::int64_t{10});
        QCOMPARE(streams[0].lastNs, std::int64_t{30});
        QCOMPARE((*store)->totals().entries, std::int64_t{3});
        QCOMPARE((*store)->totals().bytes, std::int64_t{5 + 5 + 6});

        // The same labels again land in the same stream.
        PushRequest more;
        more.streams.push_back(stream({{"job", "a"}}, {{40, "fourth"}}));
        QCOMPARE((*store)->append(more)->newStreams, std::size_t{0});
        QCOMPARE((*store)->streams().size(), std::size_t{2});
    }

    void testScanSelectsStreamsTimeRangeAndSubstrings()
    {
        auto store = std::move(*LogStore::open(":memory:"));
        PushRequest request;
        request.streams.push_back(
            stream({{"job", "a"}}, {{1, "GET /index ok"}, {2, "POST /login failed"}, {3, "needle [x]*"}}));
        request.streams.push_back(stream({{"job", "b"}}, {{2, "GET /other ok"}}));
        QVERIFY(store->append(request));
        const auto a = store->streams()[0].id;
        EntryScan scan = everything();
        scan.allStreams = false;
        scan.streams = {a};
        QCOMPARE(readAll(*store, scan).size(), std::size_t{3});
        scan.startNs = 2;
        scan.endNs = 3; // end exclusive
        QCOMPARE(readAll(*store, scan).size(), std::size_t{1});
        // The index narrows texts of 6 bytes or more to candidates; shorter ones read every line.
        EntryScan text = everything();
        text.mustContain = {"GET /index"};
        QCOMPARE(readAll(*store, text).size(), std::size_t{1});
        text.mustContain = {"POST /login", "failed"};
        QCOMPARE(readAll(*store, text).size(), std::size_t{1});
        text.mustContain = {"needle [x]*"};
        QCOMPARE(readAll(*store, text).size(), std::size_t{1});
        text.mustContain = {"DELETE /nothing"};
        QCOMPARE(readAll(*store, text).size(), std::size_t{0});
        text.mustContain = {"GET"};
        QCOMPARE(readAll(*store, text).size(), std::size_t{4});
        EntryScan none = everything();
        none.allStreams = false;
        QCOMPARE(readAll(*store, none).size(), std::size_t{0});
    }

    void testRetentionByAgeDeletesOldestAndForgetsEmptyStreams()
    {
        LogStoreOptions options;
        options.maxAgeNs = 100;
        auto store = std::move(*LogStore::open(":memory:", options));
        PushRequest request;
        request.streams.push_back(stream({{"job", "old"}}, {{10, "a"}, {20, "b"}}));
        request.streams.push_back(stream({{"job", "new"}}, {{150, "c"}, {250, "d"}}));
        QVERIFY(store->append(request));
        const auto deleted = store->applyRetention(260); // keeps ts >= 160
        QVERIFY(deleted);
        QCOMPARE(*deleted, std::size_t{3});
        const auto left = readAll(*store, everything());
        QCOMPARE(left.size(), std::size_t{1});
        QCOMPARE(left[0].second, std::string("d"));
        QCOMPARE(store->streams().size(), std::size_t{1});
        QCOMPARE(store->streams()[0].firstNs, std::int64_t{250});
        QCOMPARE(store->totals().bytes, std::int64_t{1});
        EntryScan text = everything();
        text.mustContain = {"aaaaaa"};
        QCOMPARE(readAll(*store, text).size(), std::size_t{0});
    }

    void testRetentionBySizeKeepsTheNewestWithinTheBound()
    {
        LogStoreOptions options;
        options.maxBytes = 10 * 100;
        auto store = std::move(*LogStore::open(":memory:", options));
        for (int batch = 0; batch < 30; ++batch) {
            PushRequest request;
            PushStream s;
            s.labels = {{"job", "a"}};
            for (int i = 0; i < 10; ++i)
                s.entries.push_back(
                    {batch * 10 + i, std::string(10, static_cast<char>('a' + batch % 26)), {}});
            request.streams.push_back(std::move(s));
            QVERIFY(store->append(request));
            QVERIFY(store->totals().bytes <= options.maxBytes);
        }
        const auto left = readAll(*store, everything());
        QCOMPARE(left.size(), std::size_t{100});
        QCOMPARE(left.front().first, std::int64_t{200});
        QCOMPARE(left.back().first, std::int64_t{299});
        // The line index lost the deleted lines too.
        EntryScan text = everything();
        text.mustContain = {"aaaaaa"}; // batch 0 and 26; only 26 (ts 260…269) is left
        QCOMPARE(readAll(*store, text).size(), std::size_t{10});
    }

    void testTailDeliversEverythingAppendedAfterTheCursorEvenLateLines()
    {
        auto store = std::move(*LogStore::open(":memory:"));
        PushRequest first;
        first.streams.push_back(stream({{"job", "a"}}, {{100, "before"}}));
        QVERIFY(store->append(first));
        TailCursor cursor = store->tailEnd();
        PushRequest second;
        second.streams.push_back(stream({{"job", "a"}}, {{200, "new"}, {50, "late"}}));
        second.streams.push_back(stream({{"job", "b"}}, {{300, "other"}}));
        QVERIFY(store->append(second));
        const auto a = store->streams()[0].id;
        std::vector<std::string> seen;
        QVERIFY(store->tail({a}, false, cursor, 10, [&](const EntryView &e) { seen.emplace_back(e.line); }));
        QCOMPARE(seen, (std::vector<std::string>{"new", "late"}));
        seen.clear();
        QVERIFY(store->tail({a}, false, cursor, 10, [&](const EntryView &e) { seen.emplace_back(e.line); }));
        QVERIFY(seen.empty());
        TailCursor all;
        QVERIFY(store->tail({}, true, all, 2, [&](const EntryView &e) { seen.emplace_back(e.line); }));
        QCOMPARE(seen, (std::vector<std::string>{"before", "new"}));
    }

    void testLineIndexNeverMissesALineContainingTheText()
    {
        // Lines over a small alphabet share many trigrams, the hard case for winnowing.
        auto store = std::move(*LogStore::open(":memory:"));
        std::uint32_t seed = 12345;
        const auto next = [&] {
            seed = seed * 1103515245u + 12345u;
            return (seed >> 16) & 0x7fff;
        };
        PushRequest request;
        PushStream stream;
        stream.labels = {{"job", "x"}};
        std::vector<std::string> lines;
        for (int i = 0; i < 400; ++i) {
            std::string line;
            const std::size_t length = 3 + next() % 60;
            for (std::size_t k = 0; k < length; ++k)
                line += "ab c\"\xc3"[next() % 6];
            lines.push_back(line);
            stream.entries.push_back({i, line, {}});
        }
        request.streams.push_back(stream);
        QVERIFY(store->append(request));
        for (int probe = 0; probe < 300; ++probe) {
            const std::string &source = lines[next() % lines.size()];
            const std::size_t length = std::min<std::size_t>(source.size(), 6 + next() % 10);
            const std::string needle = source.substr(next() % (source.size() - length + 1), length);
            EntryScan scan = everything();
            scan.mustContain = {needle};
            std::size_t found = 0;
            QVERIFY(store->scan(scan, [&](const EntryView &e) {
                found += e.line.find(needle) != std::string_view::npos;
                return true;
            }));
            const auto expected =
                static_cast<std::size_t>(std::count_if(lines.begin(), lines.end(), [&](const std::string &l) {
                    return l.find(needle) != std::string::npos;
                }));
            QCOMPARE(found, expected);
        }
    }

    void testLabelsToStringQuotesLikeLoki()
    {
        QCOMPARE(labelsToString({{"a", "1"}, {"b", "x\"y\\z\n"}}),
                 std::string("{a=\"1\", b=\"x\\\"y\\\\z\\n\"}"));
        QCOMPARE(labelsToString({}), std::string("{}"));
    }
};

QTEST_GUILESS_MAIN(TestLogStore)
#include "tst_LogStore.moc"
