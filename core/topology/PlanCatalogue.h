// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "Money.h"
#include "base/Error.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mb::topology {

/// A cloud location (Hetzner: fsn1, nbg1, hel1, ash, hil, sin).
struct Location
{
    std::string name;
    std::string city;
    std::string country;
    std::string networkZone;
};

/// A server plan (Hetzner "server type") with its price in every location it is offered in.
struct ServerPlan
{
    std::string name;
    std::string description;
    int vcpu = 0;
    double ramGb = 0;
    int diskGb = 0;
    std::string architecture;            // "x86" or "arm"
    std::string cpuType;                 // "shared" or "dedicated"
    std::map<std::string, Price> prices; // location name → price; a plan is offered where it has one

    [[nodiscard]] bool offeredIn(std::string_view location) const;
};

/// A plan name that is no longer sold, and the plan that replaced it.
struct LegacyPlan
{
    std::string name;
    std::string successor;
    std::string deprecated;       // date announced, YYYY-MM-DD
    std::string unavailableAfter; // last day it could be ordered
};

/**
 * The server plans a provider sells, with prices per location, the date the prices were taken
 * and the legacy names that map to today's successors.
 *
 * Its JSON form mirrors Hetzner's `GET /server_types` (prices per location); a provider
 * refreshes it with `withPlans()`. Immutable once built; safe to share between threads.
 */
class PlanCatalogue
{
public:
    /// The catalogue built into the binaries (resources/plans/hetzner.json).
    [[nodiscard]] static const PlanCatalogue &builtin();

    /// Reads the catalogue format; every fault carries the pointer of the offending value.
    [[nodiscard]] static Result<PlanCatalogue> fromJson(std::string_view text);

    /// The same catalogue with `plans` instead of its own, their prices taken on `takenOn`
    /// (YYYY-MM-DD), keeping locations, extras and legacy names: how a provider refreshes it from
    /// its API (the Hetzner one in providers/hetzner/ServerTypeMerge.h). A plan whose figures or
    /// prices are out of the catalogue's ranges is refused, with its pointer (`/plans/N`).
    [[nodiscard]] Result<PlanCatalogue> withPlans(std::vector<ServerPlan> plans, std::string takenOn) const;

    /// How a requested plan name resolved: the plan, and the legacy names walked to reach it.
    struct Resolution
    {
        const ServerPlan *plan = nullptr;
        std::vector<const LegacyPlan *> legacyChain; // empty when the name is current
    };
    /// Resolves a plan name case-insensitively, following legacy names to their successor.
    [[nodiscard]] std::optional<Resolution> resolve(std::string_view name) const;

    [[nodiscard]] const ServerPlan *plan(std::string_view name) const;
    [[nodiscard]] const Location *location(std::string_view name) const;
    [[nodiscard]] const std::vector<ServerPlan> &plans() const { return m_plans; }
    [[nodiscard]] const std::vector<Location> &locations() const { return m_locations; }
    [[nodiscard]] const std::vector<LegacyPlan> &legacy() const { return m_legacy; }

    [[nodiscard]] const std::string &provider() const { return m_provider; }
    [[nodiscard]] const std::string &currency() const { return m_currency; }
    [[nodiscard]] const std::string &pricesTaken() const { return m_pricesTaken; }
    [[nodiscard]] const Price &primaryIpv4() const { return m_primaryIpv4; }
    [[nodiscard]] const Price &floatingIpv4() const { return m_floatingIpv4; }
    [[nodiscard]] const Price &privateNetwork() const { return m_privateNetwork; }

    /// The cheapest plan offered in `location` (by monthly price, then name); nullptr if none.
    [[nodiscard]] const ServerPlan *cheapestIn(std::string_view location) const;

private:
    std::string m_provider;
    std::string m_currency;
    std::string m_pricesTaken;
    std::vector<Location> m_locations;
    std::vector<ServerPlan> m_plans;
    std::vector<LegacyPlan> m_legacy;
    Price m_primaryIpv4;
    Price m_floatingIpv4;
    Price m_privateNetwork;
};

} // namespace mb::topology
