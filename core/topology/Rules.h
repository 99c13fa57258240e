// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "PlanCatalogue.h"
#include "Topology.h"
#include "base/Message.h"

#include <string>
#include <string_view>
#include <vector>

namespace mb::topology {

enum class Severity
{
    Error,
    Warning,
    Info
};

[[nodiscard]] std::string_view severityName(Severity severity);

/// One finding of the topology rules: a stable code (documented in docs/topology-format.md),
/// a message that says why, and the JSON pointer of the value it is about.
struct Diagnostic
{
    Severity severity = Severity::Error;
    std::string code;
    Message message;
    std::string pointer;
};

/// Every rule code, in the order docs/topology-format.md lists them.
[[nodiscard]] const std::vector<std::string_view> &ruleCodes();

/**
 * Checks a topology against the kernel's rules and the plan catalogue: counts, zones,
 * plans and locations, network and safelist CIDRs, the cluster name. Never throws; pure and
 * thread-safe. Errors block provisioning; warnings and infos do not.
 */
[[nodiscard]] std::vector<Diagnostic> validate(const Topology &topology, const PlanCatalogue &catalogue);

/// True when `diagnostics` holds at least one error.
[[nodiscard]] bool hasErrors(const std::vector<Diagnostic> &diagnostics);

/// Whether `name` can be a DNS label and a node-name prefix: 1–40 of [a-z0-9-], starting with a
/// letter, not ending with '-'.
[[nodiscard]] bool isDnsSafeName(std::string_view name);

} // namespace mb::topology
