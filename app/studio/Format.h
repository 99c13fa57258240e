// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "topology/Money.h"
#include "topology/PlanCatalogue.h"

#include <QString>

namespace mb::studio {

/// An amount in the user's locale with the currency's symbol ("€18.40").
[[nodiscard]] QString formatMoney(topology::Micros amount, const std::string &currency);
/// "€18.40 / month".
[[nodiscard]] QString formatMonthly(topology::Micros amount, const std::string &currency);
/// "3 vCPU · 4 GB RAM · 80 GB disk".
[[nodiscard]] QString planSpecs(const topology::ServerPlan &plan);
/// "3 vCPU · 4 GB" (for the card, where space is short).
[[nodiscard]] QString planSpecsShort(const topology::ServerPlan &plan);
/// A size in GB without a pointless ".0" ("4", "7.5").
[[nodiscard]] QString formatGb(double gb);

} // namespace mb::studio
