// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "base/PidLock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace mb;

namespace {

/// Whether /proc/locks lists a POSIX write lock by `pid` on the file at `path`.
bool procLocksShow(pid_t pid, const QString &path)
{
    struct stat info
    {};
    if (::stat(path.toLocal8Bit().constData(), &info) != 0)
        return false;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return false;
    // e.g. "1: POSIX  ADVISORY  WRITE 1234 fe:00:5678 0 EOF"
    const QByteArray inode = ':' + QByteArray::number(static_cast<qulonglong>(info.st_ino)) + ' ';
    const QByteArray owner = ' ' + QByteArray::number(pid) + ' ';
    for (const QByteArray &line : locks.readAll().split('\n')) {
        if (line.contains("POSIX") && line.contains("WRITE") && line.contains(owner) && line.contains(inode))
            return true;
    }
    return false;
}

} // namespace

class TestPidLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testAcquireWritesThePidAndHolds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("daemon.pid"));
        auto lock = PidLock::acquire(path.toStdString());
        QVERIFY(lock);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().trimmed().toLongLong(), static_cast<qint64>(::getpid()));
        QVERIFY(procLocksShow(::getpid(), path));
    }

    void testAskingAboutOurOwnLockKeepsIt()
    {
        // A POSIX record lock goes when its process closes any descriptor of the file: holder()
        // must answer for our own lock without opening the file. (The control plane runs on a
        // node it also lists; it once dropped its own lock that way.)
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("daemon.pid"));
        auto lock = PidLock::acquire(path.toStdString());
        QVERIFY(lock);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(PidLock::holder(path.toStdString()), std::optional<pid_t>(::getpid()));
        QVERIFY(procLocksShow(::getpid(), path));
        lock =
            PidLock::acquire(dir.filePath(QStringLiteral("other.pid")).toStdString()); // the first one goes
        QVERIFY(lock);
        QVERIFY(!PidLock::holder(path.toStdString()));
        QVERIFY(!procLocksShow(::getpid(), path));
    }

    void testAnotherProcessIsNamedAndGoneWhenItDies()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("daemon.pid"));
        const QByteArray native = path.toLocal8Bit();
        int ready[2];
        QCOMPARE(::pipe(ready), 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // Only system calls in the child of a threaded test process.
            const int fd = ::open(native.constData(), O_RDWR | O_CREAT, 0600);
            struct flock lock
            {};
            lock.l_type = F_WRLCK;
            lock.l_whence = SEEK_SET;
            const char ok = fd >= 0 && ::fcntl(fd, F_SETLK, &lock) == 0 ? '1' : '0';
            (void)!::write(ready[1], &ok, 1);
            ::pause();
            ::_exit(0);
        }
        ::close(ready[1]);
        char ok = 0;
        QCOMPARE(::read(ready[0], &ok, 1), ssize_t{1});
        ::close(ready[0]);
        QCOMPARE(ok, '1');
        QCOMPARE(PidLock::holder(path.toStdString()), std::optional<pid_t>(child));
        const auto refused = PidLock::acquire(path.toStdString());
        QVERIFY(!refused);
        QVERIFY(QString::fromStdString(refused.error().message.text()).contains(QString::number(child)));
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, 0);
        QVERIFY(!PidLock::holder(path.toStdString()));
        QVERIFY(PidLock::acquire(path.toStdString()));
    }

    void testASecondLockOnAFileWeHoldIsRefusedAndKeepsTheFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("daemon.pid"));
        auto lock = PidLock::acquire(path.toStdString());
        QVERIFY(lock);
        const auto second = PidLock::acquire(path.toStdString());
        QVERIFY(!second);
        QVERIFY(
            QString::fromStdString(second.error().message.text()).contains(QStringLiteral("already holds")));
        QVERIFY(procLocksShow(::getpid(), path));
    }

    void testMissingFileHasNoHolder() { QVERIFY(!PidLock::holder("/nonexistent/madbase/daemon.pid")); }
};

QTEST_GUILESS_MAIN(TestPidLock)
#include "tst_PidLock.moc"
