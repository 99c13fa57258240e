// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "topology/PlanCatalogue.h"

#include <QAbstractListModel>

#include <string>

namespace mb::studio {

/**
 * The catalogue's plans for a plan combo box: size and monthly price in the chosen location;
 * plans not offered there are disabled. A requested name that is not a current plan (a
 * deprecated name, or an unknown one) is shown first, flagged, so the combo can show what
 * the document really says.
 */
class PlanListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        PlanNameRole = Qt::UserRole + 1,
        OfferedRole,
        DeprecatedRole,
    };

    explicit PlanListModel(const topology::PlanCatalogue &catalogue, QObject *parent = nullptr);

    void setLocation(const std::string &location);
    /// The document's plan name; adds the flagged first row when it is not a current plan.
    void setRequestedPlan(const std::string &plan);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Row showing `plan` (the flagged row for a non-current name), or -1.
    [[nodiscard]] int rowOf(const std::string &plan) const;

private:
    [[nodiscard]] bool hasExtraRow() const { return !m_extra.empty(); }
    [[nodiscard]] const topology::ServerPlan *planAt(int row) const;

    const topology::PlanCatalogue &m_catalogue;
    std::string m_location;
    std::string m_extra;
};

} // namespace mb::studio
