// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "OperateController.h"

#include <QDialog>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace mb::studio {

class CheckHopsModel;

/**
 * Cluster ▸ Check: the end-to-end self-test `madbasectl check` runs (api::runClusterCheck,
 * docs/pillars.md), with every hop shown as it arrives, its result, latency and what happened
 * there, and a verdict that names the hop that failed.
 *
 * The check runs on the thread pool (it blocks for up to about 20 s). Cancel asks it to stop
 * between steps; the dialog says so until it does. Closing the dialog, even while the check
 * runs, neither waits nor blocks: the check is told to stop and ends on its own, with the state
 * it shares kept alive by the job rather than by the dialog.
 */
class CheckDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckDialog)

public:
    enum class Phase
    {
        Idle,
        Running,
        Cancelling,
        Passed,
        Failed,    ///< a hop failed: the verdict names it
        Cancelled, ///< stopped by Cancel
        Error,     ///< the check could not run (no control plane, no record)
    };
    Q_ENUM(Phase)

    /// `target` finds what to check (OperateController::checkTarget); `cluster` is for the title.
    CheckDialog(OperateController::CheckTargetJob target, const QString &cluster, QWidget *parent = nullptr);
    ~CheckDialog() override;

    [[nodiscard]] Phase phase() const { return m_phase; }
    [[nodiscard]] CheckHopsModel *model() const { return m_model; }
    /// The verdict line ("Check passed: every hop answered.", "Check failed at Gateway: …").
    [[nodiscard]] QString verdict() const;
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    [[nodiscard]] QPushButton *runAgainButton() const { return m_runAgain; }
    [[nodiscard]] QPushButton *closeButton() const { return m_close; }

public Q_SLOTS:
    /// Runs the check (again); ignored while one runs.
    void start();
    /// Asks the running check to stop between steps.
    void cancel();
    void reject() override;

Q_SIGNALS:
    /// The check ended, in `phase` (Passed, Failed, Cancelled or Error).
    void checkFinished(mb::studio::CheckDialog::Phase phase);

private:
    struct Run;
    void onFinished();
    void setPhase(Phase phase, const QString &verdict);

    OperateController::CheckTargetJob m_target;
    std::shared_ptr<Run> m_run; ///< shared with the job on the thread pool
    CheckHopsModel *m_model;
    QLabel *m_verdict;
    QProgressBar *m_progress;
    QTableView *m_table;
    QPushButton *m_cancel;
    QPushButton *m_runAgain;
    QPushButton *m_close;
    Phase m_phase = Phase::Idle;
};

} // namespace mb::studio
