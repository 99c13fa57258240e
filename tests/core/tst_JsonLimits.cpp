// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "providers/hetzner/ServerTypeMerge.h"
#include "support/TestSupport.h"
#include "topology/Cost.h"
#include "topology/PlanCatalogue.h"
#include "topology/Rules.h"
#include "topology/Topology.h"
#include "json/JsonLimits.h"
#include "json/JsonLocator.h"
#include "json/JsonReader.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>

using namespace mb;

/// Strict JSON and the reading limits: duplicate keys, size, depth, strings, entries and
/// hostile numbers are errors with code, limit, position and pointer, never an exception.
class TestJsonLimits : public QObject
{
    Q_OBJECT

private:
    static Error parseError(std::string_view text, const json::JsonLimits &limits = {})
    {
        auto parsed = json::parseText(text, limits);
        if (parsed)
            return Error{
                ErrorCode::Internal, Message{"test", "parsed although it should not", {}}, {}, 0, 0, {}};
        return parsed.error();
    }

    static std::vector<Error> topologyErrors(const std::string &text)
    {
        auto parsed = topology::parseTopology(text);
        return parsed ? std::vector<Error>{} : parsed.error();
    }

    static bool contains(const Error &e, std::string_view part)
    {
        return e.message.text().find(part) != std::string::npos;
    }

private Q_SLOTS:
    void testDuplicateKeyNamesBothPositionsAndPointer()
    {
        const std::string text = "{\n  \"a\": {\n    \"plan\": \"cx22\",\n    \"plan\": \"cx32\"\n  }\n}\n";
        const Error e = parseError(text);
        QCOMPARE(e.code, ErrorCode::JsonDuplicateKey);
        QCOMPARE(e.pointer, std::string("/a/plan"));
        QCOMPARE(e.line, 4);
        QCOMPARE(e.column, 5);
        QCOMPARE(e.message.text(),
                 std::string("The key \"plan\" appears twice in one object: first at line 3, "
                             "column 5, again at line 4, column 5. Keep one of them."));
        QCOMPARE(errorCodeName(e.code), std::string_view("json-duplicate-key"));
    }

    void testDuplicateKeyWrittenWithEscapesIsStillDuplicate()
    {
        const Error e = parseError(R"({"count": 1, "\u0063ount": 2})");
        QCOMPARE(e.code, ErrorCode::JsonDuplicateKey);
        QCOMPARE(e.pointer, std::string("/count"));
        QCOMPARE(e.column, 14);
    }

    void testEscapedKeysSurviveDeepNesting()
    {
        // Found by fuzz_json: the keys of open objects must stay valid while more objects open.
        std::string text;
        for (int i = 0; i < 40; ++i)
            text += "{\"k\\u00fc" + std::to_string(i) + "\": 1, \"n\\u00fc\": ";
        text += "{\"a\\u00fc\": 1, \"a\u00fc\": 2}" + std::string(40, '}');
        const Error e = parseError(text);
        QCOMPARE(e.code, ErrorCode::JsonDuplicateKey);
        std::string pointer;
        for (int i = 0; i < 40; ++i)
            pointer += "/n\u00fc";
        QCOMPARE(e.pointer, pointer + "/a\u00fc");
    }

    void testSameKeyInSiblingObjectsIsFine()
    {
        QVERIFY(json::parseText(R"({"a": {"x": 1}, "b": {"x": 2}, "c": [{"x": 1}, {"x": 2}]})").has_value());
    }

    void testDuplicateKeyInTopologyIsReportedNotLastWins()
    {
        std::string text = test::sourceFile("resources/examples/starter.json");
        const auto at = text.find("\"count\"", text.find("\"worker\""));
        QVERIFY(at != std::string::npos);
        text.insert(at, "\"count\": 40, ");
        const auto errors = topologyErrors(text);
        QCOMPARE(errors.size(), std::size_t{1});
        QCOMPARE(errors[0].code, ErrorCode::JsonDuplicateKey);
        QCOMPARE(errors[0].pointer, std::string("/pillars/worker/count"));
        const json::TextPosition first = json::positionOf(text, at);
        QVERIFY(contains(errors[0], "first at line " + std::to_string(first.line) + ", column " +
                                        std::to_string(first.column)));
    }

