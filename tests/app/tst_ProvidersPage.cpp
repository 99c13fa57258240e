// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "StudioTestSupport.h"
#include "common/SecretStore.h"
#include "common/SshKeyPair.h"
#include "providers/hetzner/HetznerClient.h"
#include "settings/HetznerServersModel.h"
#include "settings/ProvidersPage.h"
#include "support/HcloudEmulator.h"
#include "window/MessageBar.h"
#include "window/PreferencesDialog.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

#include <libssh/libssh.h>
#include <sys/stat.h>

using namespace mb;
using namespace mb::studio;
using mb::test::HcloudEmulator;

namespace {
unsigned modeOf(const QString &path)
{
    struct stat info
    {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 0777 : 0;
}

QString endpointOf(const HcloudEmulator &emulator)
{
    return QString::fromStdString(emulator.endpoint());
}
} // namespace

/// Preferences → Providers against the Hetzner API emulator: tokens tested, stored only when
/// accepted, errors at the field; SSH keys made 0600 and uploaded. The D-Bus address leads
/// nowhere (as in CI), so tokens go to the 0600 file and the page warns.
class TestProvidersPage : public QObject
{
    Q_OBJECT

private:
    mb::test::IsolatedSettings m_settings;
    QTemporaryDir m_data;
    HcloudEmulator m_emulator;
    app::SecretStore *m_store = nullptr;
    ProvidersPage *m_page = nullptr;

    ConnectionReport runAndWait(const std::function<void()> &action)
    {
        QSignalSpy tested(m_page, &ProvidersPage::connectionTested);
        action();
        if (!tested.wait(20000))
            qWarning("no connection test answered");
        return tested.isEmpty() ? ConnectionReport{} : tested.takeFirst().at(0).value<ConnectionReport>();
    }

