// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ProblemsPanel.h"

#include "ProblemsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace mb::studio {

using topology::Severity;

namespace {

/// Sizes a message cell for its text wrapped to the column's width (QTreeView asks the
/// delegate without telling it the width).
class WrappingDelegate : public QStyledItemDelegate
{
public:
    WrappingDelegate(QTreeView *view, int column)
        : QStyledItemDelegate(view)
        , m_view(view)
        , m_column(column)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() != m_column)
            return size;
        const int margin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
        const int width = std::max(40, m_view->columnWidth(m_column) - 2 * margin);
        const QRect text = option.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap,
                                                           index.data().toString());
        size.setHeight(std::max(size.height(), text.height() + 2 * margin));
        return size;
    }

private:
    QTreeView *m_view;
    int m_column;
};

} // namespace

ProblemsPanel::ProblemsPanel(DesignDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_model(new ProblemsModel(document, this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    // Rule messages are whole sentences: they wrap in the message column rather than end in "…".
    m_view->setUniformRowHeights(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->setItemDelegateForColumn(ProblemsModel::MessageColumn,
                                     new WrappingDelegate(m_view, ProblemsModel::MessageColumn));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ProblemsModel::SeverityColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProblemsModel::CodeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ProblemsModel::PointerColumn, QHeaderView::ResizeToContents);
    // A wider or narrower message column wraps the messages anew (QTreeView keeps row heights
    // until it lays its items out again).
    connect(header, &QHeaderView::sectionResized, m_view, [this](int section) {
        if (section == ProblemsModel::MessageColumn)
            m_view->doItemsLayout();
    });
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
