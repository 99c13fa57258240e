// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace mb::app {

QStringList shippedLanguages()
{
    return {QStringLiteral("ro"), QStringLiteral("de")};
}

namespace {

// English is the source language; its file holds only the plural forms ("1 error", "2 errors").
void installEnglishPlurals(QCoreApplication &app)
{
    auto *plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/i18n/madbase_en")))
        app.installTranslator(plurals);
    else
        delete plurals;
}

} // namespace

QString installTranslations(QCoreApplication &app, const QLocale &locale)
{
    for (const QString &language : locale.uiLanguages()) {
        const QString code = language.section(u'-', 0, 0).toLower();
        if (code == u"en")
            break;
        if (!shippedLanguages().contains(code))
            continue;
        auto *own = new QTranslator(&app);
        if (!own->load(QStringLiteral(":/i18n/madbase_") + code)) {
            delete own;
            continue;
        }
        app.installTranslator(own);
        auto *qt = new QTranslator(&app);
        if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            app.installTranslator(qt);
        else
            delete qt;
        return code;
    }
    installEnglishPlurals(app);
    return QStringLiteral("en");
}

} // namespace mb::app
