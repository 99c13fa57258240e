// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Reconciler.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReconciler, "madbase.reconciler")

namespace mb::controlplane {

Reconciler::Reconciler(store::Store &store, providers::Provider &provider, plan::HealthProbe &health,
                       plan::NodeHooks &hooks, plan::ExecutorOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_executor(store, provider, health, hooks, std::move(options))
{
    m_executor.setProgressCallback([this](const store::Event &event) { Q_EMIT eventStored(event.seq); });
}

Reconciler::~Reconciler()
{
    m_thread.request_stop();
    cancel();
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void Reconciler::start()
{
    m_thread = std::jthread([this](std::stop_token stop) { run(stop); });
}

bool Reconciler::enqueue(std::int64_t planId)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_running || !m_queue.empty())
            return false;
        // Recorded before the API answers 202: an apply that was accepted is resumed by a
        // restarted control plane even when this one is killed before the worker takes it.
        if (const auto marked = m_store.setPlanStatus(planId, store::PlanStatus::Applying); !marked) {
            qCWarning(lcReconciler).noquote()
                << "cannot mark plan" << planId
                << "applying:" << QString::fromStdString(marked.error().describe());
            return false;
        }
        m_queue.push_back(planId);
    }
    m_wake.notify_all();
    return true;
}

void Reconciler::cancel()
{
    std::lock_guard lock(m_mutex);
    m_applyStop.request_stop();
}

bool Reconciler::busy() const
{
    std::lock_guard lock(m_mutex);
    return m_resuming || m_running.has_value() || !m_queue.empty();
}

void Reconciler::run(std::stop_token stop)
{
    // A control plane killed mid-apply comes back here: finish what it started.
    {
        const auto applying = m_store.plansWithStatus(store::PlanStatus::Applying);
        std::stop_source resumeStop;
        {
            std::lock_guard lock(m_mutex);
            m_applyStop = resumeStop;
        }
        std::stop_callback forward(stop, [&] { resumeStop.request_stop(); });
        const auto resumed = m_executor.resumeUnfinished(resumeStop.get_token());
        if (!resumed && resumed.error().code != ErrorCode::Cancelled)
            qCWarning(lcReconciler).noquote()
                << "resuming unfinished plans failed:" << QString::fromStdString(resumed.error().describe());
        else if (resumed && resumed->done + resumed->reconciled > 0)
            qCInfo(lcReconciler).noquote() << "resumed unfinished plans:" << resumed->done << "actions done,"
                                           << resumed->reconciled << "found already done";
        for (const store::PlanRecord &record : applying.value_or(std::vector<store::PlanRecord>{})) {
            const auto now = m_store.plan(record.id);
            const store::PlanStatus status = now ? now->status : store::PlanStatus::Failed;
            Q_EMIT applyFinished(record.id,
                                 status == store::PlanStatus::Done        ? QStringLiteral("succeeded")
                                 : status == store::PlanStatus::Cancelled ? QStringLiteral("cancelled")
                                                                          : QStringLiteral("failed"),
                                 resumed ? QString()
                                         : QString::fromStdString(resumed.error().message.text()));
        }
        {
            std::lock_guard lock(m_mutex);
            m_resuming = false;
        }
        Q_EMIT resumeFinished();
    }
    while (!stop.stop_requested()) {
        std::int64_t planId = 0;
        std::stop_source applyStop;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, stop, [this] { return !m_queue.empty(); });
            if (stop.stop_requested())
                return;
            planId = m_queue.front();
            m_queue.pop_front();
            m_running = planId;
            m_applyStop = applyStop;
        }
        std::stop_callback forward(stop, [&] { applyStop.request_stop(); });
        const auto result = m_executor.apply(planId, applyStop.get_token());
        QString status = QStringLiteral("succeeded");
        QString message;
        if (!result) {
            status = result.error().code == ErrorCode::Cancelled ? QStringLiteral("cancelled")
                                                                 : QStringLiteral("failed");
            message = QString::fromStdString(result.error().message.text());
        }
        {
            std::lock_guard lock(m_mutex);
            m_running.reset();
        }
        Q_EMIT applyFinished(planId, status, message);
    }
}

} // namespace mb::controlplane
