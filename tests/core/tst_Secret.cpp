// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "base/Secret.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace mb;

class TestSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testRandomHexIsRandomAndSized()
    {
        const auto a = randomHex(32);
        const auto b = randomHex(32);
        QVERIFY(a && b);
        QCOMPARE(a->size(), std::size_t{64});
        QVERIFY(*a != *b);
        QVERIFY(a->find_first_not_of("0123456789abcdef") == std::string::npos);
    }

    void testConstantTimeEquals()
    {
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "abcd"));
        QVERIFY(constantTimeEquals("", ""));
    }

    void testSecretFileIsWrittenOwnerOnly()
    {
        QTemporaryDir dir;
        const std::filesystem::path path = dir.filePath(QStringLiteral("token")).toStdString();
        QVERIFY(writeSecretFile(path, "s3cret\n"));
        struct stat st
        {};
        QCOMPARE(::stat(path.c_str(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        const auto back = readSecretFile(path);
        QVERIFY(back);
        QCOMPARE(*back, std::string("s3cret"));
    }

    void testReadableByOthersIsRefusedWithoutLeakingTheSecret()
    {
        QTemporaryDir dir;
        const std::filesystem::path path = dir.filePath(QStringLiteral("token")).toStdString();
        QVERIFY(writeSecretFile(path, "topsecretvalue"));
        QCOMPARE(::chmod(path.c_str(), 0644), 0);
        const auto back = readSecretFile(path);
        QVERIFY(!back);
        const std::string text = back.error().message.text();
        QVERIFY2(text.find("0644") != std::string::npos, text.c_str());
        QVERIFY(text.find("chmod 600") != std::string::npos);
        QVERIFY(text.find("topsecretvalue") == std::string::npos);
    }

    void testMissingAndEmptyFiles()
    {
        QTemporaryDir dir;
        const std::filesystem::path missing = dir.filePath(QStringLiteral("none")).toStdString();
        QCOMPARE(readSecretFile(missing).error().code, ErrorCode::IoNotFound);
        const std::filesystem::path empty = dir.filePath(QStringLiteral("empty")).toStdString();
        QVERIFY(writeSecretFile(empty, ""));
        QVERIFY(!readSecretFile(empty));
    }
};

QTEST_GUILESS_MAIN(TestSecret)
#include "tst_Secret.moc"
