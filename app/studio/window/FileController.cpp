// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "FileController.h"

#include "MessageBar.h"
#include "PreferencesDialog.h"
#include "common/CoreText.h"
#include "document/DesignDocument.h"

#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImageWriter>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace mb::studio {

namespace {

constexpr int MaxRecentFiles = 8;
constexpr qreal PngScale = 2.0;

/// Runs `work` on the thread pool and `then` with its result on `context`'s thread.
template <typename T, typename Work, typename Then> void runThen(QObject *context, Work work, Then then)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, then = std::move(then)] {
        then(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

/// Renders the scene without its selection highlight.
void renderScene(QGraphicsScene *scene, QPainter *painter, const QRectF &target, const QRectF &source)
{
    const QList<QGraphicsItem *> selected = scene->selectedItems();
    scene->clearSelection();
    scene->render(painter, target, source);
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
}

} // namespace

FileController::FileController(DesignDocument *document, QGraphicsScene *scene, MessageBar *messages,
                               QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_scene(scene)
    , m_messages(messages)
    , m_window(window)
{}

QStringList FileController::recentFiles() const
{
    return QSettings().value(QLatin1String(SettingsKey::RecentFiles)).toStringList();
}

QString FileController::templatePath(Template t)
{
    return t == Template::Starter ? QStringLiteral(":/examples/starter.json")
                                  : QStringLiteral(":/examples/production.json");
}

void FileController::newFromTemplate(Template t)
{
    // Templates are compiled in: reading one is a memory copy, not disk I/O, and parsing it takes
    // microseconds, so it happens right here and the first frame already shows the design.
    const LoadResult result = DocumentIo::load(templatePath(t));
    applyLoadResult(result, true);
    Q_EMIT loadFinished(result.path, result.topology.has_value());
}

bool FileController::isBundledExample(const QString &path)
{
    const QString bundled = QFileInfo(QStringLiteral(MB_BUNDLED_EXAMPLES_DIR)).canonicalFilePath();
    const QString directory = QFileInfo(path).canonicalPath();
    return !bundled.isEmpty() && directory == bundled;
}

void FileController::openFile(const QString &path)
{
    // A bundled example (the tests and every first run read them) opens as a new design made
    // from it, like a template: Save asks where, and the example stays as shipped.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    load(absolute, isBundledExample(absolute));
}

void FileController::load(const QString &path, bool fromTemplate)
{
    setBusy(true);
    runThen<LoadResult>(
        this, [path] { return DocumentIo::load(path); },
        [this, fromTemplate](const LoadResult &result) {
            setBusy(false);
            applyLoadResult(result, fromTemplate);
            if (fromTemplate && result.topology && m_messages->isHidden())
                m_messages->showMessage(MessageBar::Kind::Information,
                                        tr("%1 is a bundled example: it opened as a new design, and Save "
                                           "asks where to keep it.")
                                            .arg(QFileInfo(result.path).fileName()));
            Q_EMIT loadFinished(result.path, result.topology.has_value());
        });
}

void FileController::applyLoadResult(const LoadResult &result, bool fromTemplate)
{
    const QString name = QFileInfo(result.path).fileName();
    if (!result.topology) {
        const Error first =
            result.errors.empty()
                ? Error{ErrorCode::Internal,
                        Message{"mb::studio::FileController",
                                MB_TR_NOOP("mb::studio::FileController", "The file could not be read."),
                                {}},
                        {},
                        0,
                        0,
                        {}}
                : result.errors.front();
        QString text = tr("Could not open %1: %2").arg(name, app::describe(first));
        if (result.errors.size() > 1)
            text += QLatin1Char(' ') +
                    tr("(and %n more problem(s))", nullptr, static_cast<int>(result.errors.size() - 1));
        text += QLatin1Char(' ') + tr("The open design is unchanged.");
        m_messages->showMessage(MessageBar::Kind::Error, text);
        if (first.code == ErrorCode::IoNotFound)
            removeRecent(result.path);
        return;
    }
    m_document->reset(*result.topology, fromTemplate ? QString() : result.path);
    if (!fromTemplate)
        addRecent(result.path);
    const auto errors = std::count_if(m_document->diagnostics().begin(), m_document->diagnostics().end(),
                                      [](const auto &d) { return d.severity == topology::Severity::Error; });
    if (errors > 0)
        m_messages->showMessage(
            MessageBar::Kind::Warning,
            tr("%1 breaks %n rule(s); see Problems. It cannot be applied until they are fixed.", nullptr,
               static_cast<int>(errors))
                .arg(m_document->displayName()));
    else
        m_messages->hideMessage();
}

void FileController::save(std::function<void(bool)> done)
{
    if (m_document->filePath().isEmpty()) {
        saveAsInteractive(std::move(done));
        return;
    }
    saveAs(m_document->filePath(), std::move(done));
}

void FileController::saveAs(const QString &path, std::function<void(bool)> done)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const int index = m_document->undoStack()->index();
    write(absolute, DocumentIo::serialize(m_document->topology()),
          [this, index, done = std::move(done)](const SaveResult &result) {
              if (result.ok) {
                  m_document->markSaved(result.path, index);
                  addRecent(result.path);
                  m_messages->hideMessage();
              } else {
                  m_messages->showMessage(MessageBar::Kind::Error, result.error);
              }
              Q_EMIT saveFinished(result.path, result.ok);
              if (done)
                  done(result.ok);
          });
}

void FileController::write(const QString &path, const QByteArray &bytes,
                           std::function<void(const SaveResult &)> done)
{
    setBusy(true);
    runThen<SaveResult>(
        this, [path, bytes] { return DocumentIo::save(path, bytes); },
        [this, done = std::move(done)](const SaveResult &result) {
            setBusy(false);
            done(result);
        });
}

void FileController::exportPng(const QString &path)
{
    const QRectF source = m_scene->sceneRect();
    QImage image((source.size() * PngScale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(m_scene->palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                               QPainter::SmoothPixmapTransform);
        renderScene(m_scene, &painter, QRectF(image.rect()), source);
    }
    setBusy(true);
    runThen<SaveResult>(
        this,
        [path, image] {
            QImageWriter writer(path, "png");
            SaveResult result{path, writer.write(image), {}};
            if (!result.ok)
                result.error = FileController::tr("Cannot write %1: %2.").arg(path, writer.errorString());
            return result;
        },
        [this](const SaveResult &result) {
            setBusy(false);
            if (!result.ok)
                m_messages->showMessage(MessageBar::Kind::Error, result.error);
            Q_EMIT exportFinished(result.path, result.ok);
        });
}

void FileController::exportSvg(const QString &path)
{
    const QRectF source = m_scene->sceneRect();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(m_document->displayName());
    generator.setDescription(tr("Cluster diagram made with MadBase Studio"));
    {
        QPainter painter(&generator);
        painter.fillRect(QRectF(QPointF(0, 0), source.size()), m_scene->palette().color(QPalette::Base));
        renderScene(m_scene, &painter, QRectF(QPointF(0, 0), source.size()), source);
    }
    write(path, buffer.data(), [this](const SaveResult &result) {
        if (!result.ok)
            m_messages->showMessage(MessageBar::Kind::Error, result.error);
        Q_EMIT exportFinished(result.path, result.ok);
    });
}

void FileController::newFromTemplateInteractive(Template t)
{
    whenSafeToDiscard([this, t] { newFromTemplate(t); });
}

void FileController::openInteractive()
{
    whenSafeToDiscard([this] {
        auto *dialog = new QFileDialog(m_window, tr("Open Design"), dialogDirectory(),
                                       tr("Topology documents (*.json);;All files (*)"));
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, &FileController::openFile);
        dialog->open();
    });
}

void FileController::openRecentInteractive(const QString &path)
{
    whenSafeToDiscard([this, path] { openFile(path); });
}

void FileController::saveInteractive()
{
    save();
}

void FileController::saveAsInteractive(std::function<void(bool)> done)
{
    auto *dialog =
        new QFileDialog(m_window, tr("Save Design As"), dialogDirectory(), tr("Topology documents (*.json)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(m_document->filePath().isEmpty()
                           ? QString::fromStdString(m_document->topology().name) + QStringLiteral(".json")
                           : m_document->filePath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, done](const QString &path) { saveAs(path, done); });
    connect(dialog, &QFileDialog::rejected, this, [done] {
        if (done)
            done(false);
    });
    dialog->open();
}

void FileController::exportPngInteractive()
{
    auto *dialog =
        new QFileDialog(m_window, tr("Export Diagram as PNG"), dialogDirectory(), tr("PNG images (*.png)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->selectFile(QString::fromStdString(m_document->topology().name) + QStringLiteral(".png"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &FileController::exportPng);
    dialog->open();
}

void FileController::exportSvgInteractive()
{
    auto *dialog =
        new QFileDialog(m_window, tr("Export Diagram as SVG"), dialogDirectory(), tr("SVG images (*.svg)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("svg"));
    dialog->selectFile(QString::fromStdString(m_document->topology().name) + QStringLiteral(".svg"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &FileController::exportSvg);
    dialog->open();
}

void FileController::whenSafeToDiscard(std::function<void()> proceed)
{
    if (!m_document->isModified()) {
        proceed();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved Changes"),
                                tr("Save the changes to %1?").arg(m_document->displayName()),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box->setInformativeText(tr("If you don't save, your changes are lost."));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("unsavedChangesBox"));
    connect(box, &QMessageBox::finished, this, [this, box, proceed = std::move(proceed)] {
        const auto button = box->standardButton(box->clickedButton());
        if (button == QMessageBox::Discard)
            proceed();
        else if (button == QMessageBox::Save)
            save([proceed](bool saved) {
                if (saved)
                    proceed();
            });
    });
    box->open();
}

void FileController::addRecent(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(QLatin1String(SettingsKey::RecentFiles), files);
    Q_EMIT recentFilesChanged();
}

void FileController::removeRecent(const QString &path)
{
    QStringList files = recentFiles();
    if (files.removeAll(path) == 0)
        return;
    QSettings().setValue(QLatin1String(SettingsKey::RecentFiles), files);
    Q_EMIT recentFilesChanged();
}

void FileController::setBusy(bool busy)
{
    const bool before = isBusy();
    m_busy += busy ? 1 : -1;
    if (before != isBusy())
        Q_EMIT busyChanged(isBusy());
}

QString FileController::dialogDirectory() const
{
    if (!m_document->filePath().isEmpty())
        return QFileInfo(m_document->filePath()).absolutePath();
    // Never the bundled examples' directory (a recent file from before they opened as copies).
    const QStringList recent = recentFiles();
    for (const QString &file : recent) {
        if (!isBundledExample(file))
            return QFileInfo(file).absolutePath();
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace mb::studio
