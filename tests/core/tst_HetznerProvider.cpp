// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "providers/ProviderFactory.h"
#include "providers/hetzner/HetznerProvider.h"
#include "support/HcloudEmulator.h"

#include <QTest>

#include <atomic>
#include <map>
#include <set>
#include <thread>

using namespace mb;
using namespace mb::providers;
using namespace mb::providers::hetzner;

namespace {

HetznerProviderOptions fastOptions(const test::HcloudEmulator &emulator)
{
    HetznerProviderOptions o;
    o.api.endpoint = emulator.endpoint();
    o.api.backoffBase = std::chrono::milliseconds{20};
    o.api.backoffCap = std::chrono::milliseconds{200};
    o.api.pollInterval = std::chrono::milliseconds{50};
    o.api.requestTimeout = std::chrono::milliseconds{15000};
    o.layout.networkCidr = "10.40.0.0/16";
    o.layout.safelist = {"192.0.2.0/24"};
    o.layout.sshPublicKey =
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHZ6b3ZzZ3Rlc3RrZXlvbmx5Zm9ydGVzdHNfX19f cluster";
    return o;
}

NodeSpec spec(const std::string &cluster, topology::Pillar pillar, int ordinal,
              const std::string &plan = "cx23")
{
    NodeSpec s;
    s.cluster = cluster;
    s.pillar = pillar;
    s.ordinal = ordinal;
    s.name = cluster + "-" + std::string(topology::pillarName(pillar)) + "-" + std::to_string(ordinal);
    s.plan = plan;
    return s;
}

#define VERIFY_OK(expr)                                                                                      \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(r_, r_ ? "" : r_.error().describe().c_str());                                               \
    } while (false)

} // namespace

