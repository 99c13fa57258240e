// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ReviewDialog.h"

#include "Format.h"
#include "ReviewActionsModel.h"
#include "window/MessageBar.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mb::studio {

ReviewDialog::ReviewDialog(const ReviewPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_model(new ReviewActionsModel(this))
    , m_blockers(new MessageBar(this))
    , m_summary(new QLabel(this))
    , m_cost(new QLabel(this))
    , m_table(new QTableView(this))
    , m_apply(nullptr)
{
    m_model->setPlan(plan);
    setWindowTitle(tr("Review changes — %1").arg(plan.cluster));
    m_summary->setText(summary());
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_cost->setText(costText());
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReviewActionsModel::ChangeColumn, QHeaderView::Stretch);
    auto *hash = new QLabel(tr("Plan %1").arg(plan.hash.left(12)), this);
    hash->setForegroundRole(QPalette::PlaceholderText);
    hash->setToolTip(tr("Apply runs exactly this plan; if the cluster changed meanwhile, it is refused."));
    if (!plan.blockers.isEmpty())
        m_blockers->showMessage(MessageBar::Kind::Error, plan.blockers.join(QLatin1Char('\n')));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply %n change(s)…", nullptr, static_cast<int>(plan.actions.size())),
                                 QDialogButtonBox::AcceptRole);
    m_apply->setEnabled(plan.canApply());
    m_apply->setDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &ReviewDialog::confirmApply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_blockers);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_cost);
    layout->addWidget(hash);
    layout->addWidget(buttons);
    resize(720, 420);
}

QString ReviewDialog::summary() const
{
    const ReviewPlan &p = m_model->plan();
    if (p.actions.isEmpty())
        return tr("No changes: the cluster already matches the design.");
    return tr("%1 to create, %2 to resize, %3 to remove")
        .arg(p.count(PlanAction::Kind::Create))
        .arg(p.count(PlanAction::Kind::Resize))
        .arg(p.count(PlanAction::Kind::Remove));
}

QString ReviewDialog::costText() const
{
    const ReviewPlan &p = m_model->plan();
    const topology::Micros delta = p.monthlyAfter - p.monthlyBefore;
    const QString sign = delta > 0 ? QStringLiteral("+") : (delta < 0 ? QStringLiteral("−") : QString());
    return tr("Monthly cost: %1 → %2 (%3%4)")
        .arg(formatMoney(p.monthlyBefore, p.currency), formatMoney(p.monthlyAfter, p.currency), sign,
             formatMoney(std::abs(delta), p.currency));
}

void ReviewDialog::confirmApply()
{
    const ReviewPlan &p = m_model->plan();
    if (!p.canApply())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Apply changes"),
        tr("Apply %n change(s) to %1?", nullptr, static_cast<int>(p.actions.size())).arg(p.cluster),
        QMessageBox::Cancel, this);
    QPushButton *confirm = box->addButton(tr("Apply"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    if (p.count(PlanAction::Kind::Resize) + p.count(PlanAction::Kind::Remove) > 0)
        box->setInformativeText(tr("Resized nodes are powered off while they change plan; removed nodes lose "
                                   "their data. %1")
                                    .arg(costText()));
    else
        box->setInformativeText(costText());
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, id = p.id] {
        if (box->clickedButton() == confirm) {
            Q_EMIT applyConfirmed(id);
            accept();
        }
    });
    box->open();
}

} // namespace mb::studio
