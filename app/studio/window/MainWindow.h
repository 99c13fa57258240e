// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "operate/OperateController.h"

#include <QMainWindow>

#include <map>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTableView;
class QToolButton;

namespace mb::studio {

class DesignDocument;
class DesignerScene;
class DesignerView;
class FileController;
class InspectorWidget;
class LiveCatalogue;
class MessageBar;
class CheckDialog;
class NodeDetailsPane;
class NodesModel;
class NodesPanel;
class ObserveDocks;
class PaletteWidget;
class ProblemsPanel;

/**
 * Studio's main window: the designer canvas in the middle (with the inline message bar above
 * it), the Palette, Inspector and Problems docks, menus, a toolbar and a status bar with the
 * cluster, its provider and location, the connection and the live monthly cost.
 *
 * The Operate half plugs in through setOperateController(): until then the Cluster menu's
 * Connect and Review actions stay disabled and the status bar says "Not connected".
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Every action, for tests and for the Operate wiring.
    enum class Action
    {
        NewStarter,
        NewProduction,
        Open,
        Save,
        SaveAs,
        ExportPng,
        ExportSvg,
        Quit,
        Undo,
        Redo,
        Delete,
        SelectNone,
        ZoomIn,
        ZoomOut,
        FitToWindow,
        ActualSize,
        FullScreen,
        AddSystem,
        AddProxy,
        AddWorker,
        AddState,
        ScaleUp,
        ScaleDown,
        ChangePlan,
        Connect,
        Review,
        Check,
        Preferences,
        Shortcuts,
        About,
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] DesignDocument *document() const { return m_document; }
    [[nodiscard]] DesignerScene *scene() const { return m_scene; }
    [[nodiscard]] DesignerView *view() const { return m_view; }
    [[nodiscard]] FileController *files() const { return m_files; }
    [[nodiscard]] MessageBar *messageBar() const { return m_messages; }
    [[nodiscard]] PaletteWidget *paletteWidget() const { return m_palette; }
    [[nodiscard]] InspectorWidget *inspector() const { return m_inspector; }
    [[nodiscard]] ProblemsPanel *problems() const { return m_problems; }
    [[nodiscard]] QAction *action(Action id) const { return m_actions.at(id); }
    /// The status bar's text for the connection and the cost (for tests and screenshots).
    [[nodiscard]] QString connectionText() const;
    [[nodiscard]] QString costText() const;

    /// Connects the Operate half: actions, status bar, Nodes dock, card health, review.
    void setOperateController(OperateController *controller);
    /// The Nodes view's context menu for `node`: show its pillar, copy its address, give it a
    /// plan of its own (a per-node override in the design, applied through Review).
    [[nodiscard]] QMenu *createNodeMenu(const NodeRow &node);
    [[nodiscard]] OperateController *operateController() const { return m_operate; }
    [[nodiscard]] NodesModel *nodesModel() const { return m_nodesModel; }
    /// The Metrics and Logs docks (null until a controller is set).
    [[nodiscard]] ObserveDocks *observeDocks() const { return m_observe; }
    /// The Nodes view and the details of the node selected there (null until a controller is set).
    [[nodiscard]] QTableView *nodesView() const;
    [[nodiscard]] NodeDetailsPane *nodeDetails() const;
    /// Cluster ▸ Check: opens the check of the connected cluster and starts it (null when not connected).
    CheckDialog *showCheck();

public Q_SLOTS:
    /// Selects what a diagnostic's pointer is about and focuses its field.
    void showProblem(const QString &pointer);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createStatusBar();
    void refreshIcons();
    void refreshTitle();
    void refreshStatus();
    void refreshSelectionActions();
    void refreshRecentMenu();
    void setConnectionState(OperateController::ConnectionState state, const QString &detail);
    void requestReview();
    void showReview(const ReviewPlan &plan);
    void showShortcuts();
    void showAbout();
    void showPreferences();
    void restoreSettings();
    void saveSettings();
    QAction *addAction(Action id, const QString &text, const QList<QKeySequence> &shortcuts,
                       const QString &statusTip, const QString &iconName = {});

    DesignDocument *m_document;
    DesignerScene *m_scene;
    DesignerView *m_view;
    MessageBar *m_messages;
    FileController *m_files;
    PaletteWidget *m_palette = nullptr;
    InspectorWidget *m_inspector = nullptr;
    LiveCatalogue *m_catalogue = nullptr;
    ProblemsPanel *m_problems = nullptr;
    QDockWidget *m_paletteDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QDockWidget *m_activityDock = nullptr;
    QDockWidget *m_nodesDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_clusterLabel = nullptr;
    QLabel *m_placeLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    int m_pendingCount = 0; ///< changes pending on the connected cluster
    QString m_pendingPlan;  ///< the plan that converges, as text
    QToolButton *m_problemsButton = nullptr;
    QLabel *m_costLabel = nullptr;
    std::map<Action, QAction *> m_actions;
    std::map<Action, QString> m_iconNames;
    OperateController *m_operate = nullptr;
    NodesModel *m_nodesModel = nullptr;
    NodesPanel *m_nodesPanel = nullptr;
    ObserveDocks *m_observe = nullptr;
    bool m_closeConfirmed = false;
    bool m_closeWhenIdle = false;
};

} // namespace mb::studio