/// HetznerProvider against the API emulator: labels, zones, shared resources, resize, teardown.
class TestHetznerProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_emulator.start({QStringLiteral("--time-scale"), QStringLiteral("0.01")}, &error),
                 qPrintable(error));
        m_provider =
            std::make_unique<HetznerProvider>(fastOptions(m_emulator), test::HcloudEmulator::token());
    }

    void testPublicAndPrivateNodesAreMadeAsDesigned()
    {
        auto system = m_provider->createNode(spec("zones", topology::Pillar::System, 1));
        VERIFY_OK(system);
        auto worker = m_provider->createNode(spec("zones", topology::Pillar::Worker, 1));
        VERIFY_OK(worker);
        QCOMPARE(system->state, NodeState::Running);
        QVERIFY(system->privateAddress.starts_with("10.40."));
        QCOMPARE(system->address, system->privateAddress + ":" + std::to_string(DaemonPort));

        auto servers = m_provider->client().servers("madbase-cluster=zones");
        VERIFY_OK(servers);
        QCOMPARE(servers->size(), std::size_t(2));
        auto networks = m_provider->client().resources().networks("madbase-cluster=zones");
        VERIFY_OK(networks);
        QCOMPARE(networks->size(), std::size_t(1));
        QCOMPARE(networks->front().ipRange, std::string("10.40.0.0/16"));
        QCOMPARE(networks->front().subnets.size(), std::size_t(1));
        auto firewalls = m_provider->client().resources().firewalls("madbase-cluster=zones");
        VERIFY_OK(firewalls);
        for (const Server &s : *servers) {
            QCOMPARE(s.labels.at("madbase-cluster"), std::string("zones"));
            QCOMPARE(s.labels.at("madbase-node"), s.name);
            QVERIFY(s.placementGroup.has_value());
            QCOMPARE(s.privateNet.size(), std::size_t(1));
            QCOMPARE(s.privateNet.front().network, networks->front().id);
            if (s.labels.at("madbase-pillar") == "system") {
                QVERIFY(!s.ipv4.empty());
                QVERIFY(!s.ipv6.empty());
                QCOMPARE(s.firewalls.size(), std::size_t(1));
                const auto fw = std::find_if(firewalls->begin(), firewalls->end(),
                                             [&](const Firewall &f) { return f.id == s.firewalls.front(); });
                QVERIFY(fw != firewalls->end());
                // SSH from the safelist only, nothing else but ping.
                for (const FirewallRule &rule : fw->rules)
                    if (rule.protocol == "tcp") {
                        QCOMPARE(rule.port, std::string("22"));
                        QCOMPARE(rule.sourceIps, std::vector<std::string>{"192.0.2.0/24"});
                    }
            } else {
                QVERIFY2(s.ipv4.empty() && s.ipv6.empty(), "a private-zone server has no public address");
                QVERIFY(s.firewalls.empty());
            }
        }
    }

    void testCreatingAgainReturnsTheSameServer()
    {
        auto first = m_provider->createNode(spec("again", topology::Pillar::Worker, 1));
        VERIFY_OK(first);
        auto second = m_provider->createNode(spec("again", topology::Pillar::Worker, 1));
        VERIFY_OK(second);
        QCOMPARE(second->providerId, first->providerId);
        // A second provider (a restarted control plane, nothing in memory) finds it by labels.
        HetznerProvider fresh(fastOptions(m_emulator), test::HcloudEmulator::token());
        auto third = fresh.createNode(spec("again", topology::Pillar::Worker, 1));
        VERIFY_OK(third);
        QCOMPARE(third->providerId, first->providerId);
        auto listed = fresh.listNodes("again");
        VERIFY_OK(listed);
        QCOMPARE(listed->size(), std::size_t(1));
        QCOMPARE(listed->front().ordinal, 1);
        QCOMPARE(listed->front().pillar, topology::Pillar::Worker);
    }

    void testPlacementGroupsHoldAtMostTen()
    {
        const std::vector<std::string> failures = createWorkers("spread", 11, 1);
        QVERIFY2(failures.empty(), failures.empty() ? "" : failures.front().c_str());
        auto groups = m_provider->client().resources().placementGroups("madbase-cluster=spread");
        VERIFY_OK(groups);
        std::map<std::string, std::size_t> sizes;
        for (const PlacementGroup &g : *groups) {
            QCOMPARE(g.type, std::string("spread"));
            sizes[g.name] = g.servers.size();
        }
        QCOMPARE(sizes,
                 (std::map<std::string, std::size_t>{{"spread-worker-1", 10}, {"spread-worker-2", 1}}));
    }

    void testFloatingIpStaysInFrontOfTheProxies()
    {
        auto p1 = m_provider->createNode(spec("fip", topology::Pillar::Proxy, 1));
        VERIFY_OK(p1);
        auto p2 = m_provider->createNode(spec("fip", topology::Pillar::Proxy, 2));
        VERIFY_OK(p2);
        auto ips = m_provider->client().resources().floatingIps("madbase-cluster=fip");
        VERIFY_OK(ips);
        QCOMPARE(ips->size(), std::size_t(1));
        QCOMPARE(ips->front().server.value_or(0), std::stoll(p1->providerId));
        VERIFY_OK(m_provider->deleteNode("fip", p1->name));
        ips = m_provider->client().resources().floatingIps("madbase-cluster=fip");
        VERIFY_OK(ips);
        QCOMPARE(ips->front().server.value_or(0), std::stoll(p2->providerId));
    }

    void testResizeGoesThroughPowerOff()
    {
        auto node = m_provider->createNode(spec("resize", topology::Pillar::Worker, 1, "cx23"));
        VERIFY_OK(node);
        const std::int64_t id = std::stoll(node->providerId);
        const auto before = m_provider->client().server(id);
        VERIFY_OK(before);
        // A running server cannot change type: refused before asking the API.
        auto refused = m_provider->changePlan("resize", node->name, "cx33");
        QVERIFY(!refused);
        QVERIFY(refused.error().message.text().find("stopped") != std::string::npos);
        VERIFY_OK(m_provider->stopNode("resize", node->name));
        auto off = m_provider->client().server(id);
        VERIFY_OK(off);
        QCOMPARE((*off)->status, ServerStatus::Off);
        VERIFY_OK(m_provider->changePlan("resize", node->name, "cx33"));
        VERIFY_OK(m_provider->startNode("resize", node->name));
        auto after = m_provider->client().server(id);
        VERIFY_OK(after);
        QCOMPARE((*after)->status, ServerStatus::Running);
        QCOMPARE((*after)->serverType, std::string("cx33"));
        QCOMPARE((*after)->primaryDiskGb, (*before)->primaryDiskGb); // the disk was kept
        // Repeating any step changes nothing.
        VERIFY_OK(m_provider->startNode("resize", node->name));
        auto found = m_provider->findNode("resize", node->name);
        VERIFY_OK(found);
        QCOMPARE((*found)->plan, std::string("cx33"));
    }

    void testFaultsMakeNoDuplicateServers()
    {
        // Faults are random: rounds of eight creations run until at least one answer to a change
        // was lost (the change made, its answer never seen), and no round may leave a duplicate.
        QVERIFY(m_emulator.setFaults({{"fail_5xx", 0.1}, {"lose_responses", 0.5}}));
        const int lostBefore = m_emulator.stats().value("lost_responses", 0);
        int lost = 0;
        for (int round = 1; round <= 10 && lost == 0; ++round) {
            const std::string cluster = "faults-" + std::to_string(round);
            const std::vector<std::string> failures = createWorkers(cluster, 8, 8);
            QVERIFY2(failures.empty(), failures.empty() ? "" : failures.front().c_str());
            lost = m_emulator.stats().value("lost_responses", 0) - lostBefore;
            QVERIFY(m_emulator.setFaults({{"fail_5xx", 0}, {"lose_responses", 0}}));
            auto servers = m_provider->client().servers("madbase-cluster=" + cluster);
            VERIFY_OK(servers);
            std::set<std::string> names;
            for (const Server &s : *servers)
                names.insert(s.labels.at("madbase-node"));
            QCOMPARE(servers->size(), std::size_t(8));
            QCOMPARE(names.size(), std::size_t(8));
            QVERIFY(m_emulator.setFaults({{"fail_5xx", 0.1}, {"lose_responses", 0.5}}));
        }
        QVERIFY(m_emulator.setFaults({{"fail_5xx", 0}, {"lose_responses", 0}}));
        QVERIFY2(lost > 0, m_emulator.stats().dump().c_str());
    }

    void testRemovingAClusterLeavesNothing()
    {
        for (const std::string cluster : {"zones", "again", "spread", "fip", "resize", "faults"}) {
            auto nodes = m_provider->listNodes(cluster);
            VERIFY_OK(nodes);
            for (const NodeInfo &n : *nodes)
                VERIFY_OK(m_provider->deleteNode(cluster, n.name));
            VERIFY_OK(m_provider->deleteNode(cluster, "never-made")); // a missing node is no error
            VERIFY_OK(m_provider->removeCluster(cluster));
            const std::string selector = "madbase-cluster=" + cluster;
            auto &r = m_provider->client().resources();
            QCOMPARE(m_provider->client().servers(selector)->size(), std::size_t(0));
            QCOMPARE(r.networks(selector)->size(), std::size_t(0));
            QCOMPARE(r.firewalls(selector)->size(), std::size_t(0));
            QCOMPARE(r.placementGroups(selector)->size(), std::size_t(0));
            QCOMPARE(r.floatingIps(selector)->size(), std::size_t(0));
            QCOMPARE(r.sshKeys(selector)->size(), std::size_t(0));
        }
    }

    void testFactoryNeedsATokenAndNeverTakesItFromAFlag()
    {
        qunsetenv("HCLOUD_TOKEN");
        ProviderSettings settings;
        settings.provider = "hetzner";
        settings.endpoint = m_emulator.endpoint();
        auto none = makeProvider(settings);
        QVERIFY(!none);
        QVERIFY(none.error().message.text().find("HCLOUD_TOKEN") != std::string::npos);
        qputenv("HCLOUD_TOKEN", QByteArray::fromStdString(test::HcloudEmulator::token()));
        auto made = makeProvider(settings);
        VERIFY_OK(made);
        QCOMPARE(std::string((*made)->name()), std::string("hetzner"));
        VERIFY_OK((*made)->listNodes("nobody"));
        qunsetenv("HCLOUD_TOKEN");
    }

private:
    /// Workers 1..count of `cluster`, made by four threads; each create is repeated up to
    /// `rounds` times until it succeeds, as the executor does. The errors of those that never did.
    std::vector<std::string> createWorkers(const std::string &cluster, int count, int rounds)
    {
        std::atomic<int> next{1};
        std::vector<std::string> failures;
        std::mutex mutex;
        std::vector<std::jthread> workers;
        for (int t = 0; t < 4; ++t)
            workers.emplace_back([&] {
                for (int i = next++; i <= count; i = next++) {
                    Result<NodeInfo> made = std::unexpected(Error{});
                    for (int round = 0; round < rounds && !made; ++round)
                        made = m_provider->createNode(spec(cluster, topology::Pillar::Worker, i));
                    if (!made) {
                        std::scoped_lock lock(mutex);
                        failures.push_back(made.error().describe());
                    }
                }
            });
        workers.clear();
        return failures;
    }

    test::HcloudEmulator m_emulator;
    std::unique_ptr<HetznerProvider> m_provider;
};

QTEST_GUILESS_MAIN(TestHetznerProvider)
#include "tst_HetznerProvider.moc"
