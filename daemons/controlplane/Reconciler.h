// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "plan/Executor.h"

#include <QObject>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace mb::controlplane {

/**
 * Runs the executor on its own thread, one apply at a time, so the control plane's event loop
 * never waits on a provider. On start it resumes any plan a killed control plane left
 * applying. Signals are emitted from the worker thread; connect with a context object
 * (queued delivery).
 */
class Reconciler : public QObject
{
    Q_OBJECT

public:
    Reconciler(store::Store &store, providers::Provider &provider, plan::HealthProbe &health,
               plan::NodeHooks &hooks, plan::ExecutorOptions options, QObject *parent = nullptr);
    ~Reconciler() override;

    /// Starts the worker; it first resumes unfinished plans.
    void start();
    /// Queues an apply of a stored plan. False when one is running or queued already.
    bool enqueue(std::int64_t planId);
    /// Asks the running apply to stop; pending actions become cancelled (resumable).
    void cancel();
    [[nodiscard]] bool busy() const;

Q_SIGNALS:
    /// An event was stored (its seq is in the store); wake long-polls.
    void eventStored(qint64 seq);
    /// `status` is "succeeded", "failed" or "cancelled".
    void applyFinished(qint64 planId, const QString &status, const QString &message);
    /// What a killed control plane left unfinished is done (or there was nothing).
    void resumeFinished();

private:
    void run(std::stop_token stop);

    store::Store &m_store;
    plan::Executor m_executor;
    mutable std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::deque<std::int64_t> m_queue;
    std::optional<std::int64_t> m_running;
    bool m_resuming = true; ///< resuming what a killed control plane left: the executor owns the nodes
    std::stop_source m_applyStop;
    std::jthread m_thread;
};

} // namespace mb::controlplane
