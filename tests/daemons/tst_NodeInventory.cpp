// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "NodeInventory.h"
#include "SlowProvider.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <thread>

using namespace mb;
using controlplane::NodeInventory;
using mb::test::runningNode;
using mb::test::SlowProvider;

/// NodeInventory calls the provider on its own thread only, answers on its owner's, coalesces
/// reads, and says when its snapshot may be behind (docs/operations.md, "Inside the control plane").
class TestNodeInventory : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<SlowProvider> provider(SlowProvider **raw)
    {
        auto p = std::make_unique<SlowProvider>();
        p->nodes.addNode(runningNode("starter-system-1", topology::Pillar::System));
        *raw = p.get();
        return p;
    }

private Q_SLOTS:
    void testProviderCallsRunOffTheOwnersThreadAndAnswerOnIt()
    {
        SlowProvider *slow = nullptr;
        NodeInventory inventory(provider(&slow), "starter");
        QVERIFY(!inventory.readAt().isValid());
        QThread *answeredOn = nullptr;
        std::size_t count = 0;
        inventory.refresh([&](const Result<NodeInventory::Nodes> &nodes) {
            answeredOn = QThread::currentThread();
            count = nodes ? nodes->size() : 0;
        });
        QTRY_VERIFY(answeredOn != nullptr);
        QCOMPARE(answeredOn, QThread::currentThread());
        QCOMPARE(count, std::size_t{1});
        QVERIFY(inventory.find(QStringLiteral("starter-system-1")));
        QVERIFY(!inventory.find(QStringLiteral("starter-worker-1")));
        const auto threads = slow->readThreads();
        QCOMPARE(threads.size(), std::size_t{1});
        QVERIFY(*threads.begin() != std::this_thread::get_id());

        bool started = false;
        inventory.startNode(runningNode("starter-system-1", topology::Pillar::System),
                            [&](const Result<void> &r) { started = r.has_value(); });
        QTRY_VERIFY(started);
        QVERIFY(!inventory.current()); // a start changes what the provider reports
    }

    void testReadsAreCoalescedAndBeginAfterTheyAreAskedFor()
    {
        SlowProvider *slow = nullptr;
        NodeInventory inventory(provider(&slow), "starter");
        slow->listDelayMs = 300;
        int first = 0;
        inventory.refresh([&](const Result<NodeInventory::Nodes> &) { ++first; });
        QTRY_COMPARE(slow->reading.load(), 1);
        // Asked for while a read runs: they need a read that begins later, one for all of them.
        slow->nodes.addNode(runningNode("starter-worker-1", topology::Pillar::Worker));
        int later = 0;
        std::size_t seen = 0;
        for (int i = 0; i < 20; ++i)
            inventory.refresh([&](const Result<NodeInventory::Nodes> &nodes) {
                ++later;
                seen = nodes->size();
            });
        QTRY_COMPARE_WITH_TIMEOUT(later, 20, 5000);
        QCOMPARE(first, 1);
        QCOMPARE(slow->reads.load(), 2);
        QCOMPARE(seen, std::size_t{2});
        QVERIFY(inventory.current());
    }

    void testAnInvalidationDuringAReadLeavesTheSnapshotBehind()
    {
        SlowProvider *slow = nullptr;
        NodeInventory inventory(provider(&slow), "starter");
        slow->listDelayMs = 200;
        QSignalSpy refreshed(&inventory, &NodeInventory::refreshed);
        inventory.refresh();
        QTRY_COMPARE(slow->reading.load(), 1);
        inventory.invalidate(); // an apply's step, while the read runs
        QVERIFY(refreshed.wait(5000));
        QVERIFY(!inventory.current());
        // A read that begins after the invalidation brings it up to date.
        bool answered = false;
        inventory.refresh([&](const auto &) { answered = true; });
        QVERIFY(!answered);
        QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
        QVERIFY(inventory.current());
    }

    void testWhatTheExecutorChangesReachesTheSnapshot()
    {
        SlowProvider *slow = nullptr;
        NodeInventory inventory(provider(&slow), "starter");
        QSignalSpy refreshed(&inventory, &NodeInventory::refreshed);
        inventory.refresh();
        QVERIFY(refreshed.wait(5000));
        QVERIFY(inventory.current());
        // A read that began before the creation answers after it: the node stays known.
        slow->listDelayMs = 300;
        inventory.refresh();
        QTRY_COMPARE(slow->reading.load(), 1);
        providers::NodeSpec spec;
        spec.cluster = "starter";
        spec.name = "starter-worker-1";
        spec.plan = "cx23";
        QVERIFY(inventory.provider().createNode(spec)); // as the executor does, on its own thread
        QVERIFY(!inventory.current());
        QTRY_VERIFY(inventory.find(QStringLiteral("starter-worker-1")));
        QVERIFY(refreshed.wait(5000));
        QVERIFY(inventory.find(QStringLiteral("starter-worker-1")));
        QVERIFY(inventory.provider().stopNode("starter", "starter-worker-1"));
        QVERIFY(!inventory.current());
    }

    void testBackgroundRefreshesAreSpaced()
    {
        SlowProvider *slow = nullptr;
        NodeInventory inventory(provider(&slow), "starter");
        QElapsedTimer clock;
        clock.start();
        // A flood of unknown names each asks for a read; reads stay MinSpacing apart.
        while (clock.elapsed() < 1000) {
            inventory.refreshIfOlder(std::chrono::milliseconds{0});
            QTest::qWait(5);
        }
        const int reads = slow->reads.load();
        QVERIFY2(reads >= 2 && reads <= 1000 / int(NodeInventory::MinSpacing.count()) + 2,
                 qPrintable(QString::number(reads)));
    }
};

QTEST_GUILESS_MAIN(TestNodeInventory)
#include "tst_NodeInventory.moc"
