// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "plan/Planner.h"
#include "plan/Sha256.h"
#include "support/TestSupport.h"
#include "topology/Cost.h"

#include <QTest>

#include <algorithm>
#include <set>

using namespace mb;
using namespace mb::plan;
using namespace mb::topology;
using providers::NodeInfo;

/// Desired topology vs observed nodes → the actions between them, in a safe order.
class TestPlanner : public QObject
{
    Q_OBJECT

private:
    const PlanCatalogue &m_catalogue = PlanCatalogue::builtin();
    Planner m_planner{m_catalogue};

    static Topology topo(const nlohmann::json &doc) { return *parseTopology(doc.dump()); }

    /// The nodes a cluster built exactly to `t` would report.
    static std::vector<NodeInfo> inventoryOf(const Topology &t)
    {
        std::vector<NodeInfo> nodes;
        for (const Pillar p : AllPillars) {
            for (int k = 1; k <= t.pillar(p)->count; ++k) {
                NodeInfo n;
                n.name = Planner::nodeName(t.name, p, k);
                n.pillar = p;
                n.ordinal = k;
                n.plan = t.planOf(p, k);
                n.state = providers::NodeState::Running;
                nodes.push_back(n);
            }
        }
        return nodes;
    }

    static Plan planOk(const Result<Plan> &plan)
    {
        if (!plan)
            qFatal("planning failed: %s", plan.error().describe().c_str());
        return *plan;
    }

    static const Action &action(const Plan &plan, const std::string &id)
    {
        const Action *a = plan.find(id);
        if (!a)
            qFatal("no action %s", id.c_str());
        return *a;
    }

    static bool dependsOn(const Plan &plan, const std::string &id, const std::string &dep)
    {
        const auto &deps = action(plan, id).dependsOn;
        return std::find(deps.begin(), deps.end(), dep) != deps.end();
    }

    static std::vector<std::string> ids(const Plan &plan, ActionKind kind)
    {
        std::vector<std::string> out;
        for (const Action &a : plan.actions) {
            if (a.kind == kind)
                out.push_back(a.id);
        }
        return out;
    }

    static Price monthly(const char *plan, int n)
    {
        return PlanCatalogue::builtin().plan(plan)->prices.at("fsn1").times(n);
    }

private Q_SLOTS:
    void testEmptyInventoryCreatesEveryNodeAfterTheSystemNode()
    {
        const Plan plan = planOk(m_planner.plan(topo(test::example("starter")), {}));
        QCOMPARE(plan.actions.size(), std::size_t{12});
        QCOMPARE(ids(plan, ActionKind::CreateNode),
                 (std::vector<std::string>{"starter-system-1/create", "starter-proxy-1/create",
                                           "starter-worker-1/create", "starter-state-1/create"}));
        for (const char *node : {"starter-proxy-1", "starter-worker-1", "starter-state-1"}) {
            const std::string n = node;
            QVERIFY(action(plan, n + "/create").dependsOn.empty()); // created in parallel with System
            QVERIFY(dependsOn(plan, n + "/bootstrap", n + "/create"));
            QVERIFY(dependsOn(plan, n + "/bootstrap", "starter-system-1/wait-healthy"));
            QVERIFY(dependsOn(plan, n + "/wait-healthy", n + "/bootstrap"));
        }
        QCOMPARE(action(plan, "starter-worker-1/create").plan, std::string("cx23"));
        QCOMPARE(plan.summary().toAdd, 4);
    }

    void testUnchangedTopologyPlansNothing()
    {
        const Topology t = topo(test::example("production"));
        const Plan plan = planOk(m_planner.plan(t, inventoryOf(t)));
        QVERIFY(plan.empty());
        QCOMPARE(plan.costBefore, plan.costAfter);
        QVERIFY(renderText(plan).starts_with("No changes"));
    }

    void testScaleOutCreatesOnlyTheNewNodesInParallel()
    {
        auto doc = test::example("starter");
        const auto before = inventoryOf(topo(doc));
        doc["pillars"]["worker"]["count"] = 3;
        const Plan plan = planOk(m_planner.plan(topo(doc), before));
        QCOMPARE(ids(plan, ActionKind::CreateNode),
                 (std::vector<std::string>{"starter-worker-2/create", "starter-worker-3/create"}));
        QVERIFY(action(plan, "starter-worker-3/create").dependsOn.empty());
        QCOMPARE(action(plan, "starter-worker-3/bootstrap").dependsOn,
                 std::vector<std::string>{"starter-worker-3/create"});
        QCOMPARE(plan.summary().toAdd, 2);
    }

