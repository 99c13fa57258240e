// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "FakeProvider.h"
#include "plan/Executor.h"
#include "plan/Planner.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <set>
#include <thread>

using namespace mb;
using namespace mb::plan;
using mb::test::FakeProvider;

/// Runs plans against a fake provider: parallelism, journal, retries, cancel, events, resume.
class TestExecutor : public QObject
{
    Q_OBJECT

private:
    /// A store, a fake provider and an executor over them, in a fresh directory.
    struct Rig
    {
        QTemporaryDir dir;
        std::optional<store::Store> store;
        FakeProvider provider;
        test::FakeHealthProbe health;
        test::CountingHooks hooks;
        ExecutorOptions options;

        Rig()
        {
            store.emplace(*store::Store::open(dir.filePath(QStringLiteral("cp.db")).toStdString(),
                                              store::StoreOptions{.syncEveryCommit = false}));
            options.backoffBase = std::chrono::milliseconds{5};
            options.backoffCap = std::chrono::milliseconds{40};
            options.healthInterval = std::chrono::milliseconds{2};
            options.healthTimeout = std::chrono::seconds{5};
            options.jitterSeed = 42;
        }
        Executor executor() { return Executor(*store, provider, health, hooks, options); }

        std::int64_t plan(const nlohmann::json &doc)
        {
            const auto planned = Planner(topology::PlanCatalogue::builtin())
                                     .plan(*topology::parseTopology(doc.dump()), provider.nodes());
            if (!planned)
                qFatal("plan: %s", planned.error().describe().c_str());
            return *Executor::savePlan(*store, *planned);
        }
        std::vector<store::JournalEntry> journal(std::int64_t id) { return *store->journal(id); }
    };

    static nlohmann::json starterWith(int workers, int state = 1, const char *workerPlan = "cx23")
    {
        auto doc = test::example("starter");
        doc["pillars"]["worker"]["count"] = workers;
        doc["pillars"]["worker"]["plan"] = workerPlan;
        doc["pillars"]["state"]["count"] = state;
        return doc;
    }

    static std::set<std::string> names(const std::vector<providers::NodeInfo> &nodes)
    {
        std::set<std::string> out;
        for (const auto &n : nodes)
            out.insert(n.name);
        return out;
    }

private Q_SLOTS:
    void testApplyConvergesAndThenPlansNothing()
    {
        Rig rig;
        const auto id = rig.plan(starterWith(3, 3));
        auto report = rig.executor().apply(id);
        QVERIFY2(report, report ? "" : report.error().describe().c_str());
        QCOMPARE(report->done, 8 * 3); // 1 system, 1 proxy, 3 workers, 3 state
        QCOMPARE(rig.provider.nodes().size(), std::size_t{8});
        QCOMPARE(rig.provider.duplicateCreates(), 0);
        QCOMPARE(rig.hooks.bootstraps.load(), 8);
        QCOMPARE(rig.store->plan(id)->status, store::PlanStatus::Done);
        for (const auto &e : rig.journal(id))
            QCOMPARE(e.state, store::ActionState::Done);
        QCOMPARE(names(*rig.store->inventory()), names(rig.provider.nodes()));

        const auto again =
            Planner(topology::PlanCatalogue::builtin())
                .plan(*topology::parseTopology(starterWith(3, 3).dump()), rig.provider.nodes());
        QVERIFY(again && again->empty());
        QVERIFY(rig.executor().apply(id)); // a done plan stays done
        QCOMPARE(rig.provider.calls("createNode"), 8);
    }

    void testParallelismBoundIsHonoured()
    {
        for (const int bound : {3, 10}) {
            Rig rig;
            rig.provider.setCallDelay(std::chrono::milliseconds{20});
            if (bound != 10)
                rig.options.parallelism = bound;
            QCOMPARE(rig.options.parallelism, bound); // 10 is the default
            const auto id = rig.plan(starterWith(30));
            QVERIFY(rig.executor().apply(id));
            QCOMPARE(rig.provider.maxConcurrent(), bound);
        }
    }

