// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "ReviewPlan.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace mb::studio {

class MessageBar;
class ReviewActionsModel;

/**
 * "Review changes": every action of a plan (creates, resizes with their downtime, removals)
 * and the monthly cost before, after and the difference. Apply asks for confirmation, then
 * emits applyConfirmed(); the dialog itself never talks to the cluster. A plan with
 * blockers shows why and cannot be applied.
 */
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewDialog(const ReviewPlan &plan, QWidget *parent = nullptr);

    [[nodiscard]] ReviewActionsModel *model() const { return m_model; }
    [[nodiscard]] QPushButton *applyButton() const { return m_apply; }
    /// "2 to create, 1 to resize, 0 to remove".
    [[nodiscard]] QString summary() const;
    /// "€18.40 → €25.80 per month (+€7.40)".
    [[nodiscard]] QString costText() const;

Q_SIGNALS:
    /// The user reviewed the plan and confirmed applying it.
    void applyConfirmed(const QString &planId);

private:
    void confirmApply();

    ReviewActionsModel *m_model;
    MessageBar *m_blockers;
    QLabel *m_summary;
    QLabel *m_cost;
    QTableView *m_table;
    QPushButton *m_apply;
};

} // namespace mb::studio
