// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "SecretFile.h"

#include "PrivateFile.h"

#include <QCoreApplication>
#include <QFile>
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
        return std::unexpected(
            SecretFile::tr("Cannot read the secrets file %1: %2").arg(m_path, systemError()));
    }
    struct stat info
    {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return std::unexpected(SecretFile::tr("The secrets file %1 is not a regular file.").arg(m_path));
    }
    if ((info.st_mode & 077) != 0) {
        ::close(fd);
        return std::unexpected(
            SecretFile::tr("The secrets file %1 can be read by other users (mode %2); it is not used. "
                           "Run chmod 600 on it.")
                .arg(m_path, QString::number(info.st_mode & 0777, 8)));
    }
    if (info.st_uid != ::geteuid()) {
        ::close(fd);
        return std::unexpected(
            SecretFile::tr("The secrets file %1 belongs to another user; it is not used.").arg(m_path));
    }
    if (info.st_size > MaxFileBytes) {
        ::close(fd);
        return std::unexpected(
            SecretFile::tr("The secrets file %1 is larger than 1 MB; it is not used.").arg(m_path));
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return std::unexpected(
            SecretFile::tr("Cannot read the secrets file %1: %2").arg(m_path, file.errorString()));
    }
    const QByteArray data = file.readAll();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (!doc.isObject())
        return std::unexpected(SecretFile::tr("The secrets file %1 is not a JSON object (%2 at byte %3).")
                                   .arg(m_path, parseError.errorString())
                                   .arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("version")).toInt() != FormatVersion)
        return std::unexpected(
            SecretFile::tr("The secrets file %1 has an unknown version (at /version).").arg(m_path));
    const QJsonValue secrets = root.value(QLatin1String("secrets"));
    if (!secrets.isObject())
        return std::unexpected(
            SecretFile::tr("The secrets file %1 has no secrets object (at /secrets).").arg(m_path));
    const QJsonObject entries = secrets.toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (!it.value().isString())
            return std::unexpected(
                SecretFile::tr("The secrets file %1 has a value that is not a string (at /secrets/%2).")
                    .arg(m_path, it.key()));
    }
    return entries;
}

SecretResult<void> SecretFile::save(const QJsonObject &entries) const
{
    const QByteArray data = QJsonDocument(QJsonObject{{QLatin1String("version"), FormatVersion},
                                                      {QLatin1String("secrets"), entries}})
                                .toJson(QJsonDocument::Indented);
    return writeFileAtomically(m_path, data, 0600, true);
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
