// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "support/TestSupport.h"
#include "topology/Topology.h"

#include <QTest>

using namespace mb;
using namespace mb::topology;

class TestTopologyFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testExamplesAreInCanonicalForm_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *n : {"starter", "production", "max"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void testExamplesAreInCanonicalForm()
    {
        QFETCH(QString, name);
        const std::string text = test::sourceFile("resources/examples/" + name.toStdString() + ".json");
        const auto parsed = parseTopology(text);
        QVERIFY(parsed);
        QCOMPARE(serializeTopology(*parsed), text);
    }

    void testRoundTripKeepsEverything()
    {
        Topology t;
        t.name = "edge-eu";
        t.provider = "hetzner";
        t.location = "hel1";
        t.networkCidr = "10.20.0.0/16";
        t.sshSafelist = {"198.51.100.0/24", "2001:db8::/32"};
        t.observability = Observability{"30d", "https://loki.example.net:3100"};
        t.pillar(Pillar::System) = PillarSpec{1, "cx33", std::nullopt, {}};
        t.pillar(Pillar::Proxy) = PillarSpec{3, "cpx22", Zone::Public, {}};
        t.pillar(Pillar::Worker) = PillarSpec{12, "cpx32", std::nullopt, {{2, "cpx42"}, {10, "ccx23"}}};
        t.pillar(Pillar::State) = PillarSpec{3, "ccx23", Zone::Private, {}};
        t.layout.cards[Pillar::Worker] = CardPosition{12.5, -40};
        t.layout.zoom = 1.25;

        const std::string text = serializeTopology(t);
        const auto back = parseTopology(text);
        QVERIFY(back);
        QVERIFY(*back == t);
        QCOMPARE(serializeTopology(*back), text);
        QCOMPARE(back->planOf(Pillar::Worker, 10), std::string("ccx23"));
        QCOMPARE(back->planOf(Pillar::Worker, 11), std::string("cpx32"));
        QCOMPARE(back->nodeCount(), 19LL);
    }

    void testObservabilitySettingsAreCheckedWithTheirPointer_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("retention under a day") << "metricsRetention"
                                               << "12h"
                                               << "/observability/metricsRetention";
        QTest::newRow("retention of zero") << "metricsRetention"
                                           << "0d"
                                           << "/observability/metricsRetention";
        QTest::newRow("loki without a scheme") << "lokiUrl"
                                               << "loki:3100"
                                               << "/observability/lokiUrl";
        QTest::newRow("loki with credentials") << "lokiUrl"
                                               << "https://u:p@loki"
                                               << "/observability/lokiUrl";
        QTest::newRow("unknown member") << "retention"
                                        << "7d"
                                        << "/observability/retention";
    }
    void testObservabilitySettingsAreCheckedWithTheirPointer()
    {
        QFETCH(QString, member);
        QFETCH(QString, value);
        QFETCH(QString, pointer);
        auto doc = test::example("starter");
        doc["observability"] = {{member.toStdString(), value.toStdString()}};
        const auto parsed = parseTopology(doc.dump(2));
        QVERIFY(!parsed);
        QCOMPARE(QString::fromStdString(parsed.error().front().pointer), pointer);
        QVERIFY(parsed.error().front().line > 0);
        // Absent, the defaults: nothing is written back.
        const auto plain = parseTopology(test::sourceFile("resources/examples/starter.json"));
        QVERIFY(plain && plain->observability == Observability{});
        QVERIFY(!nlohmann::json::parse(serializeTopology(*plain)).contains("observability"));
    }

    void testAbsentPillarStaysAbsent()
    {
        auto doc = test::example("starter");
        doc["pillars"].erase("state");
        const auto parsed = parseTopology(doc.dump());
        QVERIFY(parsed);
        QVERIFY(!parsed->pillar(Pillar::State));
        const auto written = nlohmann::json::parse(serializeTopology(*parsed));
        QVERIFY(!written["pillars"].contains("state"));
        QVERIFY(written["layout"]["cards"].contains("state")); // layout hints are kept for when it comes back
    }

    void testLayoutIsKeptApartFromSemantics()
    {
        auto a = parseTopology(test::sourceFile("resources/examples/starter.json"));
        auto doc = test::example("starter");
        doc["layout"]["cards"]["proxy"]["x"] = 999.0;
        auto b = parseTopology(doc.dump());
        QVERIFY(a && b);
        QVERIFY(!(*a == *b));
        b->layout = a->layout;
        QVERIFY(*a == *b);
    }
};

QTEST_GUILESS_MAIN(TestTopologyFormat)
#include "tst_TopologyFormat.moc"
