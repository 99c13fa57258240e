// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// The main window's actions, menus and toolbar, and the small dialogs they open.
#include "FileController.h"
#include "Icons.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "canvas/DesignerScene.h"
#include "canvas/DesignerView.h"
#include "canvas/PillarCard.h"
#include "document/DesignDocument.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QGraphicsView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTextBrowser>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mb::studio {

using topology::Pillar;

QAction *MainWindow::addAction(Action id, const QString &text, const QList<QKeySequence> &shortcuts,
                               const QString &statusTip, const QString &iconName)
{
    auto *a = new QAction(text, this);
    QList<QKeySequence> keys;
    for (const QKeySequence &k : shortcuts) {
        if (!k.isEmpty() && !keys.contains(k))
            keys << k;
    }
    a->setShortcuts(keys);
    a->setStatusTip(statusTip);
    a->setToolTip(keys.isEmpty() ? QString(text).remove(QLatin1Char('&'))
                                 : tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                     keys.constFirst().toString(QKeySequence::NativeText)));
    m_actions[id] = a;
    if (!iconName.isEmpty())
        m_iconNames[id] = iconName;
    return a;
}

void MainWindow::createActions()
{
    using K = QKeySequence;
    FileController *f = m_files;
    connect(addAction(Action::NewStarter, tr("&Starter Cluster"), {K::New},
                      tr("A new design from the starter template"), QStringLiteral("document-new")),
            &QAction::triggered, f, [f] { f->newFromTemplateInteractive(Template::Starter); });
    connect(addAction(Action::NewProduction, tr("&Production Cluster"), {K(tr("Ctrl+Shift+N"))},
                      tr("A new design from the production template")),
            &QAction::triggered, f, [f] { f->newFromTemplateInteractive(Template::Production); });
    connect(addAction(Action::Open, tr("&Open…"), {K::Open}, tr("Open a topology document"),
                      QStringLiteral("document-open")),
            &QAction::triggered, f, &FileController::openInteractive);
    connect(addAction(Action::Save, tr("&Save"), {K::Save}, tr("Save the design"),
                      QStringLiteral("document-save")),
            &QAction::triggered, f, &FileController::saveInteractive);
    connect(addAction(Action::SaveAs, tr("Save &As…"), {K::SaveAs, K(tr("Ctrl+Shift+S"))},
                      tr("Save the design under a new name")),
            &QAction::triggered, f, [f] { f->saveAsInteractive(); });
    connect(addAction(Action::ExportPng, tr("Export as &PNG…"), {K(tr("Ctrl+E"))},
                      tr("Save the diagram as an image")),
            &QAction::triggered, f, &FileController::exportPngInteractive);
    connect(addAction(Action::ExportSvg, tr("Export as S&VG…"), {K(tr("Ctrl+Shift+E"))},
                      tr("Save the diagram as a vector drawing")),
            &QAction::triggered, f, &FileController::exportSvgInteractive);
    connect(addAction(Action::Quit, tr("&Quit"), {K::Quit, K(tr("Ctrl+Q"))}, tr("Close MadBase Studio")),
            &QAction::triggered, this, &QWidget::close);

    QUndoStack *undo = m_document->undoStack();
    QAction *undoAction = addAction(Action::Undo, tr("&Undo"), {K::Undo}, tr("Undo the last edit"),
                                    QStringLiteral("edit-undo"));
    connect(undoAction, &QAction::triggered, undo, &QUndoStack::undo);
    connect(undo, &QUndoStack::canUndoChanged, undoAction, &QAction::setEnabled);
    connect(undo, &QUndoStack::undoTextChanged, undoAction, [undoAction](const QString &text) {
        undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    undoAction->setEnabled(false);
    QAction *redoAction = addAction(Action::Redo, tr("&Redo"), {K::Redo}, tr("Redo the edit just undone"),
                                    QStringLiteral("edit-redo"));
    connect(redoAction, &QAction::triggered, undo, &QUndoStack::redo);
    connect(undo, &QUndoStack::canRedoChanged, redoAction, &QAction::setEnabled);
    connect(undo, &QUndoStack::redoTextChanged, redoAction, [redoAction](const QString &text) {
        redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    redoAction->setEnabled(false);

    // Canvas-only keys: Delete and Escape mean something else in a text field or a table.
    QAction *remove =
        addAction(Action::Delete, tr("&Remove Pillar"), {K::Delete, K(Qt::Key_Backspace)},
                  tr("Remove the selected pillar from the design"), QStringLiteral("edit-delete"));
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(remove);
    connect(remove, &QAction::triggered, this, [this] {
        if (const auto p = m_scene->selectedPillar())
            m_document->removePillar(*p);
    });
    QAction *selectNone = addAction(Action::SelectNone, tr("Select &None"), {K(Qt::Key_Escape)},
                                    tr("Clear the selection and show the cluster's settings"));
    selectNone->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(selectNone);
    connect(selectNone, &QAction::triggered, this, [this] { m_scene->selectPillar(std::nullopt); });

    connect(addAction(Action::ZoomIn, tr("Zoom &In"), {K::ZoomIn, K(tr("Ctrl+="))},
                      tr("Zoom in on the canvas"), QStringLiteral("zoom-in")),
            &QAction::triggered, m_view, &DesignerView::zoomIn);
    connect(addAction(Action::ZoomOut, tr("Zoom &Out"), {K::ZoomOut, K(tr("Ctrl+-"))},
                      tr("Zoom out of the canvas"), QStringLiteral("zoom-out")),
            &QAction::triggered, m_view, &DesignerView::zoomOut);
    connect(addAction(Action::FitToWindow, tr("&Fit to Window"), {K(tr("Ctrl+0"))},
                      tr("Show the whole cluster"), QStringLiteral("zoom-fit-best")),
            &QAction::triggered, m_view, &DesignerView::fitToWindow);
    connect(addAction(Action::ActualSize, tr("&Actual Size"), {K(tr("Ctrl+Alt+0"))}, tr("Zoom to 100%")),
            &QAction::triggered, m_view, &DesignerView::actualSize);
    QAction *fullScreen = addAction(Action::FullScreen, tr("F&ull Screen"), {K::FullScreen, K(tr("F11"))},
                                    tr("Use the whole screen"));
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });

    const Action adds[] = {Action::AddSystem, Action::AddProxy, Action::AddWorker, Action::AddState};
    for (const Pillar p : topology::AllPillars) {
        const int n = static_cast<int>(p) + 1;
        QAction *a =
            addAction(adds[n - 1], tr("Add %1").arg(pillarTitle(p)), {K(tr("Ctrl+Shift+%1").arg(n))},
                      tr("Add the %1 pillar to the %2").arg(pillarTitle(p), zoneTitle(topology::zoneOf(p))));
        connect(a, &QAction::triggered, this, [this, p] {
            if (m_document->addPillar(p))
                m_scene->selectPillar(p);
        });
    }
    QAction *up = addAction(Action::ScaleUp, tr("Scale &Up"), {K(tr("Ctrl+Up"))},
                            tr("Add nodes to the selected pillar (state: 1 → 3 → 5)"));
    QAction *down = addAction(Action::ScaleDown, tr("Scale &Down"), {K(tr("Ctrl+Down"))},
                              tr("Remove nodes from the selected pillar"));
    QAction *plan = addAction(Action::ChangePlan, tr("Change &Plan…"), {K(tr("Ctrl+Shift+P"))},
                              tr("Choose a bigger or smaller plan for the selected pillar"));
    for (QAction *a : {up, down, plan}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
    }
    connect(up, &QAction::triggered, this, [this] {
        if (const auto p = m_scene->selectedPillar())
            m_document->stepCount(*p, +1);
    });
    connect(down, &QAction::triggered, this, [this] {
        if (const auto p = m_scene->selectedPillar())
            m_document->stepCount(*p, -1);
    });
    connect(plan, &QAction::triggered, this, [this] {
        if (const auto p = m_scene->selectedPillar())
            m_scene->card(*p)->planButton()->click();
    });
    QAction *connectAction = addAction(Action::Connect, tr("&Connect…"), {K(tr("Ctrl+Shift+K"))},
                                       tr("Bootstrap this cluster or connect to its control plane"),
                                       QStringLiteral("network-connect"));
    connect(connectAction, &QAction::triggered, this, [this] {
        if (!m_operate)
            return;
        if (m_operate->connectionState() == OperateController::ConnectionState::NotConnected)
            m_operate->connectToCluster(m_document->topology());
        else
            m_operate->disconnectFromCluster();
    });
    connect(addAction(Action::Review, tr("&Review Changes…"), {K(tr("Ctrl+Shift+R"))},
                      tr("See every action and the cost difference before applying the design"),
                      QStringLiteral("review-changes")),
            &QAction::triggered, this, &MainWindow::requestReview);
    QAction *check =
        addAction(Action::Check, tr("C&heck…"), {K(tr("Ctrl+Shift+H"))},
                  tr("Send a request through every hop of the running cluster and show each result"));
    check->setEnabled(false);
    connect(check, &QAction::triggered, this, [this] { showCheck(); });

    QAction *prefs = addAction(Action::Preferences, tr("&Preferences…"), {K::Preferences, K(tr("Ctrl+,"))},
                               tr("Language and other settings"));
    prefs->setMenuRole(QAction::PreferencesRole);
    connect(prefs, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(addAction(Action::Shortcuts, tr("&Keyboard Shortcuts"), {K::HelpContents, K(tr("F1"))},
                      tr("Every action and its keys")),
            &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction *about =
        addAction(Action::About, tr("&About MadBase Studio"), {K(tr("Shift+F1"))}, tr("Version and licence"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    refreshIcons();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *newMenu = file->addMenu(tr("&New from Template"));
    newMenu->addAction(action(Action::NewStarter));
    newMenu->addAction(action(Action::NewProduction));
    file->addAction(action(Action::Open));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(action(Action::Save));
    file->addAction(action(Action::SaveAs));
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export Diagram"));
    exportMenu->addAction(action(Action::ExportPng));
    exportMenu->addAction(action(Action::ExportSvg));
    file->addSeparator();
    file->addAction(action(Action::Quit));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(Action::Undo));
    edit->addAction(action(Action::Redo));
    edit->addSeparator();
    edit->addAction(action(Action::Delete));
    edit->addAction(action(Action::SelectNone));
    edit->addSeparator();
    edit->addAction(action(Action::Preferences));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(action(Action::ZoomIn));
    m_viewMenu->addAction(action(Action::ZoomOut));
    m_viewMenu->addAction(action(Action::FitToWindow));
    m_viewMenu->addAction(action(Action::ActualSize));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(action(Action::FullScreen));
    m_viewMenu->addSeparator();
    int n = 1;
    for (QDockWidget *dock : {m_paletteDock, m_inspectorDock, m_problemsDock}) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setShortcut(QKeySequence(tr("Alt+%1").arg(n++)));
        m_viewMenu->addAction(toggle);
    }

    QMenu *cluster = menuBar()->addMenu(tr("&Cluster"));
    QMenu *add = cluster->addMenu(tr("&Add Pillar"));
    for (const Action a : {Action::AddSystem, Action::AddProxy, Action::AddWorker, Action::AddState})
        add->addAction(action(a));
    cluster->addAction(action(Action::ScaleUp));
    cluster->addAction(action(Action::ScaleDown));
    cluster->addAction(action(Action::ChangePlan));
    cluster->addSeparator();
    cluster->addAction(action(Action::Connect));
    cluster->addAction(action(Action::Review));
    cluster->addAction(action(Action::Check));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(Action::Shortcuts));
    help->addAction(action(Action::About));
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    for (const Action a : {Action::NewStarter, Action::Open, Action::Save})
        bar->addAction(action(a));
    bar->addSeparator();
    bar->addAction(action(Action::Undo));
    bar->addAction(action(Action::Redo));
    bar->addAction(action(Action::Delete));
    bar->addSeparator();
    for (const Action a : {Action::ZoomIn, Action::ZoomOut, Action::FitToWindow})
        bar->addAction(action(a));
    bar->addSeparator();
    bar->addAction(action(Action::Connect));
    bar->addAction(action(Action::Review));
}

void MainWindow::refreshIcons()
{
    for (const auto &[id, name] : m_iconNames)
        m_actions.at(id)->setIcon(actionIcon(name, palette()));
}

void MainWindow::refreshSelectionActions()
{
    const auto p = m_scene->selectedPillar();
    const auto &spec = p ? m_document->topology().pillar(*p) : std::nullopt;
    action(Action::Delete)->setEnabled(p.has_value());
    action(Action::ScaleUp)->setEnabled(spec && topology::stepCount(*p, spec->count, +1).has_value());
    action(Action::ScaleDown)->setEnabled(spec && topology::stepCount(*p, spec->count, -1).has_value());
    action(Action::ChangePlan)->setEnabled(p.has_value());
    const Action adds[] = {Action::AddSystem, Action::AddProxy, Action::AddWorker, Action::AddState};
    for (const Pillar pillar : topology::AllPillars)
        action(adds[static_cast<int>(pillar)])->setEnabled(!m_document->hasPillar(pillar));
}

void MainWindow::refreshRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_files->recentFiles();
    int n = 1;
    for (const QString &path : files) {
        QAction *a = m_recentMenu->addAction(tr("&%1 %2").arg(n++).arg(QFileInfo(path).fileName()));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, m_files, [this, path] { m_files->openRecentInteractive(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::showShortcuts()
{
    auto *dialog = new QDialog(this);
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *text = new QTextBrowser(dialog);
    QString html = QStringLiteral("<table cellpadding='3'>");
    for (const auto &[id, a] : m_actions) {
        if (a->shortcut().isEmpty())
            continue;
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(a->text().remove(QLatin1Char('&')).toHtmlEscaped(),
                         a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
    }
    html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                .arg(tr("Zoom").toHtmlEscaped(), tr("Ctrl+mouse wheel").toHtmlEscaped());
    html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                .arg(tr("Pan").toHtmlEscaped(), tr("Middle button, or Space+drag").toHtmlEscaped());
    text->setHtml(html + QStringLiteral("</table>"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(460, 560);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setWindowTitle(tr("About MadBase Studio"));
    box->setIconPixmap(windowIcon().pixmap(QSize(64, 64), devicePixelRatioF()));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>MadBase Studio %1</h3><p>Design, provision, scale and watch MadBase clusters.</p>"
                    "<p>Licensed under the GNU GPL, version 3 or later. Built with Qt %2.</p>")
                     .arg(QStringLiteral(MB_VERSION), QString::fromLatin1(qVersion())));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace mb::studio
