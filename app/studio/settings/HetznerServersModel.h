// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "ConnectionTest.h"

#include <QAbstractTableModel>

namespace mb::studio {

/// The servers a connection test found: name, type, location, status, public IPv4.
class HetznerServersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HetznerServersModel)

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        LocationColumn,
        StatusColumn,
        Ipv4Column,
        ColumnCount
    };

    explicit HetznerServersModel(QObject *parent = nullptr);

    void setServers(QList<HetznerServerRow> servers);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<HetznerServerRow> m_servers;
};

} // namespace mb::studio
