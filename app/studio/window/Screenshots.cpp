// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Screenshots.h"

#include "FileController.h"
#include "MainWindow.h"
#include "ObserveDocks.h"
#include "PreferencesDialog.h"
#include "canvas/CanvasStyle.h"
#include "canvas/DesignerScene.h"
#include "canvas/DesignerView.h"
#include "document/DesignDocument.h"
#include "logs/LogModel.h"
#include "logs/LogTail.h"
#include "logs/LogsView.h"
#include "metrics/MetricsChart.h"
#include "metrics/MetricsDashboard.h"
#include "metrics/MetricsView.h"
#include "observe/TimeRangeBar.h"
#include "panels/ProblemsModel.h"
#include "panels/ProblemsPanel.h"

#include "api/LocalBootstrap.h"
#include "operate/CheckDialog.h"
#include "operate/ClusterConnection.h"
#include "operate/NodeDetailsPane.h"
#include "operate/NodesModel.h"
#include "operate/ReviewDialog.h"

#include <QApplication>

#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QMimeData>
#include <QPainter>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <algorithm>

#include <cstdio>
#include <memory>

namespace mb::studio {

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

bool save(const QPixmap &pixmap, const QString &path, QStringList &written)
{
    if (!pixmap.save(path, "PNG")) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    written << path;
    return true;
}

void openTemplate(MainWindow &window, Template t)
{
    window.files()->applyLoadResult(DocumentIo::load(FileController::templatePath(t)), true);
    settle();
    window.view()->fitToWindow();
    settle();
}

/// Drags `pillar` over `scenePos` without dropping, as a person hovering the wrong zone.
void hoverDrag(DesignerView *view, topology::Pillar pillar, const QPointF &scenePos)
{
    const QPoint at = view->mapFromScene(scenePos);
    std::unique_ptr<QMimeData> mime(pillarMime(pillar));
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &move);
    settle();
}

/// A dialog drawn over its dimmed window, with a plain title bar, as a window manager shows it.
QPixmap overWindow(const QPixmap &window, const QPixmap &dialog, const QString &title,
                   const QPalette &palette)
{
    QPixmap out = window;
    QPainter painter(&out);
    painter.fillRect(out.rect(), QColor(0, 0, 0, 90));
    const int titleHeight = 30;
    const QRect frame(
        QPoint((out.width() - dialog.width()) / 2, (out.height() - dialog.height() - titleHeight) / 2),
        QSize(dialog.width(), dialog.height() + titleHeight));
    painter.fillRect(frame.adjusted(-1, -1, 1, 1), palette.color(QPalette::Shadow));
    painter.fillRect(QRect(frame.topLeft(), QSize(frame.width(), titleHeight)),
                     palette.color(QPalette::Button));
    QFont bold = painter.font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette.color(QPalette::ButtonText));
    painter.drawText(QRect(frame.topLeft(), QSize(frame.width(), titleHeight)), Qt::AlignCenter, title);
    painter.drawPixmap(frame.topLeft() + QPoint(0, titleHeight), dialog);
    return out;
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

