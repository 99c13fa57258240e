// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "SecretFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutex>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mb::app {

namespace {
constexpr int FormatVersion = 1;
constexpr qint64 MaxFileBytes = 1 << 20;

// One writer at a time in this process: two stores over the same file must not interleave
// their read-modify-write.
QMutex &fileMutex()
{
    static QMutex mutex;
    return mutex;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("mb::app::SecretFile", text);
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
} // namespace

SecretFile::SecretFile(QString path)
    : m_path(std::move(path))
{}

SecretResult<QJsonObject> SecretFile::load() const
{
    const QByteArray native = QFile::encodeName(m_path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        if (errno == ENOENT)
            return QJsonObject();
        return std::unexpected(tr("Cannot read the secrets file %1: %2").arg(m_path, systemError()));
    }
    struct stat info
    {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return std::unexpected(tr("The secrets file %1 is not a regular file.").arg(m_path));
    }
    if ((info.st_mode & 077) != 0) {
        ::close(fd);
        return std::unexpected(tr("The secrets file %1 can be read by other users (mode %2); it is not used. "
                                  "Run chmod 600 on it.")
                                   .arg(m_path, QString::number(info.st_mode & 0777, 8)));
    }
    if (info.st_uid != ::geteuid()) {
        ::close(fd);
        return std::unexpected(
            tr("The secrets file %1 belongs to another user; it is not used.").arg(m_path));
    }
    if (info.st_size > MaxFileBytes) {
        ::close(fd);
        return std::unexpected(tr("The secrets file %1 is larger than 1 MB; it is not used.").arg(m_path));
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return std::unexpected(tr("Cannot read the secrets file %1: %2").arg(m_path, file.errorString()));
    }
    const QByteArray data = file.readAll();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (!doc.isObject())
        return std::unexpected(tr("The secrets file %1 is not a JSON object (%2 at byte %3).")
                                   .arg(m_path, parseError.errorString())
                                   .arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("version")).toInt() != FormatVersion)
        return std::unexpected(tr("The secrets file %1 has an unknown version (at /version).").arg(m_path));
    const QJsonValue secrets = root.value(QLatin1String("secrets"));
    if (!secrets.isObject())
        return std::unexpected(tr("The secrets file %1 has no secrets object (at /secrets).").arg(m_path));
    const QJsonObject entries = secrets.toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (!it.value().isString())
            return std::unexpected(
                tr("The secrets file %1 has a value that is not a string (at /secrets/%2).")
                    .arg(m_path, it.key()));
    }
    return entries;
}

SecretResult<void> SecretFile::save(const QJsonObject &entries) const
{
    const QFileInfo info(m_path);
    const QString dir = info.absolutePath();
    if (!QDir().mkpath(dir))
        return std::unexpected(tr("Cannot create the directory %1 for the secrets file.").arg(dir));
    // Only the owner lists or enters the directory; the file itself is 0600 from its first byte.
    ::chmod(QFile::encodeName(dir).constData(), 0700);
    const QByteArray data = QJsonDocument(QJsonObject{{QLatin1String("version"), FormatVersion},
                                                      {QLatin1String("secrets"), entries}})
                                .toJson(QJsonDocument::Indented);
    const QByteArray target = QFile::encodeName(m_path);
    const QByteArray temporary = target + ".tmp";
    ::unlink(temporary.constData());
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return std::unexpected(tr("Cannot write the secrets file %1: %2").arg(m_path, systemError()));
    qint64 written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, static_cast<size_t>(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString reason = systemError();
            ::close(fd);
            ::unlink(temporary.constData());
            return std::unexpected(tr("Cannot write the secrets file %1: %2").arg(m_path, reason));
        }
        written += n;
    }
    // fchmod as well: a umask cannot widen 0600, but the file must be 0600 whatever made it.
    if (::fchmod(fd, 0600) != 0 || ::fsync(fd) != 0 || ::close(fd) != 0) {
        const QString reason = systemError();
        ::unlink(temporary.constData());
        return std::unexpected(tr("Cannot write the secrets file %1: %2").arg(m_path, reason));
    }
    if (::rename(temporary.constData(), target.constData()) != 0) {
        const QString reason = systemError();
        ::unlink(temporary.constData());
        return std::unexpected(tr("Cannot write the secrets file %1: %2").arg(m_path, reason));
    }
    return {};
}

SecretResult<std::optional<QString>> SecretFile::read(const QString &key) const
{
    const QMutexLocker lock(&fileMutex());
    auto entries = load();
    if (!entries)
        return std::unexpected(entries.error());
    const QJsonValue value = entries->value(key);
    if (!value.isString())
        return std::optional<QString>();
    return std::optional<QString>(value.toString());
}

SecretResult<void> SecretFile::write(const QString &key, const QString &value) const
{
    const QMutexLocker lock(&fileMutex());
    auto entries = load();
    if (!entries)
        return std::unexpected(entries.error());
    entries->insert(key, value);
    return save(*entries);
}

SecretResult<void> SecretFile::remove(const QString &key) const
{
    const QMutexLocker lock(&fileMutex());
    auto entries = load();
    if (!entries)
        return std::unexpected(entries.error());
    if (!entries->contains(key))
        return {};
    entries->remove(key);
    return save(*entries);
}

} // namespace mb::app
