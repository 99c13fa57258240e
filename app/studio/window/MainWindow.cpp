// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "MainWindow.h"
#include "ObserveDocks.h"

#include "FileController.h"
#include "Format.h"
#include "MessageBar.h"
#include "PreferencesDialog.h"
#include "canvas/CanvasStyle.h"
#include "canvas/DesignerScene.h"
#include "canvas/DesignerView.h"
#include "document/DesignDocument.h"
#include "document/ProblemTarget.h"
#include "operate/ActivityPanel.h"
#include "operate/CheckDialog.h"
#include "operate/NodesModel.h"
#include "operate/NodesPanel.h"
#include "operate/ReviewDialog.h"
#include "panels/InspectorWidget.h"
#include "panels/PaletteWidget.h"
#include "panels/ProblemsPanel.h"
#include "settings/LiveCatalogue.h"
#include "topology/PlanCatalogue.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace mb::studio {

using topology::Pillar;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new DesignDocument(topology::PlanCatalogue::builtin(), this))
    , m_scene(new DesignerScene(m_document, this))
    , m_view(new DesignerView(m_scene))
    , m_messages(new MessageBar)
    , m_files(new FileController(m_document, m_scene, m_messages, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messages);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);
    m_view->setAccessibleName(tr("Designer canvas"));

    createDocks();
    createActions();
    createMenus();
    createToolBar();
    createStatusBar();

    connect(m_document, &DesignDocument::modifiedChanged, this, &MainWindow::refreshTitle);
    connect(m_document, &DesignDocument::filePathChanged, this, &MainWindow::refreshTitle);
    connect(m_document, &DesignDocument::clusterChanged, this, &MainWindow::refreshTitle);
    connect(m_document, &DesignDocument::documentReset, this, [this] {
        refreshTitle();
        // The zoom the document was saved with, else the whole diagram.
        if (const auto zoom = m_document->topology().layout.zoom) {
            m_view->setZoom(*zoom);
            m_view->centerOn(CanvasStyle::diagramRect().center());
        } else {
            m_view->fitToWindow();
        }
    });
    connect(m_view, &DesignerView::zoomChanged, this, [this](qreal zoom) {
        m_document->setViewZoom(m_view->isFitted() ? std::nullopt : std::optional<double>(zoom));
    });
    connect(m_document, &DesignDocument::diagnosticsChanged, this, &MainWindow::refreshStatus);
    connect(m_document, &DesignDocument::documentReset, this, &MainWindow::refreshSelectionActions);
    connect(m_document, &DesignDocument::diagnosticsChanged, this, &MainWindow::refreshSelectionActions);
    connect(m_scene, &DesignerScene::selectedPillarChanged, this, [this] {
        m_inspector->showPillar(m_scene->selectedPillar());
        refreshSelectionActions();
    });
    connect(m_problems, &ProblemsPanel::problemActivated, this, &MainWindow::showProblem);
    connect(m_problems, &ProblemsPanel::summaryChanged, this, &MainWindow::refreshStatus);
    connect(m_files, &FileController::recentFilesChanged, this, &MainWindow::refreshRecentMenu);
    connect(m_files, &FileController::saveFinished, this, [this](const QString &path, bool ok) {
        if (ok)
            statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    });
    connect(m_files, &FileController::exportFinished, this, [this](const QString &path, bool ok) {
        if (ok)
            statusBar()->showMessage(tr("Exported %1").arg(path), 4000);
    });
    connect(m_files, &FileController::busyChanged, this, [this](bool busy) {
        if (!busy && m_closeWhenIdle) {
            m_closeWhenIdle = false;
            close();
        }
    });

    resize(1280, 800);
    restoreSettings();
    refreshRecentMenu();
    refreshTitle();
    refreshStatus();
    refreshSelectionActions();
}

MainWindow::~MainWindow()
{
    // The views refer to the document, which was created first and so would die first:
    // take the views down before it.
    qDeleteAll(findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly));
    delete takeCentralWidget();
    delete m_scene;
}

