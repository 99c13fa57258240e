// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "support/TestSupport.h"
#include "topology/Topology.h"
#include "json/JsonLocator.h"
#include "json/JsonReader.h"

#include <QTest>

using namespace mb;

/// Every class of bad input to the topology parser gets an error with code, message, line,
/// column and JSON pointer.
class TestJsonReader : public QObject
{
    Q_OBJECT

private:
    static std::vector<Error> parseErrors(const std::string &text)
    {
        auto parsed = topology::parseTopology(text);
        if (parsed)
            return {};
        return parsed.error();
    }

private Q_SLOTS:
    void testNonJsonFileIsSyntaxError()
    {
        const auto errors = parseErrors("name: starter\npillars: []\n");
        QCOMPARE(errors.size(), std::size_t{1});
        QCOMPARE(errors[0].code, ErrorCode::JsonSyntax);
        QCOMPARE(errors[0].line, 1);
        QCOMPARE(errors[0].column, 2); // "na…" stops being a JSON literal at the 'a'
        QVERIFY2(errors[0].message.text().starts_with("The file is not valid JSON"),
                 errors[0].message.text().c_str());
    }

    void testSyntaxErrorInsideDocumentHasPointerAndPosition()
    {
        const std::string text = "{\n  \"version\": 1,\n  \"pillars\": {\n    \"state\": {\"count\": 3,, "
                                 "\"plan\": \"cx23\"}\n  }\n}\n";
        const auto errors = parseErrors(text);
        QCOMPARE(errors.size(), std::size_t{1});
        QCOMPARE(errors[0].code, ErrorCode::JsonSyntax);
        QCOMPARE(errors[0].line, 4);
        QCOMPARE(errors[0].column, 26); // the second comma
        QCOMPARE(errors[0].pointer, std::string("/pillars/state"));
    }

    void testTruncatedFileIsReportedAsTruncated()
    {
        const std::string full = test::sourceFile("resources/examples/starter.json");
        const std::string cut = full.substr(0, full.find("\"worker\"") + 12);
        const auto errors = parseErrors(cut);
        QCOMPARE(errors.size(), std::size_t{1});
        QCOMPARE(errors[0].code, ErrorCode::JsonTruncated);
        QVERIFY(errors[0].message.text().find("truncated") != std::string::npos);
        QCOMPARE(errors[0].pointer, std::string("/pillars/worker"));
        QVERIFY(errors[0].line > 20);
    }

    void testEmptyFileIsTruncated()
    {
        const auto errors = parseErrors("   \n");
        QCOMPARE(errors.size(), std::size_t{1});
        QCOMPARE(errors[0].code, ErrorCode::JsonTruncated);
        QCOMPARE(errors[0].message.text(), std::string("The file is empty: expected a JSON object."));
    }

    void testWrongTypeNamesKeyTypesAndPointer()
    {
        auto doc = test::example("starter");
        doc["pillars"]["state"]["count"] = "3";
        const std::string text = doc.dump(2);
        const auto errors = parseErrors(text);
        QCOMPARE(errors.size(), std::size_t{1});
        QCOMPARE(errors[0].code, ErrorCode::JsonType);
        QCOMPARE(errors[0].pointer, std::string("/pillars/state/count"));
        QCOMPARE(errors[0].message.text(), std::string("\"count\" must be a whole number, not a string."));
        const auto pos = json::positionOf(text, text.find("\"3\""));
        QCOMPARE(errors[0].line, pos.line);
        QCOMPARE(errors[0].column, pos.column);
    }

    void testFractionalCountIsWrongType()
    {
        auto doc = test::example("starter");
        doc["pillars"]["worker"]["count"] = 2.5;
        const auto errors = parseErrors(doc.dump());
        QCOMPARE(errors.size(), std::size_t{1});
        QCOMPARE(errors[0].pointer, std::string("/pillars/worker/count"));
        QVERIFY(errors[0].message.text().find("a number with a fraction") != std::string::npos);
    }

