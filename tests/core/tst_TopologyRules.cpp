// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "support/TestSupport.h"
#include "topology/Cidr.h"
#include "topology/Rules.h"

#include <QSet>
#include <QTest>

#include <functional>

using namespace mb;
using namespace mb::topology;
using Mutation = std::function<void(nlohmann::json &)>;
Q_DECLARE_METATYPE(Mutation)

/// Every rule has a document that breaks it and one that passes it, and says why, where.
class TestTopologyRules : public QObject
{
    Q_OBJECT

private:
    QSet<QString> m_exercised;

    static std::vector<Diagnostic> diagnose(const nlohmann::json &doc)
    {
        auto parsed = parseTopology(doc.dump(2));
        if (!parsed)
            qFatal("test document does not parse: %s", parsed.error().front().describe().c_str());
        return validate(*parsed, PlanCatalogue::builtin());
    }
    static const Diagnostic *find(const std::vector<Diagnostic> &ds, const std::string &code)
    {
        for (const Diagnostic &d : ds)
            if (d.code == code)
                return &d;
        return nullptr;
    }

private Q_SLOTS:
    void testExamplesHaveNoErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("starter") << QStringLiteral("starter");
        QTest::newRow("production") << QStringLiteral("production");
        QTest::newRow("max") << QStringLiteral("max");
    }
    void testExamplesHaveNoErrors()
    {
        QFETCH(QString, name);
        const auto ds = diagnose(test::example(name.toStdString()));
        for (const Diagnostic &d : ds)
            QVERIFY2(d.severity != Severity::Error, d.message.text().c_str());
    }

    void testProductionHasNoDiagnosticsAtAll() { QVERIFY(diagnose(test::example("production")).empty()); }

    void testRule_data()
    {
        QTest::addColumn<Mutation>("breakIt");
        QTest::addColumn<Mutation>("fixIt");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("because");

        auto set = [](std::string a, std::string b, nlohmann::json v) -> Mutation {
            return [=](nlohmann::json &d) { d[a][b] = v; };
        };
        auto count = [](std::string pillar, int n) -> Mutation {
            return [=](nlohmann::json &d) { d["pillars"][pillar]["count"] = n; };
        };
        auto plan = [](std::string pillar, std::string p) -> Mutation {
            return [=](nlohmann::json &d) { d["pillars"][pillar]["plan"] = p; };
        };
        const Mutation nothing = [](nlohmann::json &) {};
        const int E = int(Severity::Error), W = int(Severity::Warning), I = int(Severity::Info);

        QTest::newRow("system 2") << count("system", 2) << count("system", 1) << "system-count" << E
                                  << "/pillars/system/count"
                                  << "vertically only";
        QTest::newRow("system 0") << count("system", 0) << count("system", 1) << "system-count" << E
                                  << "/pillars/system/count"
                                  << "exactly 1 node";
        QTest::newRow("proxy 0") << count("proxy", 0) << count("proxy", 1) << "proxy-count" << E
                                 << "/pillars/proxy/count"
                                 << "1 to 100";
        QTest::newRow("proxy 101") << count("proxy", 101) << count("proxy", 100) << "proxy-count" << E
                                   << "/pillars/proxy/count"
                                   << "not 101";
        QTest::newRow("worker 0") << count("worker", 0) << count("worker", 250) << "worker-count" << E
                                  << "/pillars/worker/count"
                                  << "at least 1";
        QTest::newRow("state 2") << count("state", 2) << count("state", 3) << "state-count" << E
                                 << "/pillars/state/count"
                                 << "with 2, one failure loses quorum";
        QTest::newRow("state 4") << count("state", 4) << count("state", 5) << "state-count" << E
                                 << "/pillars/state/count"
                                 << "with 4, one failure loses quorum";
        QTest::newRow("state 7") << count("state", 7) << count("state", 5) << "state-count" << E
                                 << "/pillars/state/count"
                                 << "odd number";
        QTest::newRow("state 1") << count("state", 1) << count("state", 3) << "state-no-ha" << W
                                 << "/pillars/state/count"
                                 << "no high availability";
        QTest::newRow("proxy in private zone")
            << Mutation([](nlohmann::json &d) { d["pillars"]["proxy"]["zone"] = "private"; })
            << Mutation([](nlohmann::json &d) { d["pillars"]["proxy"]["zone"] = "public"; }) << "pillar-zone"
            << E << "/pillars/proxy/zone"
            << "belongs in the public zone";
        QTest::newRow("state in public zone")
            << Mutation([](nlohmann::json &d) { d["pillars"]["state"]["zone"] = "public"; })
            << Mutation([](nlohmann::json &d) { d["pillars"]["state"].erase("zone"); }) << "pillar-zone" << E
            << "/pillars/state/zone"
            << "never have a public IP";
        QTest::newRow("worker missing") << Mutation([](nlohmann::json &d) { d["pillars"].erase("worker"); })
                                        << nothing << "pillar-missing" << E << "/pillars/worker"
                                        << "private zone";
        QTest::newRow("unknown plan") << plan("worker", "cx99") << plan("worker", "cpx32") << "unknown-plan"
                                      << E << "/pillars/worker/plan"
                                      << "madbasectl plans";
        QTest::newRow("legacy cx21") << plan("system", "CX21") << plan("system", "cx23") << "plan-deprecated"
                                     << W << "/pillars/system/plan"
                                     << "successor \"cx23\"";
        QTest::newRow("legacy cx41") << plan("system", "cx41") << plan("system", "cx43") << "plan-deprecated"
                                     << W << "/pillars/system/plan"
                                     << "successor \"cx43\" (8 vCPU, 16 GB RAM";
        QTest::newRow("cx23 not in ash")
            << Mutation([](nlohmann::json &d) { d["location"] = "ash"; }) << Mutation([](nlohmann::json &d) {
                   d["location"] = "ash";
                   for (auto &[k, v] : d["pillars"].items())
                       v["plan"] = "cpx12";
               })
            << "plan-not-in-location" << E << "/pillars/system/plan"
            << "not offered in ash";
        QTest::newRow("node override plan not in location") << Mutation([](nlohmann::json &d) {
            d["pillars"]["worker"]["nodes"] = {{"1", {{"plan", "nope"}}}};
        }) << Mutation([](nlohmann::json &d) {
            d["pillars"]["worker"]["nodes"] = {{"1", {{"plan", "cx33"}}}};
        }) << "unknown-plan" << E << "/pillars/worker/nodes/1/plan"
                                                            << "\"nope\" is unknown";
        QTest::newRow("override past count") << Mutation([](nlohmann::json &d) {
            d["pillars"]["worker"]["nodes"] = {{"3", {{"plan", "cx33"}}}};
        }) << Mutation([](nlohmann::json &d) {
            d["pillars"]["worker"]["count"] = 3;
            d["pillars"]["worker"]["nodes"] = {{"3", {{"plan", "cx33"}}}};
        }) << "node-override-unused" << W << "/pillars/worker/nodes/3"
                                             << "only 1 nodes";
        QTest::newRow("unknown location") << Mutation([](nlohmann::json &d) { d["location"] = "mars1"; })
                                          << Mutation([](nlohmann::json &d) { d["location"] = "hel1"; })
                                          << "unknown-location" << E << "/location"
                                          << "fsn1, nbg1, hel1";
        QTest::newRow("unknown provider") << Mutation([](nlohmann::json &d) { d["provider"] = "aws"; })
                                          << Mutation([](nlohmann::json &d) { d["provider"] = "hetzner"; })
                                          << "unknown-provider" << E << "/provider"
                                          << "\"local\"";
        QTest::newRow("cidr garbage")
            << set("network", "cidr", "10.0.0.0") << set("network", "cidr", "10.0.0.0/8") << "cidr-invalid"
            << E << "/network/cidr"
            << "CIDR notation";
        QTest::newRow("cidr ipv6") << set("network", "cidr", "fd00::/64")
                                   << set("network", "cidr", "192.168.0.0/16") << "cidr-invalid" << E
                                   << "/network/cidr"
                                   << "IPv4";
        QTest::newRow("cidr public") << set("network", "cidr", "8.8.0.0/16")
                                     << set("network", "cidr", "172.16.0.0/12") << "cidr-not-private" << E
                                     << "/network/cidr"
                                     << "not private";
        QTest::newRow("cidr host bits")
            << set("network", "cidr", "10.0.3.7/16") << set("network", "cidr", "10.0.0.0/16")
            << "cidr-host-bits" << W << "/network/cidr"
            << "used as 10.0.0.0/16";
        QTest::newRow("cidr /25") << set("network", "cidr", "10.0.0.0/25")
                                  << set("network", "cidr", "10.0.0.0/24") << "cidr-too-small" << E
                                  << "/network/cidr"
                                  << "at least a /24";
        QTest::newRow("cidr too small for nodes") << Mutation([](nlohmann::json &d) {
            d["network"]["cidr"] = "10.0.0.0/24";
            d["pillars"]["worker"]["count"] = 300;
        }) << Mutation([](nlohmann::json &d) {
            d["network"]["cidr"] = "10.0.0.0/23";
            d["pillars"]["worker"]["count"] = 300;
        }) << "cidr-too-small" << E << "/network/cidr"
                                                  << "room for 253 nodes but the topology has 303";
        QTest::newRow("safelist open world")
            << Mutation([](nlohmann::json &d) { d["sshSafelist"] = {"0.0.0.0/0"}; })
            << Mutation([](nlohmann::json &d) { d["sshSafelist"] = {"198.51.100.0/24"}; })
            << "safelist-open-world" << W << "/sshSafelist/0"
            << "whole Internet";
        QTest::newRow("safelist v6 open world") << Mutation([](nlohmann::json &d) {
            d["sshSafelist"] = {"10.9.0.0/16", "::/0"};
        }) << Mutation([](nlohmann::json &d) { d["sshSafelist"] = {"2001:db8::/32"}; })
                                                << "safelist-open-world" << W << "/sshSafelist/1"
                                                << "whole Internet";
        QTest::newRow("safelist invalid")
            << Mutation([](nlohmann::json &d) { d["sshSafelist"] = {"office"}; })
            << Mutation([](nlohmann::json &d) { d["sshSafelist"] = {"203.0.113.0/24"}; })
            << "safelist-cidr-invalid" << E << "/sshSafelist/0"
            << "\"office\"";
        QTest::newRow("safelist empty")
            << Mutation([](nlohmann::json &d) { d["sshSafelist"] = nlohmann::json::array(); })
            << Mutation([](nlohmann::json &d) { d["sshSafelist"] = {"203.0.113.0/24"}; }) << "safelist-empty"
            << I << "/sshSafelist"
            << "no address can reach SSH";
        QTest::newRow("name with capitals") << Mutation([](nlohmann::json &d) { d["name"] = "My_Cluster"; })
                                            << Mutation([](nlohmann::json &d) { d["name"] = "my-cluster-2"; })
                                            << "name-not-dns-safe" << E << "/name"
                                            << "DNS-safe";
        QTest::newRow("name empty") << Mutation([](nlohmann::json &d) { d["name"] = ""; })
                                    << Mutation([](nlohmann::json &d) { d["name"] = "a"; })
                                    << "name-not-dns-safe" << E << "/name"
                                    << "starting with a letter";
        QTest::newRow("name trailing dash")
            << Mutation([](nlohmann::json &d) { d["name"] = "prod-"; })
            << Mutation([](nlohmann::json &d) { d["name"] = "prod"; }) << "name-not-dns-safe" << E << "/name"
            << "DNS-safe";
    }
    void testRule()
    {
        QFETCH(Mutation, breakIt);
        QFETCH(Mutation, fixIt);
        QFETCH(QString, code);
        QFETCH(int, severity);
        QFETCH(QString, pointer);
        QFETCH(QString, because);

        auto broken = test::example("starter");
        breakIt(broken);
        const auto ds = diagnose(broken);
        const Diagnostic *d = find(ds, code.toStdString());
        QVERIFY2(d, qPrintable(QStringLiteral("expected %1").arg(code)));
        QCOMPARE(int(d->severity), severity);
        QCOMPARE(QString::fromStdString(d->pointer), pointer);
        QVERIFY2(d->message.text().find(because.toStdString()) != std::string::npos,
                 d->message.text().c_str());

        auto passing = test::example("starter");
        fixIt(passing);
        QVERIFY2(!find(diagnose(passing), code.toStdString()), qPrintable(code));
        m_exercised.insert(code);
    }

    void testEveryRuleCodeIsExercised()
    {
        // Runs after testRule: its table must cover every code the rules can emit.
        for (const std::string_view c : ruleCodes()) {
            const QString code = QString::fromUtf8(c.data(), qsizetype(c.size()));
            QVERIFY2(m_exercised.contains(code),
                     qPrintable(QStringLiteral("no test breaks rule %1").arg(code)));
        }
    }

    void testStateStepsOneThreeFive()
    {
        QCOMPARE(stepCount(Pillar::State, 1, +1), std::optional<int>(3));
        QCOMPARE(stepCount(Pillar::State, 3, +1), std::optional<int>(5));
        QCOMPARE(stepCount(Pillar::State, 5, +1), std::nullopt);
        QCOMPARE(stepCount(Pillar::State, 5, -1), std::optional<int>(3));
        QCOMPARE(stepCount(Pillar::State, 3, -1), std::optional<int>(1));
        QCOMPARE(stepCount(Pillar::State, 1, -1), std::nullopt);
        QCOMPARE(stepCount(Pillar::System, 1, +1), std::nullopt);
        QCOMPARE(stepCount(Pillar::Proxy, 100, +1), std::nullopt);
        QCOMPARE(stepCount(Pillar::Proxy, 99, +1), std::optional<int>(100));
        QCOMPARE(stepCount(Pillar::Worker, 1, -1), std::nullopt);
    }

    void testZonesAreFixed()
    {
        QCOMPARE(zoneOf(Pillar::System), Zone::Public);
        QCOMPARE(zoneOf(Pillar::Proxy), Zone::Public);
        QCOMPARE(zoneOf(Pillar::Worker), Zone::Private);
        QCOMPARE(zoneOf(Pillar::State), Zone::Private);
    }

    void testCidrParsing()
    {
        QVERIFY(Cidr::parse("10.0.0.0/16"));
        QVERIFY(!Cidr::parse("10.0.0.0/33"));
        QVERIFY(!Cidr::parse("10.0.0.0/016"));
        QVERIFY(!Cidr::parse("10.0.0/16"));
        QVERIFY(!Cidr::parse("/16"));
        QVERIFY(!Cidr::parse("10.0.0.0/"));
        QVERIFY(Cidr::parse("2001:db8::/32"));
        QVERIFY(!Cidr::parse("2001:db8::/129"));
        QVERIFY(Cidr::parse("172.31.0.0/16")->isRfc1918());
        QVERIFY(!Cidr::parse("172.32.0.0/16")->isRfc1918());
        QVERIFY(!Cidr::parse("10.0.0.0/7")->isRfc1918());
        QCOMPARE(Cidr::parse("192.168.4.0/22")->ipv4Size(), std::uint64_t{1024});
    }
};

QTEST_GUILESS_MAIN(TestTopologyRules)
#include "tst_TopologyRules.moc"
