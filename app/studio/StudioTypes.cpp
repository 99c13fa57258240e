// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "StudioTypes.h"

#include "topology/PlanCatalogue.h"

#include <QCoreApplication>

namespace mb::studio {

namespace {
constexpr const char *Ctx = "mb::studio";
}

QString pillarTitle(topology::Pillar pillar)
{
    switch (pillar) {
    case topology::Pillar::System:
        return QCoreApplication::translate(Ctx, "System");
    case topology::Pillar::Proxy:
        return QCoreApplication::translate(Ctx, "Proxy");
    case topology::Pillar::Worker:
        return QCoreApplication::translate(Ctx, "Worker");
    case topology::Pillar::State:
        return QCoreApplication::translate(Ctx, "State");
    }
    return {};
}

QString pillarTagline(topology::Pillar pillar)
{
    switch (pillar) {
    case topology::Pillar::System:
        return QCoreApplication::translate(Ctx, "Control plane, metrics");
    case topology::Pillar::Proxy:
        return QCoreApplication::translate(Ctx, "Public API gateway");
    case topology::Pillar::Worker:
        return QCoreApplication::translate(Ctx, "Function runtime");
    case topology::Pillar::State:
        return QCoreApplication::translate(Ctx, "PostgreSQL and Redis");
    }
    return {};
}

QString zoneTitle(topology::Zone zone)
{
    return zone == topology::Zone::Public ? QCoreApplication::translate(Ctx, "Public zone")
                                          : QCoreApplication::translate(Ctx, "Private zone");
}

QString providerTitle(const std::string &provider)
{
    if (provider == "local")
        return QCoreApplication::translate(Ctx, "Local (this machine)");
    if (provider == "hetzner")
        return QCoreApplication::translate(Ctx, "Hetzner Cloud");
    return QString::fromStdString(provider);
}

QString locationTitle(const std::string &location)
{
    const topology::Location *known = topology::PlanCatalogue::builtin().location(location);
    if (!known)
        return QString::fromStdString(location);
    return QCoreApplication::translate(Ctx, "%1 (%2)")
        .arg(QString::fromStdString(known->name), QString::fromStdString(known->city));
}

QString pillarKey(topology::Pillar pillar)
{
    return QString::fromLatin1(topology::pillarName(pillar));
}

} // namespace mb::studio
