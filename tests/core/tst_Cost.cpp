// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "support/TestSupport.h"
#include "topology/Cost.h"

#include <QTest>

using namespace mb;
using namespace mb::topology;

/// The bill shows every line: servers, public IPv4s, the floating IP, the network.
class TestCost : public QObject
{
    Q_OBJECT

private:
    static CostReport costOf(const nlohmann::json &doc)
    {
        return estimateCost(*parseTopology(doc.dump()), PlanCatalogue::builtin());
    }
    static Price price(const char *plan, const char *location)
    {
        return PlanCatalogue::builtin().plan(plan)->prices.at(location);
    }

private Q_SLOTS:
    void testProductionBill()
    {
        const CostReport r = costOf(test::example("production"));
        const PlanCatalogue &c = PlanCatalogue::builtin();
        QVERIFY(r.unpriced.empty());

        const Price system = price("cx43", "fsn1").times(1) + c.primaryIpv4().times(1);
        const Price proxy = price("cpx22", "fsn1").times(3) + c.primaryIpv4().times(3) + c.floatingIpv4();
        const Price worker = price("cpx32", "fsn1").times(4);
        const Price state = price("ccx23", "fsn1").times(3);
        QCOMPARE(r.pillarTotal(Pillar::System), system);
        QCOMPARE(r.pillarTotal(Pillar::Proxy), proxy);
        QCOMPARE(r.pillarTotal(Pillar::Worker), worker);
        QCOMPARE(r.pillarTotal(Pillar::State), state);
        Price total = system;
        total += proxy;
        total += worker;
        total += state;
        total += c.privateNetwork();
        QCOMPARE(r.total, total);

        int ipv4Lines = 0, floating = 0, network = 0;
        for (const CostLine &l : r.lines) {
            ipv4Lines += l.kind == CostLine::Kind::PublicIpv4;
            floating += l.kind == CostLine::Kind::FloatingIpv4;
            network += l.kind == CostLine::Kind::PrivateNetwork;
            if (l.kind == CostLine::Kind::PublicIpv4)
                QVERIFY(zoneOf(*l.pillar) == Zone::Public);
        }
        QCOMPARE(ipv4Lines, 2); // system and proxy only: private nodes have no public IP
        QCOMPARE(floating, 1);
        QCOMPARE(network, 1);
    }

    void testOverridesAreBilledAtTheirPlan()
    {
        auto doc = test::example("production");
        doc["pillars"]["worker"]["nodes"] = {{"2", {{"plan", "ccx33"}}}, {"4", {{"plan", "ccx33"}}}};
        const CostReport r = costOf(doc);
        QCOMPARE(r.pillarTotal(Pillar::Worker),
                 price("cpx32", "fsn1").times(2) + price("ccx33", "fsn1").times(2));
        int workerLines = 0;
        for (const CostLine &l : r.lines)
            workerLines += l.pillar == Pillar::Worker;
        QCOMPARE(workerLines, 2);
    }

    void testLegacyPlanIsBilledAsSuccessor()
    {
        auto doc = test::example("starter");
        doc["pillars"]["system"]["plan"] = "cx21";
        const CostReport r = costOf(doc);
        QCOMPARE(r.lines.front().item, std::string("cx23"));
    }

    void testUnpricedPlanIsListedNotHidden()
    {
        auto doc = test::example("starter");
        doc["location"] = "ash"; // cx23 is not sold there
        const CostReport r = costOf(doc);
        QCOMPARE(r.unpriced.size(), std::size_t{4});
        QCOMPARE(r.unpriced.front(), std::string("cx23 @ ash"));
    }

    void testMaxClusterTotalsScale()
    {
        const CostReport r = costOf(test::example("max"));
        QCOMPARE(r.pillarTotal(Pillar::Worker), price("cpx32", "fsn1").times(100));
        QCOMPARE(r.pillarTotal(Pillar::Proxy), price("cpx22", "fsn1").times(100) +
                                                   PlanCatalogue::builtin().primaryIpv4().times(100) +
                                                   PlanCatalogue::builtin().floatingIpv4());
    }
};

QTEST_GUILESS_MAIN(TestCost)
#include "tst_Cost.moc"
