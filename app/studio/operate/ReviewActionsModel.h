// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "ReviewPlan.h"

#include <QAbstractTableModel>

namespace mb::studio {

/// The actions of a ReviewPlan as a table: what, which node, the change, downtime, cost.
class ReviewActionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ActionColumn,
        NodeColumn,
        ChangeColumn,
        DowntimeColumn,
        CostColumn,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, ///< PlanAction::Kind as int
    };

    explicit ReviewActionsModel(QObject *parent = nullptr);

    void setPlan(const ReviewPlan &plan);
    [[nodiscard]] const ReviewPlan &plan() const { return m_plan; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /// "Create", "Resize", "Remove" in the user's language.
    [[nodiscard]] static QString kindTitle(PlanAction::Kind kind);
    /// "about 2 min", or "none".
    [[nodiscard]] static QString downtimeText(int seconds);

private:
    ReviewPlan m_plan;
};

} // namespace mb::studio
