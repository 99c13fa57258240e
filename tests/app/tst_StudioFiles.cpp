// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "StudioTestSupport.h"
#include "canvas/DesignerScene.h"
#include "document/DesignDocument.h"
#include "panels/ProblemsModel.h"
#include "panels/ProblemsPanel.h"
#include "window/FileController.h"
#include "window/MainWindow.h"
#include "window/MessageBar.h"
#include "window/PreferencesDialog.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QUndoStack>

using namespace mb;
using namespace mb::studio;
using topology::Pillar;

/// Files: open, save, templates, round trips, broken input, the unsaved-changes guard, export.
class TestStudioFiles : public QObject
{
    Q_OBJECT

private:
    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write test file");
        f.write(content);
        return path;
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static bool open(MainWindow &w, const QString &path)
    {
        QSignalSpy done(w.files(), &FileController::loadFinished);
        w.files()->openFile(path);
        return done.wait(5000) && done.at(0).at(1).toBool();
    }

    static bool saveAs(MainWindow &w, const QString &path)
    {
        QSignalSpy done(w.files(), &FileController::saveFinished);
        w.files()->saveAs(path);
        return done.wait(5000) && done.at(0).at(1).toBool();
    }

    static std::string text(const MainWindow &w)
    {
        return topology::serializeTopology(w.document()->topology());
    }

    /// Clicks `button` in the unsaved-changes box the window shows.
    static bool answerUnsavedChanges(MainWindow &w, QMessageBox::StandardButton button)
    {
        auto *box = w.findChild<QMessageBox *>(QStringLiteral("unsavedChangesBox"));
        if (!box)
            return false;
        box->button(button)->click();
        return true;
    }

    /// Every file of `directory` with its bytes.
    static QMap<QString, QByteArray> snapshot(const QString &directory)
    {
        QMap<QString, QByteArray> files;
        const QDir dir(directory);
        for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
            files.insert(name, read(dir.filePath(name)));
        return files;
    }

    QTemporaryDir m_dir;
    test::IsolatedSettings m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        // The dialogs are Qt's own widgets (no desktop's native dialog), so the test can fill them in.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    }