    void testEverySideEffectIsJournaledBeforeAndAfter()
    {
        Rig rig;
        const auto id = rig.plan(starterWith(4));
        std::mutex mutex;
        std::vector<std::string> violations;
        rig.provider.setCallHook([&](const std::string &method, const std::string &node) {
            const auto journal = rig.store->journal(id);
            const std::string action = node + (method == "createNode" ? "/create" : "/?");
            bool running = false;
            for (const auto &e : *journal)
                running |= e.actionId == action && e.state == store::ActionState::Running &&
                           e.attempts == 1 && e.started;
            if (!running) {
                std::scoped_lock lock(mutex);
                violations.push_back(method + " " + node);
            }
        });
        QVERIFY(rig.executor().apply(id));
        QCOMPARE(rig.provider.calls("createNode"), 7);
        QVERIFY2(violations.empty(), violations.empty() ? "" : violations.front().c_str());
        for (const auto &e : rig.journal(id)) {
            QCOMPARE(e.state, store::ActionState::Done);
            QVERIFY(e.finished && e.started && *e.finished >= *e.started);
        }
    }

    void testTransientErrorsAreRetriedWithBackoff()
    {
        Rig rig;
        rig.options.backoffBase = std::chrono::milliseconds{20};
        rig.options.backoffCap = std::chrono::milliseconds{1000};
        rig.options.parallelism = 1;
        const auto id = rig.plan(starterWith(1));
        rig.provider.failNext("createNode", 3);
        const auto start = std::chrono::steady_clock::now();
        const auto report = rig.executor().apply(id);
        const auto took = std::chrono::steady_clock::now() - start;
        QVERIFY(report);
        QCOMPARE(report->retries, 3);
        // Equal jitter keeps at least half of 20, 40 and 80 ms.
        QVERIFY(took >= std::chrono::milliseconds{70});
        QCOMPARE(rig.journal(id).front().attempts, 4);
        const auto events = *rig.store->eventsAfter(0, 1000);
        const auto retries = std::count_if(events.begin(), events.end(),
                                           [](const auto &e) { return e.kind == "action-retry"; });
        QCOMPARE(retries, 3);
        QCOMPARE(rig.provider.nodes().size(), std::size_t{4});
    }

    void testRetriesStopAtTheCapAndThePlanResumesLater()
    {
        Rig rig;
        rig.options.maxAttempts = 3;
        const auto id = rig.plan(starterWith(3));
        rig.provider.failNext("createNode", 1000);
        auto report = rig.executor().apply(id);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::ProviderTransient);
        QVERIFY(report.error().pointer.starts_with("/actions/"));
        QCOMPARE(rig.store->plan(id)->status, store::PlanStatus::Failed);
        QCOMPARE(rig.journal(id).front().attempts, 3);
        QCOMPARE(rig.journal(id).front().state, store::ActionState::Failed);

