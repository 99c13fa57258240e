// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "PromTableModel.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

namespace mb::studio {

void PromTableModel::setResult(const QList<PromSeries> &series)
{
    beginResetModel();
    m_series = series;
    QStringList labels;
    QSet<QString> seen;
    for (const PromSeries &s : series)
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
            if (!seen.contains(it.key())) {
                seen.insert(it.key());
                labels.append(it.key());
            }
    std::sort(labels.begin(), labels.end(), [](const QString &a, const QString &b) {
        return (a == u"__name__") != (b == u"__name__") ? a == u"__name__" : a < b;
    });
    m_labels = labels;
    endResetModel();
}

int PromTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_series.size());
}

int PromTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_labels.size()) + 2;
}

QVariant PromTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PromSeries &s = m_series.at(index.row());
    const int labelColumns = int(m_labels.size());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (index.column() < labelColumns)
            return s.labels.value(m_labels.at(index.column()));
        if (s.points.isEmpty())
            return QString();
        const QPointF last = s.points.last();
        if (index.column() == labelColumns)
            return QLocale().toString(last.y(), 'g', 6);
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(last.x())), QLocale::ShortFormat);
    }
    if (role == Qt::TextAlignmentRole && index.column() == labelColumns)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PromTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    if (section < m_labels.size())
        return m_labels.at(section) == u"__name__" ? tr("Metric") : m_labels.at(section);
    return section == m_labels.size() ? tr("Value") : tr("Time");
}

} // namespace mb::studio