    void testDepthAtLimitIsReadAndPastItIsRefused()
    {
        const json::JsonLimits limits;
        const std::string atLimit = std::string(limits.maxDepth, '[') + std::string(limits.maxDepth, ']');
        QVERIFY(json::parseText(atLimit).has_value());
        const std::string past =
            "{\"x\": " + std::string(limits.maxDepth, '[') + std::string(limits.maxDepth, ']') + "}";
        const Error e = parseError(past);
        QCOMPARE(e.code, ErrorCode::JsonLimit);
        QCOMPARE(e.message.text(), std::string("Values nest more than 64 levels deep here (the limit)."));
        std::string pointer = "/x";
        for (std::size_t i = 1; i < limits.maxDepth; ++i)
            pointer += "/0";
        QCOMPARE(e.pointer, pointer);
        QCOMPARE(e.line, 1);
        QCOMPARE(e.column, 7 + static_cast<int>(limits.maxDepth) - 1);
    }

    void testHugeNestingCostsNoMoreThanItsLimit()
    {
        // A million open brackets: refused at the limit, in far less than a second.
        const std::string text(1'000'000, '[');
        QElapsedTimer timer;
        timer.start();
        const Error e = parseError(text);
        QCOMPARE(e.code, ErrorCode::JsonLimit);
        QVERIFY2(timer.elapsed() < 500, std::to_string(timer.elapsed()).c_str());
    }

    void testDocumentSizeLimit()
    {
        json::JsonLimits limits;
        limits.maxDocumentBytes = 32;
        const Error e = parseError("{\"name\": \"a string that runs past the limit\"}", limits);
        QCOMPARE(e.code, ErrorCode::JsonLimit);
        QCOMPARE(e.message.text(), std::string("The document is 45 bytes, more than the limit of 32 bytes; "
                                               "nothing past this point is read."));
        QCOMPARE(e.column, 33);
        QVERIFY(json::parseText("{\"name\": \"short\"}", limits).has_value());
    }

    void testStringLimitForValuesAndKeys()
    {
        json::JsonLimits limits;
        limits.maxStringBytes = 8;
        QVERIFY(json::parseText(R"({"n": "12345678"})", limits).has_value());
        Error e = parseError(R"({"n": {"deep": "123456789"}})", limits);
        QCOMPARE(e.code, ErrorCode::JsonLimit);
        QCOMPARE(e.message.text(), std::string("A string of more than 8 bytes starts here (the limit)."));
        QCOMPARE(e.pointer, std::string("/n/deep"));
        QCOMPARE(e.column, 16);
        e = parseError(R"({"n": {"a-very-long-key": 1}})", limits);
        QCOMPARE(e.code, ErrorCode::JsonLimit);
        QCOMPARE(e.pointer, std::string("/n")); // a key that long names no member yet
        QCOMPARE(e.column, 8);
    }

    void testEntriesLimitForArraysAndObjects()
    {
        json::JsonLimits limits;
        limits.maxEntries = 3;
        QVERIFY(json::parseText(R"({"a": [1, 2, 3], "b": 1, "c": 2})", limits).has_value());
        Error e = parseError(R"({"a": [1, 2, 3, 4]})", limits);
        QCOMPARE(e.code, ErrorCode::JsonLimit);
        QCOMPARE(e.message.text(), std::string("More than 3 entries in one array or object (the limit)."));
        QCOMPARE(e.pointer, std::string("/a/3"));
        QCOMPARE(e.column, 17);
        e = parseError(R"({"o": {"a": 1, "b": 2, "c": 3, "d": 4}})", limits);
        QCOMPARE(e.pointer, std::string("/o"));
    }

