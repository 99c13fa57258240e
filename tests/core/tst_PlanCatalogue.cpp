// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "providers/hetzner/ServerTypeMerge.h"
#include "support/TestSupport.h"
#include "topology/PlanCatalogue.h"

#include <QTest>

using namespace mb;
using namespace mb::topology;

class TestPlanCatalogue : public QObject
{
    Q_OBJECT

private:
    static nlohmann::json builtinJson()
    {
        return nlohmann::json::parse(test::sourceFile("resources/plans/hetzner.json"));
    }

private Q_SLOTS:
    void testBuiltinCatalogueLoads()
    {
        const PlanCatalogue &c = PlanCatalogue::builtin();
        QCOMPARE(c.currency(), std::string("EUR"));
        QVERIFY(!c.pricesTaken().empty());
        QCOMPARE(c.locations().size(), std::size_t{6});
        for (const char *name :
             {"cx23", "cx33", "cx43", "cx53", "cpx12", "cpx62", "cax11", "cax41", "ccx13", "ccx63"})
            QVERIFY2(c.plan(name), name);
        const ServerPlan *cx23 = c.plan("CX23");
        QVERIFY(cx23);
        QCOMPARE(cx23->vcpu, 2);
        QCOMPARE(cx23->ramGb, 4.0);
        QCOMPARE(cx23->diskGb, 40);
        QCOMPARE(cx23->architecture, std::string("x86"));
        QVERIFY(cx23->offeredIn("fsn1"));
        QVERIFY(!cx23->offeredIn("ash"));
        QCOMPARE(c.plan("cax11")->architecture, std::string("arm"));
        QCOMPARE(c.plan("ccx13")->cpuType, std::string("dedicated"));
    }

    void testEveryPlanHasSanePrices()
    {
        for (const ServerPlan &p : PlanCatalogue::builtin().plans()) {
            QVERIFY2(!p.prices.empty(), p.name.c_str());
            for (const auto &[location, price] : p.prices) {
                QVERIFY(price.monthly > 0);
                QVERIFY(price.hourly > 0);
                // Hourly billing is capped at the monthly price, reached after several hundred hours.
                QVERIFY2(price.hourly * 400 < price.monthly && price.hourly * 1000 > price.monthly,
                         p.name.c_str());
            }
        }
    }

    void testSeedNamesResolveToTodaysSuccessors()
    {
        const PlanCatalogue &c = PlanCatalogue::builtin();
        const auto cx21 = c.resolve("CX21");
        QVERIFY(cx21);
        QCOMPARE(cx21->plan->name, std::string("cx23"));
        QCOMPARE(cx21->legacyChain.size(), std::size_t{2}); // cx21 → cx22 → cx23
        QCOMPARE(cx21->legacyChain.front()->name, std::string("cx21"));
        const auto cx41 = c.resolve("cx41");
        QVERIFY(cx41);
        QCOMPARE(cx41->plan->name, std::string("cx43"));
        const auto current = c.resolve("cpx32");
        QVERIFY(current);
        QVERIFY(current->legacyChain.empty());
        QVERIFY(!c.resolve("cx99"));
    }

    void testCheapestPlan()
    {
        QCOMPARE(PlanCatalogue::builtin().cheapestIn("fsn1")->name, std::string("cx23"));
        QCOMPARE(PlanCatalogue::builtin().cheapestIn("ash")->name, std::string("cpx12"));
        QCOMPARE(PlanCatalogue::builtin().cheapestIn("moon"), nullptr);
    }

