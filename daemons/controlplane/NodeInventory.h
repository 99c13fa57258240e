// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"
#include "providers/Provider.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace mb::controlplane {

/**
 * The cluster's nodes as the provider last reported them, and the only way the control plane's
 * event loop reaches the provider (docs/operations.md, "Inside the control plane").
 *
 * Threading: every provider call the control plane makes runs on the inventory's own thread
 * ("node-inventory"), reached by queued invokes; results come back as callbacks on the thread
 * that owns the inventory (the daemon's main thread), which never waits on a provider. The
 * snapshot (nodes() and when they were read) is read there without blocking. The reconciler's
 * executor calls provider() on its own thread (providers are safe to call from several threads
 * at once); that provider is the inventory's own, which watches what the executor changes.
 *
 * Freshness: every change made through provider() or startNode() marks the snapshot as possibly
 * behind before the call returns, and a node created through it is in the snapshot at once;
 * invalidate() does the same for changes made elsewhere. current() says whether the last read
 * began after the last change. refresh() waits for a read that begins after the call, so code
 * that needs fresh state (a plan, the end of an apply) gets it asynchronously. Reads are
 * coalesced: at most one runs and one more waits, whatever the number of callers.
 *
 * Errors: a failed read leaves the snapshot as it was and hands the error to its callbacks.
 */
class NodeInventory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeInventory)

public:
    using Nodes = std::vector<providers::NodeInfo>;
    using ReadCallback = std::function<void(const Result<Nodes> &nodes)>;
    using StartCallback = std::function<void(const Result<void> &started)>;

    NodeInventory(std::unique_ptr<providers::Provider> provider, std::string cluster,
                  QObject *parent = nullptr);
    /// Waits for the provider call under way, if any; queued ones are dropped.
    ~NodeInventory() override;

    /// For the reconciler's executor, which calls it on its own thread: the provider, watched.
    [[nodiscard]] providers::Provider &provider();

    [[nodiscard]] const Nodes &nodes() const { return m_nodes; }
    /// When the snapshot was read (invalid before the first read).
    [[nodiscard]] const QDateTime &readAt() const { return m_readAt; }
    /// The node of that name in the snapshot, or null.
    [[nodiscard]] const providers::NodeInfo *find(const QString &name) const;
    /// Whether the snapshot was read after the last invalidate().
    [[nodiscard]] bool current() const;

    /// Marks the snapshot as behind the provider. Thread-safe.
    void invalidate();
    /// Reads the nodes anew (a read that begins after this call) and calls `done` with them.
    void refresh(ReadCallback done = {});
    /// `done` once the read under way (or, when none runs, a new one) has answered.
    void whenRead(ReadCallback done);
    /// A background refresh when the snapshot is older than `maxAge` (or not current); reads
    /// asked for this way are at least MinSpacing apart.
    void refreshIfOlder(std::chrono::milliseconds maxAge);
    /// Starts a stopped or failed node; the snapshot is behind afterwards.
    void startNode(const providers::NodeInfo &node, StartCallback done);

    static constexpr auto MinSpacing = std::chrono::milliseconds{200};

Q_SIGNALS:
    /// A read finished and the snapshot is the provider's answer.
    void refreshed();

private:
    class Watched;

    void startRead();
    void readFinished(Result<Nodes> nodes, quint64 generation);
    /// A node created through provider(); `generation` is the change it made.
    void created(const providers::NodeInfo &node, quint64 generation);

    std::unique_ptr<providers::Provider> m_provider;
    std::unique_ptr<Watched> m_watched; ///< m_provider, telling the snapshot what it changes
    std::string m_cluster;
    QThread m_thread;
    QObject *m_worker = nullptr; ///< lives on m_thread; provider calls are queued to it
    std::atomic<quint64> m_generation{0};

    Nodes m_nodes;
    QDateTime m_readAt;
    quint64 m_readGeneration = 0; ///< m_generation when the snapshot's read began
    bool m_hasSnapshot = false;
    /// Nodes created since the read under way began, kept when its answer lacks them.
    std::vector<std::pair<providers::NodeInfo, quint64>> m_created;

    bool m_reading = false;
    std::vector<ReadCallback> m_thisRead; ///< answered by the read under way
    bool m_nextWanted = false;
    std::vector<ReadCallback> m_nextRead; ///< need a read that begins later
    QDateTime m_lastReadStarted;
    QTimer m_spacing; ///< a background refresh held back by MinSpacing
};

} // namespace mb::controlplane
