// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "Money.h"
#include "Pillar.h"
#include "PlanCatalogue.h"
#include "Topology.h"
#include "base/Message.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace mb::topology {

/// One line of the bill.
struct CostLine
{
    enum class Kind
    {
        Servers,
        PublicIpv4,
        FloatingIpv4,
        PrivateNetwork
    };
    Kind kind = Kind::Servers;
    std::optional<Pillar> pillar; // the pillar the line belongs to; none for the network
    std::string item;             // plan name for servers, else empty
    int quantity = 0;
    Price unit;
    Price total;
    Message label; // what the line is, for a person
};

/**
 * What a topology costs per month and per hour at the catalogue's prices: every server,
 * the public IPv4 of each public-zone node, the floating IP in front of the proxies and the
 * private network — every line of the bill, none hidden.
 */
struct CostReport
{
    std::string currency;
    std::string pricesTaken;
    std::vector<CostLine> lines;
    std::array<Price, 4> perPillar{}; // indexed by Pillar, including that pillar's IPs
    Price total;
    /// Plans or locations that could not be priced (unknown or not offered); the total
    /// then leaves them out, and says so.
    std::vector<std::string> unpriced;

    [[nodiscard]] const Price &pillarTotal(Pillar p) const { return perPillar[static_cast<std::size_t>(p)]; }
};

/// Prices `topology` with `catalogue`. Pure; never fails: what cannot be priced is listed in
/// `unpriced`.
[[nodiscard]] CostReport estimateCost(const Topology &topology, const PlanCatalogue &catalogue);

} // namespace mb::topology
