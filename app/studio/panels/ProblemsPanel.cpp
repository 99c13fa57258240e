// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ProblemsPanel.h"

#include "ProblemsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace mb::studio {

using topology::Severity;

ProblemsPanel::ProblemsPanel(DesignDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_model(new ProblemsModel(document, this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ProblemsModel::SeverityColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProblemsModel::CodeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ProblemsModel::PointerColumn, QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Problems"));

    m_summary->setContentsMargins(6, 4, 6, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT problemActivated(index.data(ProblemsModel::PointerRole).toString());
    });
    connect(m_model, &ProblemsModel::countsChanged, this, &ProblemsPanel::updateSummary);
    updateSummary();
}

QString ProblemsPanel::summary() const
{
    const int errors = m_model->count(Severity::Error);
    const int warnings = m_model->count(Severity::Warning);
    const int infos = m_model->count(Severity::Info);
    if (errors + warnings + infos == 0)
        return tr("No problems: the design follows every rule.");
    // "Errors: 2" rather than "2 error(s)": reads right in every language without plural forms.
    QStringList parts;
    if (errors > 0)
        parts << tr("Errors: %1").arg(errors);
    if (warnings > 0)
        parts << tr("Warnings: %1").arg(warnings);
    if (infos > 0)
        parts << tr("Notes: %1").arg(infos);
    return parts.join(QStringLiteral(" · "));
}

void ProblemsPanel::updateSummary()
{
    const QString text = summary();
    m_summary->setText(text);
    Q_EMIT summaryChanged(text);
}

} // namespace mb::studio
