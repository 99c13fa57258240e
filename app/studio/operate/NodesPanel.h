// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "NodesModel.h"

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace mb::studio {

class NodeDetailsPane;

/**
 * The Nodes dock's content: the cluster's nodes in a sortable table, and beside it the details
 * of the one selected there (NodeDetailsPane), which follow every update of the model. The
 * model stays its owner's; the panel only shows it.
 */
class NodesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodesPanel)

public:
    explicit NodesPanel(NodesModel *model, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] NodeDetailsPane *details() const { return m_details; }
    /// Ages ("4 s ago") are shown relative to this moment.
    void setNow(const QDateTime &now);

Q_SIGNALS:
    /// A person asked for `node`'s context menu at `globalPos`.
    void nodeMenuRequested(const mb::studio::NodeRow &node, const QPoint &globalPos);
    /// A person activated `node` (double click, Enter): its dashboard opens.
    void nodeActivated(const mb::studio::NodeRow &node);

private:
    void refreshDetails();

    NodesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    NodeDetailsPane *m_details;
};

} // namespace mb::studio
