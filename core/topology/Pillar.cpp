// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Pillar.h"

#include <climits>

namespace mb::topology {

std::string_view pillarName(Pillar pillar)
{
    switch (pillar) {
    case Pillar::System:
        return "system";
    case Pillar::Proxy:
        return "proxy";
    case Pillar::Worker:
        return "worker";
    case Pillar::State:
        return "state";
    }
    return "system";
}

std::optional<Pillar> pillarFromName(std::string_view name)
{
    for (const Pillar p : AllPillars) {
        if (pillarName(p) == name)
            return p;
    }
    return std::nullopt;
}

std::string_view zoneName(Zone zone)
{
    return zone == Zone::Public ? "public" : "private";
}

std::optional<Zone> zoneFromName(std::string_view name)
{
    if (name == "public")
        return Zone::Public;
    if (name == "private")
        return Zone::Private;
    return std::nullopt;
}

Zone zoneOf(Pillar pillar)
{
    return (pillar == Pillar::System || pillar == Pillar::Proxy) ? Zone::Public : Zone::Private;
}

bool countAllowed(Pillar pillar, long long count)
{
    switch (pillar) {
    case Pillar::System:
        return count == 1;
    case Pillar::Proxy:
        return count >= 1 && count <= 100;
    case Pillar::Worker:
        return count >= 1 && count <= INT_MAX;
    case Pillar::State:
        return count == 1 || count == 3 || count == 5;
    }
    return false;
}

int maxCount(Pillar pillar)
{
    switch (pillar) {
    case Pillar::System:
        return 1;
    case Pillar::Proxy:
        return 100;
    case Pillar::Worker:
        return INT_MAX;
    case Pillar::State:
        return 5;
    }
    return 1;
}

std::optional<int> stepCount(Pillar pillar, int count, int direction)
{
    if (pillar == Pillar::State) {
        const int next = direction > 0 ? (count < 3 ? 3 : 5) : (count > 3 ? 3 : 1);
        if (next == count || (direction > 0 && count >= 5) || (direction < 0 && count <= 1))
            return std::nullopt;
        return next;
    }
    const long long next = static_cast<long long>(count) + (direction > 0 ? 1 : -1);
    if (!countAllowed(pillar, next))
        return std::nullopt;
    return static_cast<int>(next);
}

} // namespace mb::topology
