// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LabelBrowser.h"

#include "LogQuery.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QStringListModel>
#include <QVBoxLayout>

namespace mb::studio {

void LabelValuesModel::setValues(const QString &label, const QStringList &values)
{
    beginResetModel();
    m_label = label;
    m_values = values;
    endResetModel();
}

void LabelValuesModel::clearPicks()
{
    m_picked.clear();
    if (!m_values.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_values.size()) - 1), {Qt::CheckStateRole});
    Q_EMIT pickedChanged();
}

int LabelValuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_values.size());
}

QVariant LabelValuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &value = m_values.at(index.row());
    if (role == Qt::DisplayRole)
        return value;
    if (role == Qt::CheckStateRole)
        return m_picked.value(m_label).contains(value) ? Qt::Checked : Qt::Unchecked;
    return {};
}

bool LabelValuesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QStringList &picks = m_picked[m_label];
    const QString &v = m_values.at(index.row());
    if (value.value<Qt::CheckState>() == Qt::Checked) {
        if (!picks.contains(v))
            picks.append(v);
    } else {
        picks.removeAll(v);
    }
    if (picks.isEmpty())
        m_picked.remove(m_label);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT pickedChanged();
    return true;
}

Qt::ItemFlags LabelValuesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

LabelBrowser::LabelBrowser(ClientSource client, QWidget *parent)
    : QWidget(parent)
    , m_client(std::move(client))
    , m_labels(new QStringListModel(this))
    , m_values(new LabelValuesModel(this))
    , m_labelsView(new QListView(this))
    , m_valuesView(new QListView(this))
{
    m_labelsView->setModel(m_labels);
    m_labelsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_labelsView->setAccessibleName(tr("Log labels"));
    m_valuesView->setModel(m_values);
    m_valuesView->setAccessibleName(tr("Label values"));
    auto *labelsTitle = new QLabel(tr("&Labels"), this);
    labelsTitle->setBuddy(m_labelsView);
    auto *valuesTitle = new QLabel(tr("&Values (click to add to the selector)"), this);
    valuesTitle->setBuddy(m_valuesView);
    auto *left = new QVBoxLayout;
    left->addWidget(labelsTitle);
    left->addWidget(m_labelsView);
    auto *right = new QVBoxLayout;
    right->addWidget(valuesTitle);
    right->addWidget(m_valuesView);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left);
    layout->addLayout(right, 1);

    connect(m_labelsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showLabel(current.data().toString());
            });
    connect(m_valuesView, &QListView::clicked, this, [this](const QModelIndex &index) {
        const bool checked = index.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        m_values->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });
    connect(m_values, &LabelValuesModel::pickedChanged, this, [this] { Q_EMIT selectorChanged(selector()); });
}

QString LabelBrowser::selector() const
{
    return buildSelector(m_values->picked(), m_cluster);
}

void LabelBrowser::reload(qint64 startNs, qint64 endNs)
{
    m_startNs = startNs;
    m_endNs = endNs;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("start"), QString::number(startNs));
    query.addQueryItem(QStringLiteral("end"), QString::number(endNs));
    fetchDecoded<QStringList>(
        m_client(), QStringLiteral("/v1/logs/labels"), query, this,
        [](const app::RawReply &r) { return decodeStringList(r.body); },
        [this](const QStringList &labels) {
            m_labels->setStringList(labels);
            Q_EMIT labelsLoaded();
        });
}

void LabelBrowser::showLabel(const QString &label)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("start"), QString::number(m_startNs));
    query.addQueryItem(QStringLiteral("end"), QString::number(m_endNs));
    fetchDecoded<QStringList>(
        m_client(), QStringLiteral("/v1/logs/label/%1/values").arg(label), query, this,
        [](const app::RawReply &r) { return decodeStringList(r.body); },
        [this, label](const QStringList &values) {
            m_values->setValues(label, values);
            Q_EMIT valuesLoaded();
        });
}

} // namespace mb::studio
