// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "HetznerServersModel.h"

namespace mb::studio {

HetznerServersModel::HetznerServersModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HetznerServersModel::setServers(QList<HetznerServerRow> servers)
{
    beginResetModel();
    m_servers = std::move(servers);
    endResetModel();
}

int HetznerServersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_servers.size());
}

int HetznerServersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HetznerServersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    const HetznerServerRow &s = m_servers.at(index.row());
    switch (index.column()) {
    case NameColumn:
        return s.name;
    case TypeColumn:
        return s.type;
    case LocationColumn:
        return s.location;
    case StatusColumn:
        return s.status;
    case Ipv4Column:
        return s.ipv4.isEmpty() ? tr("none") : s.ipv4;
    default:
        return {};
    }
}

QVariant HetznerServersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Server");
    case TypeColumn:
        return tr("Type");
    case LocationColumn:
        return tr("Location");
    case StatusColumn:
        return tr("Status");
    case Ipv4Column:
        return tr("Public IPv4");
    default:
        return {};
    }
}

} // namespace mb::studio
