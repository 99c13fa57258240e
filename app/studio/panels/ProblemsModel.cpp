// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ProblemsModel.h"

#include "common/CoreText.h"
#include "document/DesignDocument.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>

namespace mb::studio {

using topology::Severity;

ProblemsModel::ProblemsModel(DesignDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &DesignDocument::diagnosticsChanged, this, &ProblemsModel::reload);
    reload();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const topology::Diagnostic &d = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case PointerRole:
        return QString::fromStdString(d.pointer);
    case SeverityRole:
        return static_cast<int>(d.severity);
    case CodeRole:
        return QString::fromStdString(d.code);
    case Qt::ToolTipRole:
        return app::translated(d.message);
    case Qt::DecorationRole: {
        if (index.column() != SeverityColumn)
            return {};
        const QStyle::StandardPixmap icon = d.severity == Severity::Error ? QStyle::SP_MessageBoxCritical
                                            : d.severity == Severity::Warning
                                                ? QStyle::SP_MessageBoxWarning
                                                : QStyle::SP_MessageBoxInformation;
        return QApplication::style()->standardIcon(icon);
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return app::severityLabel(d.severity);
        case CodeColumn:
            return QString::fromStdString(d.code);
        case MessageColumn:
            return app::translated(d.message);
        case PointerColumn:
            return QString::fromStdString(d.pointer);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Problem");
    case PointerColumn:
        return tr("Where");
    default:
        return {};
    }
}

int ProblemsModel::count(Severity severity) const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(),
                                          [severity](const auto &d) { return d.severity == severity; }));
}

int ProblemsModel::rowOf(const QString &code) const
{
    const std::string wanted = code.toStdString();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].code == wanted)
            return static_cast<int>(i);
    }
    return -1;
}

void ProblemsModel::reload()
{
    // Errors first, then warnings, then infos; rule order within each.
    std::vector<topology::Diagnostic> rows = m_document->diagnostics();
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return static_cast<int>(a.severity) < static_cast<int>(b.severity);
    });
    const auto same = [](const topology::Diagnostic &a, const topology::Diagnostic &b) {
        return a.severity == b.severity && a.code == b.code && a.pointer == b.pointer &&
               a.message.args == b.message.args;
    };
    // Most edits leave the problems as they were; keep the view's selection then.
    if (std::equal(rows.begin(), rows.end(), m_rows.begin(), m_rows.end(), same))
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countsChanged();
}

} // namespace mb::studio