    void testScaleInDrainsAndDeletesTheNewestFirst()
    {
        auto doc = test::example("starter");
        doc["pillars"]["worker"]["count"] = 5;
        const auto before = inventoryOf(topo(doc));
        doc["pillars"]["worker"]["count"] = 2;
        const Plan plan = planOk(m_planner.plan(topo(doc), before));
        QCOMPARE(ids(plan, ActionKind::DeleteNode),
                 (std::vector<std::string>{"starter-worker-5/delete", "starter-worker-4/delete",
                                           "starter-worker-3/delete"}));
        for (int k = 3; k <= 5; ++k) {
            const std::string n = "starter-worker-" + std::to_string(k);
            QVERIFY(dependsOn(plan, n + "/delete", n + "/drain"));
        }
        QCOMPARE(plan.summary().toDestroy, 3);
        QVERIFY(ids(plan, ActionKind::CreateNode).empty());
    }

    void testStateScalesOutOneNodeAtATimeEachHealthyFirst()
    {
        auto doc = test::example("starter");
        const auto before = inventoryOf(topo(doc));
        doc["pillars"]["state"]["count"] = 5;
        const Plan plan = planOk(m_planner.plan(topo(doc), before));
        QCOMPARE(ids(plan, ActionKind::CreateNode).size(), std::size_t{4});
        QVERIFY(action(plan, "starter-state-2/create").dependsOn.empty());
        for (int k = 3; k <= 5; ++k) {
            const std::string previous = "starter-state-" + std::to_string(k - 1) + "/wait-healthy";
            QCOMPARE(action(plan, "starter-state-" + std::to_string(k) + "/create").dependsOn,
                     std::vector<std::string>{previous});
        }
    }

    void testStateScalesInOneNodeAtATime()
    {
        auto doc = test::example("starter");
        doc["pillars"]["state"]["count"] = 5;
        const auto before = inventoryOf(topo(doc));
        doc["pillars"]["state"]["count"] = 3;
        const Plan plan = planOk(m_planner.plan(topo(doc), before));
        QCOMPARE(ids(plan, ActionKind::DeleteNode),
                 (std::vector<std::string>{"starter-state-5/delete", "starter-state-4/delete"}));
        QVERIFY(action(plan, "starter-state-5/drain").dependsOn.empty());
        QCOMPARE(action(plan, "starter-state-4/drain").dependsOn,
                 std::vector<std::string>{"starter-state-5/delete"});
    }

