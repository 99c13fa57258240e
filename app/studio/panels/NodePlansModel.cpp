// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "NodePlansModel.h"

#include "Format.h"
#include "document/DesignDocument.h"

#include <QFont>
#include <QPalette>

namespace mb::studio {

using topology::Pillar;

NodePlansModel::NodePlansModel(DesignDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &DesignDocument::documentReset, this, &NodePlansModel::reload);
    connect(m_document, &DesignDocument::pillarChanged, this, [this](Pillar p) {
        if (m_pillar == p)
            reload();
    });
    connect(m_document, &DesignDocument::pillarRemoved, this, [this](Pillar p) {
        if (m_pillar == p)
            reload();
    });
    connect(m_document, &DesignDocument::clusterChanged, this, &NodePlansModel::reload);
}

void NodePlansModel::setPillar(std::optional<Pillar> pillar)
{
    if (pillar == m_pillar)
        return;
    beginResetModel();
    m_pillar = pillar;
    m_rows = computeRows();
    endResetModel();
}

int NodePlansModel::computeRows() const
{
    if (!m_pillar)
        return 0;
    const auto &spec = m_document->topology().pillar(*m_pillar);
    if (!spec)
        return 0;
    int rows = std::max(spec->count, 0);
    if (!spec->nodePlans.empty())
        rows = std::max(rows, spec->nodePlans.rbegin()->first);
    return rows;
}

void NodePlansModel::reload()
{
    const int rows = computeRows();
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (m_rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    }
}

int NodePlansModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int NodePlansModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodePlansModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_pillar)
        return {};
    const auto &t = m_document->topology();
    const auto &spec = t.pillar(*m_pillar);
    if (!spec)
        return {};
    const int ordinal = index.row() + 1;
    const auto it = spec->nodePlans.find(ordinal);
    const bool hasOverride = it != spec->nodePlans.end();
    const bool deployed = ordinal <= spec->count;
    switch (role) {
    case OrdinalRole:
        return ordinal;
    case OverrideRole:
        return hasOverride ? QString::fromStdString(it->second) : QString();
    case Qt::EditRole:
        return index.column() == PlanColumn && hasOverride ? QString::fromStdString(it->second) : QString();
    case Qt::ForegroundRole:
        if (index.column() == PlanColumn && !hasOverride)
            return QPalette().color(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole: {
        if (index.column() != PlanColumn || !hasOverride)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::ToolTipRole:
        if (!deployed)
            return tr("Not deployed: the pillar's node count is %1, so this override is not used.")
                .arg(spec->count);
        if (index.column() != PlanColumn)
            return {};
        return hasOverride
                   ? tr("This node's own plan. Double-click to change it or go back to the pillar plan.")
                   : tr("The pillar's plan. Double-click to give this node its own.");
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NodeColumn: {
        const QString name =
            QStringLiteral("%1-%2-%3").arg(QString::fromStdString(t.name), pillarKey(*m_pillar)).arg(ordinal);
        return deployed ? name : tr("%1 (not deployed)").arg(name);
    }
    case PlanColumn:
        return QString::fromStdString(hasOverride ? it->second : spec->plan);
    case PriceColumn: {
        const auto resolution = m_document->catalogue().resolve(t.planOf(*m_pillar, ordinal));
        if (!resolution)
            return QString();
        const auto price = resolution->plan->prices.find(t.location);
        return price == resolution->plan->prices.end()
                   ? tr("not offered")
                   : formatMoney(price->second.monthly, m_document->catalogue().currency());
    }
    default:
        return {};
    }
}

bool NodePlansModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != PlanColumn || !m_pillar ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString plan = value.toString().trimmed();
    const int ordinal = index.row() + 1;
    // The document's signals refresh this model; an unchanged value pushes nothing.
    m_document->setNodePlan(*m_pillar, ordinal,
                            plan.isEmpty() ? std::nullopt : std::optional<std::string>(plan.toStdString()));
    return true;
}

Qt::ItemFlags NodePlansModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == PlanColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant NodePlansModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case PlanColumn:
        return tr("Plan");
    case PriceColumn:
        return tr("Per month");
    default:
        return {};
    }
}

} // namespace mb::studio
