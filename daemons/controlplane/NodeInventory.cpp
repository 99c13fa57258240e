// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "NodeInventory.h"

namespace mb::controlplane {

NodeInventory::NodeInventory(std::unique_ptr<providers::Provider> provider, std::string cluster,
                             QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_cluster(std::move(cluster))
{
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

void NodeInventory::startNode(const providers::NodeInfo &node, StartCallback done)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, name = node.name, done = std::move(done)] {
            auto started = m_provider->startNode(m_cluster, name);
            invalidate();
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