void MainWindow::createDocks()
{
    const auto makeDock = [this](const QString &title, const QString &name, QWidget *content,
                                 Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(content);
        addDockWidget(area, dock);
        return dock;
    };
    m_palette = new PaletteWidget(m_document);
    m_inspector = new InspectorWidget(m_document);
    m_catalogue = bindLiveCatalogue(m_document, m_inspector->clusterPage(), m_messages, this);
    m_problems = new ProblemsPanel(m_document);
    auto *paletteBox = new QWidget;
    auto *paletteLayout = new QVBoxLayout(paletteBox);
    paletteLayout->setContentsMargins(0, 0, 0, 0);
    m_palette->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_palette->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *paletteHint =
        new QLabel(tr("Drag a pillar into its zone on the canvas, or select it and press Enter. "
                      "Pillars the cluster already has are greyed out."));
    paletteHint->setWordWrap(true);
    paletteHint->setForegroundRole(QPalette::PlaceholderText);
    paletteHint->setContentsMargins(6, 4, 6, 4);
    paletteLayout->addWidget(m_palette);
    paletteLayout->addWidget(paletteHint);
    paletteLayout->addStretch(1);
    m_paletteDock =
        makeDock(tr("Palette"), QStringLiteral("PaletteDock"), paletteBox, Qt::LeftDockWidgetArea);
    m_inspectorDock =
        makeDock(tr("Inspector"), QStringLiteral("InspectorDock"), m_inspector, Qt::RightDockWidgetArea);
    m_problemsDock =
        makeDock(tr("Problems"), QStringLiteral("ProblemsDock"), m_problems, Qt::BottomDockWidgetArea);
    resizeDocks({m_paletteDock, m_inspectorDock}, {190, 360}, Qt::Horizontal);
    resizeDocks({m_problemsDock}, {150}, Qt::Vertical);
}

void MainWindow::createStatusBar()
{
    m_clusterLabel = new QLabel(this);
    m_placeLabel = new QLabel(this);
    m_connectionLabel = new QLabel(this);
    m_problemsButton = new QToolButton(this);
    m_problemsButton->setAutoRaise(true);
    m_problemsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_problemsButton->setToolTip(tr("Show the Problems panel"));
    connect(m_problemsButton, &QToolButton::clicked, this, [this] {
        m_problemsDock->show();
        m_problemsDock->raise();
        m_problems->view()->setFocus(Qt::OtherFocusReason);
    });
    m_costLabel = new QLabel(this);
    QFont bold = m_costLabel->font();
    bold.setBold(true);
    m_costLabel->setFont(bold);
    m_clusterLabel->setFont(bold);
    for (QLabel *label : {m_clusterLabel, m_placeLabel, m_connectionLabel, m_costLabel})
        label->setContentsMargins(8, 0, 8, 0);
    for (QWidget *w : {static_cast<QWidget *>(m_clusterLabel), static_cast<QWidget *>(m_placeLabel),
                       static_cast<QWidget *>(m_connectionLabel), static_cast<QWidget *>(m_problemsButton),
                       static_cast<QWidget *>(m_costLabel)})
        statusBar()->addPermanentWidget(w);
    setConnectionState(OperateController::ConnectionState::NotConnected, {});
}

QString MainWindow::connectionText() const
{
    return m_connectionLabel->text();
}

QString MainWindow::costText() const
{
    return m_costLabel->text();
}

