// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Startup.h"

#include "common/Translations.h"
#include "operate/ClusterConnection.h"
#include "window/FileController.h"
#include "window/MainWindow.h"
#include "window/PreferencesDialog.h"
#include "window/Screenshots.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

namespace mb::studio {

int runStudio(QApplication &app)
{
    QApplication::setOrganizationName(QStringLiteral("MadBase"));
    QApplication::setApplicationName(QStringLiteral("MadBase Studio"));
    QApplication::setApplicationVersion(QStringLiteral(MB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("madbase-studio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/madbase-studio.svg")));

    // The screenshot option is looked at before translations, so the docs' images are in English
    // and never depend on the settings of whoever makes them.
    const QStringList args = QCoreApplication::arguments();
    const bool screenshots = args.contains(QStringLiteral("--screenshot"));
    QTemporaryDir isolatedSettings;
    if (screenshots) {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, isolatedSettings.path());
        mb::app::installTranslations(app, QLocale(QLocale::English));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland)); // English, with euros
    } else {
        const QString language = preferredLanguage();
        mb::app::installTranslations(app, language.isEmpty() ? QLocale::system() : QLocale(language));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mb::studio::Startup", "Design, provision, scale and watch MadBase clusters."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("mb::studio::Startup",
                                    "Render the main views as PNG files into <directory>, then exit."),
        QCoreApplication::translate("mb::studio::Startup", "directory"));
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("mb::studio::Startup",
                                                             "Topology document to open (default: the "
                                                             "bundled starter cluster)."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    if (parser.isSet(screenshotOption)) {
        const QStringList written = captureScreenshots(parser.value(screenshotOption));
        for (const QString &file : written)
            std::printf("%s\n", qPrintable(file));
        return written.isEmpty() ? 1 : 0;
    }

    MainWindow window;
    window.setOperateController(new ClusterConnection(&window));
    window.show();
    // Start on the starter cluster; a FILE given opens over it, so a file that cannot be
    // read leaves the starter in place with the reason shown above the canvas.
    window.files()->newFromTemplate(Template::Starter);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        window.files()->openFile(positional.constFirst());
    return app.exec();
}

} // namespace mb::studio
