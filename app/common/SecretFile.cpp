// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "SecretFile.h"

#include "CoreText.h"
#include "base/Secret.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutex>

namespace mb::app {

namespace {
constexpr int FormatVersion = 1;

// One writer at a time in this process: two stores over the same file must not interleave
// their read-modify-write.
QMutex &fileMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

SecretFile::SecretFile(QString path)
    : m_path(std::move(path))
{}

SecretResult<QJsonObject> SecretFile::load() const
{
    auto text = readSecretFile(QFile::encodeName(m_path).toStdString());
    if (!text) {
        if (text.error().code == ErrorCode::IoNotFound)
            return QJsonObject();
        return std::unexpected(app::describe(text.error()));
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(*text), &parseError);
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
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir))
        return std::unexpected(
            SecretFile::tr("Cannot create the directory %1 for the secrets file.").arg(dir));
    // Only the owner lists or enters the directory.
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QByteArray data = QJsonDocument(QJsonObject{{QLatin1String("version"), FormatVersion},
                                                      {QLatin1String("secrets"), entries}})
                                .toJson(QJsonDocument::Indented);
    if (auto written = writeSecretFile(QFile::encodeName(m_path).toStdString(), data.toStdString()); !written)
        return std::unexpected(app::describe(written.error()));
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
