// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace mb::app {

/// Languages the app ships besides English (the source language).
[[nodiscard]] QStringList shippedLanguages();

/// Loads the embedded translation for `locale` (falling back through its UI languages to
/// English) and Qt's own, and installs them on `app`. Returns the language now in use ("en",
/// "ro", "de").
QString installTranslations(QCoreApplication &app, const QLocale &locale = QLocale::system());

} // namespace mb::app
