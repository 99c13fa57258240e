// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <fstream>
#include <thread>

using namespace mb;
using namespace mb::store;

/// The control plane's SQLite file: schema, records, events, and failures as clear errors.
class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::filesystem::path file(const char *name) const
    {
        return std::filesystem::path(m_dir.path().toStdString()) / name;
    }

    static std::string pragma(const std::filesystem::path &path, const char *sql)
    {
        sqlite3 *db = nullptr;
        sqlite3_open(path.c_str(), &db);
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &s, nullptr);
        std::string out;
        if (sqlite3_step(s) == SQLITE_ROW)
            out = reinterpret_cast<const char *>(sqlite3_column_text(s, 0));
        sqlite3_finalize(s);
        sqlite3_close(db);
        return out;
    }

    static JournalEntry entry(std::int64_t plan, const char *id)
    {
        JournalEntry e;
        e.planId = plan;
        e.actionId = id;
        e.kind = "create-node";
        e.node = std::string("n-") + id;
        return e;
    }

    static providers::NodeInfo node(const char *name, topology::Pillar pillar, int ordinal)
    {
        providers::NodeInfo n;
        n.name = name;
        n.pillar = pillar;
        n.ordinal = ordinal;
        n.plan = "cx23";
        n.state = providers::NodeState::Running;
        n.address = "127.0.0.1:20001";
        n.labels = {{"madbase-cluster", "c"}, {"madbase-node", name}};
        n.created = std::chrono::system_clock::time_point{std::chrono::milliseconds{1'700'000'000'000}};
        return n;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void testNewFileIsMigratedToLatestInWalMode()
    {
        const auto path = file("new.db");
        auto store = Store::open(path);
        QVERIFY2(store, store ? "" : store.error().describe().c_str());
        QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
        QCOMPARE(pragma(path, "PRAGMA user_version"), std::to_string(Store::latestSchemaVersion()));
        QCOMPARE(pragma(path, "PRAGMA journal_mode"), std::string("wal"));
    }

    void testOldSchemaIsMigratedAndKeepsData()
    {
        const auto path = file("old.db");
        {
            auto v1 = Store::open(path, StoreOptions{.migrateUpTo = 1});
            QVERIFY(v1);
            QCOMPARE(v1->schemaVersion(), 1);
            QVERIFY(v1->addTopologyRevision("{}", "h1"));
            QCOMPARE(pragma(path, "SELECT count(*) FROM sqlite_master WHERE name = 'events_by_plan'"),
                     std::string("0"));
        }
        auto store = Store::open(path);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
        QCOMPARE(pragma(path, "SELECT count(*) FROM sqlite_master WHERE name = 'events_by_plan'"),
                 std::string("1"));
        const auto latest = store->latestTopologyRevision();
        QVERIFY(latest && *latest);
        QCOMPARE((*latest)->hash, std::string("h1"));
    }

    void testNewerSchemaIsRefused()
    {
        const auto path = file("future.db");
        QVERIFY(Store::open(path));
        pragma(path, "PRAGMA user_version = 99");
        const auto store = Store::open(path);
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::StoreVersion);
        QVERIFY(store.error().message.text().find("newer") != std::string::npos);
    }

    void testReopenKeepsEveryRecord()
    {
        const auto path = file("reopen.db");
        std::int64_t planId = 0;
        {
            auto store = Store::open(path);
            QVERIFY(store);
            const auto rev = store->addTopologyRevision("{\"name\":\"c\"}", "abc");
            QVERIFY(rev);
            const auto id = store->addPlan(*rev, "hash", "{\"actions\":[]}");
            QVERIFY(id);
            planId = *id;
            QVERIFY(store->startJournal(planId, {entry(planId, "a"), entry(planId, "b")}));
            auto b = entry(planId, "b");
            b.state = ActionState::Done;
            b.attempts = 2;
            b.started = std::chrono::system_clock::time_point{std::chrono::milliseconds{5000}};
            b.error = "once failed";
            QVERIFY(store->updateJournal(b));
            QVERIFY(store->setPlanStatus(planId, PlanStatus::Applying));
            QVERIFY(store->putNode(node("c-worker-1", topology::Pillar::Worker, 1)));
            QVERIFY(store->putNode(node("c-system-1", topology::Pillar::System, 1)));
        }
        auto store = Store::open(path);
        QVERIFY(store);
        const auto plan = store->plan(planId);
        QVERIFY(plan);
        QCOMPARE(plan->status, PlanStatus::Applying);
        QCOMPARE(plan->topologyRevision, std::optional<std::int64_t>(1));
        const auto applying = store->plansWithStatus(PlanStatus::Applying);
        QVERIFY(applying);
        QCOMPARE(applying->size(), std::size_t{1});

        const auto journal = store->journal(planId);
        QVERIFY(journal);
        QCOMPARE(journal->size(), std::size_t{2});
        QCOMPARE(journal->at(0).actionId, std::string("a"));
        QCOMPARE(journal->at(0).state, ActionState::Pending);
        QCOMPARE(journal->at(1).state, ActionState::Done);
        QCOMPARE(journal->at(1).attempts, 2);
        QCOMPARE(journal->at(1).error, std::string("once failed"));
        QCOMPARE(journal->at(1).started->time_since_epoch(),
                 std::chrono::system_clock::duration(std::chrono::milliseconds{5000}));

        const auto inventory = store->inventory();
        QVERIFY(inventory);
        QCOMPARE(inventory->size(), std::size_t{2});
        QCOMPARE(inventory->at(0).name, std::string("c-system-1")); // by pillar, then ordinal
        QCOMPARE(inventory->at(1).labels.at("madbase-node"), std::string("c-worker-1"));
        QCOMPARE(inventory->at(1).created, node("x", topology::Pillar::Worker, 1).created);
        QVERIFY(store->removeNode("c-worker-1"));
        QCOMPARE(store->inventory()->size(), std::size_t{1});
    }

    void testJournalOfUnknownActionIsAnError()
    {
        auto store = Store::open(file("unknown.db"));
        QVERIFY(store);
        const auto id = store->addPlan(std::nullopt, "h", "{}");
        QVERIFY(id);
        const auto updated = store->updateJournal(entry(*id, "missing"));
        QVERIFY(!updated);
        QCOMPARE(updated.error().code, ErrorCode::StoreNotFound);
        QCOMPARE(store->plan(*id + 100).error().code, ErrorCode::StoreNotFound);
    }

    void testEventsAfterSeqAreOrderedAndLimited()
    {
        auto store = Store::open(file("events.db"));
        QVERIFY(store);
        std::int64_t previous = 0;
        for (int i = 0; i < 10; ++i) {
            Event e;
            e.kind = "test";
            e.message = "event " + std::to_string(i);
            e.data = "{\"i\":" + std::to_string(i) + "}";
            const auto seq = store->appendEvent(e);
            QVERIFY(seq);
            QVERIFY(*seq > previous);
            previous = *seq;
        }
        QCOMPARE(*store->lastEventSeq(), previous);
        const auto first = store->eventsAfter(0, 4);
        QVERIFY(first);
        QCOMPARE(first->size(), std::size_t{4});
        QCOMPARE(first->at(0).message, std::string("event 0"));
        QVERIFY(first->at(0).time != TimePoint{});
        const auto rest = store->eventsAfter(first->back().seq, 100);
        QCOMPARE(rest->size(), std::size_t{6});
        QCOMPARE(rest->front().data, std::string("{\"i\":4}"));
        QVERIFY(store->eventsAfter(previous, 100)->empty());
    }

    void testWaitForEventsWakesOnAppend()
    {
        auto store = Store::open(file("wait.db"));
        QVERIFY(store);
        const auto start = std::chrono::steady_clock::now();
        std::jthread writer([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds{50});
            store->appendEvent(Event{0, {}, "late", "", std::nullopt, "late", "{}"});
        });
        const auto events = store->waitForEvents(0, 10, std::chrono::seconds{10});
        const auto waited = std::chrono::steady_clock::now() - start;
        QVERIFY(events);
        QCOMPARE(events->size(), std::size_t{1});
        QVERIFY(waited < std::chrono::seconds{5});

        const auto none = store->waitForEvents(events->back().seq, 10, std::chrono::milliseconds{100});
        QVERIFY(none && none->empty());
    }

    void testGarbageFileIsReportedAsCorrupt()
    {
        const auto path = file("garbage.db");
        std::ofstream(path) << std::string(8192, 'x');
        const auto store = Store::open(path);
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::StoreCorrupt);
        QVERIFY(store.error().message.text().find("garbage.db") != std::string::npos);
        QVERIFY(!store.error().detail.empty());
    }

    void testDamagedPagesFailTheIntegrityCheck()
    {
        const auto path = file("damaged.db");
        {
            auto store = Store::open(path, StoreOptions{.syncEveryCommit = false});
            QVERIFY(store);
            for (int i = 0; i < 400; ++i)
                QVERIFY(
                    store->appendEvent(Event{0, {}, "fill", "", std::nullopt, std::string(200, 'e'), "{}"}));
        }
        pragma(path, "PRAGMA wal_checkpoint(TRUNCATE)");
        const auto size = std::filesystem::file_size(path);
        QVERIFY(size > 16 * 4096);
        {
            std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
            for (std::uintmax_t page = 3; page * 4096 < size - 4096; page += 3) {
                f.seekp(static_cast<std::streamoff>(page * 4096 + 8));
                f << std::string(64, '\x5a');
            }
        }
        const auto store = Store::open(path);
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::StoreCorrupt);
    }

    void testMissingDirectoryIsAClearError()
    {
        const auto store = Store::open(file("no-such-dir") / "cp.db");
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::StoreOpen);
        QVERIFY(store.error().message.text().find("no-such-dir") != std::string::npos);
    }

    void testBusyDatabaseIsAClearErrorAndChangesNothing()
    {
        const auto path = file("busy.db");
        auto store = Store::open(path, StoreOptions{.busyTimeout = std::chrono::milliseconds{100}});
        QVERIFY(store);
        const auto id = store->addPlan(std::nullopt, "h", "{}");
        QVERIFY(store->startJournal(*id, {entry(*id, "a")}));

        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(path.c_str(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);

        auto done = entry(*id, "a");
        done.state = ActionState::Done;
        const auto start = std::chrono::steady_clock::now();
        const auto written = store->updateJournal(done, Event{0, {}, "action-done", "", *id, "done", "{}"});
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::StoreBusy);
        QVERIFY(std::chrono::steady_clock::now() - start >= std::chrono::milliseconds{90});
        QVERIFY(written.error().detail.find("locked") != std::string::npos);

        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
        QCOMPARE(store->journal(*id)->at(0).state, ActionState::Pending);
        QCOMPARE(*store->lastEventSeq(), std::int64_t{0});
        QVERIFY(store->updateJournal(done));
    }

    void testFullDiskFailsTheWholeTransaction()
    {
        auto store = Store::open(file("full.db"), StoreOptions{.syncEveryCommit = false, .maxPages = 40});
        QVERIFY(store);
        const auto id = store->addPlan(std::nullopt, "h", "{}");
        QVERIFY(id);
        QVERIFY(store->startJournal(*id, {entry(*id, "a")}));

        // A journal start of many entries does not fit: none of them may be written.
        std::vector<JournalEntry> many;
        for (int i = 0; i < 2000; ++i) {
            auto e = entry(*id, "");
            e.actionId = "big-" + std::to_string(i) + std::string(100, 'x');
            many.push_back(std::move(e));
        }
        const auto started = store->startJournal(*id, many);
        QVERIFY(!started);
        QCOMPARE(started.error().code, ErrorCode::StoreFull);
        QVERIFY(started.error().message.text().find("full") != std::string::npos);
        QCOMPARE(store->journal(*id)->size(), std::size_t{1});

        // Events fill the rest; the error is clear and what was written stays readable.
        Result<std::int64_t> seq;
        int appended = 0;
        while ((seq = store->appendEvent(Event{0, {}, "fill", "", *id, std::string(500, 'f'), "{}"})))
            ++appended;
        QCOMPARE(seq.error().code, ErrorCode::StoreFull);
        QVERIFY(appended > 0);
        QCOMPARE(store->eventsAfter(0, 100000)->size(), static_cast<std::size_t>(appended));
        QCOMPARE(store->journal(*id)->at(0).actionId, std::string("a"));
    }

    void testStoreIsSafeFromManyThreads()
    {
        auto store = Store::open(file("threads.db"), StoreOptions{.syncEveryCommit = false});
        QVERIFY(store);
        std::atomic<int> failures{0};
        {
            std::vector<std::jthread> threads;
            for (int t = 0; t < 8; ++t) {
                threads.emplace_back([&] {
                    for (int i = 0; i < 50; ++i) {
                        if (!store->appendEvent(Event{0, {}, "t", "", std::nullopt, "m", "{}"}))
                            ++failures;
                        if (!store->eventsAfter(0, 5))
                            ++failures;
                    }
                });
            }
        }
        QCOMPARE(failures.load(), 0);
        QCOMPARE(*store->lastEventSeq(), std::int64_t{400});
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_Store.moc"