void MainWindow::refreshTitle()
{
    setWindowTitle(tr("%1[*] — MadBase Studio").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::refreshStatus()
{
    const auto &t = m_document->topology();
    const auto &cost = m_document->cost();
    m_clusterLabel->setText(t.name.empty() ? tr("Unnamed cluster") : QString::fromStdString(t.name));
    m_placeLabel->setText(tr("%1 · %2").arg(providerTitle(t.provider), locationTitle(t.location)));
    m_costLabel->setText(formatMonthly(cost.total.monthly, cost.currency));
    QStringList lines;
    for (const Pillar p : topology::AllPillars) {
        if (m_document->hasPillar(p))
            lines << tr("%1: %2").arg(pillarTitle(p),
                                      formatMonthly(cost.pillarTotal(p).monthly, cost.currency));
    }
    if (t.provider == "local")
        lines << tr("Runs on this machine at no cost; these are the Hetzner prices for the same design.");
    m_costLabel->setToolTip(lines.join(QLatin1Char('\n')));
    const int errors = static_cast<int>(
        std::count_if(m_document->diagnostics().begin(), m_document->diagnostics().end(),
                      [](const auto &d) { return d.severity == topology::Severity::Error; }));
    const bool warnings =
        std::any_of(m_document->diagnostics().begin(), m_document->diagnostics().end(),
                    [](const auto &d) { return d.severity == topology::Severity::Warning; });
    const bool clean = m_document->diagnostics().empty();
    m_problemsButton->setText(clean ? tr("No problems") : m_problems->summary());
    m_problemsButton->setIcon(style()->standardIcon(errors > 0 ? QStyle::SP_MessageBoxCritical
                                                    : warnings ? QStyle::SP_MessageBoxWarning
                                                    : clean    ? QStyle::SP_DialogApplyButton
                                                               : QStyle::SP_MessageBoxInformation));
    m_problemsDock->setWindowTitle(errors > 0 ? tr("Problems (%1)").arg(errors) : tr("Problems"));
}

void MainWindow::setConnectionState(OperateController::ConnectionState state, const QString &detail)
{
    using State = OperateController::ConnectionState;
    QString text;
    switch (state) {
    case State::NotConnected:
        text = tr("Not connected");
        break;
    case State::Connecting:
        text = tr("Connecting…");
        break;
    case State::Connected:
        // Never plainly "Connected" while the cluster differs from its topology.
        text = m_pendingCount > 0 ? tr("Connected · %n changes pending", nullptr, m_pendingCount)
                                  : tr("Connected");
        break;
    case State::Reconnecting:
        text = tr("Connection lost, retrying…");
        break;
    }
    m_connectionLabel->setText(text);
    QString tip = m_operate ? m_operate->endpoint() : tr("Connect to a cluster from the Cluster menu.");
    if (!detail.isEmpty())
        tip += QLatin1Char('\n') + detail;
    if (state == State::Connected && m_pendingCount > 0)
        tip += QLatin1Char('\n') + tr("The nodes differ from the cluster's topology; applying runs:") +
               QLatin1Char('\n') + m_pendingPlan;
    if (state != State::Connected)
        m_pendingCount = 0; // learnt again from the next connection
    else if (m_document->topology().provider == "hetzner")
        m_catalogue->refresh(); // prices as they are when the cluster is worked on
    m_connectionLabel->setToolTip(tip);
    action(Action::Review)->setEnabled(m_operate && state == State::Connected);
    action(Action::Check)->setEnabled(m_operate && state == State::Connected);
    action(Action::Connect)->setEnabled(m_operate != nullptr);
    action(Action::Connect)->setText(state == State::NotConnected ? tr("&Connect…") : tr("&Disconnect"));
    if (state == State::NotConnected) {
        for (const Pillar p : topology::AllPillars)
            m_scene->setPillarHealth(p, std::nullopt);
    }
}

void MainWindow::showProblem(const QString &pointer)
{
    const ProblemTarget target = problemTarget(pointer.toStdString());
    if (target.pillar && !m_document->hasPillar(*target.pillar)) {
        // A missing pillar: point at where it comes from and where it goes.
        m_paletteDock->show();
        m_paletteDock->raise();
        m_palette->focusPillar(*target.pillar);
        m_scene->hintZone(topology::zoneOf(*target.pillar));
        return;
    }
    m_scene->selectPillar(target.pillar);
    m_inspectorDock->show();
    m_inspectorDock->raise();
    m_inspector->focusTarget(target);
}

void MainWindow::setOperateController(OperateController *controller)
{
    if (m_operate || !controller)
        return;
    m_operate = controller;
    if (!controller->parent())
        controller->setParent(this);
    connect(controller, &OperateController::connectionStateChanged, this, &MainWindow::setConnectionState);
    connect(controller, &OperateController::pendingChanged, this, [this](int count, const QString &plan) {
        m_pendingCount = count;
        m_pendingPlan = plan;
        setConnectionState(m_operate->connectionState(), {});
    });
    connect(controller, &OperateController::reviewReady, this, &MainWindow::showReview);
    connect(controller, &OperateController::reviewFailed, this, [this](const QString &message) {
        m_messages->showMessage(MessageBar::Kind::Error, tr("Could not compute the plan: %1").arg(message));
    });
    connect(controller, &OperateController::applyFinished, this, [this](bool ok, const QString &message) {
        m_messages->showMessage(ok ? MessageBar::Kind::Positive : MessageBar::Kind::Error, message);
    });
    connect(controller, &OperateController::pillarHealthChanged, this,
            [this](Pillar p, int healthy, int total) {
                m_scene->setPillarHealth(p, PillarHealth{healthy, total});
            });

    m_nodesModel = new NodesModel(this);
    connect(controller, &OperateController::nodesChanged, m_nodesModel, &NodesModel::setNodes);
    m_nodesPanel = new NodesPanel(m_nodesModel);
    connect(m_nodesPanel, &NodesPanel::nodeMenuRequested, this,
            [this](const NodeRow &node, const QPoint &at) { createNodeMenu(node)->popup(at); });
    m_nodesDock = new QDockWidget(tr("Nodes"), this);
    m_nodesDock->setObjectName(QStringLiteral("NodesDock"));
    m_nodesDock->setWidget(m_nodesPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_nodesDock);
    tabifyDockWidget(m_problemsDock, m_nodesDock);
    restoreDockWidget(m_nodesDock);
    m_viewMenu->addAction(m_nodesDock->toggleViewAction());
    m_activityDock = new QDockWidget(tr("Activity"), this);
    m_activityDock->setObjectName(QStringLiteral("ActivityDock"));
    m_activityDock->setWidget(new ActivityPanel(controller));
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    tabifyDockWidget(m_problemsDock, m_activityDock);
    restoreDockWidget(m_activityDock);
    m_viewMenu->addAction(m_activityDock->toggleViewAction());
    m_observe = new ObserveDocks(this, controller);
    for (QDockWidget *dock : {m_observe->metricsDock(), m_observe->logsDock()}) {
        tabifyDockWidget(m_problemsDock, dock);
        m_viewMenu->addAction(dock->toggleViewAction());
    }
    connect(m_observe, &ObserveDocks::pillarCpuChanged, m_scene, &DesignerScene::setPillarCpu);
    connect(m_nodesPanel, &NodesPanel::nodeActivated, m_observe, &ObserveDocks::openNodeMetrics);
    connect(m_scene, &DesignerScene::selectedPillarChanged, this, [this] {
        if (m_operate->connectionState() == OperateController::ConnectionState::Connected &&
            m_scene->selectedPillar())
            m_observe->openPillarMetrics(*m_scene->selectedPillar());
    });
    m_problemsDock->raise(); // Activity and Nodes come forward when there is something to show
    connect(controller, &OperateController::applyStarted, this, [this] {
        m_activityDock->show();
        m_activityDock->raise();
    });
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, m_nodesModel, [this] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_nodesModel->setNow(now);
        m_nodesPanel->setNow(now);
    });
    tick->start(std::chrono::seconds(5));

    setConnectionState(controller->connectionState(), {});
}

