// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace mb::studio {

class ActivityModel;
class OperateController;

/**
 * The Activity dock: the apply under way as an overall bar and one row per node (progress bar,
 * step, elapsed time, inline error), with Cancel. Listens to an OperateController.
 */
class ActivityPanel : public QWidget
{
    Q_OBJECT

public:
    ActivityPanel(OperateController *controller, QWidget *parent = nullptr);

    [[nodiscard]] ActivityModel *model() const { return m_model; }

private:
    ActivityModel *m_model;
    QLabel *m_summary;
    QProgressBar *m_overall;
    QPushButton *m_cancel;
    QTableView *m_table;
};

} // namespace mb::studio
