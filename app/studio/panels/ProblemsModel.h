// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "topology/Rules.h"

#include <QAbstractTableModel>

#include <vector>

namespace mb::studio {

class DesignDocument;

/// The document's current diagnostics as a table: severity, code, message (in the user's
/// language) and the JSON pointer of the value concerned. Follows the document live.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        CodeColumn,
        MessageColumn,
        PointerColumn,
        ColumnCount
    };
    enum Role
    {
        PointerRole = Qt::UserRole + 1,
        SeverityRole, ///< topology::Severity as int
        CodeRole,
    };

    explicit ProblemsModel(DesignDocument *document, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    [[nodiscard]] int count(topology::Severity severity) const;
    /// Row of the first diagnostic with `code`, or -1.
    [[nodiscard]] int rowOf(const QString &code) const;

Q_SIGNALS:
    /// The counts per severity changed (after every reload).
    void countsChanged();

private:
    void reload();

    DesignDocument *m_document;
    std::vector<topology::Diagnostic> m_rows;
};

} // namespace mb::studio
