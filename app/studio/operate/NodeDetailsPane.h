// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "NodesModel.h"

#include <QWidget>

#include <map>
#include <optional>

class QLabel;
class QStackedLayout;
class QTreeWidget;

namespace mb::studio {

/**
 * Beside the Nodes view: the selected node as the control plane last reported it (name, pillar,
 * plan, address, state and health, last heartbeat) and every component its daemon supervises
 * (docs/pillars.md, "Supervision"): state, role and restarts, with the reason and the last
 * output lines under a component that does not run as it should.
 */
class NodeDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeDetailsPane)

public:
    enum class Field
    {
        Name,
        Pillar,
        Plan,
        Address,
        State,
        LastHeartbeat,
    };
    enum ComponentColumn
    {
        ComponentNameColumn,
        ComponentStateColumn,
        ComponentRoleColumn,
        ComponentRestartsColumn,
        ComponentColumnCount
    };

    explicit NodeDetailsPane(QWidget *parent = nullptr);

    /// Shows `node`, or a hint to select one.
    void setNode(const std::optional<NodeRow> &node);
    [[nodiscard]] const std::optional<NodeRow> &node() const { return m_node; }
    /// "Last heartbeat" is shown relative to this moment.
    void setNow(const QDateTime &now);
    /// A field's text as shown (for tests and screenshots).
    [[nodiscard]] QString fieldText(Field field) const;
    [[nodiscard]] QTreeWidget *components() const { return m_components; }

private:
    void refreshFields();
    void refreshComponents();

    std::optional<NodeRow> m_node;
    QDateTime m_now;
    QStackedLayout *m_stack;
    std::map<Field, QLabel *> m_fields;
    QTreeWidget *m_components;
};

} // namespace mb::studio