        rig.provider.failNext("createNode", 0);
        report = rig.executor().apply(id);
        QVERIFY(report);
        QCOMPARE(rig.provider.nodes().size(), std::size_t{6});
        QCOMPARE(rig.provider.duplicateCreates(), 0);
    }

    void testPermanentErrorFailsAtOnceAndIndependentWorkGoesOn()
    {
        Rig rig;
        rig.options.parallelism = 1;
        const auto id = rig.plan(starterWith(2));
        rig.provider.failNext("createNode", 1, ErrorCode::ProviderFailed); // the System node's create
        const auto report = rig.executor().apply(id);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::ProviderFailed);
        const auto journal = rig.journal(id);
        QCOMPARE(journal.front().actionId, std::string("starter-system-1/create"));
        QCOMPARE(journal.front().attempts, 1);
        // Every other node was still created; only what needs the System node waited.
        QCOMPARE(rig.provider.nodes().size(), std::size_t{4});
        QCOMPARE(rig.hooks.bootstraps.load(), 0);
    }

    void testHealthTimeoutFailsTheNode()
    {
        Rig rig;
        rig.options.healthTimeout = std::chrono::milliseconds{100};
        rig.health.healthyWhenRunning = false;
        const auto id = rig.plan(starterWith(1));
        const auto report = rig.executor().apply(id);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::NodeUnhealthy);
        QVERIFY(report.error().message.text().find("starter-system-1") != std::string::npos);
        QVERIFY(rig.health.probes.load() > 3);
    }

    void testCancelLeavesAResumableState()
    {
        Rig rig;
        rig.health.healthyWhenRunning = false; // nothing gets past WaitHealthy until resumed
        rig.options.healthTimeout = std::chrono::seconds{30};
        const auto id = rig.plan(starterWith(3));
        std::stop_source stop;
        std::jthread canceller([&] {
            while (rig.health.probes.load() < 5)
                std::this_thread::sleep_for(std::chrono::milliseconds{1});
            stop.request_stop();
        });
        const auto start = std::chrono::steady_clock::now();
        auto report = rig.executor().apply(id, stop.get_token());
        QVERIFY(std::chrono::steady_clock::now() - start < std::chrono::seconds{10});
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Cancelled);
        QCOMPARE(rig.store->plan(id)->status, store::PlanStatus::Cancelled);
        int cancelled = 0;
        for (const auto &e : rig.journal(id)) {
            QVERIFY(e.state != store::ActionState::Running);
            cancelled += e.state == store::ActionState::Cancelled;
        }
        QVERIFY(cancelled > 0);

        rig.health.healthyWhenRunning = true;
        report = rig.executor().apply(id);
        QVERIFY2(report, report ? "" : report.error().describe().c_str());
        QCOMPARE(rig.provider.nodes().size(), std::size_t{6});
        QCOMPARE(rig.provider.duplicateCreates(), 0);
        QCOMPARE(rig.provider.calls("createNode"), 6);
    }

    void testHalfDoneCreateIsFoundInRealityAndNotRedone()
    {
        Rig rig;
        const auto id = rig.plan(starterWith(1));
        // A previous executor journaled the create as running, created the node, then died.
        QVERIFY(rig.executor()
                    .apply(id,
                           [] {
                               std::stop_source s;
                               s.request_stop();
                               return s.get_token();
                           }())
                    .error()
                    .code == ErrorCode::Cancelled);
        auto entry = rig.journal(id).front();
        entry.state = store::ActionState::Running;
        entry.attempts = 1;
        QVERIFY(rig.store->updateJournal(entry));
        QVERIFY(rig.store->setPlanStatus(id, store::PlanStatus::Applying));
        providers::NodeInfo existing;
        existing.name = "starter-system-1";
        existing.pillar = topology::Pillar::System;
        existing.plan = "cx23";
        existing.state = providers::NodeState::Running;
        rig.provider.addNode(existing);

        const auto report = rig.executor().resumeUnfinished();
        QVERIFY2(report, report ? "" : report.error().describe().c_str());
        QCOMPARE(report->reconciled, 1);
        QCOMPARE(rig.provider.duplicateCreates(), 0);
        QCOMPARE(rig.provider.calls("createNode"), 3);
        const auto events = *rig.store->eventsAfter(0, 1000);
        QVERIFY(std::any_of(events.begin(), events.end(), [](const auto &e) {
            return e.kind == "action-reconciled" && e.node == "starter-system-1";
        }));
    }

    void testEventsArePersistedInSeqOrderAndCalledBack()
    {
        Rig rig;
        const auto id = rig.plan(starterWith(5));
        std::mutex mutex;
        std::vector<store::Event> seen;
        auto executor = rig.executor();
        executor.setProgressCallback([&](const store::Event &e) {
            std::scoped_lock lock(mutex);
            seen.push_back(e);
        });
        QVERIFY(executor.apply(id));
        const auto stored = *rig.store->eventsAfter(0, 10000);
        QCOMPARE(seen.size(), stored.size());
        for (std::size_t i = 0; i < stored.size(); ++i) {
            QCOMPARE(seen[i].seq, stored[i].seq);
            QCOMPARE(seen[i].message, stored[i].message);
            if (i > 0)
                QVERIFY(stored[i].seq > stored[i - 1].seq);
            QCOMPARE(stored[i].planId, std::optional<std::int64_t>(id));
            QVERIFY(nlohmann::json::parse(stored[i].data).contains("tr"));
        }
        QCOMPARE(stored.front().kind, std::string("plan-started"));
        QCOMPARE(stored.back().kind, std::string("plan-done"));
        const auto count = [&](const char *kind) {
            return std::count_if(stored.begin(), stored.end(), [&](const auto &e) { return e.kind == kind; });
        };
        QCOMPARE(count("action-started"), 8 * 3);
        QCOMPARE(count("action-done"), 8 * 3);
    }

    void testFullDiskStopsTheApplyWithEverySideEffectJournaled()
    {
        Rig rig;
        rig.options.parallelism = 4;
        rig.provider.setCallDelay(std::chrono::milliseconds{2});
        const auto id = rig.plan(starterWith(30));
        std::stop_source cancelled; // journals every action as cancelled, with no side effect
        cancelled.request_stop();
        QCOMPARE(rig.executor().apply(id, cancelled.get_token()).error().code, ErrorCode::Cancelled);
        const auto path = rig.dir.filePath(QStringLiteral("cp.db")).toStdString();
        sqlite3 *db = nullptr;
        sqlite3_open(path.c_str(), &db);
        sqlite3_stmt *count = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA page_count", -1, &count, nullptr);
        QCOMPARE(sqlite3_step(count), SQLITE_ROW);
        const std::int64_t pages = sqlite3_column_int64(count, 0);
        sqlite3_finalize(count);
        sqlite3_close(db);

        // A second connection whose file may grow by only a few pages: the disk "fills" mid-apply.
        auto full =
            store::Store::open(path, store::StoreOptions{.syncEveryCommit = false, .maxPages = pages + 2});
        QVERIFY(full);
        const auto report = Executor(*full, rig.provider, rig.health, rig.hooks, rig.options).apply(id);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::StoreFull);
        QVERIFY(!rig.provider.nodes().empty());
        QVERIFY(rig.provider.nodes().size() < 33);

        const auto journal = rig.journal(id);
        for (const auto &node : rig.provider.nodes()) {
            const auto entry = std::find_if(journal.begin(), journal.end(), [&](const auto &e) {
                return e.actionId == node.name + "/create";
            });
            QVERIFY(entry != journal.end());
            QVERIFY2(entry->state == store::ActionState::Running || entry->state == store::ActionState::Done,
                     node.name.c_str());
        }
        QCOMPARE(rig.store->plan(id)->status, store::PlanStatus::Applying);

        // Space is back: the plan resumes and converges.
        const auto resumed = rig.executor().resumeUnfinished();
        QVERIFY2(resumed, resumed ? "" : resumed.error().describe().c_str());
        QCOMPARE(rig.provider.nodes().size(), std::size_t{33});
        QCOMPARE(rig.provider.duplicateCreates(), 0);
    }

    void testResizeScaleInAndMeasuredDowntime()
    {
        Rig rig;
        QVERIFY(rig.executor().apply(rig.plan(starterWith(4))));
        const auto id = rig.plan(starterWith(2, 1, "cx33"));
        const auto report = rig.executor().apply(id);
        QVERIFY2(report, report ? "" : report.error().describe().c_str());
        const auto nodes = rig.provider.nodes();
        QCOMPARE(names(nodes),
                 (std::set<std::string>{"starter-proxy-1", "starter-state-1", "starter-system-1",
                                        "starter-worker-1", "starter-worker-2"}));
        for (const auto &n : nodes) {
            QCOMPARE(n.state, providers::NodeState::Running);
            QCOMPARE(n.plan, std::string(n.pillar == topology::Pillar::Worker ? "cx33" : "cx23"));
        }
        QCOMPARE(rig.hooks.drains.load(), 2);
        QCOMPARE(report->downtime.size(), std::size_t{2});
        QVERIFY(report->downtime.at("starter-worker-1") > std::chrono::milliseconds{0});
        const auto inventory = *rig.store->inventory();
        QCOMPARE(names(inventory), names(nodes));
        for (const auto &n : inventory)
            QCOMPARE(n.plan, std::string(n.pillar == topology::Pillar::Worker ? "cx33" : "cx23"));
    }
};

QTEST_GUILESS_MAIN(TestExecutor)
#include "tst_Executor.moc"
