// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace mb::daemon;

/// Daemon logs do not fill the disk: files rotate by size with a bounded number kept, and a
/// flood of one warning is cut to a burst plus one line that counts the rest.
class TestLogging : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    /// Files of `base` (base, base.1, …) that exist, and their total size.
    static std::pair<int, qint64> rotated(const QString &base)
    {
        int count = 0;
        qint64 total = 0;
        for (int i = 0; i < 10; ++i) {
            const QString name = i == 0 ? base : base + u'.' + QString::number(i);
            if (QFile::exists(name)) {
                ++count;
                total += QFileInfo(name).size();
            }
        }
        return {count, total};
    }

private Q_SLOTS:
    void cleanup() { removeLogHandler(); }

    void testLogFileRotatesBySizeKeepingBoundedFiles()
    {
        const QString log = m_dir.filePath(QStringLiteral("file.log"));
        const auto installed = installLogHandler(QStringLiteral("n1"), QStringLiteral("info"), log, "s3cret");
        QVERIFY2(installed, installed ? "" : installed.error().message.text().c_str());
        setLogLimits(LogLimits{4096, 3, 1000, 10000});
        // 100 lines of about 150 bytes: 15 KB, almost four files' worth.
        for (int i = 0; i < 100; ++i)
            qCInfo(lcDaemon).noquote()
                << logfmt(QStringLiteral("line"), {{QStringLiteral("i"), QString::number(i)},
                                                   {QStringLiteral("pad"), QString(60, u'x')}});
        const auto [files, total] = rotated(log);
        QCOMPARE(files, 3);
        QVERIFY(!QFile::exists(log + QStringLiteral(".3")));
        QVERIFY2(total <= 3 * (4096 + 200), qPrintable(QString::number(total)));
        for (const QString &name : QStringList{log, log + QStringLiteral(".1"), log + QStringLiteral(".2")})
            QVERIFY2(QFileInfo(name).size() <= 4096 + 200, qPrintable(name));
        // The newest line is in the current file, an older one in .1.
        QVERIFY(read(log).contains("i=99"));
        QVERIFY(!read(log + QStringLiteral(".1")).contains("i=99"));
        QVERIFY(read(log + QStringLiteral(".1")).contains("msg=line"));
    }

    void testStderrRedirectedToAFileRotatesToo()
    {
        // As the local provider starts a daemon: stderr is a file opened for appending.
        const QString log = m_dir.filePath(QStringLiteral("daemon.log"));
        const int saved = ::dup(STDERR_FILENO);
        const int fd = ::open(QFile::encodeName(log).constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        QVERIFY(saved >= 0 && fd >= 0);
        ::dup2(fd, STDERR_FILENO);
        ::close(fd);
        const bool installed =
            installLogHandler(QStringLiteral("n2"), QStringLiteral("info"), {}, {}).has_value();
        setLogLimits(LogLimits{2048, 2, 1000, 10000});
        for (int i = 0; i < 60; ++i)
            qCInfo(lcDaemon).noquote()
                << logfmt(QStringLiteral("stderr line"), {{QStringLiteral("i"), QString::number(i)}});
        removeLogHandler();
        ::dup2(saved, STDERR_FILENO);
        ::close(saved);
        QVERIFY(installed);
        const auto [files, total] = rotated(log);
        QCOMPARE(files, 2);
        QVERIFY2(total <= 2 * (2048 + 200), qPrintable(QString::number(total)));
        QVERIFY(read(log).contains("i=59"));
    }

    void testAWarningFloodIsCutToABurstAndCounted()
    {
        const QString log = m_dir.filePath(QStringLiteral("flood.log"));
        const auto installed = installLogHandler(QStringLiteral("n3"), QStringLiteral("info"), log, {});
        QVERIFY2(installed, installed ? "" : installed.error().message.text().c_str());
        setLogLimits(LogLimits{1024 * 1024, 2, 5, 300});
        for (int i = 0; i < 100; ++i)
            qCWarning(lcHttp).noquote()
                << logfmt(QStringLiteral("request rejected"), {{QStringLiteral("peer"), QString::number(i)}});
        // Another warning is its own burst.
        qCWarning(lcHttp).noquote() << logfmt(QStringLiteral("something else"));
        QByteArray text = read(log);
        QCOMPARE(text.count("msg=\"request rejected\""), 5);
        QVERIFY(text.contains("msg=\"something else\""));
        QVERIFY(!text.contains("suppressed"));
        // When the window is over, the next one says how many were left out.
        QTest::qWait(350);
        qCWarning(lcHttp).noquote() << logfmt(QStringLiteral("request rejected"),
                                              {{QStringLiteral("peer"), QStringLiteral("x")}});
        text = read(log);
        QVERIFY2(text.contains("msg=\"similar warnings suppressed\" suppressed=95"), text.constData());
        QVERIFY(text.contains("message=\"request rejected\""));
        QCOMPARE(text.count("msg=\"request rejected\""), 6);
        // Info lines are never rate-limited.
        for (int i = 0; i < 50; ++i)
            qCInfo(lcHttp).noquote() << logfmt(QStringLiteral("info line"));
        QCOMPARE(read(log).count("msg=\"info line\""), 50);
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_Logging.moc"
