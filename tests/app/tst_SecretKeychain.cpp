// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "StudioTestSupport.h"
#include "common/SecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mb::app;
using mb::test::filesContaining;

/// The secret store with a real keychain: a private D-Bus session and gnome-keyring-daemon's
/// Secret Service, started by the test on a throw-away keyring.
class TestSecretKeychain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;

    void stop(QProcess &process)
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(5000)) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
        const QString busDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        QVERIFY2(!daemon.isEmpty() && !busDaemon.isEmpty(),
                 "gnome-keyring-daemon and dbus-daemon are needed (scripts/dev setup installs them)");
        for (const char *dir : {"data", "run", "home"})
            QVERIFY(QDir(m_home.path()).mkpath(QLatin1String(dir)));
        QFile::setPermissions(m_home.filePath(QStringLiteral("run")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("HOME", QFile::encodeName(m_home.filePath(QStringLiteral("home"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_home.filePath(QStringLiteral("run"))));

        m_bus.setProcessChannelMode(QProcess::SeparateChannels);
        m_bus.start(busDaemon,
                    {QStringLiteral("--session"), QStringLiteral("--nofork"),
                     QStringLiteral("--print-address=1"),
                     QStringLiteral("--address=unix:dir=") + m_home.filePath(QStringLiteral("run"))});
        QVERIFY2(m_bus.waitForStarted(5000), qPrintable(m_bus.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 10000);
        const QByteArray address = m_bus.readLine().trimmed();
        QVERIFY2(address.startsWith("unix:"), address.constData());
        // Before the first keychain call: QtKeychain's D-Bus connection reads it once.
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);

        m_keyring.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        m_keyring.start(daemon, {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                                 QStringLiteral("--components=secrets")});
        QVERIFY2(m_keyring.waitForStarted(5000), qPrintable(m_keyring.errorString()));
        m_keyring.write("test-keyring-password");
        m_keyring.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_home.filePath(QStringLiteral("run/keyring/control"))),
                                 10000);
    }

    void cleanupTestCase()
    {
        stop(m_keyring);
        stop(m_bus);
    }

    void testTheKeychainHoldsTheTokenAndNoFileDoes()
    {
        const QString token = QStringLiteral("hz-keychain-token-Qm4Lp");
        const QString key = secretKey::hetznerToken(QStringLiteral("prod"));
        SecretStore store;
        const auto written = store.writeNow(key, token);
        QVERIFY2(written.has_value(), qPrintable(written.error()));
        QVERIFY2(!store.fallbackInUse(), qPrintable(store.fallbackReason()));
        QVERIFY(!QFile::exists(store.fallbackFile()));

        SecretStore again;
        const auto read = again.readNow(key);
        QVERIFY2(read.has_value(), qPrintable(read.error()));
        QCOMPARE(read->value_or(QString()), token);
        QVERIFY(!again.fallbackInUse());
        // The keyring on disk is encrypted: the token is in no file of this home.
        QVERIFY(filesContaining(m_home.path(), token.toUtf8()).isEmpty());

        QVERIFY(again.removeNow(key).has_value());
        QVERIFY(!again.readNow(key)->has_value());
    }

    void testAFileCopyMovesIntoTheKeychain()
    {
        const QString token = QStringLiteral("cluster-token-moved-9");
        const QString key = secretKey::clusterApiToken(QStringLiteral("demo"));
        SecretStore file({SecretStore::Backend::File, {}, QStringLiteral("MadBase")});
        QVERIFY(file.writeNow(key, token).has_value());
        SecretStore store;
        // Found in the file while the keychain has none, then stored in the keychain only.
        QCOMPARE(store.readNow(key)->value_or(QString()), token);
        QVERIFY(store.writeNow(key, token).has_value());
        QVERIFY(!store.fallbackInUse());
        QVERIFY(filesContaining(m_home.path(), token.toUtf8()).isEmpty());
        QCOMPARE(store.readNow(key)->value_or(QString()), token);
        QVERIFY(store.removeNow(key).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSecretKeychain)
#include "tst_SecretKeychain.moc"
