// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "MetricUnits.h"
#include "PromResult.h"

#include <QAbstractTableModel>

namespace mb::studio {

/// A PromQL answer as a table: one row per series, a column per label, then its last value and time.
class PromTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromTableModel)

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setResult(const QList<PromSeries> &series);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<PromSeries> m_series;
    QStringList m_labels;
};

} // namespace mb::studio
