// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "CheckHopsModel.h"

#include "Format.h"
#include "common/CoreText.h"

#include <QApplication>
#include <QStyle>

namespace mb::studio {

CheckHopsModel::CheckHopsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString CheckHopsModel::hopTitle(api::CheckHopKind kind)
{
    switch (kind) {
    case api::CheckHopKind::Gateway:
        return tr("Gateway");
    case api::CheckHopKind::Worker:
        return tr("Worker");
    case api::CheckHopKind::Haproxy:
        return tr("State entry (HAProxy)");
    case api::CheckHopKind::Postgres:
        return tr("PostgreSQL");
    case api::CheckHopKind::Redis:
        return tr("Redis");
    }
    return QString();
}

void CheckHopsModel::reset(bool running)
{
    m_hops.fill(std::nullopt);
    m_running = running;
    Q_EMIT dataChanged(index(0, 0), index(HopCount - 1, ColumnCount - 1));
}

void CheckHopsModel::markUnreached()
{
    m_running = false;
    Q_EMIT dataChanged(index(0, 0), index(HopCount - 1, ColumnCount - 1));
}

void CheckHopsModel::setHop(const api::CheckHop &hop)
{
    const int row = static_cast<int>(hop.kind);
    if (row < 0 || row >= HopCount)
        return;
    m_hops[row] = hop;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const std::optional<api::CheckHop> &CheckHopsModel::hop(api::CheckHopKind kind) const
{
    return m_hops.at(static_cast<std::size_t>(kind));
}

int CheckHopsModel::known() const
{
    return static_cast<int>(
        std::count_if(m_hops.begin(), m_hops.end(), [](const auto &h) { return h.has_value(); }));
}

int CheckHopsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : HopCount;
}

int CheckHopsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CheckHopsModel::outcome(int row) const
{
    const auto &hop = m_hops[row];
    if (!hop)
        return m_running ? QStringLiteral("waiting") : QStringLiteral("not-run");
    if (hop->ok)
        return QStringLiteral("passed");
    return hop->skipped ? QStringLiteral("skipped") : QStringLiteral("failed");
}

QVariant CheckHopsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const auto &hop = m_hops[row];
    const QString result = outcome(row);
    if (role == OutcomeRole)
        return result;
    if (role == Qt::DecorationRole && index.column() == ResultColumn) {
        QStyle *style = QApplication::style();
        if (result == u"passed")
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        if (result == u"failed")
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        if (result == u"skipped")
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == DetailColumn && hop)
        return app::translated(hop->detail);
    if (role == Qt::TextAlignmentRole && index.column() == LatencyColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case HopColumn:
        return hopTitle(static_cast<api::CheckHopKind>(row));
    case ResultColumn:
        if (result == u"passed")
            return tr("passed");
        if (result == u"failed")
            return tr("failed");
        if (result == u"skipped")
            return tr("not reached");
        return result == u"waiting" ? tr("waiting…") : tr("not run");
    case LatencyColumn:
        return hop ? formatLatency(hop->ms) : QString();
    case DetailColumn:
        return hop ? app::translated(hop->detail) : QString();
    default:
        return {};
    }
}

QVariant CheckHopsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HopColumn:
        return tr("Hop");
    case ResultColumn:
        return tr("Result");
    case LatencyColumn:
        return tr("Latency");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace mb::studio
