// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "HetznerProjects.h"

#include <QRegularExpression>
#include <QSettings>

namespace mb::studio::hetznerProjects {

namespace {
const QString Projects = QStringLiteral("providers/hetzner/projects");

QString keyOf(const QString &name, const char *field)
{
    return QStringLiteral("providers/hetzner/project/%1/%2").arg(name, QLatin1String(field));
}
} // namespace

bool isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    return pattern.match(name).hasMatch() && !name.contains(QLatin1String(".."));
}

QStringList names()
{
    QStringList list = QSettings().value(Projects).toStringList();
    list.removeIf([](const QString &n) { return !isValidName(n); });
    list.removeDuplicates();
    list.sort();
    return list;
}

bool add(const QString &name)
{
    QStringList list = names();
    if (!isValidName(name) || list.contains(name))
        return false;
    list << name;
    list.sort();
    QSettings().setValue(Projects, list);
    return true;
}

void remove(const QString &name)
{
    QStringList list = names();
    list.removeAll(name);
    QSettings settings;
    settings.setValue(Projects, list);
    settings.remove(QStringLiteral("providers/hetzner/project/%1").arg(name));
}

QString endpoint(const QString &name)
{
    return QSettings().value(keyOf(name, "endpoint")).toString();
}

void setEndpoint(const QString &name, const QString &endpoint)
{
    QSettings settings;
    if (endpoint.trimmed().isEmpty())
        settings.remove(keyOf(name, "endpoint"));
    else
        settings.setValue(keyOf(name, "endpoint"), endpoint.trimmed());
}

QString keyFile(const QString &name)
{
    return QSettings().value(keyOf(name, "sshKey")).toString();
}

void setKeyFile(const QString &name, const QString &file)
{
    QSettings().setValue(keyOf(name, "sshKey"), file);
}

} // namespace mb::studio::hetznerProjects
