// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "ApiObjects.h"
#include "HetznerClient.h"
#include "base/Error.h"
#include "topology/PlanCatalogue.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mb::providers::hetzner {

/// An RFC 3339 time ("2025-12-31T23:59:59Z", "2026-01-01T00:59:59+01:00", fractions allowed) as
/// UTC seconds; nullopt for anything else.
[[nodiscard]] std::optional<std::chrono::sys_seconds> parseRfc3339(std::string_view text);
/// "YYYY-MM-DD" as 00:00 UTC of that day; nullopt for anything else.
[[nodiscard]] std::optional<std::chrono::sys_seconds> parseDate(std::string_view text);

/**
 * The catalogue's plans from the API's server types, as prices were on `takenOn` (YYYY-MM-DD):
 * a type is offered in a location where it has a price, is `available`, and its
 * `unavailable_after` (compared as a time, not as text) is not before 00:00 UTC of `takenOn`.
 * A type offered nowhere is left out. Errors: a price that is not a decimal from 0 to 100000, a
 * `takenOn` or `unavailable_after` that is not a date, with the pointer into the answer.
 */
[[nodiscard]] Result<std::vector<topology::ServerPlan>>
plansFromServerTypes(const std::vector<ServerType> &types, std::string_view takenOn);

/// `base` with the plans of a `GET /server_types` answer body (read strictly, every fault with
/// its pointer), keeping its locations, extras and legacy names.
[[nodiscard]] Result<topology::PlanCatalogue> mergeServerTypes(const topology::PlanCatalogue &base,
                                                               std::string_view body, std::string takenOn);

/// `base` refreshed from the API: every server type (`GET /server_types`, all pages), as on
/// `takenOn` (YYYY-MM-DD).
[[nodiscard]] Result<topology::PlanCatalogue>
refreshCatalogue(HetznerClient &client, const topology::PlanCatalogue &base, std::string takenOn);

} // namespace mb::providers::hetzner
