// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "support/HcloudEmulator.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

/// `madbasectl providers test` against the Hetzner API emulator.
class TestCtlProviders : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run ctl(const QStringList &args, const QString &token)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("HCLOUD_TOKEN"));
        if (!token.isEmpty())
            env.insert(QStringLiteral("HCLOUD_TOKEN"), token);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("MB_CTL"),
                QStringList{QStringLiteral("providers"), QStringLiteral("test"), QStringLiteral("--endpoint"),
                            QString::fromStdString(m_emulator.endpoint())} +
                    args);
        if (!p.waitForFinished(30000))
            qFatal("madbasectl did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_emulator.start({}, &error), qPrintable(error));
    }

    void testWithoutATokenSaysWhereToPutIt()
    {
        const Run r = ctl({}, {});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("HCLOUD_TOKEN")), qPrintable(r.err));
    }

    void testAWrongTokenIsRefusedWithoutShowingIt()
    {
        const Run r = ctl({}, QStringLiteral("not-the-token-5c1e"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("unauthorized")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("5c1e")) && !r.out.contains(QStringLiteral("5c1e")));
    }

    void testListsTheProjectsServersWithTheirLabels()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("token"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(mb::test::HcloudEmulator::token()));
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        // A token file others may read is refused.
        Run r = ctl({QStringLiteral("--token-file"), file}, {});
        QCOMPARE(r.code, 1);
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        r = ctl({QStringLiteral("--token-file"), file}, {});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("accepts the token")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("0 server")));

        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {QStringLiteral("-sf"), QStringLiteral("-H"),
                    QStringLiteral("Authorization: Bearer ") +
                        QString::fromStdString(mb::test::HcloudEmulator::token()),
                    QStringLiteral("-d"),
                    QStringLiteral(
                        R"({"name":"c1-worker-1","server_type":"cx23","image":"debian-12",)"
                        R"("location":"fsn1","labels":{"madbase-cluster":"c1","madbase-pillar":"worker"}})"),
                    QString::fromStdString(m_emulator.endpoint()) + QStringLiteral("/servers")});
        QVERIFY(curl.waitForFinished(10000));
        QCOMPARE(curl.exitCode(), 0);
        r = ctl({}, QString::fromStdString(mb::test::HcloudEmulator::token()));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("1 server")));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("c1-worker-1 +\\w+ +cx23 +c1 +worker"))),
                 qPrintable(r.out));
    }

private:
    mb::test::HcloudEmulator m_emulator;
};

QTEST_GUILESS_MAIN(TestCtlProviders)
#include "tst_CtlProviders.moc"