    void testSystemNeverScalesOut()
    {
        auto doc = test::example("starter");
        const auto before = inventoryOf(topo(doc));
        doc["pillars"]["system"]["count"] = 2;
        const auto plan = m_planner.plan(topo(doc), before);
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, ErrorCode::PlanRefused);
        QCOMPARE(plan.error().pointer, std::string("/pillars/system/count"));
        QVERIFY(plan.error().message.text().find("vertically") != std::string::npos);
    }

    void testTopologyWithRuleErrorsIsRefused()
    {
        auto doc = test::example("starter");
        doc["pillars"]["state"]["count"] = 2;
        doc["pillars"]["worker"]["plan"] = "nope";
        const auto plan = m_planner.plan(topo(doc), {});
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, ErrorCode::PlanRefused);
        QVERIFY(plan.error().detail.find("state-count") != std::string::npos);
        QVERIFY(plan.error().detail.find("unknown-plan") != std::string::npos);
    }

    void testResizeGoesOneNodeAtATimeWithItsDowntime()
    {
        auto doc = test::example("starter");
        doc["pillars"]["worker"]["count"] = 3;
        const auto before = inventoryOf(topo(doc));
        doc["pillars"]["worker"]["plan"] = "cx33";
        const Plan plan = planOk(m_planner.plan(topo(doc), before));
        QCOMPARE(plan.actions.size(), std::size_t{12});
        for (int k = 1; k <= 3; ++k) {
            const std::string n = "starter-worker-" + std::to_string(k);
            QVERIFY(dependsOn(plan, n + "/change-plan", n + "/stop"));
            QVERIFY(dependsOn(plan, n + "/start", n + "/change-plan"));
            QVERIFY(dependsOn(plan, n + "/wait-healthy", n + "/start"));
            const Action &change = action(plan, n + "/change-plan");
            QCOMPARE(change.fromPlan, std::string("cx23"));
            QCOMPARE(change.plan, std::string("cx33"));
            QCOMPARE(change.downtimeSeconds, 3); // local provider
            if (k > 1)
                QCOMPARE(
                    action(plan, n + "/stop").dependsOn,
                    std::vector<std::string>{"starter-worker-" + std::to_string(k - 1) + "/wait-healthy"});
        }
        QCOMPARE(plan.summary().toChange, 3);

        doc["provider"] = "hetzner";
        auto cloud = before;
        const Plan hetzner = planOk(m_planner.plan(topo(doc), cloud));
        QCOMPARE(action(hetzner, "starter-worker-1/change-plan").downtimeSeconds, 60);
    }

    void testResizeWaitsForTheNewNodesOfItsPillar()
    {
        auto doc = test::example("starter");
        const auto before = inventoryOf(topo(doc));
        doc["pillars"]["worker"]["count"] = 2;
        doc["pillars"]["worker"]["plan"] = "cx33";
        const Plan plan = planOk(m_planner.plan(topo(doc), before));
        QCOMPARE(action(plan, "starter-worker-2/create").plan, std::string("cx33"));
        QVERIFY(dependsOn(plan, "starter-worker-1/stop", "starter-worker-2/wait-healthy"));
    }

    void testLegacyPlanNamesCompareByTheirSuccessor()
    {
        auto doc = test::example("starter");
        doc["pillars"]["worker"]["plan"] = "cx21"; // legacy name of cx23
        const Plan plan = planOk(m_planner.plan(topo(doc), inventoryOf(topo(test::example("starter")))));
        QVERIFY(plan.empty());

        auto observed = inventoryOf(topo(test::example("starter")));
        for (auto &n : observed)
            n.plan = "CX21";
        QVERIFY(planOk(m_planner.plan(topo(test::example("starter")), observed)).empty());

        doc["pillars"]["worker"]["count"] = 2;
        const Plan grown = planOk(m_planner.plan(topo(doc), observed));
        QCOMPARE(action(grown, "starter-worker-2/create").plan, std::string("cx23"));
    }

    void testStoppedNodeIsStarted()
    {
        const Topology t = topo(test::example("starter"));
        auto observed = inventoryOf(t);
        observed[2].state = providers::NodeState::Stopped;
        const Plan plan = planOk(m_planner.plan(t, observed));
        QCOMPARE(plan.actions.size(), std::size_t{2});
        QCOMPARE(plan.actions[0].kind, ActionKind::StartNode);
        QCOMPARE(plan.actions[1].kind, ActionKind::WaitHealthy);
        QCOMPARE(plan.summary().toChange, 1);
    }

    void testCostDeltaIsDesiredMinusObserved()
    {
        auto doc = test::example("starter");
        const auto before = inventoryOf(topo(doc));
        doc["pillars"]["worker"]["count"] = 3;
        const Plan plan = planOk(m_planner.plan(topo(doc), before));
        QCOMPARE(plan.costAfter.monthly - plan.costBefore.monthly, monthly("cx23", 2).monthly);
        QCOMPARE(plan.costAfter, estimateCost(topo(doc), m_catalogue).total);
        QCOMPARE(plan.currency, m_catalogue.currency());

        const Plan fromEmpty = planOk(m_planner.plan(topo(doc), {}));
        QCOMPARE(fromEmpty.costBefore, Price{});
    }

    void testHashIsStableAndFollowsTheActions()
    {
        QCOMPARE(sha256Hex("abc"),
                 std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(sha256Hex(""),
                 std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(sha256Hex(std::string(1000, 'a')),
                 std::string("41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"));
        // RFC 2104 HMAC, checked against Python's hmac module; a key longer than a block is hashed.
        QCOMPARE(hmacSha256Hex("key", "The quick brown fox jumps over the lazy dog"),
                 std::string("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"));
        QCOMPARE(hmacSha256Hex(std::string(100, 'k'), "crash-worker-1"),
                 std::string("6fb57397b59c0fd1a5f38fa6e3e86325492938e79558b9fdf6ccf5e22d579047"));

        const Topology t = topo(test::example("production"));
        const Plan a = planOk(m_planner.plan(t, {}));
        const Plan b = planOk(m_planner.plan(t, {}));
        QCOMPARE(a.hash(), b.hash());
        QCOMPARE(a.hash().size(), std::size_t{64});
        auto doc = test::example("production");
        doc["pillars"]["worker"]["count"] = 5;
        QVERIFY(planOk(m_planner.plan(topo(doc), {})).hash() != a.hash());
    }

    void testJsonRoundTripIsExact()
    {
        auto doc = test::example("production");
        doc["pillars"]["worker"]["plan"] = "cx33";
        const auto observed = inventoryOf(topo(test::example("production")));
        const Plan plan = planOk(m_planner.plan(topo(doc), observed));
        QVERIFY(!plan.empty());
        const std::string text = toJson(plan);
        const auto back = planFromJson(text);
        QVERIFY2(back, back ? "" : back.error().describe().c_str());
        QVERIFY(*back == plan);
        QCOMPARE(toJson(*back), text);
        QCOMPARE(nlohmann::json::parse(text)["hash"].get<std::string>(), plan.hash());
    }

    void testTamperedOrMalformedPlanJsonIsRejected()
    {
        const Plan plan = planOk(m_planner.plan(topo(test::example("starter")), {}));
        auto json = nlohmann::json::parse(toJson(plan));

        auto tampered = json;
        tampered["actions"][0]["plan"] = "ccx63";
        QCOMPARE(planFromJson(tampered.dump()).error().code, ErrorCode::PlanInvalid);

        auto unknownKey = json;
        unknownKey["actions"][1]["colour"] = "red";
        const auto unknown = planFromJson(unknownKey.dump());
        QCOMPARE(unknown.error().code, ErrorCode::PlanInvalid);
        QCOMPARE(unknown.error().pointer, std::string("/actions/1/colour"));

        auto badDep = json;
        badDep["actions"][0]["dependsOn"] = {"starter-worker-1/wait-healthy"};
        auto noHash = badDep;
        noHash.erase("hash");
        const auto missing = planFromJson(noHash.dump());
        QCOMPARE(missing.error().code, ErrorCode::PlanInvalid);
        QCOMPARE(missing.error().pointer, std::string("/hash"));
        badDep["hash"] = json["hash"];
        const auto dep = planFromJson(badDep.dump());
        QCOMPARE(dep.error().code, ErrorCode::PlanInvalid);
        QCOMPARE(dep.error().pointer, std::string("/actions/0/dependsOn"));

        auto badKind = json;
        badKind["actions"][0]["kind"] = "explode";
        QCOMPARE(planFromJson(badKind.dump()).error().pointer, std::string("/actions/0/kind"));
    }

    void testTextRenderingLooksLikeTerraformPlan()
    {
        auto doc = test::example("starter");
        doc["pillars"]["worker"]["count"] = 2;
        const auto before = inventoryOf(topo(doc));
        doc["pillars"]["worker"]["count"] = 1;
        doc["pillars"]["proxy"]["count"] = 2;
        doc["pillars"]["state"]["plan"] = "cx33";
        const Plan plan = planOk(m_planner.plan(topo(doc), before));

        const auto money = [](Micros m) { return formatMoney(m, 2); };
        const Micros delta = plan.costAfter.monthly - plan.costBefore.monthly;
        const std::string expected = "+ create starter-proxy-2 (proxy, cx23)\n"
                                     "- destroy starter-worker-2 (worker, cx23)\n"
                                     "~ resize starter-state-1 (state) cx23 → cx33 (downtime ≈ 3 s)\n"
                                     "Plan: 1 to add, 1 to change, 1 to destroy. Monthly cost: " +
                                     money(plan.costBefore.monthly) + " → " + money(plan.costAfter.monthly) +
                                     " EUR (" + (delta < 0 ? "" : "+") + money(delta) + ")\n";
        QCOMPARE(renderText(plan), expected);
        QVERIFY(delta > 0);

        const auto lines = describePlan(plan);
        QCOMPARE(lines.size(), std::size_t{4});
        QCOMPARE(std::string(lines[0].context), std::string("mb::plan"));
        QCOMPARE(std::string(lines[0].source), std::string("+ create %1 (%2, %3)"));
    }

    void testMaxClusterFromEmptyIsAValidDag()
    {
        const Plan plan = planOk(m_planner.plan(topo(test::example("max")), {}));
        QCOMPARE(plan.actions.size(), std::size_t{(1 + 100 + 100 + 5) * 3});
        std::set<std::string> seen;
        for (const Action &a : plan.actions) {
            for (const std::string &dep : a.dependsOn)
                QVERIFY2(seen.contains(dep), a.id.c_str());
            QVERIFY(seen.insert(a.id).second);
        }
        QCOMPARE(action(plan, "max-proxy-100/create").plan, std::string("cpx22"));
    }
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_Planner.moc"