/// The Metrics and Logs docks on the running cluster: every node's CPU in the cluster dashboard
/// (how long until all four report is printed), then the State node's logs, followed live.
void captureObserveScreenshots(MainWindow &window, const QDir &dir, QStringList &written,
                               const QElapsedTimer &sinceApply)
{
    ObserveDocks *observe = window.observeDocks();
    if (!observe)
        return;
    QElapsedTimer clock;
    clock.start();
    observe->metricsDock()->show();
    observe->metricsDock()->raise();
    window.resizeDocks({observe->metricsDock()}, {520}, Qt::Vertical);
    observe->metrics()->rangeBar()->setRange(TimeRange{300, {}, {}});
    observe->metrics()->openScope(DashboardScope{DashboardScope::Kind::Cluster, {}, {}, {}});
    QTimer refresh;
    QObject::connect(&refresh, &QTimer::timeout, observe->metrics(), &MetricsView::refresh);
    refresh.start(2000);
    const auto everyNodeHasCpu = [&] {
        const QList<MetricsChart *> charts = observe->metrics()->dashboard()->charts();
        return charts.size() > 1 && charts.first()->drawnSeriesCount() >= 4 &&
               charts.at(1)->drawnSeriesCount() >= 4;
    };
    if (waitUntil(everyNodeHasCpu, 60000))
        std::fprintf(
            stderr, "metrics: every node's CPU and memory on the dashboard %.1f s after the apply finished\n",
            double(sinceApply.elapsed()) / 1000.0);
    else
        std::fprintf(stderr, "metrics: not every node's CPU showed within 60 s\n");
    // A minute and a half of history, so the lines say something.
    waitUntil([&] { return sinceApply.elapsed() > 90000; }, 90000);
    observe->metrics()->refresh();
    refresh.stop();
    waitUntil([] { return false; }, 2500);
    settle();
    save(window.grab(), dir.filePath(QStringLiteral("studio-metrics.png")), written);

    const QList<NodeRow> nodes = window.nodesModel()->nodes();
    const auto state =
        std::ranges::find_if(nodes, [](const NodeRow &n) { return n.pillar == topology::Pillar::State; });
    if (state == nodes.end())
        return;
    observe->logs()->rangeBar()->setRange(TimeRange{300, {}, {}});
    observe->openNodeLogs(*state);
    window.resizeDocks({observe->logsDock()}, {520}, Qt::Vertical);
    clock.restart();
    if (waitUntil(
            [&] {
                return observe->logs()->model()->rowCount() > 20 && observe->logs()->tail()->isConnected();
            },
            30000))
        std::fprintf(stderr, "logs: %d lines of %s, tail following after %.1f s\n",
                     observe->logs()->model()->rowCount(), qPrintable(state->name),
                     double(clock.elapsed()) / 1000.0);
    observe->logs()->setSearch(QStringLiteral("ready"));
    QListView *list = observe->logs()->list();
    for (int row = list->model()->rowCount() - 1; row >= 0; --row)
        if (list->model()->index(row, 0).data().toString().contains(u"ready")) {
            list->setCurrentIndex(list->model()->index(row, 0));
            break;
        }
    waitUntil([] { return false; }, 1500);
    settle();
    save(window.grab(), dir.filePath(QStringLiteral("studio-logs.png")), written);
    observe->logs()->setLive(false);
}

/// The Operate views need a cluster that runs: one is brought up on this machine in a
/// private directory (real daemons, the real control plane), reviewed, applied, shown and
/// torn down again. Skipped, with a note, when the daemons are not built.
void captureOperateScreenshots(const QDir &dir, QStringList &written)
{
    QTemporaryDir root;
    // PostgreSQL and Redis run as their own users and must pass through it (docs/pillars.md).
    QFile::setPermissions(root.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                           QFileDevice::ExeOther);
    MainWindow window;
    window.resize(1360, 860);
    auto *connection = new ClusterConnection(&window);
    connection->setRoot(root.path().toStdString());
    window.setOperateController(connection);
    window.show();
    openTemplate(window, Template::Starter);
    window.document()->setName("demo");
    settle();

    ReviewPlan review;
    bool reviewed = false;
    bool finished = false;
    QObject::connect(connection, &OperateController::reviewReady, &window, [&](const ReviewPlan &p) {
        review = p;
        reviewed = true;
    });
    QElapsedTimer sinceApply;
    QObject::connect(connection, &OperateController::applyFinished, &window, [&] {
        finished = true;
        sinceApply.start();
    });
    const auto ready = [&] {
        return connection->connectionState() == OperateController::ConnectionState::Connected;
    };
    connection->connectToCluster(window.document()->topology());
    if (!waitUntil(ready, 30000)) {
        std::fprintf(stderr,
                     "skipping the Operate screenshots: no control plane came up (are the daemons built?)\n");
        return;
    }
    connection->requestReview(window.document()->topology());
    if (waitUntil([&] { return reviewed; }, 15000)) {
        ReviewDialog dialog(review, &window);
        dialog.show();
        settle();
        save(overWindow(window.grab(), dialog.grab(), dialog.windowTitle(), window.palette()),
             dir.filePath(QStringLiteral("studio-review.png")), written);
        dialog.hide();
        connection->apply(review.id);
        waitUntil([&] { return finished; }, 60000);
        // Until every node's software runs (PostgreSQL's initdb takes a few seconds), then a
        // heartbeat more, so the cards show it.
        waitUntil(
            [&] {
                const NodesModel *nodes = window.nodesModel();
                return nodes && nodes->rowCount() == 4 &&
                       std::ranges::all_of(nodes->nodes(), [](const NodeRow &n) {
                           return !n.components.isEmpty() && n.componentsRunning();
                       });
            },
            30000);
        waitUntil([] { return false; }, 1500);
        settle();
        save(window.grab(), dir.filePath(QStringLiteral("studio-applied.png")), written);
        if (QDockWidget *nodes = window.findChild<QDockWidget *>(QStringLiteral("NodesDock"))) {
            nodes->raise();
            window.resizeDocks({nodes}, {260}, Qt::Vertical);
            // The State node's details: what a person looks at when a store misbehaves.
            const QAbstractItemModel *rows = window.nodesView()->model();
            for (int row = 0; row < rows->rowCount(); ++row)
                if (rows->index(row, NodesModel::NameColumn).data().toString() == u"demo-state-1")
                    window.nodesView()->selectRow(row);
            settle();
            save(window.grab(), dir.filePath(QStringLiteral("studio-nodes.png")), written);
        }
        CheckDialog check(connection->checkTarget(), QStringLiteral("demo"), &window);
        bool checked = false;
        QObject::connect(&check, &CheckDialog::checkFinished, &window, [&] { checked = true; });
        check.show();
        check.start();
        waitUntil([&] { return checked; }, 30000);
        settle();
        save(overWindow(window.grab(), check.grab(), check.windowTitle(), window.palette()),
             dir.filePath(QStringLiteral("studio-check.png")), written);
        check.hide();
        captureObserveScreenshots(window, dir, written, sinceApply);
    }
    connection->disconnectFromCluster();
    const api::Teardown teardown = api::destroyLocal(root.path().toStdString(), "demo");
    for (const Error &e : teardown.failures)
        std::fprintf(stderr, "teardown: %s\n", e.describe().c_str());
}

} // namespace

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x38, 0x3b, 0x40));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7d, 0x82));
    return p;
}

