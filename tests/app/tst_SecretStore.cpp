// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "StudioTestSupport.h"
#include "common/SecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace mb::app;
using mb::test::filesContaining;

namespace {
// Everything Qt logs during the test, to prove no secret reaches a log line.
QByteArray g_log;
QtMessageHandler g_previous = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log += message.toUtf8() + '\n';
    if (g_previous)
        g_previous(type, context, message);
}

unsigned modeOf(const QString &path)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

} // namespace

/// The secret store where no keychain answers (as in CI: the test's D-Bus address leads nowhere):
/// the 0600 file, its warning, and no copy of a secret anywhere else.
class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_file;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        QCoreApplication::setOrganizationName(QStringLiteral("MadBaseTests"));
        QCoreApplication::setApplicationName(QStringLiteral("SecretStoreTests"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_home.filePath(QStringLiteral("config")));
        g_previous = qInstallMessageHandler(captureLog);
        m_file = SecretStore::defaultFallbackFile();
        QCOMPARE(m_file, m_home.filePath(QStringLiteral("data/madbase/secrets.json")));
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void testWithoutKeychainTheFileIsUsedAndSaysWhy()
    {
        SecretStore store;
        QSignalSpy engaged(&store, &SecretStore::fallbackEngaged);
        const QString token = QStringLiteral("hz-token-aXb9-never-anywhere-else");
        const auto written = store.writeNow(secretKey::hetznerToken(QStringLiteral("prod")), token);
        QVERIFY2(written.has_value(), qPrintable(written.error()));
        QVERIFY(store.fallbackInUse());
        QCOMPARE(engaged.count(), 1);
        QVERIFY2(!store.fallbackReason().isEmpty(), "the warning needs the keychain's reason");
        QCOMPARE(modeOf(m_file), 0600u);
        QCOMPARE(modeOf(QFileInfo(m_file).absolutePath()), 0700u);

        // A second store (madbasectl, the next start) finds it.
        SecretStore again;
        const auto read = again.readNow(secretKey::hetznerToken(QStringLiteral("prod")));
        QVERIFY2(read.has_value(), qPrintable(read.error()));
        QCOMPARE(read->value_or(QString()), token);
        const auto other = again.readNow(secretKey::hetznerToken(QStringLiteral("staging")));
        QVERIFY(other.has_value());
        QVERIFY(!other->has_value());

        // Settings written alongside hold no secret; only the 0600 file does.
        QSettings settings;
        settings.setValue(QStringLiteral("providers/hetzner/projects"), QStringList{QStringLiteral("prod")});
        settings.sync();
        QCOMPARE(filesContaining(m_home.path(), token.toUtf8()), QStringList{m_file});
        QVERIFY(!g_log.contains(token.toUtf8()));

        QVERIFY(again.removeNow(secretKey::hetznerToken(QStringLiteral("prod"))).has_value());
        QVERIFY(!again.readNow(secretKey::hetznerToken(QStringLiteral("prod")))->has_value());
        QVERIFY(filesContaining(m_home.path(), token.toUtf8()).isEmpty());
        QCOMPARE(modeOf(m_file), 0600u);
    }

    void testAFileOthersCanReadIsRefused()
    {
        SecretStore store({SecretStore::Backend::File, {}, QStringLiteral("MadBase")});
        const QString token = QStringLiteral("cluster-token-77Zq");
        QVERIFY(store.writeNow(secretKey::clusterApiToken(QStringLiteral("demo")), token).has_value());
        QVERIFY(QFile::setPermissions(m_file, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const auto read = store.readNow(secretKey::clusterApiToken(QStringLiteral("demo")));
        QVERIFY(!read.has_value());
        QVERIFY2(read.error().contains(m_file) && read.error().contains(QLatin1String("chmod 600")),
                 qPrintable(read.error()));
        QVERIFY(!read.error().contains(token));
        // Nothing is written over it either, so the user sees the same file they have to fix.
        QVERIFY(!store.writeNow(secretKey::clusterApiToken(QStringLiteral("demo")), QStringLiteral("x")));
        QVERIFY(QFile::setPermissions(m_file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(store.readNow(secretKey::clusterApiToken(QStringLiteral("demo")))->value_or(QString()),
                 token);
        QVERIFY(store.removeNow(secretKey::clusterApiToken(QStringLiteral("demo"))).has_value());
    }

    void testABrokenFileIsAnErrorThatSaysWhere()
    {
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"version":1,"secrets":{"a":5}})");
        file.close();
        SecretStore store({SecretStore::Backend::File, {}, QStringLiteral("MadBase")});
        const auto read = store.readNow(QStringLiteral("a"));
        QVERIFY(!read.has_value());
        QVERIFY2(read.error().contains(QLatin1String("/secrets/a")), qPrintable(read.error()));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{not json");
        file.close();
        QVERIFY(!store.readNow(QStringLiteral("a")).has_value());
        QVERIFY(QFile::remove(m_file));
    }

    void testAnEmptySecretIsRefused()
    {
        SecretStore store({SecretStore::Backend::File, {}, QStringLiteral("MadBase")});
        QVERIFY(!store.writeNow(QStringLiteral("k"), QString()).has_value());
        QVERIFY(!QFile::exists(m_file));
    }

    void testMadbasectlPrefersHcloudToken()
    {
        SecretStore store({SecretStore::Backend::File, {}, QStringLiteral("MadBase")});
        QVERIFY(store.writeNow(secretKey::hetznerToken(QStringLiteral("prod")), QStringLiteral("stored")));
        QCOMPARE(hetznerToken(store, QStringLiteral("prod"))->value_or(QString()), QStringLiteral("stored"));
        qputenv("HCLOUD_TOKEN", "from-environment");
        QCOMPARE(hetznerToken(store, QStringLiteral("prod"))->value_or(QString()),
                 QStringLiteral("from-environment"));
        qunsetenv("HCLOUD_TOKEN");
        QVERIFY(!hetznerToken(store, QStringLiteral("other"))->has_value());
        QVERIFY(store.removeNow(secretKey::hetznerToken(QStringLiteral("prod"))).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_SecretStore.moc"
