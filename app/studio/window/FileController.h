// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "document/DocumentIo.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QGraphicsScene;
class QWidget;

namespace mb::studio {

class DesignDocument;
class MessageBar;

/// The bundled templates a new design starts from.
enum class Template
{
    Starter,
    Production,
};

/**
 * Everything the File menu does: new from template, open, save, save as, recent files,
 * export as PNG and SVG, and the unsaved-changes guard. Disk work runs on a worker thread
 * (QtConcurrent + QFutureWatcher); results come back here on the GUI thread. Errors are
 * shown in the message bar and never replace the open document.
 */
class FileController : public QObject
{
    Q_OBJECT

public:
    FileController(DesignDocument *document, QGraphicsScene *scene, MessageBar *messages, QWidget *window);

    /// True while a read or write is in flight.
    [[nodiscard]] bool isBusy() const { return m_busy > 0; }
    [[nodiscard]] QStringList recentFiles() const;

    /// Resource path of a template (":/examples/starter.json").
    [[nodiscard]] static QString templatePath(Template t);
    /// True if `path` is one of the examples shipped with Studio (resources/examples); those open
    /// as new, untitled designs and are never written.
    [[nodiscard]] static bool isBundledExample(const QString &path);

    // Direct operations (no dialogs; the window's actions call the dialog variants).
    /// Replaces the document with a bundled template at once (no disk involved).
    void newFromTemplate(Template t);
    /// Opens `path` as the document's file, or, for a bundled example, as a new untitled design.
    void openFile(const QString &path);
    /// Saves to the document's file; `done(true)` once it is on disk.
    void save(std::function<void(bool)> done = {});
    void saveAs(const QString &path, std::function<void(bool)> done = {});
    void exportPng(const QString &path);
    void exportSvg(const QString &path);
    /// Puts a load result in place (or reports its errors); what an open finishes with.
    void applyLoadResult(const LoadResult &result, bool fromTemplate);

    // Interactive operations: guard unsaved changes, ask for a file name, then act.
    void newFromTemplateInteractive(Template t);
    void openInteractive();
    void openRecentInteractive(const QString &path);
    void saveInteractive();
    void saveAsInteractive(std::function<void(bool)> done = {});
    void exportPngInteractive();
    void exportSvgInteractive();

    /// Runs `proceed` once the open document may be discarded: at once when it has no unsaved
    /// changes; otherwise after the user chose Save (and it was saved) or Discard. Cancel drops it.
    void whenSafeToDiscard(std::function<void()> proceed);

Q_SIGNALS:
    void loadFinished(const QString &path, bool succeeded);
    void saveFinished(const QString &path, bool succeeded);
    void exportFinished(const QString &path, bool succeeded);
    void recentFilesChanged();
    void busyChanged(bool busy);

private:
    void addRecent(const QString &path);
    void removeRecent(const QString &path);
    void load(const QString &path, bool fromTemplate);
    void write(const QString &path, const QByteArray &bytes, std::function<void(const SaveResult &)> done);
    void setBusy(bool busy);
    [[nodiscard]] QString dialogDirectory() const;

    DesignDocument *m_document;
    QGraphicsScene *m_scene;
    MessageBar *m_messages;
    QWidget *m_window;
    int m_busy = 0;
};

} // namespace mb::studio
