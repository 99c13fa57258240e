// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "StudioTypes.h"
#include "document/ProblemTarget.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace mb::studio {

class DesignDocument;
class NodePlansModel;
class PlanListModel;

/// The inspector page for a selected pillar: node count (allowed values only), plan with its
/// size and price, a deprecated plan's successor, and per-node plan overrides.
class PillarInspector : public QWidget
{
    Q_OBJECT

public:
    explicit PillarInspector(DesignDocument *document, QWidget *parent = nullptr);

    void setPillar(std::optional<topology::Pillar> pillar);
    [[nodiscard]] std::optional<topology::Pillar> pillar() const { return m_pillar; }
    /// Focuses the field a problem is about (`index`: node ordinal, or -1).
    void focusField(Field field, int index);

    [[nodiscard]] QSpinBox *countSpin() const { return m_countSpin; }
    [[nodiscard]] QComboBox *countCombo() const { return m_countCombo; }
    [[nodiscard]] QComboBox *planCombo() const { return m_planCombo; }
    [[nodiscard]] QTableView *nodeTable() const { return m_nodes; }
    [[nodiscard]] NodePlansModel *nodePlansModel() const { return m_nodePlans; }
    [[nodiscard]] PlanListModel *planListModel() const { return m_plans; }

private:
    void refresh();

    DesignDocument *m_document;
    std::optional<topology::Pillar> m_pillar;
    PlanListModel *m_plans;
    NodePlansModel *m_nodePlans;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_subtitle;
    QSpinBox *m_countSpin;
    QComboBox *m_countCombo;
    QLabel *m_countNote;
    QComboBox *m_planCombo;
    QLabel *m_planDetails;
    QLabel *m_deprecation;
    QPushButton *m_useSuccessor;
    QLabel *m_pillarCost;
    QTableView *m_nodes;
};

} // namespace mb::studio
