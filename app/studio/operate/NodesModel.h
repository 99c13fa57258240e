// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "common/ControlPlaneClient.h"

#include "StudioTypes.h"

#include <QAbstractTableModel>

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QStringList>
#include <algorithm>

namespace mb::studio {

/// One component a node's daemon supervises, as its last heartbeat reported it
/// (docs/pillars.md): PostgreSQL, Redis, HAProxy, the function runtime, VictoriaMetrics.
struct ComponentRow
{
    QString name;
    QString role;   ///< "primary", "master", "entry", "gateway", "functions", "metrics"…
    QString state;  ///< "running", "starting", "waiting", "backoff", "crash-loop", "stopped"…
    QString detail; ///< why it is not running, or its last output line
    int restarts = 0;
    /// Its last output lines (the daemon keeps 20), reported while it does not run as it should.
    QStringList lastLines;
    /// Whether it is as it should be: running, or an optional one that is not installed, or a
    /// one-shot that finished (the daemon's own view, daemons/runtime/Component.h).
    [[nodiscard]] bool fine() const { return app::componentSettled(state); }
    friend bool operator==(const ComponentRow &, const ComponentRow &) = default;
};

/// A node as the control plane reports it (GET /v1/nodes).
struct NodeRow
{
    QString name;
    topology::Pillar pillar = topology::Pillar::Worker;
    QString plan;
    QString status;    ///< "running", "creating", "stopped", "failed", "deleting"
    QString address;   ///< private address (host:port for local nodes)
    QDateTime started; ///< last start; invalid when not running
    QString error;     ///< the node's last error, shown inline
    QList<ComponentRow> components;
    QString health;          ///< "healthy", "unhealthy", "starting", "stopped" (the control plane's view)
    QDateTime lastHeartbeat; ///< when its daemon last reported; invalid when it never did
    /// Whether every component the node reported is as it should be (true for a node that runs none).
    [[nodiscard]] bool componentsRunning() const
    {
        return std::all_of(components.begin(), components.end(),
                           [](const ComponentRow &c) { return c.fine(); });
    }
    /// What a pillar card counts as healthy: the daemon reports in and everything it runs runs.
    [[nodiscard]] bool countsHealthy() const { return health == u"healthy" && componentsRunning(); }
    friend bool operator==(const NodeRow &, const NodeRow &) = default;
};

/**
 * The cluster's nodes for the Nodes view: name, pillar, zone, plan, status, components, address,
 * uptime.
 * Fed by the OperateController with setNodes() on every inventory update; rows are matched by
 * name, so a view keeps its selection and scroll position across updates.
 */
class NodesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        PillarColumn,
        ZoneColumn,
        PlanColumn,
        StatusColumn,
        ComponentsColumn,
        AddressColumn,
        UptimeColumn,
        ColumnCount
    };
    enum Role
    {
        PillarRole = Qt::UserRole + 1, ///< topology::Pillar as int
        StatusRole,                    ///< the status key, untranslated
    };

    explicit NodesModel(QObject *parent = nullptr);

    /// Replaces the rows: updates rows whose name it knows, removes the missing, appends the new.
    void setNodes(const QList<NodeRow> &nodes);
    /// Uptimes are shown relative to this moment (set it from a timer to tick them on).
    void setNow(const QDateTime &now);
    [[nodiscard]] const QList<NodeRow> &nodes() const { return m_rows; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString uptime(const NodeRow &row) const;

    QList<NodeRow> m_rows;
    QDateTime m_now;
};

} // namespace mb::studio

Q_DECLARE_METATYPE(mb::studio::NodeRow)

class QJsonArray;

namespace mb::studio {

/// The rows of GET /v1/nodes' `nodes` (docs/operations.md), with times relative to `now`; nodes of
/// an unknown pillar are left out.
[[nodiscard]] QList<NodeRow> nodeRowsFromJson(const QJsonArray &nodes, const QDateTime &now);

/// How many of `pillar`'s nodes count as healthy (NodeRow::countsHealthy), and how many there are.
[[nodiscard]] std::pair<int, int> pillarHealthOf(const QList<NodeRow> &nodes, topology::Pillar pillar);

} // namespace mb::studio