QTableView *MainWindow::nodesView() const
{
    return m_nodesPanel ? m_nodesPanel->view() : nullptr;
}

NodeDetailsPane *MainWindow::nodeDetails() const
{
    return m_nodesPanel ? m_nodesPanel->details() : nullptr;
}

CheckDialog *MainWindow::showCheck()
{
    if (!m_operate || m_operate->connectionState() != OperateController::ConnectionState::Connected)
        return nullptr;
    auto *dialog =
        new CheckDialog(m_operate->checkTarget(), QString::fromStdString(m_document->topology().name), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->start();
    return dialog;
}

QMenu *MainWindow::createNodeMenu(const NodeRow &node)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Show Its Pillar"), this, [this, node] { m_scene->selectPillar(node.pillar); });
    if (m_observe) {
        menu->addAction(tr("Show Metrics"), m_observe, [this, node] { m_observe->openNodeMetrics(node); });
        menu->addAction(tr("Show Logs"), m_observe, [this, node] { m_observe->openNodeLogs(node); });
    }
    menu->addAction(tr("Copy Address"), this,
                    [node] { QGuiApplication::clipboard()->setText(node.address); });
    // "<cluster>-<pillar>-<n>": the node's ordinal, for a plan of its own in the design.
    const int ordinal = node.name.section(u'-', -1).toInt();
    if (node.pillar != topology::Pillar::System && ordinal > 0) {
        QMenu *plans = menu->addMenu(tr("Change This Node's Plan"));
        const std::string location = m_document->topology().location;
        for (const auto &plan : topology::PlanCatalogue::builtin().plans()) {
            if (!plan.offeredIn(location))
                continue;
            const QString name = QString::fromStdString(plan.name);
            QAction *a = plans->addAction(
                tr("%1 (%2 vCPU, %3 GB)").arg(name).arg(plan.vcpu).arg(plan.ramGb), this,
                [this, node, ordinal, name] {
                    m_document->setNodePlan(node.pillar, ordinal, name.toStdString());
                    m_messages->showMessage(
                        MessageBar::Kind::Information,
                        tr("%1 will move to %2: review the changes to apply it.").arg(node.name, name));
                });
            a->setCheckable(true);
            a->setChecked(name == node.plan);
        }
    }
    return menu;
}

