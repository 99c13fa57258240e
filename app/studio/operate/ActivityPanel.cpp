// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ActivityPanel.h"

#include "ActivityModel.h"
#include "OperateController.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mb::studio {

namespace {

/// Draws the progress column as a native progress bar.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = index.data(ActivityModel::ProgressRole).toInt();
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

} // namespace

ActivityPanel::ActivityPanel(OperateController *controller, QWidget *parent)
    : QWidget(parent)
    , m_model(new ActivityModel(this))
    , m_summary(new QLabel(tr("Nothing is being applied.")))
    , m_overall(new QProgressBar)
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_table(new QTableView)
{
    m_overall->setRange(0, 1);
    m_overall->setValue(0);
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Stop after the steps under way; the rest can be applied later."));
    m_summary->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ActivityModel::ProgressColumn, new ProgressDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(ActivityModel::StepColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ActivityModel::NodeColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setColumnWidth(ActivityModel::ProgressColumn, 140);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_overall, 1);
    top->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_table);

    connect(controller, &OperateController::applyStarted, m_model, &ActivityModel::start);
    connect(controller, &OperateController::applyStep, m_model, &ActivityModel::step);
    connect(controller, &OperateController::applyStarted, this, [this] {
        m_summary->setText(tr("Applying…"));
        m_cancel->setEnabled(true);
        m_cancel->setText(tr("Cancel"));
    });
    connect(controller, &OperateController::applyFinished, this, [this](bool ok, const QString &message) {
        m_model->finish(ok);
        m_cancel->setEnabled(false);
        m_summary->setText(ok ? tr("Applied. %1").arg(message) : tr("Stopped: %1").arg(message));
    });
    connect(m_model, &ActivityModel::progressChanged, this, [this](int done, int total) {
        m_overall->setRange(0, std::max(1, total));
        m_overall->setValue(done);
        m_overall->setFormat(tr("%1 of %2 steps").arg(done).arg(total));
    });
    connect(m_cancel, &QPushButton::clicked, this, [this, controller] {
        m_cancel->setEnabled(false);
        m_cancel->setText(tr("Cancelling…"));
        controller->cancelApply();
    });
    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, m_model, &ActivityModel::tick);
    clock->start(500);
}

} // namespace mb::studio
