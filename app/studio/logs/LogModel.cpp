// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LogModel.h"

#include <QDateTime>
#include <QVariantMap>

namespace mb::studio {

LogModel::LogModel(qsizetype capacity, QObject *parent)
    : QAbstractListModel(parent)
    , m_capacity(std::max<qsizetype>(capacity, 1))
{}

void LogModel::setCapacity(qsizetype capacity)
{
    capacity = std::max<qsizetype>(capacity, 1);
    if (capacity == m_capacity)
        return;
    beginResetModel();
    const qsizetype keep = std::min(m_count, capacity);
    std::vector<LogLine> lines;
    lines.reserve(std::size_t(keep));
    for (qsizetype row = m_count - keep; row < m_count; ++row)
        lines.push_back(std::move(m_buffer[std::size_t(slot(row))]));
    m_evicted += m_count - keep;
    m_buffer = std::move(lines);
    m_head = 0;
    m_count = keep;
    m_capacity = capacity;
    endResetModel();
    Q_EMIT evictedCountChanged(m_evicted);
}

void LogModel::appendLines(const QList<LogLine> &lines)
{
    const qsizetype n = lines.size();
    if (n == 0)
        return;
    const qsizetype skip = std::max<qsizetype>(0, n - m_capacity); // lines of the batch that never fit
    const qsizetype k = n - skip;
    const qsizetype evict = std::max<qsizetype>(0, m_count + k - m_capacity);
    // The buffer grows only before it first wraps (m_head is 0 until a line is evicted, which
    // needs a full buffer).
    if (qsizetype(m_buffer.size()) < std::min(m_capacity, m_count + k)) {
        Q_ASSERT(m_head == 0);
        m_buffer.resize(
            std::size_t(std::min(m_capacity, std::max(m_count + k, 2 * qsizetype(m_buffer.size())))));
    }
    if (evict > 0) {
        beginRemoveRows({}, 0, int(evict - 1));
        for (qsizetype i = 0; i < evict; ++i)
            m_buffer[std::size_t(slot(i))] = LogLine{};
        m_head = (m_head + evict) % qsizetype(m_buffer.size());
        m_count -= evict;
        endRemoveRows();
    }
    beginInsertRows({}, int(m_count), int(m_count + k - 1));
    for (qsizetype i = skip; i < n; ++i) {
        m_buffer[std::size_t(slot(m_count))] = lines.at(i);
        ++m_count;
    }
    endInsertRows();
    if (evict + skip > 0) {
        m_evicted += evict + skip;
        Q_EMIT evictedCountChanged(m_evicted);
    }
}

void LogModel::clear()
{
    beginResetModel();
    m_buffer.clear();
    m_buffer.shrink_to_fit();
    m_head = 0;
    m_count = 0;
    m_evicted = 0;
    endResetModel();
    Q_EMIT evictedCountChanged(0);
}

const LogLine &LogModel::lineAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_count);
    return m_buffer[std::size_t(slot(row))];
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogLine &line = lineAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return line.text;
    case Qt::ToolTipRole:
        return line.labelText();
    case TimestampRole:
        return line.timestampNs;
    case LevelRole:
        return int(line.level);
    case NodeRole:
        return line.label(QStringLiteral("node"));
    case ComponentRole:
        return line.label(QStringLiteral("component"));
    case LabelsRole: {
        QVariantMap map;
        if (line.labels)
            for (auto it = line.labels->cbegin(); it != line.labels->cend(); ++it)
                map.insert(it.key(), it.value());
        return map;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> LogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TimestampRole, "timestamp");
    names.insert(LevelRole, "level");
    names.insert(LabelsRole, "labels");
    names.insert(NodeRole, "node");
    names.insert(ComponentRole, "component");
    return names;
}

} // namespace mb::studio