void MainWindow::requestReview()
{
    if (!m_operate)
        return;
    const auto &diagnostics = m_document->diagnostics();
    const int errors =
        static_cast<int>(std::count_if(diagnostics.begin(), diagnostics.end(), [](const auto &d) {
            return d.severity == topology::Severity::Error;
        }));
    if (errors > 0) {
        m_messages->showMessage(
            MessageBar::Kind::Error,
            tr("The design breaks %n rule(s). Fix them (see Problems) before reviewing changes.", nullptr,
               errors));
        m_problemsDock->show();
        m_problemsDock->raise();
        return;
    }
    statusBar()->showMessage(tr("Computing the plan…"), 5000);
    m_operate->requestReview(m_document->topology());
}

void MainWindow::showReview(const ReviewPlan &plan)
{
    auto *dialog = new ReviewDialog(plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReviewDialog::applyConfirmed, this, [this](const QString &id) {
        if (m_operate)
            m_operate->apply(id);
    });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_files->isBusy()) {
        // Finish the save first; busyChanged(false) closes the window then.
        m_closeWhenIdle = true;
        statusBar()->showMessage(tr("Finishing the save before closing…"));
        event->ignore();
        return;
    }
    if (!m_closeConfirmed && m_document->isModified()) {
        event->ignore();
        m_files->whenSafeToDiscard([this] {
            m_closeConfirmed = true;
            close();
        });
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        refreshIcons();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QLatin1String(SettingsKey::WindowGeometry)).toByteArray());
    restoreState(settings.value(QLatin1String(SettingsKey::WindowState)).toByteArray());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QLatin1String(SettingsKey::WindowGeometry), saveGeometry());
    settings.setValue(QLatin1String(SettingsKey::WindowState), saveState());
}

} // namespace mb::studio