    void testUnknownKeyIsNeverDropped()
    {
        auto doc = test::example("starter");
        doc["pillars"]["proxy"]["cuont"] = 2;
        const std::string text = doc.dump(2);
        const auto errors = parseErrors(text);
        QCOMPARE(errors.size(), std::size_t{1});
        QCOMPARE(errors[0].code, ErrorCode::JsonUnknownKey);
        QCOMPARE(errors[0].pointer, std::string("/pillars/proxy/cuont"));
        QCOMPARE(errors[0].message.text(), std::string("Unknown key \"cuont\": did you mean \"count\"?"));
        const auto pos = json::positionOf(text, text.find("\"cuont\""));
        QCOMPARE(errors[0].line, pos.line);
        QCOMPARE(errors[0].column, pos.column);
    }

    void testUnknownTopLevelKeyWithoutSuggestion()
    {
        auto doc = test::example("starter");
        doc["colour"] = "blue";
        const auto errors = parseErrors(doc.dump());
        QCOMPARE(errors.size(), std::size_t{1});
        QCOMPARE(errors[0].message.text(), std::string("Unknown key \"colour\"."));
        QCOMPARE(errors[0].pointer, std::string("/colour"));
    }

    void testMissingKeyPointsAtItsObject()
    {
        auto doc = test::example("starter");
        doc["pillars"]["state"].erase("plan");
        const std::string text = doc.dump(2);
        const auto errors = parseErrors(text);
        QCOMPARE(errors.size(), std::size_t{1});
        QCOMPARE(errors[0].code, ErrorCode::JsonMissingKey);
        QCOMPARE(errors[0].pointer, std::string("/pillars/state/plan"));
        const auto pos =
            json::positionOf(text, text.find("{", text.find("\"state\"", text.find("\"pillars\""))));
        QCOMPARE(errors[0].line, pos.line);
    }

    void testAllStructuralErrorsReportedAtOnce()
    {
        auto doc = test::example("starter");
        doc["pillars"]["proxy"]["cuont"] = 2;
        doc["pillars"]["worker"]["count"] = "many";
        doc["network"] = "10.0.0.0/16";
        const auto errors = parseErrors(doc.dump());
        QCOMPARE(errors.size(), std::size_t{3});
    }

    void testArrayElementWrongTypeHasIndexedPointer()
    {
        auto doc = test::example("starter");
        doc["sshSafelist"] = nlohmann::json::array({"10.1.0.0/16", 42});
        const auto errors = parseErrors(doc.dump());
        QCOMPARE(errors.size(), std::size_t{1});
        QCOMPARE(errors[0].pointer, std::string("/sshSafelist/1"));
    }

    void testRootMustBeObject()
    {
        const auto errors = parseErrors("[1, 2]");
        QCOMPARE(errors.size(), std::size_t{1});
        QCOMPARE(errors[0].code, ErrorCode::JsonType);
        QCOMPARE(errors[0].message.text(), std::string("Expected an object here, found an array."));
    }

    void testBadZoneAndNodeKeyAreValueErrors()
    {
        auto doc = test::example("starter");
        doc["pillars"]["proxy"]["zone"] = "dmz";
        doc["pillars"]["worker"]["nodes"] = {{"first", {{"plan", "cx33"}}}};
        const auto errors = parseErrors(doc.dump());
        QCOMPARE(errors.size(), std::size_t{2});
        QCOMPARE(errors[0].pointer, std::string("/pillars/proxy/zone"));
        QCOMPARE(errors[1].pointer, std::string("/pillars/worker/nodes/first"));
    }

    void testUnsupportedVersion()
    {
        auto doc = test::example("starter");
        doc["version"] = 7;
        const auto errors = parseErrors(doc.dump());
        QCOMPARE(errors.size(), std::size_t{1});
        QCOMPARE(errors[0].code, ErrorCode::TopologyVersion);
        QCOMPARE(errors[0].pointer, std::string("/version"));
    }

    void testLocatorHandlesEscapedKeysAndUtf8Columns()
    {
        const std::string text = "{\"a/b\": {\"ü\": 1, \"x\": [true, \"q\"]}}";
        json::JsonLocator locator(text);
        QCOMPARE(locator.valuePosition("/a~1b/x/1").column, 30);
        QCOMPARE(locator.keyPosition("/a~1b/x").column, 18);
        QCOMPARE(locator.valuePosition("/nope").line, 0);
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_JsonReader.moc"
