// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// Renders the Hetzner views of Studio against the API emulator into a directory (the docs'
// screenshots: scripts/dev screenshots): Preferences → Providers after a token was saved and a
// key generated, and the Inspector and cost panel on a live catalogue. Tokens are never shown
// (the field is masked and emptied once the token is stored).
#include "StudioTestSupport.h"
#include "common/SecretStore.h"
#include "common/Translations.h"
#include "document/DesignDocument.h"
#include "document/DocumentIo.h"
#include "panels/ClusterInspector.h"
#include "panels/InspectorWidget.h"
#include "providers/hetzner/HetznerClient.h"
#include "settings/ProvidersPage.h"
#include "support/HcloudEmulator.h"
#include "window/FileController.h"
#include "window/MainWindow.h"
#include "window/PreferencesDialog.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>

#include <cstdio>

using namespace mb;
using namespace mb::studio;

namespace {
bool waitFor(const std::function<bool()> &done, int ms = 20000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(20);
    return done();
}

bool save(QWidget &widget, const QDir &dir, const char *name)
{
    const QString path = dir.filePath(QLatin1String(name));
    if (!widget.grab().save(path, "PNG")) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s DIRECTORY\n", argv[0]);
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(dir.path());
    // In English with euros, as Studio's own screenshots (Startup.cpp).
    mb::app::installTranslations(app, QLocale(QLocale::English));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
    mb::test::IsolatedSettings settings;
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(QApplication::style()->standardPalette());

    mb::test::HcloudEmulator emulator;
    QString error;
    if (!emulator.start({QStringLiteral("--time-scale"), QStringLiteral("0.01"),
                         QStringLiteral("--deprecate"), QStringLiteral("cx23@fsn1=2027-03-31T23:59:59Z"),
                         QStringLiteral("--unavailable"), QStringLiteral("cpx42@hel1")},
                        &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    {
        providers::hetzner::ApiOptions options;
        options.endpoint = emulator.endpoint();
        providers::hetzner::HetznerClient client(options, mb::test::HcloudEmulator::token());
        for (const char *name : {"shop-system-1", "shop-proxy-1", "shop-worker-1"}) {
            providers::hetzner::ServerCreate spec;
            spec.name = name;
            spec.serverType = "cpx22";
            spec.location = "fsn1";
            spec.labels = {{"madbase-cluster", "shop"}, {"madbase-node", name}};
            if (!client.createServer(spec)) {
                std::fprintf(stderr, "the emulator made no server\n");
                return 1;
            }
        }
    }

    MainWindow window;
    window.resize(1360, 860);
    window.show();
    window.files()->applyLoadResult(DocumentIo::load(FileController::templatePath(Template::Production)),
                                    true);
    QTest::qWait(100);

    PreferencesDialog preferences(&window);
    preferences.tabs()->setCurrentIndex(1);
    preferences.resize(720, 860);
    preferences.show();
    ProvidersPage *page = preferences.providersPage();
    page->newProjectField()->setText(QStringLiteral("production"));
    page->addProject();
    page->endpointField()->setText(QString::fromStdString(emulator.endpoint()));
    page->tokenField()->setText(QString::fromStdString(mb::test::HcloudEmulator::token()));
    bool tested = false;
    QObject::connect(page, &ProvidersPage::connectionTested, page, [&tested] { tested = true; });
    page->saveToken();
    bool keyed = false;
    QObject::connect(page, &ProvidersPage::keyChanged, page, [&keyed](bool) { keyed = true; });
    if (!waitFor([&] { return tested && page->tokenField()->text().isEmpty(); })) {
        std::fprintf(stderr, "the token was not saved\n");
        return 1;
    }
    page->generateKey();
    if (!waitFor([&] { return keyed; }))
        return 1;
    // The test again, now with the stored token, so the page shows its answer.
    tested = false;
    page->testConnection();
    if (!waitFor([&] { return tested; }) || !save(preferences, dir, "studio-providers.png"))
        return 1;
    preferences.hide();

    // The live catalogue, fetched as the cost panel's button does it.
    window.document()->setProvider("hetzner");
    window.document()->setLocation("fsn1");
    window.document()->setPlan(topology::Pillar::Worker, "cx23");
    window.inspector()->showPillar(std::nullopt);
    window.inspector()->clusterPage()->refreshPricesButton()->click();
    if (!waitFor([&] { return window.document()->catalogueOrigin().kind == CatalogueOrigin::Kind::Api; })) {
        std::fprintf(stderr, "no live catalogue\n");
        return 1;
    }
    QTest::qWait(100);
    if (!save(window, dir, "studio-cost-live.png"))
        return 1;
    window.inspector()->showPillar(topology::Pillar::Worker);
    QTest::qWait(100);
    return save(window, dir, "studio-inspector-live.png") ? 0 : 1;
}