    void testNumberTooLongOrTooLargeIsALimitError()
    {
        Error e = parseError("{\"n\": " + std::string(101, '1') + "}");
        QCOMPARE(e.code, ErrorCode::JsonLimit);
        QCOMPARE(e.message.text(),
                 std::string("A number of more than 100 characters starts here (the limit)."));
        QCOMPARE(e.pointer, std::string("/n"));
        for (const char *huge : {"1e400", "-1e400", "123456789012345678901234567890e300"}) {
            e = parseError(std::string("{\"x\": [0, ") + huge + "]}");
            QCOMPARE(e.code, ErrorCode::JsonLimit);
            QCOMPARE(e.pointer, std::string("/x/1"));
            QVERIFY2(contains(e, huge) && contains(e, "out of range"), e.message.text().c_str());
        }
    }

    void testHostileCountsAreRangeErrorsNeverWrapped()
    {
        struct Case
        {
            const char *count;
            const char *message;
        };
        const Case cases[] = {
            {"4294967297", "\"count\" must be from 0 to 1000000, not 4294967297."},
            {"-1", "\"count\" must be from 0 to 1000000, not -1."},
            {"1e20", "\"count\" must be from 0 to 1000000, not 1e+20."},
            {"18446744073709551616", "\"count\" must be from 0 to 1000000, not 1.8446744073709552e+19."},
            {"9223372036854775808", "\"count\" must be from 0 to 1000000, not 9223372036854775808."},
            {"2.5", "\"count\" must be a whole number, not a number with a fraction."},
        };
        for (const Case &c : cases) {
            std::string text = test::sourceFile("resources/examples/starter.json");
            const auto key = text.find("\"count\"", text.find("\"worker\""));
            const auto value = text.find_first_of("0123456789", key);
            const auto end = text.find_first_not_of("0123456789", value);
            text.replace(value, end - value, c.count);
            const auto errors = topologyErrors(text);
            QCOMPARE(errors.size(), std::size_t{1});
            QCOMPARE(errors[0].pointer, std::string("/pillars/worker/count"));
            QCOMPARE(errors[0].message.text(), std::string(c.message));
            QCOMPARE(errors[0].line, json::positionOf(text, value).line);
        }
    }

    void testNaNAndInfinityAreErrorsForEveryNumberGetter()
    {
        for (const double bad : {std::nan(""), std::numeric_limits<double>::infinity(),
                                 -std::numeric_limits<double>::infinity()}) {
            const nlohmann::json value = {{"x", bad}};
            json::ErrorList errors;
            json::ObjectReader r(value, "/card", errors);
            QVERIFY(!r.number("x", true));
            QVERIFY(!r.number("x", true, 0, 1));
            QVERIFY(!r.integer("x", true));
            QCOMPARE(errors.errors().size(), std::size_t{3});
            for (const Error &e : errors.errors())
                QCOMPARE(e.pointer, std::string("/card/x"));
        }
    }

    void testLayoutNumbersHaveRanges()
    {
        auto doc = test::example("starter");
        doc["layout"] = {{"zoom", 0}, {"cards", {{"system", {{"x", 1e300}, {"y", 0}}}}}};
        const auto errors = topologyErrors(doc.dump());
        QCOMPARE(errors.size(), std::size_t{2});
        QCOMPARE(errors[0].pointer, std::string("/layout/cards/system/x"));
        QCOMPARE(errors[0].message.text(),
                 std::string("\"x\" must be from -1000000.0 to 1000000.0, not 1e+300."));
        QCOMPARE(errors[1].pointer, std::string("/layout/zoom"));
    }

    void testCatalogueFiguresAndPricesHaveRanges()
    {
        auto doc = nlohmann::json::parse(test::sourceFile("resources/plans/hetzner.json"));
        doc["plans"][0]["vcpu"] = 1e12;
        auto parsed = topology::PlanCatalogue::fromJson(doc.dump());
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().pointer, std::string("/plans/0/vcpu"));
        QCOMPARE(parsed.error().message.text(),
                 std::string("\"vcpu\" must be from 1 to 4096, not 1000000000000.0."));

