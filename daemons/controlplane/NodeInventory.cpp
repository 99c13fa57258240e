// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "NodeInventory.h"

namespace mb::controlplane {

/// The provider as the executor sees it: every change marks the snapshot as behind before it
/// returns (so nobody sees the reconciler idle with an old snapshot current), and a created
/// node joins the snapshot at once (its agent reports in before the next read).
class NodeInventory::Watched final : public providers::Provider
{
public:
    Watched(providers::Provider &inner, NodeInventory &inventory)
        : m_inner(inner)
        , m_inventory(inventory)
    {}

    std::string_view name() const override { return m_inner.name(); }
    Result<providers::NodeInfo> createNode(const providers::NodeSpec &spec) override
    {
        auto node = m_inner.createNode(spec);
        const quint64 generation = ++m_inventory.m_generation;
        if (node)
            QMetaObject::invokeMethod(
                &m_inventory,
                [inventory = &m_inventory, n = *node, generation] { inventory->created(n, generation); },
                Qt::QueuedConnection);
        return node;
    }
    Result<void> deleteNode(const std::string &cluster, const std::string &node) override
    {
        return changed(m_inner.deleteNode(cluster, node));
    }
    Result<void> stopNode(const std::string &cluster, const std::string &node) override
    {
        return changed(m_inner.stopNode(cluster, node));
    }
    Result<void> startNode(const std::string &cluster, const std::string &node) override
    {
        return changed(m_inner.startNode(cluster, node));
    }
    Result<void> changePlan(const std::string &cluster, const std::string &node,
                            const std::string &plan) override
    {
        return changed(m_inner.changePlan(cluster, node, plan));
    }
    Result<std::vector<providers::NodeInfo>> listNodes(const std::string &cluster) override
    {
        return m_inner.listNodes(cluster);
    }
    Result<std::optional<providers::NodeInfo>> findNode(const std::string &cluster,
                                                        const std::string &node) override
    {
        return m_inner.findNode(cluster, node);
    }

private:
    Result<void> changed(Result<void> result)
    {
        m_inventory.invalidate(); // failed calls may have changed something too
        return result;
    }

    providers::Provider &m_inner;
    NodeInventory &m_inventory;
};

NodeInventory::NodeInventory(std::unique_ptr<providers::Provider> provider, std::string cluster,
                             QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_cluster(std::move(cluster))
{
    m_watched = std::make_unique<Watched>(*m_provider, *this);
    m_thread.setObjectName(QStringLiteral("node-inventory"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    m_spacing.setSingleShot(true);
    connect(&m_spacing, &QTimer::timeout, this, [this] { refresh(); });
}

NodeInventory::~NodeInventory()
{
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

providers::Provider &NodeInventory::provider()
{
    return *m_watched;
}

const providers::NodeInfo *NodeInventory::find(const QString &name) const
{
    const std::string wanted = name.toStdString();
    for (const providers::NodeInfo &n : m_nodes)
        if (n.name == wanted)
            return &n;
    return nullptr;
}

bool NodeInventory::current() const
{
    return m_hasSnapshot && m_readGeneration == m_generation.load();
}

void NodeInventory::invalidate()
{
    ++m_generation;
}

void NodeInventory::refresh(ReadCallback done)
{
    if (!m_reading) {
        if (done)
            m_thisRead.push_back(std::move(done));
        startRead();
        return;
    }
    // The read under way may have begun before what the caller wants to see: one more follows
    // it, for every caller that comes meanwhile.
    m_nextWanted = true;
    if (done)
        m_nextRead.push_back(std::move(done));
}

void NodeInventory::whenRead(ReadCallback done)
{
    if (m_reading)
        m_thisRead.push_back(std::move(done));
    else
        refresh(std::move(done));
}

void NodeInventory::refreshIfOlder(std::chrono::milliseconds maxAge)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (current() && m_readAt.msecsTo(now) <= maxAge.count())
        return;
    if (m_reading || m_spacing.isActive())
        return; // whoever asked asks again when the read under way has answered
    const qint64 since = m_lastReadStarted.isValid() ? m_lastReadStarted.msecsTo(now) : MinSpacing.count();
    if (since >= MinSpacing.count())
        refresh();
    else
        m_spacing.start(int(MinSpacing.count() - since));
}

void NodeInventory::startRead()
{
    m_reading = true;
    m_spacing.stop();
    m_lastReadStarted = QDateTime::currentDateTimeUtc();
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            // Taken before the read: an invalidation while it runs leaves the answer not current.
            const quint64 generation = m_generation.load();
            auto nodes = m_provider->listNodes(m_cluster);
            QMetaObject::invokeMethod(
                this,
                [this, nodes = std::move(nodes), generation]() mutable {
                    readFinished(std::move(nodes), generation);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void NodeInventory::readFinished(Result<Nodes> nodes, quint64 generation)
{
    m_reading = false;
    std::vector<ReadCallback> callbacks;
    callbacks.swap(m_thisRead);
    if (nodes) {
        m_nodes = *nodes;
        m_readAt = m_lastReadStarted;
        m_readGeneration = generation;
        m_hasSnapshot = true;
        // A read that began before a creation may not have seen it.
        std::erase_if(m_created, [&](const auto &c) { return c.second <= generation; });
        for (const auto &[node, _] : m_created)
            if (!find(QString::fromStdString(node.name)))
                m_nodes.push_back(node);
    }
    if (m_nextWanted) {
        m_nextWanted = false;
        m_thisRead.swap(m_nextRead);
        startRead();
    }
    if (nodes)
        Q_EMIT refreshed();
    for (const ReadCallback &done : callbacks)
        done(nodes);
}

void NodeInventory::created(const providers::NodeInfo &node, quint64 generation)
{
    if (generation <= m_readGeneration && m_hasSnapshot)
        return; // a read that began after the creation has answered already
    m_created.emplace_back(node, generation);
    if (!find(QString::fromStdString(node.name)))
        m_nodes.push_back(node);
}

void NodeInventory::startNode(const providers::NodeInfo &node, StartCallback done)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, name = node.name, done = std::move(done)] {
            auto started = m_watched->startNode(m_cluster, name);
            QMetaObject::invokeMethod(
                this,
                [started = std::move(started), done] {
                    if (done)
                        done(started);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace mb::controlplane
