// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "PlanListModel.h"

#include "Format.h"

namespace mb::studio {

PlanListModel::PlanListModel(const topology::PlanCatalogue &catalogue, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalogue(catalogue)
{}

void PlanListModel::setLocation(const std::string &location)
{
    if (location == m_location)
        return;
    m_location = location;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

void PlanListModel::setRequestedPlan(const std::string &plan)
{
    const std::string extra = m_catalogue.plan(plan) ? std::string() : plan;
    if (extra == m_extra)
        return;
    if (hasExtraRow() && extra.empty()) {
        beginRemoveRows({}, 0, 0);
        m_extra.clear();
        endRemoveRows();
    } else if (!hasExtraRow()) {
        beginInsertRows({}, 0, 0);
        m_extra = extra;
        endInsertRows();
    } else {
        m_extra = extra;
        Q_EMIT dataChanged(index(0), index(0));
    }
}

int PlanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_catalogue.plans().size()) + (hasExtraRow() ? 1 : 0);
}

const topology::ServerPlan *PlanListModel::planAt(int row) const
{
    const int planRow = row - (hasExtraRow() ? 1 : 0);
    if (planRow < 0 || planRow >= static_cast<int>(m_catalogue.plans().size()))
        return nullptr;
    return &m_catalogue.plans()[static_cast<std::size_t>(planRow)];
}

QVariant PlanListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (hasExtraRow() && index.row() == 0) {
        const auto resolution = m_catalogue.resolve(m_extra);
        const QString name = QString::fromStdString(m_extra);
        switch (role) {
        case PlanNameRole:
            return name;
        case OfferedRole:
            return resolution && resolution->plan->offeredIn(m_location);
        case DeprecatedRole:
            return true;
        case Qt::DisplayRole:
            return resolution ? tr("%1 — deprecated, replaced by %2")
                                    .arg(name, QString::fromStdString(resolution->plan->name))
                              : tr("%1 — unknown plan").arg(name);
        case Qt::ToolTipRole:
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
    const bool offered = price != plan->prices.end();
    switch (role) {
    case PlanNameRole:
        return QString::fromStdString(plan->name);
    case OfferedRole:
        return offered;
    case DeprecatedRole:
        return false;
    case Qt::DisplayRole:
        return offered ? tr("%1 · %2 · %3")
                             .arg(QString::fromStdString(plan->name), planSpecsShort(*plan),
                                  formatMonthly(price->second.monthly, m_catalogue.currency()))
                       : tr("%1 · %2 · not offered in %3")
                             .arg(QString::fromStdString(plan->name), planSpecsShort(*plan),
                                  QString::fromStdString(m_location));
    case Qt::ToolTipRole:
        return tr("%1\n%2").arg(planSpecs(*plan), QString::fromStdString(plan->description));
    default:
        return {};
    }
}

Qt::ItemFlags PlanListModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const bool selectable = (hasExtraRow() && index.row() == 0) || data(index, OfferedRole).toBool();
    return selectable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                      : Qt::ItemNeverHasChildren;
}

int PlanListModel::rowOf(const std::string &plan) const
{
    if (hasExtraRow() && plan == m_extra)
        return 0;
    const auto &plans = m_catalogue.plans();
    for (std::size_t i = 0; i < plans.size(); ++i) {
        if (plans[i].name == plan)
            return static_cast<int>(i) + (hasExtraRow() ? 1 : 0);
    }
    return -1;
}

} // namespace mb::studio