    void addProject(const QString &name, const QString &endpoint)
    {
        m_page->newProjectField()->setText(name);
        m_page->addProject();
        QCOMPARE(m_page->currentProject(), name);
        m_page->endpointField()->setText(endpoint);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ConnectionReport>();
        QVERIFY(m_data.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
        QString error;
        QVERIFY2(m_emulator.start({QStringLiteral("--time-scale"), QStringLiteral("0.01")}, &error),
                 qPrintable(error));
        // One server in the project, so the test can see it listed.
        providers::hetzner::ApiOptions options;
        options.endpoint = m_emulator.endpoint();
        providers::hetzner::HetznerClient client(options, HcloudEmulator::token());
        providers::hetzner::ServerCreate spec;
        spec.name = "web-1";
        spec.serverType = "cpx22";
        spec.location = "fsn1";
        spec.labels = {{"madbase-cluster", "demo"}, {"madbase-node", "web-1"}};
        QVERIFY2(client.createServer(spec).has_value(), "the emulator made no server");

        m_store = new app::SecretStore(this);
        m_page = new ProvidersPage(m_store);
        m_page->resize(640, 720);
    }

    void cleanupTestCase() { delete m_page; }

    void testGoodTokenListsServersAndBudgetAndIsStoredOnlyInTheFile()
    {
        addProject(QStringLiteral("prod"), endpointOf(m_emulator));
        const QString token = QString::fromStdString(HcloudEmulator::token());
        m_page->tokenField()->setText(token);
        QCOMPARE(m_page->tokenField()->echoMode(), QLineEdit::Password);
        QSignalSpy stored(m_page, &ProvidersPage::tokenStateChanged);
        const ConnectionReport report = runAndWait([this] { m_page->saveToken(); });
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(m_page->serversModel()->rowCount(), 1);
        QCOMPARE(m_page->serversModel()->index(0, HetznerServersModel::NameColumn).data().toString(),
                 QStringLiteral("web-1"));
        QCOMPARE(report.limit, 3600);
        QVERIFY(report.remaining > 0 && report.remaining < 3600);
        QVERIFY2(m_page->budgetLabel()->text().contains(QLatin1String("of 3600")),
                 qPrintable(m_page->budgetLabel()->text()));

        QVERIFY(stored.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->tokenField()->text().isEmpty(), 10000);
        QVERIFY2(m_page->tokenState()->text().contains(m_store->fallbackFile()),
                 qPrintable(m_page->tokenState()->text()));
        QVERIFY(m_page->keychainWarning()->isVisibleTo(m_page));
        QCOMPARE(m_page->keychainWarning()->kind(), MessageBar::Kind::Warning);
        QCOMPARE(m_store->readNow(app::secretKey::hetznerToken(QStringLiteral("prod")))->value_or(QString()),
                 token);

        // The token is in the 0600 file and nowhere else: not the settings, not the data directory.
        QSettings().sync();
        QCOMPARE(mb::test::filesContaining(m_data.path(), token.toUtf8()),
                 QStringList{m_store->fallbackFile()});
        QVERIFY(mb::test::filesContaining(m_settings.path(), token.toUtf8()).isEmpty());
        QCOMPARE(modeOf(m_store->fallbackFile()), 0600u);

        // Testing again uses the stored token (the field is empty).
        const ConnectionReport again = runAndWait([this] { m_page->testConnection(); });
        QVERIFY2(again.ok(), qPrintable(again.message));
        QVERIFY(again.remaining < report.remaining);
    }

    void testBadTokenShowsTheApiMessageAndStoresNothing()
    {
        addProject(QStringLiteral("staging"), endpointOf(m_emulator));
        m_page->tokenField()->setText(QStringLiteral("not-a-valid-token"));
        const ConnectionReport report = runAndWait([this] { m_page->saveToken(); });
        QCOMPARE(report.outcome, ConnectionReport::Outcome::Unauthorized);
        QVERIFY2(report.message.contains(QLatin1String("unable to authenticate")) &&
                     report.message.contains(QLatin1String("401")),
                 qPrintable(report.message));
        QVERIFY(!report.message.contains(QLatin1String("not-a-valid-token")));
        QCOMPARE(m_page->tokenMessage()->kind(), MessageBar::Kind::Error);
        QCOMPARE(m_page->tokenMessage()->text(), report.message);
        QCOMPARE(m_page->serversModel()->rowCount(), 0);
        QCOMPARE(m_page->tokenField()->text(), QStringLiteral("not-a-valid-token"));
        QTest::qWait(200); // a store write, if one had been started, would have finished
        QVERIFY(!m_store->readNow(app::secretKey::hetznerToken(QStringLiteral("staging")))->has_value());
        QVERIFY(mb::test::filesContaining(m_data.path(), "not-a-valid-token").isEmpty());
    }

    void testStoppedApiShowsTheNetworkError()
    {
        QString stoppedEndpoint;
        {
            HcloudEmulator gone;
            QString error;
            QVERIFY2(gone.start({}, &error), qPrintable(error));
            stoppedEndpoint = endpointOf(gone);
        }
        addProject(QStringLiteral("offline"), stoppedEndpoint);
        m_page->tokenField()->setText(QString::fromStdString(HcloudEmulator::token()));
        const ConnectionReport report = runAndWait([this] { m_page->testConnection(); });
        QCOMPARE(report.outcome, ConnectionReport::Outcome::Unreachable);
        QVERIFY2(report.message.contains(stoppedEndpoint), qPrintable(report.message));
        QCOMPARE(m_page->tokenMessage()->kind(), MessageBar::Kind::Error);
        QVERIFY(m_page->budgetLabel()->text().isEmpty());
    }

    void testSpentBudgetSaysRateLimited()
    {
        HcloudEmulator tight;
        QString error;
        QVERIFY2(tight.start({QStringLiteral("--rate-limit"), QStringLiteral("1")}, &error),
                 qPrintable(error));
        addProject(QStringLiteral("tight"), endpointOf(tight));
        m_page->tokenField()->setText(QString::fromStdString(HcloudEmulator::token()));
        const ConnectionReport first = runAndWait([this] { m_page->testConnection(); });
        QVERIFY2(first.ok(), qPrintable(first.message));
        QCOMPARE(first.remaining, 0);
        const ConnectionReport second = runAndWait([this] { m_page->testConnection(); });
        QCOMPARE(second.outcome, ConnectionReport::Outcome::RateLimited);
        QVERIFY2(second.message.contains(QLatin1String("rate_limit_exceeded")), qPrintable(second.message));
    }

    void testGeneratedKeyIsPrivateAndLoadsInLibssh()
    {
        m_page->selectProject(QStringLiteral("prod"));
        QSignalSpy changed(m_page, &ProvidersPage::keyChanged);
        m_page->generateKey();
        QVERIFY(changed.wait(20000));
        QCOMPARE(changed.takeFirst().at(0).toBool(), true);
        const QString file = app::SshKeyPair::defaultKeyFile(QStringLiteral("prod"));
        QCOMPARE(modeOf(file), 0600u);
        QCOMPARE(modeOf(QFileInfo(file).absolutePath()), 0700u);
        ssh_key key = nullptr;
        QCOMPARE(
            ssh_pki_import_privkey_file(QFile::encodeName(file).constData(), nullptr, nullptr, nullptr, &key),
            SSH_OK);
        QCOMPARE(ssh_key_type(key), SSH_KEYTYPE_ED25519);
        ssh_key_free(key);
        const QString shown = m_page->publicKeyView()->toPlainText();
        QVERIFY2(shown.startsWith(QLatin1String("ssh-ed25519 AAAA")) &&
                     shown.endsWith(QLatin1String(" madbase-prod")),
                 qPrintable(shown));
        QFile pub(file + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(pub.readAll()).trimmed(), shown);
        // The private key is never shown.
        QVERIFY(!m_page->keyFileLabel()->text().contains(QLatin1String("PRIVATE KEY")));

        // A second page (the next time Preferences opens) shows the same key.
        ProvidersPage next(m_store);
        next.selectProject(QStringLiteral("prod"));
        QTRY_COMPARE_WITH_TIMEOUT(next.publicKeyView()->toPlainText(), shown, 10000);
    }

    void testImportRefusesWhatIsNotAKeyAndTakesOneThatIs()
    {
        m_page->selectProject(QStringLiteral("staging"));
        const QString notKey = m_data.filePath(QStringLiteral("notes.txt"));
        QFile notes(notKey);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("just some notes\n");
        notes.close();
        QSignalSpy changed(m_page, &ProvidersPage::keyChanged);
        m_page->importKey(notKey);
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.takeFirst().at(0).toBool(), false);
        QVERIFY2(m_page->keyFileLabel()->text().contains(QLatin1String("not a private SSH key")),
                 qPrintable(m_page->keyFileLabel()->text()));

        // A key made elsewhere, world-readable as users sometimes leave them: the copy is 0600.
        const auto made =
            app::SshKeyPair::generate(m_data.filePath(QStringLiteral("elsewhere/id")), QString());
        QVERIFY2(made.has_value(), qPrintable(made.error()));
        QFile::setPermissions(made->privateKeyFile,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        m_page->importKey(made->privateKeyFile);
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.takeFirst().at(0).toBool(), true);
        QCOMPARE(modeOf(app::SshKeyPair::defaultKeyFile(QStringLiteral("staging"))), 0600u);
        QVERIFY(m_page->publicKeyView()->toPlainText().startsWith(
            made->publicKey.section(QLatin1Char(' '), 0, 1)));
    }

