// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QWidget>

class QLabel;
class QTreeView;

namespace mb::studio {

class DesignDocument;
class ProblemsModel;

/// The Problems dock's content: a summary line and the table of diagnostics. Activating a
/// row (Enter, double-click) reports its pointer so the window can select and focus it.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(DesignDocument *document, QWidget *parent = nullptr);

    [[nodiscard]] ProblemsModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    /// "2 errors, 1 warning" or "No problems".
    [[nodiscard]] QString summary() const;

Q_SIGNALS:
    void problemActivated(const QString &pointer);
    void summaryChanged(const QString &summary);

private:
    void updateSummary();

    ProblemsModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
};

} // namespace mb::studio
