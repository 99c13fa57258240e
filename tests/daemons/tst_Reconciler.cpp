// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "../core/FakeProvider.h"
#include "Reconciler.h"
#include "plan/Planner.h"
#include "support/TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mb;
using mb::test::FakeProvider;

/// An apply the control plane accepted is resumed by the next one even when the first was
/// killed before its worker took the plan.
class TestReconciler : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void testAnAcceptedApplyIsRecordedAndResumedByTheNextControlPlane()
    {
        auto store = store::Store::open(m_dir.filePath(QStringLiteral("cp.db")).toStdString(),
                                        store::StoreOptions{.syncEveryCommit = false});
        QVERIFY(store);
        FakeProvider provider;
        test::FakeHealthProbe health;
        test::CountingHooks hooks;
        plan::ExecutorOptions options;
        options.healthInterval = std::chrono::milliseconds{2};
        options.healthTimeout = std::chrono::seconds{5};
        auto doc = test::example("starter");
        const auto planned = plan::Planner(topology::PlanCatalogue::builtin())
                                 .plan(*topology::parseTopology(doc.dump()), provider.nodes());
        QVERIFY(planned);
        const auto planId = plan::Executor::savePlan(*store, *planned);
        QVERIFY(planId);
        {
            // Accepted, never run: the worker thread is not even started (a kill right after 202).
            controlplane::Reconciler first(*store, provider, health, hooks, options);
            QVERIFY(first.enqueue(*planId));
            QCOMPARE(store->plan(*planId)->status, store::PlanStatus::Applying);
            QVERIFY(!first.enqueue(*planId)); // one apply at a time
        }
        QVERIFY(provider.nodes().empty());

        controlplane::Reconciler second(*store, provider, health, hooks, options);
        QSignalSpy finished(&second, &controlplane::Reconciler::applyFinished);
        QSignalSpy resumed(&second, &controlplane::Reconciler::resumeFinished);
        second.start();
        QTRY_COMPARE_WITH_TIMEOUT(resumed.count(), 1, 20000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toLongLong(), *planId);
        QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("succeeded"));
        QCOMPARE(store->plan(*planId)->status, store::PlanStatus::Done);
        QCOMPARE(provider.nodes().size(), std::size_t{4});
    }
};

QTEST_GUILESS_MAIN(TestReconciler)
#include "tst_Reconciler.moc"
