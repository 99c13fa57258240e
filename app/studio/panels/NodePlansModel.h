// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "StudioTypes.h"

#include <QAbstractTableModel>

#include <optional>

namespace mb::studio {

class DesignDocument;

/**
 * The nodes of one pillar with the plan each runs on: the pillar's plan, or the node's own
 * override (editable; an empty value returns the node to the pillar's plan). Overrides for
 * nodes past the count are listed too, marked as unused. Rows are computed on demand, so a
 * pillar with thousands of nodes costs nothing until shown.
 */
class NodePlansModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NodeColumn,
        PlanColumn,
        PriceColumn,
        ColumnCount
    };
    enum Role
    {
        OrdinalRole = Qt::UserRole + 1,
        OverrideRole, ///< the node's own plan, or an empty string
    };

    explicit NodePlansModel(DesignDocument *document, QObject *parent = nullptr);

    void setPillar(std::optional<topology::Pillar> pillar);
    [[nodiscard]] std::optional<topology::Pillar> pillar() const { return m_pillar; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    void reload();
    [[nodiscard]] int computeRows() const;

    DesignDocument *m_document;
    std::optional<topology::Pillar> m_pillar;
    int m_rows = 0;
};

} // namespace mb::studio
