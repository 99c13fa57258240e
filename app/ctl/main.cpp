// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ctl/Ctl.h"

#include "common/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("madbasectl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MB_VERSION));
    mb::app::installTranslations(app);
    return mb::ctl::run(QCoreApplication::arguments());
}
