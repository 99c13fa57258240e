// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mb::app {

SecretResult<void> writeFileAtomically(const QString &path, const QByteArray &data, unsigned mode,
                                       bool privateDirectory)
{
    const auto failed = [&path](const QString &reason) {
        return std::unexpected(QCoreApplication::translate("mb::app", "Cannot write %1: %2")
                                   .arg(QDir::toNativeSeparators(path), reason));
    };
    const auto systemError = [] { return QString::fromLocal8Bit(std::strerror(errno)); };
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return failed(QCoreApplication::translate("mb::app", "its directory cannot be created"));
    if (privateDirectory)
        ::chmod(QFile::encodeName(dir).constData(), 0700);
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".tmp";
    ::unlink(temporary.constData());
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                          static_cast<mode_t>(mode));
    if (fd < 0)
        return failed(systemError());
    qint64 written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, static_cast<size_t>(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString reason = systemError();
            ::close(fd);
            ::unlink(temporary.constData());
            return failed(reason);
        }
        written += n;
    }
    // fchmod too: the umask can only narrow `mode`, and the file must have exactly it.
    if (::fchmod(fd, static_cast<mode_t>(mode)) != 0 || ::fsync(fd) != 0 || ::close(fd) != 0 ||
        ::rename(temporary.constData(), target.constData()) != 0) {
        const QString reason = systemError();
        ::unlink(temporary.constData());
        return failed(reason);
    }
    return {};
}

} // namespace mb::app
