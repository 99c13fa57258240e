// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "support/TestSupport.h"
#include "topology/Topology.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace mb::test {

/// Points QSettings at a fresh temporary directory, so tests never read or write the
/// user's settings (recent files, window state, language).
class IsolatedSettings
{
public:
    IsolatedSettings()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("MadBaseTests"));
        QCoreApplication::setApplicationName(QStringLiteral("StudioTests"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }
    [[nodiscard]] QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

/// Every file under `dir` whose bytes contain `needle` (a secret must be in none but its own).
inline QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

/// An example topology, optionally changed first ("production" with state count 2 …).
inline topology::Topology exampleTopology(const std::string &name,
                                          const std::function<void(nlohmann::json &)> &change = {})
{
    nlohmann::json doc = example(name);
    if (change)
        change(doc);
    auto parsed = topology::parseTopology(doc.dump(2));
    if (!parsed)
        qFatal("example %s does not parse", name.c_str());
    return *parsed;
}

} // namespace mb::test
