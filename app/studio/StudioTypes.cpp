// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "StudioTypes.h"

#include "topology/PlanCatalogue.h"

#include <QCoreApplication>

namespace mb::studio {

QString pillarTitle(topology::Pillar pillar)
{
    switch (pillar) {
    case topology::Pillar::System:
        return QCoreApplication::translate("mb::studio", "System");
    case topology::Pillar::Proxy:
        return QCoreApplication::translate("mb::studio", "Proxy");
    case topology::Pillar::Worker:
        return QCoreApplication::translate("mb::studio", "Worker");
    case topology::Pillar::State:
        return QCoreApplication::translate("mb::studio", "State");
    }
    return {};
}

QString pillarTagline(topology::Pillar pillar)
{
    switch (pillar) {
    case topology::Pillar::System:
        return QCoreApplication::translate("mb::studio", "Control plane, metrics");
    case topology::Pillar::Proxy:
        return QCoreApplication::translate("mb::studio", "Public API gateway");
    case topology::Pillar::Worker:
        return QCoreApplication::translate("mb::studio", "Function runtime");
    case topology::Pillar::State:
        return QCoreApplication::translate("mb::studio", "PostgreSQL and Redis");
    }
    return {};
}

QString zoneTitle(topology::Zone zone)
{
    return zone == topology::Zone::Public ? QCoreApplication::translate("mb::studio", "Public zone")
                                          : QCoreApplication::translate("mb::studio", "Private zone");
}

QString providerTitle(const std::string &provider)
{
    if (provider == "local")
        return QCoreApplication::translate("mb::studio", "Local (this machine)");
    if (provider == "hetzner")
        return QCoreApplication::translate("mb::studio", "Hetzner Cloud");
    return QString::fromStdString(provider);
}

QString locationTitle(const std::string &location)
{
    const topology::Location *known = topology::PlanCatalogue::builtin().location(location);
    if (!known)
        return QString::fromStdString(location);
    return QCoreApplication::translate("mb::studio", "%1 (%2)")
        .arg(QString::fromStdString(known->name), QString::fromStdString(known->city));
}

QString pillarKey(topology::Pillar pillar)
{
    return QString::fromLatin1(topology::pillarName(pillar));
}

} // namespace mb::studio