        doc = nlohmann::json::parse(test::sourceFile("resources/plans/hetzner.json"));
        const std::string location = doc["plans"][0]["prices"].begin().key();
        doc["plans"][0]["prices"][location]["monthly"] = "99999999999999999";
        parsed = topology::PlanCatalogue::fromJson(doc.dump());
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().pointer, "/plans/0/prices/" + location + "/monthly");
        QVERIFY(parsed.error().message.text().find("not a price") != std::string::npos);
        QVERIFY(!topology::parseMoney("99999999999999999999").has_value()); // no wrap-around
    }

    void testServerTypeMergeRefusesCoresThatDoNotFit()
    {
        const nlohmann::json body = {{"server_types",
                                      {{{"id", 104},
                                        {"name", "cx22"},
                                        {"cpu_type", "shared"},
                                        {"storage_type", "local"},
                                        {"cores", 1e10},
                                        {"memory", 4},
                                        {"disk", 40},
                                        {"prices",
                                         {{{"location", "fsn1"},
                                           {"price_monthly", {{"net", "3.79"}}},
                                           {"price_hourly", {{"net", "0.006"}}}}}}}}}};
        const auto merged = providers::hetzner::mergeServerTypes(topology::PlanCatalogue::builtin(),
                                                                 body.dump(), "2026-01-01");
        QVERIFY(!merged);
        QCOMPARE(merged.error().pointer, std::string("/server_types/0/cores"));
    }

    void testTopologyReaderFacesEveryParserExceptionType()
    {
        // Inputs that make nlohmann::json throw each of its exception types when read naively:
        // parse_error (syntax, bad UTF-8, lone surrogate), out_of_range (number overflow),
        // type_error (each value replaced by every other type), invalid_iterator and other_error
        // (members read through iterators of the wrong kind, i.e. arrays and nulls where objects
        // belong). Every one must come back as errors with a message, never as an exception.
        const std::string starter = test::sourceFile("resources/examples/starter.json");
        std::vector<std::string> inputs = {"{",
                                           "{\"version\": \xff}",
                                           R"({"name": "\ud800"})",
                                           "{\"version\": 1e400}",
                                           "[]",
                                           "null",
                                           "\"text\"",
                                           "",
                                           starter + "x",
                                           "{\"version\": 1, \"pillars\": [1, 2]}"};
        const nlohmann::json doc = nlohmann::json::parse(starter);
        const nlohmann::json hostile[] = {nullptr,
                                          true,
                                          1e300,
                                          -1,
                                          2.5,
                                          18446744073709551615ULL,
                                          "x",
                                          nlohmann::json::array(),
                                          nlohmann::json::object(),
                                          nlohmann::json::array({nlohmann::json::object()}),
                                          std::string(2000, 'x')};
        const nlohmann::json flat = doc.flatten();
        for (const auto &[pointer, original] : flat.items()) {
            for (const nlohmann::json &value : hostile) {
                nlohmann::json changed = doc;
                changed[nlohmann::json::json_pointer(pointer)] = value;
                inputs.push_back(changed.dump());
                // the parent replaced, too: objects where arrays belong and the other way round
                const auto slash = pointer.rfind('/');
                if (slash != std::string::npos && slash > 0) {
                    changed = doc;
                    changed[nlohmann::json::json_pointer(pointer.substr(0, slash))] = value;
                    inputs.push_back(changed.dump());
                }
            }
        }
        QVERIFY(inputs.size() > 200);
        std::size_t refused = 0;
        for (const std::string &text : inputs) {
            try {
                auto parsed = topology::parseTopology(text);
                if (!parsed) {
                    ++refused;
                    for (const Error &e : parsed.error())
                        QVERIFY2(!e.message.text().empty() && e.message.text().size() < 400,
                                 e.message.text().c_str());
                    continue;
                }
                const auto diagnostics = topology::validate(*parsed, topology::PlanCatalogue::builtin());
                (void)topology::estimateCost(*parsed, topology::PlanCatalogue::builtin());
                QVERIFY(topology::parseTopology(topology::serializeTopology(*parsed)).has_value());
                for (const auto &d : diagnostics)
                    QVERIFY2(d.message.text().size() < 400, d.message.text().c_str());
            } catch (const std::exception &e) {
                QFAIL(("exception escaped for input " + text.substr(0, 200) + ": " + e.what()).c_str());
            }
        }
        QVERIFY(refused > inputs.size() / 2);
    }

    void testContainersBelowTheBuildDepthAreCheckedButNotBuilt()
    {
        json::JsonLimits limits;
        limits.buildDepth = 1;
        const auto value = json::parseText(R"({"a": [[[1]], 2], "b": {"c": {"d": 1}}})", limits);
        QVERIFY(value.has_value());
        QCOMPARE(value->dump(), std::string(R"({"a":[2],"b":{}})"));
        // ... and still checked: a duplicate key down there is an error all the same.
        QCOMPARE(parseError(R"({"a": [[{"x": 1, "x": 2}]]})", limits).code, ErrorCode::JsonDuplicateKey);
    }

    void testTopologyWithDeepJunkReportsItsKeyAndCostsLittle()
    {
        const std::string nest = std::string(60, '[') + std::string(60, ']');
        std::string junk = "[" + nest;
        for (int i = 0; i < 5000; ++i)
            junk += "," + nest;
        junk += "]";
        std::string text = test::sourceFile("resources/examples/starter.json");
        text.insert(text.rfind('}'), ", \"junk\": " + junk);
        const auto errors = topologyErrors(text);
        QCOMPARE(errors.size(), std::size_t{1});
        QCOMPARE(errors[0].code, ErrorCode::JsonUnknownKey);
        QCOMPARE(errors[0].pointer, std::string("/junk"));
        QCOMPARE(errors[0].line, json::positionOf(text, text.find("\"junk\"")).line);
    }

    void testLocatorSkipsWhatLiesBelowItsDepth()
    {
        const std::string text = R"({"a": {"b": [1, {"c": 2}]}, "z": 3})";
        const json::JsonLocator shallow(text, 2);
        QCOMPARE(shallow.valuePosition("/a/b").column, 13);
        QCOMPARE(shallow.valuePosition("/a/b/1/c").line, 0);
        QCOMPARE(shallow.valuePosition("/z").column, 34);
        const json::JsonLocator full(text);
        QCOMPARE(full.valuePosition("/a/b/1/c").column, 23);
    }

    void testLocatorStaysLinearOnLongKeysAndManyErrors()
    {
        // Nested long keys once made the locator keep a pointer string per value (quadratic).
        std::string text = "{";
        for (int i = 0; i < 8; ++i)
            text += "\"" + std::string(100'000, static_cast<char>('a' + i)) + "\": {";
        text += "\"z\": [";
        for (int i = 0; i < 200'000; ++i)
            text += "0,";
        text += "0]" + std::string(9, '}');
        QElapsedTimer timer;
        timer.start();
        const json::JsonLocator locator(text);
        std::string pointer;
        for (int i = 0; i < 8; ++i)
            pointer += "/" + std::string(100'000, static_cast<char>('a' + i));
        const auto pos = locator.valuePosition(pointer + "/z/200000");
        QCOMPARE(pos.line, 1);
        QCOMPARE(static_cast<std::size_t>(pos.column), text.rfind("0]") + 1);
        QVERIFY2(timer.elapsed() < 1000, std::to_string(timer.elapsed()).c_str());
    }
};

QTEST_GUILESS_MAIN(TestJsonLimits)
#include "tst_JsonLimits.moc"
