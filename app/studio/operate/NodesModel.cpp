// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "NodesModel.h"

#include "StudioTypes.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace mb::studio {

NodesModel::NodesModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{}

void NodesModel::setNodes(const QList<NodeRow> &nodes)
{
    QHash<QString, qsizetype> incoming;
    for (qsizetype i = 0; i < nodes.size(); ++i)
        incoming.insert(nodes[i].name, i);

    // Remove rows whose node is gone, bottom up so indexes stay valid.
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        if (!incoming.contains(m_rows[row].name)) {
            beginRemoveRows({}, static_cast<int>(row), static_cast<int>(row));
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // Update the rows we know.
    QHash<QString, qsizetype> known;
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        known.insert(m_rows[row].name, row);
        const NodeRow &fresh = nodes[incoming.value(m_rows[row].name)];
        if (!(fresh == m_rows[row])) {
            m_rows[row] = fresh;
            Q_EMIT dataChanged(index(static_cast<int>(row), 0),
                               index(static_cast<int>(row), ColumnCount - 1));
        }
    }
    // Append the new ones in one insertion.
    QList<NodeRow> added;
    for (const NodeRow &node : nodes) {
        if (!known.contains(node.name))
            added.append(node);
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

void NodesModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, UptimeColumn), index(static_cast<int>(m_rows.size()) - 1, UptimeColumn));
}

int NodesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int NodesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString statusTitle(const QString &status)
{
    if (status == u"running")
        return NodesModel::tr("running");
    if (status == u"creating")
        return NodesModel::tr("creating");
    if (status == u"stopped")
        return NodesModel::tr("stopped");
    if (status == u"failed")
        return NodesModel::tr("failed");
    if (status == u"deleting")
        return NodesModel::tr("deleting");
    return status;
}

/// "3 of 3 running", or with the first that does not run and why: what a row has room for.
QString componentsSummary(const NodeRow &row)
{
    if (row.components.isEmpty())
        return QString();
    const auto running = std::count_if(row.components.begin(), row.components.end(),
                                       [](const ComponentRow &c) { return c.state == u"running"; });
    QString text = NodesModel::tr("%1 of %2 running").arg(running).arg(row.components.size());
    for (const ComponentRow &c : row.components) {
        if (!c.fine()) {
            text += NodesModel::tr(" · %1 is %2").arg(c.name, c.state);
            break;
        }
    }
    return text;
}

/// Every component on a line of its own: name, role, state, restarts and what it last said.
QString componentsTooltip(const NodeRow &row)
{
    QStringList lines;
    for (const ComponentRow &c : row.components) {
        QString line = NodesModel::tr("%1 (%2): %3, restarts: %4")
                           .arg(c.name, c.role.isEmpty() ? NodesModel::tr("no role") : c.role, c.state)
                           .arg(c.restarts);
        if (!c.detail.isEmpty())
            line += QStringLiteral(" — ") + c.detail;
        lines << line;
    }
    return lines.join(u'\n');
}

} // namespace

QString NodesModel::uptime(const NodeRow &row) const
{
    if (!row.started.isValid() || row.status != u"running")
        return QString();
    qint64 s = std::max<qint64>(0, row.started.secsTo(m_now));
    const qint64 days = s / 86400;
    s %= 86400;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(s / 3600);
    if (s >= 3600)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return tr("%1 min").arg(s / 60);
}

QVariant NodesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NodeRow &row = m_rows[index.row()];
    if (role == PillarRole)
        return static_cast<int>(row.pillar);
    if (role == StatusRole)
        return row.status;
    if (role == Qt::ToolTipRole) {
        if (index.column() == ComponentsColumn && !row.components.isEmpty())
            return componentsTooltip(row);
        return row.error.isEmpty() ? QVariant() : QVariant(row.error);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.name;
    case PillarColumn:
        return pillarTitle(row.pillar);
    case ZoneColumn:
        return zoneTitle(topology::zoneOf(row.pillar));
    case PlanColumn:
        return row.plan;
    case StatusColumn:
        return row.error.isEmpty() ? statusTitle(row.status)
                                   : tr("%1: %2").arg(statusTitle(row.status), row.error);
    case ComponentsColumn:
        return componentsSummary(row);
    case AddressColumn:
        return row.address;
    case UptimeColumn:
        return uptime(row);
    default:
        return {};
    }
}

QVariant NodesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PillarColumn:
        return tr("Pillar");
    case ZoneColumn:
        return tr("Zone");
    case PlanColumn:
        return tr("Plan");
    case StatusColumn:
        return tr("Status");
    case ComponentsColumn:
        return tr("Components");
    case AddressColumn:
        return tr("Address");
    case UptimeColumn:
        return tr("Uptime");
    default:
        return {};
    }
}

QList<NodeRow> nodeRowsFromJson(const QJsonArray &nodes, const QDateTime &now)
{
    QList<NodeRow> rows;
    for (const QJsonValue &v : nodes) {
        const QJsonObject n = v.toObject();
        const auto pillar =
            topology::pillarFromName(n.value(QStringLiteral("pillar")).toString().toStdString());
        if (!pillar)
            continue;
        NodeRow row;
        row.name = n.value(QStringLiteral("name")).toString();
        row.pillar = *pillar;
        row.plan = n.value(QStringLiteral("plan")).toString();
        row.status = n.value(QStringLiteral("state")).toString();
        row.address = n.value(QStringLiteral("address")).toString();
        row.health = n.value(QStringLiteral("health")).toString();
        if (row.status == u"running")
            row.started = now.addSecs(-n.value(QStringLiteral("uptimeSeconds")).toInteger());
        if (const qint64 ago = n.value(QStringLiteral("lastHeartbeatSeconds")).toInteger(-1); ago >= 0)
            row.lastHeartbeat = now.addSecs(-ago);
        if (row.health == u"unhealthy")
            row.error = NodesModel::tr("missed heartbeats");
        for (const QJsonValue &c : n.value(QStringLiteral("components")).toArray()) {
            const QJsonObject o = c.toObject();
            ComponentRow component;
            component.name = o.value(QStringLiteral("name")).toString();
            component.role = o.value(QStringLiteral("role")).toString();
            component.state = o.value(QStringLiteral("state")).toString();
            component.restarts = o.value(QStringLiteral("restarts")).toInt();
            for (const QJsonValue &line : o.value(QStringLiteral("lastLines")).toArray())
                component.lastLines << line.toString();
            component.detail = o.value(QStringLiteral("detail")).toString();
            if (component.detail.isEmpty() && component.state != u"running" && !component.lastLines.isEmpty())
                component.detail = component.lastLines.last();
            row.components.append(component);
        }
        rows.append(row);
    }
    return rows;
}

std::pair<int, int> pillarHealthOf(const QList<NodeRow> &nodes, topology::Pillar pillar)
{
    std::pair<int, int> counts{0, 0};
    for (const NodeRow &n : nodes) {
        if (n.pillar != pillar)
            continue;
        ++counts.second;
        // A pillar's health counts what its nodes run, not only their daemons.
        counts.first += n.countsHealthy() ? 1 : 0;
    }
    return counts;
}

} // namespace mb::studio
