// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "NodesPanel.h"

#include "NodeDetailsPane.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>

namespace mb::studio {

NodesPanel::NodesPanel(NodesModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView)
    , m_details(new NodeDetailsPane)
{
    setObjectName(QStringLiteral("NodesPanel"));
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NodesModel::NameColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Every column is read whole and most are short: size them to their contents, which leaves the
    // details pane beside the table room for the components.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_proxy->mapToSource(m_view->indexAt(at));
        if (index.isValid())
            Q_EMIT nodeMenuRequested(m_model->nodes().at(index.row()), m_view->viewport()->mapToGlobal(at));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NodesPanel::refreshDetails);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &at) {
        const QModelIndex index = m_proxy->mapToSource(at);
        if (index.isValid())
            Q_EMIT nodeActivated(m_model->nodes().at(index.row()));
    });
    // The selected node's row changes with every report, and may go away.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NodesPanel::refreshDetails);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &NodesPanel::refreshDetails);

    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("NodesSplitter"));
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void NodesPanel::setNow(const QDateTime &now)
{
    m_details->setNow(now);
}

void NodesPanel::refreshDetails()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const QModelIndex index = rows.isEmpty() ? QModelIndex() : m_proxy->mapToSource(rows.first());
    if (!index.isValid()) {
        m_details->setNode(std::nullopt);
        return;
    }
    m_details->setNow(QDateTime::currentDateTimeUtc());
    m_details->setNode(m_model->nodes().at(index.row()));
}

} // namespace mb::studio
