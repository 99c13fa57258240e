// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "SecretStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace mb::app {

/**
 * The secret store's fallback file: a JSON object of key → secret, readable and writable by its
 * owner only. Written whole to a 0600 temporary file beside it, synced, then renamed over it, so
 * a crash leaves the old or the new file, never half of one; its directory is made 0700. A file
 * others may read is refused, not used. Blocking; safe from any thread (one writer at a time per
 * process).
 */
class SecretFile
{
public:
    explicit SecretFile(QString path);

    [[nodiscard]] SecretResult<std::optional<QString>> read(const QString &key) const;
    [[nodiscard]] SecretResult<void> write(const QString &key, const QString &value) const;
    [[nodiscard]] SecretResult<void> remove(const QString &key) const;

    [[nodiscard]] const QString &path() const { return m_path; }

private:
    [[nodiscard]] SecretResult<QJsonObject> load() const;
    [[nodiscard]] SecretResult<void> save(const QJsonObject &entries) const;

    QString m_path;

    Q_DECLARE_TR_FUNCTIONS(SecretFile)
};

} // namespace mb::app