    void testUploadReusesTheProjectsKeyWithTheSameMaterial()
    {
        const auto pair = app::SshKeyPair::load(app::SshKeyPair::defaultKeyFile(QStringLiteral("prod")));
        QVERIFY2(pair.has_value(), qPrintable(pair.error()));
        providers::hetzner::ApiOptions options;
        options.endpoint = m_emulator.endpoint();
        providers::hetzner::HetznerClient client(options, HcloudEmulator::token());
        const auto uploaded = app::uploadSshKey(client, QStringLiteral("madbase-demo"), pair->publicKey,
                                                {{"madbase-cluster", "demo"}});
        QVERIFY2(uploaded.has_value(), qPrintable(uploaded.error()));
        QCOMPARE(QString::fromStdString(uploaded->name), QStringLiteral("madbase-demo"));
        QCOMPARE(uploaded->labels.at("madbase-cluster"), std::string("demo"));
        // The same key for a second cluster: the API refuses a duplicate, so the first is reused.
        const auto again = app::uploadSshKey(client, QStringLiteral("madbase-other"), pair->publicKey, {});
        QVERIFY2(again.has_value(), qPrintable(again.error()));
        QCOMPARE(again->id, uploaded->id);
        QCOMPARE(client.resources().sshKeys()->size(), std::size_t{1});
        // A key that is not one: the API's own message.
        const auto bad = app::uploadSshKey(client, QStringLiteral("bad"), QStringLiteral("not a key"), {});
        QVERIFY(!bad.has_value());
        QVERIFY2(bad.error().contains(QLatin1String("invalid")), qPrintable(bad.error()));
    }

    void testServersModelIsAValidModel()
    {
        HetznerServersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServers({{QStringLiteral("a"), QStringLiteral("cpx22"), QStringLiteral("fsn1"),
                           QStringLiteral("running"), QStringLiteral("198.51.100.4")},
                          {QStringLiteral("b"), QStringLiteral("cx23"), QStringLiteral("hel1"),
                           QStringLiteral("off"), QString()}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, HetznerServersModel::Ipv4Column).data().toString(), QStringLiteral("none"));
        model.setServers({});
        QCOMPARE(model.rowCount(), 0);
    }

    void testEveryControlIsReachableByKeyboard()
    {
        const QList<QWidget *> controls = {m_page->projectList(),   m_page->newProjectField(),
                                           m_page->endpointField(), m_page->tokenField(),
                                           m_page->saveButton(),    m_page->testButton(),
                                           m_page->serversView(),   m_page->publicKeyView()};
        QList<QWidget *> chain;
        QWidget *w = m_page->projectList();
        do {
            if (w->focusPolicy() & Qt::TabFocus)
                chain << w;
            w = w->nextInFocusChain();
        } while (w && w != m_page->projectList() && chain.size() < 200);
        for (QWidget *control : controls)
            QVERIFY2(chain.contains(control), control->metaObject()->className());
        for (QPushButton *button : m_page->findChildren<QPushButton *>()) {
            QVERIFY2(chain.contains(button), qPrintable(button->text()));
            QVERIFY2(button->text().contains(QLatin1Char('&')), qPrintable(button->text()));
        }
    }

    void testPreferencesHasTheProvidersTab()
    {
        PreferencesDialog dialog;
        QCOMPARE(dialog.tabs()->count(), 2);
        QCOMPARE(dialog.tabs()->widget(1), static_cast<QWidget *>(dialog.providersPage()));
        QVERIFY(dialog.providersPage()->projectList()->count() >= 4);
    }
};

QTEST_MAIN(TestProvidersPage)
#include "tst_ProvidersPage.moc"