QStringList captureScreenshots(const QString &directory)
{
    QStringList written;
    if (!QDir().mkpath(directory)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(directory));
        return {};
    }
    const QDir dir(directory);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette light = QApplication::style()->standardPalette();
    QApplication::setPalette(light);

    {
        MainWindow window;
        window.resize(1360, 860);
        window.show();
        settle();

        openTemplate(window, Template::Starter);
        if (!save(window.grab(), dir.filePath(QStringLiteral("studio-starter.png")), written))
            return {};

        openTemplate(window, Template::Production);
        window.document()->setCount(topology::Pillar::State, 2);
        settle();
        // As a person does it: pick the problem in the Problems panel.
        QTreeView *problems = window.problems()->view();
        const int row = window.problems()->model()->rowOf(QStringLiteral("state-count"));
        problems->setCurrentIndex(problems->model()->index(row, ProblemsModel::MessageColumn));
        window.showProblem(QStringLiteral("/pillars/state/count"));
        settle();
        if (!save(window.grab(), dir.filePath(QStringLiteral("studio-problem.png")), written))
            return {};

        openTemplate(window, Template::Starter);
        window.document()->removePillar(topology::Pillar::Worker);
        settle();
        const QRectF publicZone = CanvasStyle::zoneRect(topology::Zone::Public);
        hoverDrag(window.view(), topology::Pillar::Worker,
                  QPointF(publicZone.center().x() + 40, publicZone.bottom() - 40));
        if (!save(window.grab(), dir.filePath(QStringLiteral("studio-drop-refused.png")), written))
            return {};
        QDragLeaveEvent leave;
        QCoreApplication::sendEvent(window.view()->viewport(), &leave);

        openTemplate(window, Template::Starter);
        PreferencesDialog preferences(&window);
        preferences.show();
        settle();
        if (!save(overWindow(window.grab(), preferences.grab(), preferences.windowTitle(), window.palette()),
                  dir.filePath(QStringLiteral("studio-preferences.png")), written))
            return {};
        preferences.hide();
    }

    QApplication::setPalette(darkPalette());
    {
        MainWindow window;
        window.resize(1360, 860);
        window.show();
        settle();
        openTemplate(window, Template::Production);
        window.scene()->selectPillar(topology::Pillar::State);
        settle();
        if (!save(window.grab(), dir.filePath(QStringLiteral("studio-dark.png")), written))
            return {};
    }
    QApplication::setPalette(light);
    captureOperateScreenshots(dir, written);
    return written;
}

} // namespace mb::studio
