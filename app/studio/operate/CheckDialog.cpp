// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "CheckDialog.h"

#include "CheckHopsModel.h"
#include "canvas/CanvasStyle.h"
#include "common/CoreText.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <atomic>
#include <optional>

namespace mb::studio {

/// What one check shares between the dialog and the job on the thread pool. The job holds it
/// until it returns, so a dialog closed meanwhile leaves nothing dangling.
struct CheckDialog::Run
{
    std::atomic<bool> cancel{false};
    /// Written by the job before it ends; read on the GUI thread once its future finished.
    std::optional<Result<api::CheckReport>> outcome;
};

CheckDialog::CheckDialog(OperateController::CheckTargetJob target, const QString &cluster, QWidget *parent)
    : QDialog(parent)
    , m_target(std::move(target))
    , m_model(new CheckHopsModel(this))
    , m_verdict(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_runAgain(new QPushButton(tr("&Run Again"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("CheckDialog"));
    setWindowTitle(cluster.isEmpty() ? tr("Check the Cluster") : tr("Check Cluster %1").arg(cluster));
    auto *intro = new QLabel(tr("One request through the gateway to the hello function, which writes to "
                                "Redis and PostgreSQL through the State entry point: every hop with its "
                                "result and latency, as madbasectl check shows them."),
                             this);
    intro->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (const int column : {int(CheckHopsModel::HopColumn), int(CheckHopsModel::ResultColumn),
                             int(CheckHopsModel::LatencyColumn)})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Hops"));
    // Five rows, shown whole: the table is as tall as they are.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setFocusPolicy(Qt::NoFocus);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, CheckHopsModel::HopCount);
    m_progress->setFormat(tr("%v of %m hops"));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_runAgain, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_runAgain, &QPushButton::clicked, this, &CheckDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &CheckDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &CheckDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(m_progress);
    layout->addWidget(m_verdict);
    layout->addWidget(buttons);
    // Tall enough for the wrapped introduction, the five hops and the verdict at this width.
    setPhase(Phase::Running, tr("Checking the cluster…"));
    constexpr int Width = 760;
    resize(Width, layout->totalHeightForWidth(Width));
    setPhase(Phase::Idle, QString());
}

CheckDialog::~CheckDialog()
{
    // Whatever still runs stops at its next step; nothing here waits for it.
    if (m_run)
        m_run->cancel = true;
}

void CheckDialog::start()
{
    if (m_phase == Phase::Running || m_phase == Phase::Cancelling)
        return;
    m_model->reset(true);
    if (!m_target) {
        m_model->markUnreached();
        setPhase(Phase::Error, tr("The check could not run: not connected to a cluster."));
        Q_EMIT checkFinished(m_phase);
        return;
    }
    auto run = std::make_shared<Run>();
    m_run = run;
    auto *watcher = new QFutureWatcher<api::CheckHop>(this);
    connect(watcher, &QFutureWatcher<api::CheckHop>::resultsReadyAt, this,
            [this, watcher](int begin, int end) {
                for (int i = begin; i < end; ++i)
                    m_model->setHop(watcher->resultAt(i));
                m_progress->setRange(0, CheckHopsModel::HopCount);
                m_progress->setValue(m_model->known());
            });
    connect(watcher, &QFutureWatcher<api::CheckHop>::finished, this, [this, watcher] {
        watcher->deleteLater();
        onFinished();
    });
    setPhase(Phase::Running, tr("Checking the cluster…"));
    watcher->setFuture(QtConcurrent::run([run, job = m_target](QPromise<api::CheckHop> &promise) {
        auto target = job();
        if (!target) {
            run->outcome = std::unexpected(target.error());
            return;
        }
        run->outcome = api::runClusterCheck(
            *target, [&promise](const api::CheckHop &hop) { promise.addResult(hop); }, &run->cancel);
    }));
}

void CheckDialog::cancel()
{
    if (m_phase != Phase::Running || !m_run)
        return;
    m_run->cancel = true;
    setPhase(Phase::Cancelling, tr("Cancelling…"));
}

void CheckDialog::reject()
{
    cancel();
    QDialog::reject();
}

void CheckDialog::onFinished()
{
    const std::shared_ptr<Run> run = std::move(m_run);
    m_model->markUnreached();
    if (!run || !run->outcome) {
        setPhase(Phase::Error, tr("The check could not run."));
    } else if (!*run->outcome) {
        const Error &error = run->outcome->error();
        if (error.code == ErrorCode::Cancelled)
            setPhase(Phase::Cancelled, tr("Check cancelled."));
        else
            setPhase(Phase::Error, tr("The check could not run: %1").arg(app::describe(error)));
    } else if (const api::CheckHop *failed = (*run->outcome)->failing()) {
        setPhase(Phase::Failed,
                 tr("Check failed at %1: %2")
                     .arg(CheckHopsModel::hopTitle(failed->kind), app::translated(failed->detail)));
    } else {
        setPhase(Phase::Passed, tr("Check passed: every hop answered."));
    }
    Q_EMIT checkFinished(m_phase);
}

void CheckDialog::setPhase(Phase phase, const QString &verdict)
{
    m_phase = phase;
    const bool running = phase == Phase::Running || phase == Phase::Cancelling;
    m_verdict->setText(verdict);
    m_verdict->setVisible(!verdict.isEmpty());
    m_progress->setVisible(running);
    if (phase == Phase::Running) {
        m_progress->setRange(0, 0); // busy until the first hop arrives
        m_progress->setValue(0);
    }
    m_cancel->setVisible(running);
    m_cancel->setEnabled(phase == Phase::Running);
    m_runAgain->setEnabled(!running);
    QPalette palette = m_verdict->palette();
    palette.setColor(QPalette::WindowText, phase == Phase::Passed ? CanvasStyle::okColor(this->palette())
                                           : phase == Phase::Failed || phase == Phase::Error
                                               ? CanvasStyle::errorColor(this->palette())
                                               : this->palette().color(QPalette::WindowText));
    m_verdict->setPalette(palette);
    // A verdict that wraps (a failing hop's reason) is shown whole: grow to fit it.
    if (const int needed = layout()->totalHeightForWidth(width()); needed > height())
        resize(width(), needed);
}

QString CheckDialog::verdict() const
{
    return m_verdict->text();
}

} // namespace mb::studio
