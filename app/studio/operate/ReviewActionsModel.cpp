// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ReviewActionsModel.h"

#include "Format.h"
#include "StudioTypes.h"
#include "canvas/CanvasStyle.h"

#include <QApplication>
#include <QPalette>

namespace mb::studio {

ReviewActionsModel::ReviewActionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReviewActionsModel::setPlan(const ReviewPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

int ReviewActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plan.actions.size());
}

int ReviewActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewActionsModel::kindTitle(PlanAction::Kind kind)
{
    switch (kind) {
    case PlanAction::Kind::Create:
        return tr("Create");
    case PlanAction::Kind::Resize:
        return tr("Resize");
    case PlanAction::Kind::Remove:
        return tr("Remove");
    }
    return {};
}

QString ReviewActionsModel::downtimeText(int seconds)
{
    if (seconds <= 0)
        return tr("none");
    if (seconds < 90)
        return tr("about %n second(s)", nullptr, seconds);
    return tr("about %n minute(s)", nullptr, (seconds + 30) / 60);
}

QVariant ReviewActionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanAction &a = m_plan.actions[index.row()];
    if (role == KindRole)
        return static_cast<int>(a.kind);
    if (role == Qt::ToolTipRole)
        return a.detail.isEmpty() ? QVariant() : QVariant(a.detail);
    if (role == Qt::ForegroundRole && index.column() == ActionColumn) {
        const QPalette pal = QApplication::palette();
        if (a.kind == PlanAction::Kind::Remove)
            return CanvasStyle::errorColor(pal);
        if (a.kind == PlanAction::Kind::Resize)
            return CanvasStyle::warningColor(pal);
        return CanvasStyle::okColor(pal);
    }
    if (role == Qt::TextAlignmentRole && index.column() == CostColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ActionColumn:
        return kindTitle(a.kind);
    case NodeColumn:
        return tr("%1 (%2)").arg(a.node, pillarTitle(a.pillar));
    case ChangeColumn:
        switch (a.kind) {
        case PlanAction::Kind::Create:
            return tr("new, %1").arg(a.toPlan);
        case PlanAction::Kind::Resize:
            return tr("%1 → %2").arg(a.fromPlan, a.toPlan);
        case PlanAction::Kind::Remove:
            return tr("%1, with its data").arg(a.fromPlan);
        }
        return {};
    case DowntimeColumn:
        return downtimeText(a.downtimeSeconds);
    case CostColumn: {
        const QString amount = formatMoney(std::abs(a.monthlyDelta), m_plan.currency);
        return a.monthlyDelta > 0 ? QStringLiteral("+") + amount
                                  : (a.monthlyDelta < 0 ? QStringLiteral("−") + amount : amount);
    }
    default:
        return {};
    }
}

QVariant ReviewActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ActionColumn:
        return tr("Action");
    case NodeColumn:
        return tr("Node");
    case ChangeColumn:
        return tr("Change");
    case DowntimeColumn:
        return tr("Downtime");
    case CostColumn:
        return tr("Per month");
    default:
        return {};
    }
}

} // namespace mb::studio
