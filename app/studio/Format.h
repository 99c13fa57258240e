// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "topology/Money.h"
#include "topology/PlanCatalogue.h"

#include <QDateTime>
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
/// A latency for people: "0.4 ms", "12 ms", "1.3 s"; an empty string when not measured (negative).
[[nodiscard]] QString formatLatency(double ms);
/// How long ago `when` was, relative to `now`: "just now", "4 s ago", "3 min ago", "2 h ago";
/// an empty string for an invalid time.
[[nodiscard]] QString formatAgo(const QDateTime &when, const QDateTime &now);

} // namespace mb::studio
