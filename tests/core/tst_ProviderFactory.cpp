// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "FakeProvider.h"
#include "api/ClusterProvider.h"
#include "providers/ProviderFactory.h"
#include "providers/local/LocalProvider.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mb;
using mb::test::FakeProvider;

/// The one place providers are made, and the System node's resize sequence built on it.
class TestProviderFactory : public QObject
{
    Q_OBJECT

    /// A running System node on cx23 in cluster c1.
    static providers::NodeInfo addSystemNode(FakeProvider &provider)
    {
        providers::NodeInfo node;
        node.name = "c1-system-1";
        node.pillar = topology::Pillar::System;
        node.plan = "cx23";
        node.state = providers::NodeState::Running;
        provider.addNode(node);
        return node;
    }

private Q_SLOTS:
    void testLocalIsMadeFromItsSettings()
    {
        QTemporaryDir dir;
        providers::ProviderSettings settings;
        settings.root = dir.path().toStdString();
        settings.binDir = "/nonexistent/bin";
        auto made = providers::makeProvider(settings);
        QVERIFY2(made, made ? "" : made.error().describe().c_str());
        QCOMPARE(std::string((*made)->name()), std::string("local"));
        QVERIFY(dynamic_cast<providers::local::LocalProvider *>(made->get()) != nullptr);
        auto nodes = (*made)->listNodes("nothing-here");
        QVERIFY(nodes && nodes->empty());
        QCOMPARE(providers::clusterSecretFile(settings, "c1"),
                 std::filesystem::path(settings.root / "c1" / "agent.token"));
    }

    void testUnknownProviderIsRefusedByName()
    {
        providers::ProviderSettings settings;
        settings.provider = "aws";
        auto made = providers::makeProvider(settings);
        QVERIFY(!made);
        QVERIFY(made.error().describe().find("\"aws\"") != std::string::npos);
    }

    void testLocalWithoutItsDirectoriesIsRefused()
    {
        providers::ProviderSettings settings;
        auto made = providers::makeProvider(settings);
        QVERIFY(!made);
        QCOMPARE(made.error().code, ErrorCode::ProviderFailed);
    }

    void testClusterRecordNamesItsProvider()
    {
        QTemporaryDir dir;
        api::ClusterRecord record;
        record.name = "c1";
        record.provider = "local";
        auto made = api::clusterProvider(dir.path().toStdString(), record);
        QVERIFY(made);
        record.provider = "nowhere";
        QVERIFY(!api::clusterProvider(dir.path().toStdString(), record));
    }

    void testSystemResizeStopsChangesAndStartsInOrder()
    {
        FakeProvider provider;
        const providers::NodeInfo node = addSystemNode(provider);
        std::vector<std::string> calls;
        provider.setCallHook(
            [&](const std::string &method, const std::string &) { calls.push_back(method); });
        std::vector<api::SystemResizeStep> steps;
        auto done = api::resizeSystemNode(provider, "c1", node.name, "cx33",
                                          [&](api::SystemResizeStep s) { steps.push_back(s); });
        QVERIFY2(done, done ? "" : done.error().describe().c_str());
        QCOMPARE(calls, (std::vector<std::string>{"stopNode", "changePlan", "startNode"}));
        QCOMPARE(steps.size(), std::size_t(3));
        QCOMPARE(steps.back(), api::SystemResizeStep::Starting);
        const auto nodes = provider.nodes();
        QCOMPARE(nodes.front().plan, std::string("cx33"));
        QCOMPARE(nodes.front().state, providers::NodeState::Running);
    }

    void testSystemResizeStopsAtTheFailingStep()
    {
        FakeProvider provider;
        const providers::NodeInfo node = addSystemNode(provider);
        provider.failNext("changePlan", 1, ErrorCode::ProviderFailed);
        auto done = api::resizeSystemNode(provider, "c1", node.name, "cx33");
        QVERIFY(!done);
        QCOMPARE(done.error().code, ErrorCode::ProviderFailed);
        QCOMPARE(provider.calls("startNode"), 0);
        QCOMPARE(provider.nodes().front().plan, std::string("cx23"));
        // Running it again finishes the resize.
        QVERIFY(api::resizeSystemNode(provider, "c1", node.name, "cx33"));
        QCOMPARE(provider.nodes().front().plan, std::string("cx33"));
        QCOMPARE(provider.nodes().front().state, providers::NodeState::Running);
    }
};

QTEST_GUILESS_MAIN(TestProviderFactory)
#include "tst_ProviderFactory.moc"
