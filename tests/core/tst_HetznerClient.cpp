// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "providers/hetzner/HetznerClient.h"
#include "providers/hetzner/ServerTypeMerge.h"
#include "support/HcloudEmulator.h"

#include <QTest>

#include <map>
#include <mutex>
#include <set>
#include <thread>

using namespace mb;
using namespace mb::providers::hetzner;

namespace {

constexpr const char *SecretToken = "sekrit-4f1d9c2e7a";

ApiOptions fastOptions(const test::HcloudEmulator &emulator)
{
    ApiOptions o;
    o.endpoint = emulator.endpoint();
    o.backoffBase = std::chrono::milliseconds{20};
    o.backoffCap = std::chrono::milliseconds{200};
    o.pollInterval = std::chrono::milliseconds{50};
    o.requestTimeout = std::chrono::milliseconds{5000};
    return o;
}

ServerCreate node(const std::string &cluster, const std::string &name, const std::string &type = "cpx22")
{
    ServerCreate s;
    s.name = name;
    s.serverType = type;
    s.location = "fsn1";
    s.labels = {{"madbase-cluster", cluster}, {"madbase-node", name}};
    return s;
}

int routeCount(const nlohmann::json &stats, const std::string &route)
{
    return stats.contains("by_route") ? stats["by_route"].value(route, 0) : 0;
}

bool mentions(const Error &e, const std::string &text)
{
    return e.describe().find(text) != std::string::npos || e.detail.find(text) != std::string::npos ||
           e.message.text().find(text) != std::string::npos || e.pointer.find(text) != std::string::npos;
}

} // namespace

class TestHetznerClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_emulator.start({QStringLiteral("--time-scale"), QStringLiteral("0.01"),
                                   QStringLiteral("--shutdown-seconds"), QStringLiteral("200"),
                                   QStringLiteral("--deprecate"),
                                   QStringLiteral("cpx12@sin=2027-06-30T23:59:59Z")},
                                  &error),
                 qPrintable(error));
    }

    void testListsFollowPagination()
    {
        ApiOptions o = fastOptions(m_emulator);
        o.perPage = 2;
        HetznerClient client(o, test::HcloudEmulator::token());
        for (int i = 0; i < 5; ++i)
            QVERIFY(
                client.resources().createPlacementGroup("pg-" + std::to_string(i), {{"test", "pagination"}}));
        const int before = routeCount(m_emulator.stats(), "GET /v1/placement_groups");
        const auto groups = client.resources().placementGroups("test=pagination");
        QVERIFY2(groups, groups ? "" : groups.error().describe().c_str());
        QCOMPARE(groups->size(), 5u);
        QCOMPARE(routeCount(m_emulator.stats(), "GET /v1/placement_groups") - before, 3);
        QVERIFY(client.resources().placementGroups("test=other")->empty());
    }

    void testServerTypesArePerLocation()
    {
        HetznerClient client(fastOptions(m_emulator), test::HcloudEmulator::token());
        const auto types = client.serverTypes();
        QVERIFY2(types, types ? "" : types.error().describe().c_str());
        std::map<std::string, ServerType> byName;
        for (const ServerType &t : *types)
            byName[t.name] = t;
        QVERIFY(byName.contains("cpx22"));
        QVERIFY(!byName.contains("cx22")); // unavailable after 2025-12-31: no longer listed
        QVERIFY(byName["cax11"].in("fsn1"));
        QVERIFY(!byName["cax11"].in("ash"));
        QCOMPARE(byName["cpx22"].diskGb, 80);
        QVERIFY(!byName["cpx22"].in("fsn1")->monthlyNet.empty());
        QCOMPARE(byName["cpx12"].in("sin")->unavailableAfter, std::string("2027-06-30T23:59:59Z"));
        QVERIFY(byName["cpx12"].in("fsn1")->unavailableAfter.empty());
        const auto locations = client.locations();
        QVERIFY(locations && locations->size() == 6);
    }

    void testCatalogueIsRefreshedFromTheApi()
    {
        HetznerClient client(fastOptions(m_emulator), test::HcloudEmulator::token());
        const auto refreshed = refreshCatalogue(client, topology::PlanCatalogue::builtin(), "2026-12-02");
        QVERIFY2(refreshed, refreshed ? "" : refreshed.error().describe().c_str());
        QCOMPARE(refreshed->pricesTaken(), std::string("2026-12-02"));
        QVERIFY(refreshed->plan("cpx22") && refreshed->plan("cpx22")->offeredIn("fsn1"));
        QVERIFY(!refreshed->plan("cax11")->offeredIn("ash"));
        QVERIFY(!refreshed->plan("cx22")); // legacy: resolved through its successor instead
        QCOMPARE(refreshed->resolve("cx22")->plan->name, std::string("cx23"));
        // Deprecated in sin from mid-2027: still offered there on a day before.
        QVERIFY(refreshed->plan("cpx12")->offeredIn("sin"));
        const auto later = refreshCatalogue(client, topology::PlanCatalogue::builtin(), "2027-07-01");
        QVERIFY(later && !later->plan("cpx12")->offeredIn("sin") && later->plan("cpx12")->offeredIn("fsn1"));
    }

    void testCreateWaitsForActionsInBatchesAndIsIdempotent()
    {
        HetznerClient client(fastOptions(m_emulator), test::HcloudEmulator::token());
        std::vector<std::int64_t> actions;
        std::vector<std::int64_t> ids;
        for (int i = 1; i <= 3; ++i) {
            auto created = client.createServer(node("batch", "batch-" + std::to_string(i)));
            QVERIFY2(created, created ? "" : created.error().describe().c_str());
            QVERIFY(!created->existed);
            QCOMPARE(created->actions.size(), 2u); // create_server and start_server
            actions.insert(actions.end(), created->actions.begin(), created->actions.end());
            ids.push_back(created->server.id);
        }
        const auto before = m_emulator.stats();
        const auto done = client.waitForActions(actions);
        QVERIFY2(done, done ? "" : done.error().describe().c_str());
        const auto after = m_emulator.stats();
        QCOMPARE(routeCount(after, "GET /v1/actions/{id}"), 0);
        QVERIFY(routeCount(after, "GET /v1/actions") > routeCount(before, "GET /v1/actions"));
        for (const std::int64_t id : ids)
            QCOMPARE(client.server(id).value()->status, ServerStatus::Running);

        auto again = client.createServer(node("batch", "batch-2"));
        QVERIFY(again);
        QVERIFY(again->existed);
        QCOMPARE(again->server.id, ids[1]);
        QVERIFY(again->actions.empty());
        QCOMPARE(client.servers("madbase-cluster=batch")->size(), 3u);
    }

    void testNetworkFirewallFloatingIpAndSshKey()
    {
        HetznerClient client(fastOptions(m_emulator), test::HcloudEmulator::token());
        HetznerResources &r = client.resources();
        const Labels labels{{"madbase-cluster", "res"}};
        NetworkCreate spec{
            "res-net", "10.0.0.0/16", labels, {Subnet{"cloud", "10.0.1.0/24", "eu-central", {}}}, {}};
        const auto net = r.createNetwork(spec);
        QVERIFY2(net, net ? "" : net.error().describe().c_str());
        QCOMPARE(net->subnets.size(), 1u);
        QCOMPARE(net->subnets[0].gateway, std::string("10.0.0.1"));
        const auto again = r.createNetwork(spec); // the name is taken by the same network: found, not doubled
        QVERIFY(again && again->id == net->id);
        const auto route = r.addRoute(net->id, Route{"0.0.0.0/0", "10.0.1.2"});
        QVERIFY2(route, route ? "" : route.error().describe().c_str());
        QVERIFY(client.waitForActions({route->id}));
        QCOMPARE(r.networks("madbase-cluster=res")->front().routes.size(), 1u);
        const auto badRoute = r.addRoute(net->id, Route{"10.9.0.0/16", "10.0.0.1"});
        QVERIFY(!badRoute);
        QCOMPARE(badRoute.error().providerCode, std::string("invalid_input"));

        ServerCreate spec2 = node("res", "res-1");
        spec2.networks = {net->id};
        const auto server = client.createServer(spec2);
        QVERIFY(server);
        QCOMPARE(server->server.privateNet.size(), 1u);
        const FirewallRule ssh{"in", "tcp", "22", {"0.0.0.0/0"}, {}, "ssh"};
        const auto fw = r.createFirewall("res-edge", {ssh}, labels, {server->server.id});
        QVERIFY2(fw, fw ? "" : fw.error().describe().c_str());
        QCOMPARE(fw->value.servers, std::vector<std::int64_t>{server->server.id});
        QCOMPARE(fw->actions.size(), 2u);
        QVERIFY(client.waitForActions(fw->actions));
        QCOMPARE(client.server(server->server.id).value()->firewalls,
                 std::vector<std::int64_t>{fw->value.id});
        const auto inUse = r.deleteFirewall(fw->value.id);
        QVERIFY(!inUse);
        QCOMPARE(inUse.error().providerCode, std::string("resource_in_use"));

        const auto fip = r.createFloatingIp("res-ingress", "ipv4", "fsn1", labels);
        QVERIFY2(fip, fip ? "" : fip.error().describe().c_str());
        QVERIFY(client.waitForActions({server->actions}));
        const auto assign = r.assignFloatingIp(fip->value.id, server->server.id);
        QVERIFY(assign);
        QVERIFY(client.waitForActions({assign->id}));
        QCOMPARE(r.floatingIps("madbase-cluster=res")->front().server,
                 std::optional<std::int64_t>(server->server.id));

        const std::string key =
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBq6Tq0tz1i0pEkb6m3V0rX3d3vTq4d7yKk4ZtqI1m3d ops";
        const auto k = r.createSshKey("res-key", key, labels);
        QVERIFY2(k, k ? "" : k.error().describe().c_str());
        QCOMPARE(k->fingerprint.size(), 47u);
        QCOMPARE(r.createSshKey("res-key", key, labels)->id, k->id);
        const auto other = r.createSshKey("res-key-2", key, labels); // same key under another name
        QVERIFY(!other);
        QCOMPARE(other.error().providerCode, std::string("uniqueness_error"));

        QVERIFY(r.deleteSshKey(k->id));
        QVERIFY(r.deleteSshKey(k->id)); // gone already: not an error
        const auto unassigned = r.unassignFloatingIp(fip->value.id);
        QVERIFY(unassigned && client.waitForActions({unassigned->id}));
        QVERIFY(r.deleteFloatingIp(fip->value.id));
        const auto deleted = client.deleteServer(server->server.id);
        QVERIFY(deleted && client.waitForActions({(*deleted)->id}));
        QVERIFY(r.deleteFirewall(fw->value.id)); // detached with the server
        QVERIFY(r.deleteNetwork(net->id));
        QVERIFY(r.networks("madbase-cluster=res")->empty());
    }

    void testResizePowersOffChangesTypeKeepsDiskAndPowersOn()
    {
        HetznerClient client(fastOptions(m_emulator), test::HcloudEmulator::token());
        auto created = client.createServer(node("resize", "resize-1"));
        QVERIFY(created);
        // Right away: the start action still holds the server's lock, which resize waits out.
        const auto resized = client.resize(created->server.id, "cpx32", false, std::chrono::seconds{30});
        QVERIFY2(resized, resized ? "" : resized.error().describe().c_str());
        QCOMPARE(resized->serverType, std::string("cpx32"));
        QCOMPARE(resized->status, ServerStatus::Running);
        QCOMPARE(resized->primaryDiskGb, 80);
        const auto stats = m_emulator.stats();
        QVERIFY(routeCount(stats, "POST /v1/servers/{id}/actions/poweroff") >= 1);
        QVERIFY(routeCount(stats, "POST /v1/servers/{id}/actions/change_type") >= 1);
        QVERIFY(routeCount(stats, "POST /v1/servers/{id}/actions/poweron") >= 1);

        const auto upgraded = client.resize(created->server.id, "cpx42", true, std::chrono::seconds{30});
        QVERIFY2(upgraded, upgraded ? "" : upgraded.error().describe().c_str());
        QCOMPARE(upgraded->primaryDiskGb, 320);
        // The disk grew: going back down is refused with the API's own code, and the server runs again.
        const auto down = client.resize(created->server.id, "cpx32", false, std::chrono::seconds{30});
        QVERIFY(!down);
        QCOMPARE(down.error().providerCode, std::string("invalid_server_type"));
        QCOMPARE(client.server(created->server.id).value()->status, ServerStatus::Running);
    }

    void testShutdownSuccessIsNotYetOff()
    {
        HetznerClient client(fastOptions(m_emulator), test::HcloudEmulator::token());
        auto created = client.createServer(node("shutdown", "shutdown-1"));
        QVERIFY(created && client.waitForActions(created->actions));
        const auto sent = client.shutdown(created->server.id);
        QVERIFY(sent && client.waitForActions({sent->id}));
        // The ACPI signal went out; the guest is still running, so a type change is refused.
        QCOMPARE(client.server(created->server.id).value()->status, ServerStatus::Running);
        const auto change = client.changeType(created->server.id, "cpx32", false);
        QVERIFY(!change);
        QCOMPARE(change.error().providerCode, std::string("server_not_stopped"));
        QVERIFY(client.waitForStatus(created->server.id, ServerStatus::Off, std::chrono::seconds{10}));
    }

    void testFailedActionIsAnErrorWithItsCode()
    {
        test::HcloudEmulator failing;
        QString error;
        QVERIFY2(failing.start({QStringLiteral("--time-scale"), QStringLiteral("0.01")}, &error),
                 qPrintable(error));
        HetznerClient client(fastOptions(failing), test::HcloudEmulator::token());
        auto created = client.createServer(node("failing", "failing-1"));
        QVERIFY(created && client.waitForActions(created->actions));
        QVERIFY(failing.setFaults({{"fail_actions", 1}}));
        const auto off = client.powerOff(created->server.id);
        QVERIFY(off);
        const auto waited = client.waitForActions({off->id});
        QVERIFY(!waited);
        QCOMPARE(waited.error().providerCode, std::string("action_failed"));
        QVERIFY2(mentions(waited.error(), "stop_server"), waited.error().describe().c_str());
        QCOMPARE(client.server(created->server.id).value()->status, ServerStatus::Running);
    }

    void testErrorsCarryTheApiCode()
    {
        HetznerClient client(fastOptions(m_emulator), test::HcloudEmulator::token());
        auto created = client.createServer(node("errors", "errors-1"));
        QVERIFY(created);
        QVERIFY(client.waitForActions(created->actions));
        const auto change = client.changeType(created->server.id, "cpx32", false);
        QVERIFY(!change);
        QCOMPARE(change.error().code, ErrorCode::ProviderFailed);
        QCOMPARE(change.error().providerCode, std::string("server_not_stopped"));
        QVERIFY2(mentions(change.error(), "server must be stopped before changing type"),
                 change.error().describe().c_str());

        ServerCreate arm = node("errors", "arm-1", "cax11");
        arm.location = "ash";
        const auto refused = client.createServer(arm);
        QVERIFY(!refused);
        QCOMPARE(refused.error().providerCode, std::string("invalid_input"));
        QVERIFY2(mentions(refused.error(), "unsupported location for server type"),
                 refused.error().describe().c_str());
        QVERIFY(!client.server(999)->has_value()); // 404 is "no such server", not an error
        QVERIFY(!client.deleteServer(999)->has_value());

        // A delete sent again while the first one runs (its answer lost) is not an error.
        const auto first = client.deleteServer(created->server.id);
        QVERIFY(first && first->has_value());
        const auto again = client.deleteServer(created->server.id);
        QVERIFY2(again, again ? "" : again.error().describe().c_str());
        QVERIFY(client.waitForActions({(*first)->id}));
        QVERIFY(!client.server(created->server.id)->has_value());
    }

    void testTokenIsNeverInAnError()
    {
        ApiOptions o = fastOptions(m_emulator);
        o.maxAttempts = 1;
        HetznerClient wrong(o, SecretToken);
        const auto unauthorized = wrong.servers();
        QVERIFY(!unauthorized);
        QCOMPARE(unauthorized.error().providerCode, std::string("unauthorized"));
        QVERIFY2(!mentions(unauthorized.error(), SecretToken), unauthorized.error().describe().c_str());

        ApiOptions closed = o;
        closed.endpoint = "http://127.0.0.1:1/v1";
        const auto refused = HetznerClient(closed, SecretToken).servers();
        QVERIFY(!refused);
        QVERIFY2(!mentions(refused.error(), SecretToken), refused.error().describe().c_str());

        test::HcloudEmulator slow;
        QString error;
        QVERIFY2(
            slow.start({QStringLiteral("--slow"), QStringLiteral("1"), QStringLiteral("--slow-seconds"),
                        QStringLiteral("2"), QStringLiteral("--token"), QString::fromLatin1(SecretToken)},
                       &error),
            qPrintable(error));
        ApiOptions t = o;
        t.endpoint = slow.endpoint();
        t.requestTimeout = std::chrono::milliseconds{300};
        const auto timedOut = HetznerClient(t, SecretToken).servers();
        QVERIFY(!timedOut);
        QCOMPARE(timedOut.error().code, ErrorCode::NetTimeout);
        QVERIFY2(!mentions(timedOut.error(), SecretToken), timedOut.error().describe().c_str());
    }

    void testBadAnswersSayWhatAndWhere()
    {
        const nlohmann::json noStatus = {{"id", 1}, {"name", "x"}};
        const auto server = read::server(noStatus, "/servers/3", "GET /servers");
        QVERIFY(!server);
        QCOMPARE(server.error().code, ErrorCode::ProviderFailed);
        QVERIFY2(mentions(server.error(), "GET /servers") && mentions(server.error(), "/servers/3/status"),
                 server.error().describe().c_str());

        const nlohmann::json badAction = {
            {"id", "7"}, {"command", "start_server"}, {"status", "done"}, {"progress", 100}};
        const auto action = read::action(badAction, "/actions/0", "GET /actions");
        QVERIFY(!action);
        QVERIFY2(mentions(action.error(), "/actions/0/id"), action.error().describe().c_str());

        const nlohmann::json badPrice = {{"id", 1},
                                         {"name", "cpx22"},
                                         {"cores", 2},
                                         {"memory", 4},
                                         {"disk", 80},
                                         {"cpu_type", "shared"},
                                         {"storage_type", "local"},
                                         {"prices", {{{"location", "fsn1"}}}}};
        const auto type = read::serverType(badPrice, "/server_types/0", "GET /server_types");
        QVERIFY(!type);
        QVERIFY2(mentions(type.error(), "/server_types/0/prices/0/price_monthly"),
                 type.error().describe().c_str());
    }

    void testFaultRunStaysInBudgetAndCreatesNoDuplicate()
    {
        test::HcloudEmulator faulty;
        QString error;
        QVERIFY2(faulty.start(
                     {QStringLiteral("--time-scale"), QStringLiteral("0.01"), QStringLiteral("--fail-5xx"),
                      QStringLiteral("0.1"), QStringLiteral("--lose-responses"), QStringLiteral("0.3"),
                      QStringLiteral("--slow"), QStringLiteral("0.03"), QStringLiteral("--slow-seconds"),
                      QStringLiteral("1.5"), QStringLiteral("--rate-limit"), QStringLiteral("15"),
                      QStringLiteral("--rate-period"), QStringLiteral("5"), QStringLiteral("--seed"),
                      QStringLiteral("12")},
                     &error),
                 qPrintable(error));
        ApiOptions o = fastOptions(faulty);
        o.requestTimeout = std::chrono::milliseconds{1000};
        o.maxAttempts = 8;
        o.pollInterval = std::chrono::milliseconds{200};
        HetznerClient client(o, test::HcloudEmulator::token());

        constexpr int Threads = 5;
        constexpr int PerThread = 4;
        std::mutex mutex;
        std::vector<std::string> failures;
        std::vector<std::thread> workers;
        for (int t = 0; t < Threads; ++t) {
            workers.emplace_back([&, t] {
                for (int i = 0; i < PerThread; ++i) {
                    const std::string name = "fault-" + std::to_string(t) + "-" + std::to_string(i);
                    // What an executor does: repeat the idempotent create until it converges.
                    Result<CreatedServer> created = std::unexpected(Error{});
                    for (int round = 0; round < 5 && !created; ++round)
                        created = client.createServer(node("fault", name));
                    Result<void> waited =
                        created ? client.waitForActions(created->actions, std::chrono::seconds{60})
                                : Result<void>(std::unexpected(created.error()));
                    for (int round = 0;
                         created && round < 5 && !waited && waited.error().code != ErrorCode::ProviderFailed;
                         ++round)
                        waited = client.waitForActions(created->actions, std::chrono::seconds{60});
                    if (!waited) {
                        std::scoped_lock lock(mutex);
                        failures.push_back(name + ": " + waited.error().describe());
                    }
                }
            });
        }
        for (std::thread &w : workers)
            w.join();
        const auto stats = faulty.stats();
        QVERIFY2(failures.empty(), failures.empty() ? "" : failures.front().c_str());
        QCOMPARE(stats.value("rate_limited", -1), 0);
        QVERIFY2(stats.value("requests", 0) > 30, stats.dump().c_str()); // the budget of 15 bound the run
        QVERIFY2(stats.value("faults", 0) > 0 && stats.value("lost_responses", 0) > 0, stats.dump().c_str());

        faulty.setFaults({{"fail_5xx", 0}, {"lose_responses", 0}, {"slow", 0}});
        const auto servers = client.servers("madbase-cluster=fault");
        QVERIFY2(servers, servers ? "" : servers.error().describe().c_str());
        std::set<std::string> names;
        for (const Server &s : *servers)
            names.insert(s.name);
        QCOMPARE(servers->size(), static_cast<std::size_t>(Threads * PerThread));
        QCOMPARE(names.size(), servers->size());
        qInfo("fault run: %s", stats.dump().c_str());
    }

    void testRateLimitedRequestIsRetriedAfterTheRefill()
    {
        test::HcloudEmulator limited;
        QString error;
        QVERIFY2(limited.start({QStringLiteral("--rate-limit"), QStringLiteral("4"),
                                QStringLiteral("--rate-period"), QStringLiteral("2"),
                                QStringLiteral("--lowercase-headers")},
                               &error),
                 qPrintable(error));
        HetznerClient paced(fastOptions(limited), test::HcloudEmulator::token());
        HetznerClient other(fastOptions(limited), test::HcloudEmulator::token());
        QVERIFY(paced.locations()); // learns the budget: 3 of 4 left
        for (int i = 0; i < 3; ++i)
            QVERIFY(other.locations()); // spends the project's budget behind its back
        for (int i = 0; i < 6; ++i) {
            const auto answer = paced.locations();
            QVERIFY2(answer, answer ? "" : answer.error().describe().c_str());
        }
        const auto stats = limited.stats();
        // The one request sent on a stale estimate met a 429 and was sent again after the refill;
        // every other one waited for its share instead.
        QVERIFY2(stats.value("rate_limited", 0) >= 1 && stats.value("rate_limited", 0) <= 2,
                 stats.dump().c_str());
        QCOMPARE(paced.transport().budget().limit, 4); // read from "ratelimit-limit"
    }

private:
    test::HcloudEmulator m_emulator;
};

QTEST_GUILESS_MAIN(TestHetznerClient)
#include "tst_HetznerClient.moc"