    void testBrokenCatalogueSaysWhere_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("message");
        QTest::newRow("price not a number") << "/plans/0/prices/fsn1/monthly"
                                            << "is not a price";
        QTest::newRow("unknown location") << "/plans/0/prices/xyz1"
                                          << "unknown location";
        QTest::newRow("legacy loop") << "/legacy/0/successor"
                                     << "does not lead to a current plan";
        QTest::newRow("wrong type") << "/plans/1/vcpu"
                                    << "must be a whole number";
    }
    void testBrokenCatalogueSaysWhere()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, message);
        auto doc = builtinJson();
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        if (tag == u"price not a number")
            doc["plans"][0]["prices"]["fsn1"]["monthly"] = "3,49";
        else if (tag == u"unknown location")
            doc["plans"][0]["prices"]["xyz1"] = {{"monthly", "1.00"}, {"hourly", "0.0020"}};
        else if (tag == u"legacy loop")
            doc["legacy"] = {
                {{"name", "aa1"}, {"successor", "bb1"}, {"deprecated", "x"}, {"unavailableAfter", "y"}},
                {{"name", "bb1"}, {"successor", "aa1"}, {"deprecated", "x"}, {"unavailableAfter", "y"}}};
        else
            doc["plans"][1]["vcpu"] = "two";
        const auto parsed = PlanCatalogue::fromJson(doc.dump(2));
        QVERIFY(!parsed);
        QCOMPARE(QString::fromStdString(parsed.error().pointer), pointer);
        QVERIFY2(parsed.error().message.text().find(message.toStdString()) != std::string::npos,
                 parsed.error().message.text().c_str());
        QVERIFY(parsed.error().line > 0);
    }

    void testRefreshFromServerTypesResponse()
    {
        // A GET /server_types body as Hetzner sends it: prices per location as decimal strings,
        // availability per location.
        const std::string body = R"({"server_types": [
          {"id": 114, "name": "cx23", "description": "CX23", "cores": 2, "memory": 4.0, "disk": 40,
           "architecture": "x86", "cpu_type": "shared", "storage_type": "local", "category": "cost_optimized",
           "prices": [
             {"location": "fsn1", "price_hourly": {"net": "0.0061000000", "gross": "0.0073"},
              "price_monthly": {"net": "3.7900000000", "gross": "4.51"}, "included_traffic": 21990232555520},
             {"location": "hel1", "price_hourly": {"net": "0.0061000000", "gross": "0.0073"},
              "price_monthly": {"net": "3.7900000000", "gross": "4.51"}, "included_traffic": 21990232555520}],
           "locations": [{"id": 1, "name": "fsn1", "deprecation": null, "available": true},
                         {"id": 3, "name": "hel1", "deprecation": null, "available": false}]},
          {"id": 104, "name": "cx22", "cores": 2, "memory": 4.0, "disk": 40, "architecture": "x86", "cpu_type": "shared",
           "storage_type": "local",
           "prices": [{"location": "fsn1", "price_hourly": {"net": "0.0052"}, "price_monthly": {"net": "3.29"}}],
           "locations": [{"name": "fsn1", "deprecation": {"announced": "2025-10-16T06:00:00Z",
                                                          "unavailable_after": "2025-12-31T23:59:59Z"}}]}
        ], "meta": {"pagination": {"page": 1}}})";
        const auto refreshed =
            providers::hetzner::mergeServerTypes(PlanCatalogue::builtin(), body, "2026-11-27");
        QVERIFY2(refreshed, refreshed ? "" : refreshed.error().describe().c_str());
        QCOMPARE(refreshed->pricesTaken(), std::string("2026-11-27"));
        QCOMPARE(refreshed->plans().size(), std::size_t{1}); // cx22 is past unavailable_after
        const ServerPlan *cx23 = refreshed->plan("cx23");
        QVERIFY(cx23);
        QCOMPARE(cx23->prices.at("fsn1").monthly, Micros{3'790'000});
        QCOMPARE(cx23->prices.at("fsn1").hourly, Micros{6'100});
        QVERIFY(!cx23->offeredIn("hel1")); // available: false there
        QCOMPARE(refreshed->resolve("cx21")->plan->name, std::string("cx23"));

        const auto broken = providers::hetzner::mergeServerTypes(PlanCatalogue::builtin(),
                                                                 R"({"server_types": [{"name": 5}]})", "x");
        QVERIFY(!broken);
        QVERIFY2(broken.error().pointer.starts_with("/server_types/0/"), broken.error().describe().c_str());
    }

    void testUnavailableAfterIsComparedAsATime()
    {
        // 2026-11-26T23:00:00-02:00 is 01:00 UTC on the 27th: still orderable when prices are
        // taken on the 27th, although the text sorts before "2026-11-27".
        const auto typeUntil = [](const std::string &until) {
            nlohmann::json location = {{"name", "fsn1"}, {"available", true}, {"deprecation", nullptr}};
            if (!until.empty())
                location["deprecation"] = {{"announced", "2026-10-01T00:00:00Z"},
                                           {"unavailable_after", until}};
            return nlohmann::json{{"id", 1},
                                  {"name", "cx23"},
                                  {"cores", 2},
                                  {"memory", 4},
                                  {"disk", 40},
                                  {"cpu_type", "shared"},
                                  {"storage_type", "local"},
                                  {"prices",
                                   {{{"location", "fsn1"},
                                     {"price_monthly", {{"net", "3.79"}}},
                                     {"price_hourly", {{"net", "0.0061"}}}}}},
                                  {"locations", {location}}};
        };
        const auto merged = [&](const std::string &until, const std::string &takenOn) {
            return providers::hetzner::mergeServerTypes(
                PlanCatalogue::builtin(), nlohmann::json{{"server_types", {typeUntil(until)}}}.dump(),
                takenOn);
        };
        QCOMPARE(merged("2026-11-26T23:00:00-02:00", "2026-11-27")->plans().size(), std::size_t{1});
        QCOMPARE(merged("2026-11-26T23:59:59Z", "2026-11-27")->plans().size(), std::size_t{0});
        QCOMPARE(merged("2026-11-27T00:00:00.5+00:00", "2026-11-27")->plans().size(), std::size_t{1});
        QCOMPARE(merged("", "2026-11-27")->plans().size(), std::size_t{1});
        const auto bad = merged("31.12.2025", "2026-11-27");
        QVERIFY(!bad);
        QCOMPARE(bad.error().pointer, std::string("/server_types/0/locations"));
        QVERIFY(!merged("", "27.11.2026"));

        QCOMPARE(providers::hetzner::parseRfc3339("2025-12-31T23:59:59Z"),
                 providers::hetzner::parseRfc3339("2026-01-01T00:59:59+01:00"));
        QVERIFY(!providers::hetzner::parseRfc3339("2025-02-30T00:00:00Z"));
        QVERIFY(!providers::hetzner::parseRfc3339("2025-12-31"));
    }

    void testMoney()
    {
        QCOMPARE(parseMoney("3.2900000000"), std::optional<Micros>(3'290'000));
        QCOMPARE(parseMoney("0.0052"), std::optional<Micros>(5'200));
        QCOMPARE(parseMoney("12"), std::optional<Micros>(12'000'000));
        QCOMPARE(parseMoney("1.0000001"), std::nullopt);
        QCOMPARE(parseMoney("1.2.3"), std::nullopt);
        QCOMPARE(parseMoney(""), std::nullopt);
        QCOMPARE(parseMoney("."), std::nullopt);
        QCOMPARE(formatMoney(3'290'000, 2), std::string("3.29"));
        QCOMPARE(formatMoney(5'250, 4), std::string("0.0053"));
        QCOMPARE(formatMoney(1'005'000, 2), std::string("1.01"));
        QCOMPARE(formatMoney(-1'000'000, 2), std::string("-1.00"));
        QCOMPARE(formatMoney(0, 2), std::string("0.00"));
    }
};

QTEST_GUILESS_MAIN(TestPlanCatalogue)
#include "tst_PlanCatalogue.moc"