    void testBundledExampleOpensAsANewDesignAndSaveAsksWhere()
    {
        const QString examples = QString::fromStdString(test::sourcePath("resources/examples"));
        const QMap<QString, QByteArray> shipped = snapshot(examples);
        QVERIFY(shipped.contains(QStringLiteral("starter.json")));
        const QString starter = QDir(examples).filePath(QStringLiteral("starter.json"));
        // A recent file from before examples opened as copies must not lead the Save dialog there.
        QSettings().setValue(QLatin1String(SettingsKey::RecentFiles), QStringList{starter});

        MainWindow w;
        w.show();
        QVERIFY(open(w, starter));
        QVERIFY(w.document()->filePath().isEmpty()); // untitled, made from the example
        QCOMPARE(w.document()->displayName(), QStringLiteral("starter"));
        QCOMPARE(w.messageBar()->kind(), MessageBar::Kind::Information);
        QVERIFY(w.messageBar()->text().contains(QStringLiteral("bundled example")));
        w.document()->setCount(Pillar::Worker, 3);
        QVERIFY(w.document()->isModified());

        QSignalSpy saved(w.files(), &FileController::saveFinished);
        w.files()->saveInteractive(); // File ▸ Save
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<QFileDialog *>()) != nullptr && dialog->isVisible());
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        QVERIFY2(QFileInfo(dialog->directory().absolutePath()).canonicalFilePath() !=
                     QFileInfo(examples).canonicalFilePath(),
                 qPrintable(dialog->directory().absolutePath()));
        const QString chosen = m_dir.filePath(QStringLiteral("my-cluster.json"));
        dialog->selectFile(chosen);
        static_cast<QDialog *>(dialog)->accept(); // as the dialog's Save button does
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(saved.at(0).at(1).toBool());
        QCOMPARE(saved.at(0).at(0).toString(), chosen);
        QCOMPARE(w.document()->filePath(), chosen);
        QVERIFY(!w.document()->isModified());
        const auto written = topology::parseTopology(read(chosen).toStdString());
        QVERIFY(written.has_value());
        QCOMPARE(written->pillar(Pillar::Worker)->count, 3);
        QCOMPARE(snapshot(examples), shipped); // the bundled examples stay as shipped
    }

    void testSaveOpenSaveIsByteIdentical()
    {
        MainWindow w;
        const QString original =
            QString::fromStdString(test::sourcePath("resources/examples/production.json"));
        QVERIFY(open(w, original));
        const QString first = m_dir.filePath(QStringLiteral("first.json"));
        const QString second = m_dir.filePath(QStringLiteral("second.json"));
        QVERIFY(saveAs(w, first));
        QVERIFY(open(w, first));
        QVERIFY(saveAs(w, second));
        QCOMPARE(read(second), read(first));
        QCOMPARE(read(first), read(original)); // the examples are in canonical form
    }

    void testRoundTripKeepsEditsLayoutAndOverrides()
    {
        MainWindow w;
        QVERIFY(open(w, QString::fromStdString(test::sourcePath("resources/examples/starter.json"))));
        w.document()->stepCount(Pillar::State, +1);
        w.document()->setNodePlan(Pillar::State, 2, std::string("ccx23"));
        w.document()->moveCard(Pillar::Worker, {64, 330});
        w.document()->setSshSafelist({"198.51.100.0/24", "2001:db8::/32"});
        const std::string edited = text(w);
        const QString path = m_dir.filePath(QStringLiteral("edited.json"));
        QVERIFY(saveAs(w, path));
        QVERIFY(!w.document()->isModified());
        QCOMPARE(w.document()->filePath(), path);
        QVERIFY(open(w, path));
        QCOMPARE(text(w), edited);
        QCOMPARE(w.document()->undoStack()->count(), 0);
    }

    void testBrokenFileKeepsTheDocumentAndShowsLineAndPointer()
    {
        MainWindow w;
        QVERIFY(open(w, QString::fromStdString(test::sourcePath("resources/examples/starter.json"))));
        w.document()->setName("unsaved-work");
        const std::string before = text(w);
        auto doc = test::example("production");
        doc["pillars"]["state"]["count"] = "three";
        const QString broken = write(QStringLiteral("broken.json"), QByteArray::fromStdString(doc.dump(2)));
        QVERIFY(!open(w, broken));
        QCOMPARE(text(w), before);
        QVERIFY(w.document()->isModified());
        QVERIFY(w.messageBar()->isVisibleTo(&w));
        QCOMPARE(w.messageBar()->kind(), MessageBar::Kind::Error);
        const QString message = w.messageBar()->text();
        QVERIFY2(message.contains(QStringLiteral("broken.json")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("line ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("/pillars/state/count")), qPrintable(message));
    }

    void testTruncatedFileReportsWhereItEnds()
    {
        MainWindow w;
        QVERIFY(open(w, QString::fromStdString(test::sourcePath("resources/examples/starter.json"))));
        const QByteArray full =
            QByteArray::fromStdString(test::sourceFile("resources/examples/production.json"));
        QVERIFY(!open(w, write(QStringLiteral("cut.json"), full.left(full.size() / 2))));
        QCOMPARE(w.document()->topology().name, std::string("starter"));
        QVERIFY2(w.messageBar()->text().contains(QStringLiteral("line ")),
                 qPrintable(w.messageBar()->text()));
    }

    void testForeignFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QTest::newRow("json array") << QByteArray("[1, 2, 3]\n");
        QTest::newRow("other json") << QByteArray("{\"name\": \"x\", \"dependencies\": {}}\n");
        QTest::newRow("empty") << QByteArray();
    }

    void testForeignFilesAreRefused()
    {
        QFETCH(QByteArray, content);
        MainWindow w;
        QVERIFY(open(w, QString::fromStdString(test::sourcePath("resources/examples/starter.json"))));
        QVERIFY(!open(w, write(QStringLiteral("foreign.json"), content)));
        QCOMPARE(w.document()->topology().name, std::string("starter"));
        QCOMPARE(w.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY(w.messageBar()->text().startsWith(QStringLiteral("Could not open foreign.json")));
    }

    void testMissingFileIsReportedAndDroppedFromRecentFiles()
    {
        MainWindow w;
        const QString path =
            write(QStringLiteral("soon-gone.json"),
                  QByteArray::fromStdString(test::sourceFile("resources/examples/starter.json")));
        QVERIFY(open(w, path));
        QVERIFY(w.files()->recentFiles().contains(path));
        QFile::remove(path);
        QVERIFY(!open(w, path));
        QVERIFY(w.messageBar()->text().contains(QStringLiteral("does not exist")));
        QVERIFY(!w.files()->recentFiles().contains(path));
    }

    void testDocumentWithRuleErrorsOpensAndShowsItsProblems()
    {
        MainWindow w;
        auto doc = test::example("production");
        doc["pillars"]["state"]["count"] = 2;
        const QString path = write(QStringLiteral("state2.json"), QByteArray::fromStdString(doc.dump(2)));
        QVERIFY(open(w, path));
        QCOMPARE(w.document()->filePath(), path);
        QCOMPARE(w.document()->topology().pillar(Pillar::State)->count, 2);
        QCOMPARE(w.problems()->model()->rowOf(QStringLiteral("state-count")), 0);
        QCOMPARE(w.messageBar()->kind(), MessageBar::Kind::Warning);
        QVERIFY(w.messageBar()->text().contains(QStringLiteral("cannot be applied")));
    }

    void testNewFromTemplateStartsUntitled()
    {
        MainWindow w;
        QSignalSpy done(w.files(), &FileController::loadFinished);
        w.files()->newFromTemplate(Template::Production);
        QCOMPARE(done.count(), 1); // compiled in: no waiting on a worker
        QCOMPARE(w.document()->topology().name, std::string("production"));
        QVERIFY(w.document()->filePath().isEmpty()); // Save asks where, never overwrites the template
        QVERIFY(!w.document()->isModified());
    }

    void testUnsavedChangesGuardCancelKeepsTheDocument()
    {
        MainWindow w;
        QVERIFY(open(w, QString::fromStdString(test::sourcePath("resources/examples/starter.json"))));
        w.document()->setName("my-work");
        QSignalSpy loads(w.files(), &FileController::loadFinished);
        w.files()->newFromTemplateInteractive(Template::Production);
        QVERIFY(answerUnsavedChanges(w, QMessageBox::Cancel));
        QTest::qWait(50);
        QCOMPARE(loads.count(), 0);
        QCOMPARE(w.document()->topology().name, std::string("my-work"));
    }

    void testUnsavedChangesGuardDiscardProceeds()
    {
        MainWindow w;
        QVERIFY(open(w, QString::fromStdString(test::sourcePath("resources/examples/starter.json"))));
        w.document()->setName("my-work");
        QSignalSpy loads(w.files(), &FileController::loadFinished);
        w.files()->newFromTemplateInteractive(Template::Production);
        QVERIFY(answerUnsavedChanges(w, QMessageBox::Discard));
        QTRY_COMPARE(loads.count(), 1);
        QCOMPARE(w.document()->topology().name, std::string("production"));
    }

    void testUnsavedChangesGuardSaveWritesThenProceeds()
    {
        MainWindow w;
        const QString path =
            write(QStringLiteral("guarded.json"),
                  QByteArray::fromStdString(test::sourceFile("resources/examples/starter.json")));
        QVERIFY(open(w, path));
        w.document()->setName("saved-by-guard");
        QSignalSpy loads(w.files(), &FileController::loadFinished);
        w.files()->newFromTemplateInteractive(Template::Production);
        QVERIFY(answerUnsavedChanges(w, QMessageBox::Save));
        QTRY_COMPARE(loads.count(), 1);
        QCOMPARE(w.document()->topology().name, std::string("production"));
        QVERIFY(read(path).contains("\"saved-by-guard\""));
    }

    void testClosingWithUnsavedChangesAsksFirst()
    {
        MainWindow w;
        w.show();
        QVERIFY(open(w, QString::fromStdString(test::sourcePath("resources/examples/starter.json"))));
        w.document()->setCount(Pillar::Worker, 2);
        QVERIFY(!w.close());
        QVERIFY(w.isVisible());
        QVERIFY(answerUnsavedChanges(w, QMessageBox::Discard));
        QTRY_VERIFY(!w.isVisible());
    }

    void testExportWritesPngAndSvg()
    {
        MainWindow w;
        QVERIFY(open(w, QString::fromStdString(test::sourcePath("resources/examples/production.json"))));
        w.scene()->selectPillar(Pillar::Proxy);
        const QString png = m_dir.filePath(QStringLiteral("diagram.png"));
        const QString svg = m_dir.filePath(QStringLiteral("diagram.svg"));
        QSignalSpy exported(w.files(), &FileController::exportFinished);
        w.files()->exportPng(png);
        QVERIFY(exported.wait(5000));
        w.files()->exportSvg(svg);
        QVERIFY(exported.wait(5000));
        QCOMPARE(exported.count(), 2);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1000);
        const QByteArray vector = read(svg);
        QVERIFY(vector.contains("<svg"));
        QVERIFY(vector.contains("production"));
        QVERIFY(w.scene()->selectedPillar() == Pillar::Proxy); // the selection survives the export
    }
};

QTEST_MAIN(TestStudioFiles)
#include "tst_StudioFiles.moc"
