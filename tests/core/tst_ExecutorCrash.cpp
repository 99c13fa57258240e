// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// kill -9 of the executor at random points: every restart resumes, and the cluster converges
// without a node ever being created twice.
#include "FakeProvider.h"
#include "plan/Executor.h"
#include "plan/Planner.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <set>

using namespace mb;
using namespace mb::plan;
using mb::test::FakeProvider;

namespace {

constexpr auto CallDelay = std::chrono::milliseconds{15};

std::filesystem::path storePath(const std::filesystem::path &dir)
{
    return dir / "cp.db";
}

std::filesystem::path cloudPath(const std::filesystem::path &dir)
{
    return dir / "cloud.json";
}

/// The child: applies (or resumes) plan `planId` until done or killed.
int applyChild(const std::filesystem::path &dir, std::int64_t planId)
{
    auto store = store::Store::open(storePath(dir));
    if (!store) {
        std::fprintf(stderr, "child: %s\n", store.error().describe().c_str());
        return 2;
    }
    FakeProvider provider(cloudPath(dir));
    provider.setCallDelay(CallDelay);
    test::FakeHealthProbe health;
    NodeHooks hooks;
    ExecutorOptions options;
    options.parallelism = 4;
    options.healthInterval = std::chrono::milliseconds{2};
    options.backoffBase = std::chrono::milliseconds{5};
    options.backoffCap = std::chrono::milliseconds{20};
    Executor executor(*store, provider, health, hooks, options);
    std::printf("started\n");
    std::fflush(stdout);
    const auto report = executor.apply(planId);
    if (!report) {
        std::fprintf(stderr, "child: %s (%s)\n", report.error().describe().c_str(),
                     report.error().detail.c_str());
        return 1;
    }
    return 0;
}

} // namespace

class TestExecutorCrash : public QObject
{
    Q_OBJECT

private:
    static topology::Topology starterWith(int workers, int state, const char *plan)
    {
        auto doc = test::example("starter");
        doc["pillars"]["worker"]["count"] = workers;
        doc["pillars"]["worker"]["plan"] = plan;
        doc["pillars"]["state"]["count"] = state;
        return *topology::parseTopology(doc.dump());
    }

    /// Runs children on plan `planId`, killing each after a random delay, `kills` times (or
    /// until one finishes first), then lets one run to the end. Returns the kills mid-apply.
    static int applyUnderFire(const std::filesystem::path &dir, std::int64_t planId, QRandomGenerator &random,
                              int kills)
    {
        for (int killed = 0;; ++killed) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--apply-child"), QString::fromStdString(dir.string()),
                         QString::number(planId)});
            if (!child.waitForStarted())
                qFatal("child did not start");
            QByteArray out;
            while (!out.contains("started") && child.waitForReadyRead(20'000))
                out += child.readAllStandardOutput();
            if (!out.contains("started"))
                qFatal("child did not report start");
            if (killed < kills) {
                QThread::msleep(random.bounded(0, 80));
                child.kill();
            }
            if (!child.waitForFinished(120'000))
                qFatal("child did not finish");
            if (child.exitStatus() == QProcess::CrashExit)
                continue;
            if (child.exitCode() != 0)
                qFatal("child failed with exit code %d", child.exitCode());
            return killed;
        }
    }

private Q_SLOTS:
    void testKilledAtRandomPointsConvergesWithoutDuplicates()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const std::filesystem::path dir = tmp.path().toStdString();
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill delays seeded with %u", seed);
        QRandomGenerator random(seed);

        // Build, resize and shrink, grow again: creates, deletes, stops, plan changes, starts.
        const std::vector<topology::Topology> scenarios{starterWith(12, 5, "cx23"), starterWith(6, 3, "cx33"),
                                                        starterWith(10, 5, "cx23")};
        const Planner planner(topology::PlanCatalogue::builtin());
        int kills = 0;
        for (const auto &desired : scenarios) {
            std::int64_t planId = 0;
            {
                auto store = store::Store::open(storePath(dir));
                QVERIFY(store);
                const auto plan = planner.plan(desired, FakeProvider(cloudPath(dir)).nodes());
                QVERIFY(plan && !plan->empty());
                planId = *Executor::savePlan(*store, *plan);
            }
            kills += applyUnderFire(dir, planId, random, 8);

            auto store = store::Store::open(storePath(dir));
            QVERIFY(store);
            QCOMPARE(store->plan(planId)->status, store::PlanStatus::Done);
            const auto journal = *store->journal(planId);
            for (const auto &e : journal)
                QVERIFY2(e.state == store::ActionState::Done, e.actionId.c_str());
            const FakeProvider cloud(cloudPath(dir));
            QCOMPARE(cloud.duplicateCreates(), 0);
            const auto converged = planner.plan(desired, cloud.nodes());
            QVERIFY(converged);
            QVERIFY2(converged->empty(), renderText(*converged).c_str());
            QCOMPARE(cloud.nodes().size(), static_cast<std::size_t>(desired.nodeCount()));
            std::set<std::string> inventory;
            const auto nodes = *store->inventory();
            for (const auto &n : nodes)
                inventory.insert(n.name);
            std::string missing;
            for (const auto &n : cloud.nodes()) {
                if (!inventory.contains(n.name))
                    missing += n.name + ' ';
            }
            QVERIFY2(missing.empty(), ("not in the inventory: " + missing).c_str());
            QCOMPARE(inventory.size(), cloud.nodes().size());
        }
        qInfo("killed %d times mid-apply", kills);
        QVERIFY(kills >= 20);

        auto store = store::Store::open(storePath(dir));
        const auto events = *store->eventsAfter(0, 1'000'000);
        for (std::size_t i = 1; i < events.size(); ++i)
            QVERIFY(events[i].seq > events[i - 1].seq);
        const auto reconciled = std::count_if(events.begin(), events.end(),
                                              [](const auto &e) { return e.kind == "action-reconciled"; });
        qInfo("%d half-done actions were found done in reality and not redone", static_cast<int>(reconciled));
    }
};

int main(int argc, char **argv)
{
    if (argc == 4 && std::string_view(argv[1]) == "--apply-child")
        return applyChild(argv[2], std::stoll(argv[3]));
    QCoreApplication app(argc, argv);
    TestExecutorCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ExecutorCrash.moc"
