// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "observe/ObserveApi.h"

#include <QAbstractListModel>
#include <QMap>
#include <QWidget>

class QListView;
class QLineEdit;
class QStringListModel;

namespace mb::studio {

/// The values of one log label, each checkable; the checks of every label are kept while another is shown.
class LabelValuesModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelValuesModel)

public:
    using QAbstractListModel::QAbstractListModel;

    /// Shows `values` of `label`, with the values picked before still checked.
    void setValues(const QString &label, const QStringList &values);
    [[nodiscard]] QString label() const { return m_label; }
    /// Every label's picked values.
    [[nodiscard]] const QMap<QString, QStringList> &picked() const { return m_picked; }
    void clearPicks();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void pickedChanged();

private:
    QString m_label;
    QStringList m_values;
    QMap<QString, QStringList> m_picked;
};

/**
 * The label browser of the log explorer: the log labels (GET /v1/logs/labels), the values of the
 * one selected (GET /v1/logs/label/<name>/values), and a click on a value adding it to or taking
 * it from the stream selector (buildSelector), which selectorChanged hands over.
 */
class LabelBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelBrowser)

public:
    explicit LabelBrowser(ClientSource client, QWidget *parent = nullptr);

    void setCluster(const QString &cluster) { m_cluster = cluster; }
    /// Asks the API for the labels, over [startNs, endNs].
    void reload(qint64 startNs, qint64 endNs);
    /// Selects `label` and asks for its values.
    void showLabel(const QString &label);
    [[nodiscard]] QString selector() const;
    [[nodiscard]] QStringListModel *labelsModel() const { return m_labels; }
    [[nodiscard]] LabelValuesModel *valuesModel() const { return m_values; }
    [[nodiscard]] QListView *labelsView() const { return m_labelsView; }
    [[nodiscard]] QListView *valuesView() const { return m_valuesView; }

Q_SIGNALS:
    void selectorChanged(const QString &selector);
    void labelsLoaded();
    void valuesLoaded();

private:
    ClientSource m_client;
    QString m_cluster;
    qint64 m_startNs = 0;
    qint64 m_endNs = 0;
    QStringListModel *m_labels;
    LabelValuesModel *m_values;
    QListView *m_labelsView;
    QListView *m_valuesView;
};

} // namespace mb::studio
