// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "PlanListModel.h"

#include "Format.h"

#include <optional>

namespace mb::studio {

PlanListModel::PlanListModel(const topology::PlanCatalogue &catalogue, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalogue(&catalogue)
{}

void PlanListModel::rebuild()
{
    m_offered.clear();
    for (const auto &plan : m_catalogue->plans()) {
        if (plan.offeredIn(m_location))
            m_offered.push_back(&plan);
    }
    m_extra = isOffered(m_requested) ? std::string() : m_requested;
}

bool PlanListModel::isOffered(const std::string &plan) const
{
    const topology::ServerPlan *p = m_catalogue->plan(plan);
    return p && p->offeredIn(m_location);
}

void PlanListModel::setCatalogue(const topology::PlanCatalogue &catalogue, const CatalogueOrigin *origin)
{
    beginResetModel();
    m_catalogue = &catalogue;
    m_origin = origin;
    rebuild();
    endResetModel();
}

void PlanListModel::setLocation(const std::string &location)
{
    if (location == m_location)
        return;
    beginResetModel();
    m_location = location;
    rebuild();
    endResetModel();
}

void PlanListModel::setRequestedPlan(const std::string &plan)
{
    if (plan == m_requested)
        return;
    beginResetModel();
    m_requested = plan;
    rebuild();
    endResetModel();
}

int PlanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_offered.size()) + (hasExtraRow() ? 1 : 0);
}

const topology::ServerPlan *PlanListModel::planAt(int row) const
{
    const int planRow = row - (hasExtraRow() ? 1 : 0);
    if (planRow < 0 || planRow >= static_cast<int>(m_offered.size()))
        return nullptr;
    return m_offered[static_cast<std::size_t>(planRow)];
}

QVariant PlanListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (hasExtraRow() && index.row() == 0) {
        const auto resolution = m_catalogue->resolve(m_extra);
        const QString name = QString::fromStdString(m_extra);
        const bool current = resolution && resolution->legacyChain.empty();
        switch (role) {
        case PlanNameRole:
            return name;
        case OfferedRole:
            return resolution && resolution->plan->offeredIn(m_location);
        case DeprecatedRole:
            return !current;
        case Qt::DisplayRole:
            if (current)
                return tr("%1 — not offered in %2").arg(name, QString::fromStdString(m_location));
            return resolution ? tr("%1 — deprecated, replaced by %2")
                                    .arg(name, QString::fromStdString(resolution->plan->name))
                              : tr("%1 — unknown plan").arg(name);
        case Qt::ToolTipRole:
            if (current)
                return tr("%1 is not sold in %2; choose a plan offered there, or another location.")
                    .arg(name, QString::fromStdString(m_location));
            return resolution ? tr("%1 is no longer sold; %2 (%3) is used in its place.")
                                    .arg(name, QString::fromStdString(resolution->plan->name),
                                         planSpecs(*resolution->plan))
                              : tr("%1 is not in the plan catalogue.").arg(name);
        default:
            return {};
        }
    }
    const topology::ServerPlan *plan = planAt(index.row());
    if (!plan)
        return {};
    const auto price = plan->prices.find(m_location);
    const std::optional<QString> until =
        m_origin ? m_origin->deprecatedIn(plan->name, m_location) : std::nullopt;
    const QString text = tr("%1 · %2 · %3")
                             .arg(QString::fromStdString(plan->name), planSpecsShort(*plan),
                                  formatMonthly(price->second.monthly, m_catalogue->currency()));
    switch (role) {
    case PlanNameRole:
        return QString::fromStdString(plan->name);
    case OfferedRole:
        return true;
    case DeprecatedRole:
        return until.has_value();
    case Qt::DisplayRole:
        return until ? tr("%1 · deprecated, sold until %2").arg(text, until->left(10)) : text;
    case Qt::ToolTipRole:
        return until ? tr("%1\n%2\nHetzner deprecated this plan in %3: it can be ordered until %4.")
                           .arg(planSpecs(*plan), QString::fromStdString(plan->description),
                                QString::fromStdString(m_location), *until)
                     : tr("%1\n%2").arg(planSpecs(*plan), QString::fromStdString(plan->description));
    default:
        return {};
    }
}

Qt::ItemFlags PlanListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const bool selectable = (hasExtraRow() && index.row() == 0) || data(index, OfferedRole).toBool();
    return selectable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                      : Qt::ItemNeverHasChildren;
}

int PlanListModel::rowOf(const std::string &plan) const
{
    if (hasExtraRow() && plan == m_extra)
        return 0;
    for (std::size_t i = 0; i < m_offered.size(); ++i) {
        if (m_offered[i]->name == plan)
            return static_cast<int>(i) + (hasExtraRow() ? 1 : 0);
    }
    return -1;
}

} // namespace mb::studio
