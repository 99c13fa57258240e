// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ActivityModel.h"

#include <QColor>

namespace mb::studio {

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case ProgressColumn:
        return tr("Progress");
    case StepColumn:
        return tr("Step");
    case ElapsedColumn:
        return tr("Elapsed");
    }
    return {};
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == ProgressRole)
        return r.total > 0 ? 100 * r.done / r.total : 0;
    if (role == FailedRole)
        return r.failed;
    if (role == Qt::ForegroundRole && r.failed && index.column() == StepColumn)
        return QColor(0xd9, 0x3f, 0x3b); // readable on light and dark palettes
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NodeColumn:
        return r.node;
    case ProgressColumn:
        return tr("%1 of %2").arg(r.done).arg(r.total);
    case StepColumn:
        return r.step;
    case ElapsedColumn: {
        if (!r.started.isValid())
            return QString();
        const QDateTime end = r.finished.isValid() ? r.finished : QDateTime::currentDateTimeUtc();
        return tr("%1 s").arg(QString::number(r.started.msecsTo(end) / 1000.0, 'f', 1));
    }
    }
    return {};
}

std::pair<int, int> ActivityModel::overall() const
{
    int done = 0;
    int total = 0;
    for (const Row &r : m_rows) {
        done += r.done;
        total += r.total;
    }
    return {done, total};
}

void ActivityModel::start(const QString &, const QMap<QString, int> &stepsPerNode)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = stepsPerNode.begin(); it != stepsPerNode.end(); ++it)
        m_rows.append(Row{it.key(), 0, std::max(1, it.value()), tr("waiting"), false, {}, {}});
    m_running = true;
    endResetModel();
    const auto [done, total] = overall();
    Q_EMIT progressChanged(done, total);
}

int ActivityModel::rowFor(const QString &node)
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].node == node)
            return i;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(Row{node, 0, 1, {}, false, {}, {}});
    endInsertRows();
    return int(m_rows.size()) - 1;
}

void ActivityModel::step(const QString &node, const QString &state, const QString &message)
{
    const int i = rowFor(node);
    Row &r = m_rows[i];
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!r.started.isValid())
        r.started = now;
    r.step = message;
    if (state == u"done") {
        r.done = std::min(r.done + 1, r.total);
        if (r.done == r.total)
            r.finished = now;
    } else if (state == u"failed") {
        r.failed = true;
        r.finished = now;
    } else if (state == u"cancelled") {
        r.finished = now;
    }
    Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
    const auto [done, total] = overall();
    Q_EMIT progressChanged(done, total);
}

void ActivityModel::finish(bool)
{
    m_running = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Row &r : m_rows)
        if (!r.finished.isValid() && r.started.isValid())
            r.finished = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void ActivityModel::tick()
{
    if (m_running && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ElapsedColumn), index(int(m_rows.size()) - 1, ElapsedColumn));
}

} // namespace mb::studio
