// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "document/CatalogueOrigin.h"
#include "topology/PlanCatalogue.h"

#include <QAbstractListModel>

#include <string>
#include <vector>

namespace mb::studio {

/**
 * The catalogue's plans for a plan combo box: only those offered in the chosen location, with
 * size and monthly price there; a plan Hetzner announced it will stop selling there is flagged
 * with the date (from the catalogue's origin). A requested name that is not a plan offered there
 * (a deprecated name, an unknown one, one not sold in this location) is shown first, flagged, so
 * the combo can show what the document really says.
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

    /// Another catalogue (a live one fetched from the API); `origin` may be null, else it must
    /// outlive its use here.
    void setCatalogue(const topology::PlanCatalogue &catalogue, const CatalogueOrigin *origin);
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
    [[nodiscard]] bool isOffered(const std::string &plan) const;
    /// The offered plans, in catalogue order.
    void rebuild();

    const topology::PlanCatalogue *m_catalogue;
    const CatalogueOrigin *m_origin = nullptr;
    std::vector<const topology::ServerPlan *> m_offered;
    std::string m_location;
    std::string m_requested;
    std::string m_extra; ///< m_requested when it is not a plan offered in m_location
};

} // namespace mb::studio
