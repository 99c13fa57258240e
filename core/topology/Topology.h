// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "Pillar.h"
#include "base/Error.h"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mb::topology {

/// The topology document format this build writes and reads.
inline constexpr int TopologyFormatVersion = 1;
/// The most nodes one pillar may have in a document (docs/reliability.md, "Input limits").
inline constexpr long long MaxPillarNodes = 1'000'000;

/// One pillar's desired shape: how many nodes and on which plan, with per-node exceptions.
struct PillarSpec
{
    int count = 1;
    std::string plan;
    /// Zone the designer placed the pillar in; absent means "its own zone".
    std::optional<Zone> zone;
    /// Per-node plan overrides, by 1-based node ordinal ("3" → the third node).
    std::map<int, std::string> nodePlans;

    friend bool operator==(const PillarSpec &, const PillarSpec &) = default;
};

/// Where the designer canvas drew a pillar. Kept apart from what the cluster is.
struct CardPosition
{
    double x = 0;
    double y = 0;
    friend bool operator==(const CardPosition &, const CardPosition &) = default;
};

/// Canvas layout hints: they never change what gets deployed.
struct Layout
{
    std::map<Pillar, CardPosition> cards;
    std::optional<double> zoom;
    friend bool operator==(const Layout &, const Layout &) = default;
};

/**
 * A desired cluster: the semantics (name, provider, location, network, safelist, pillars)
 * and, apart, the canvas layout. A value type; copy freely.
 *
 * Parsing checks structure and types only. Whether the topology makes sense (counts, zones,
 * plans, CIDRs) is for `validate()` (Rules.h), which reports every problem as a diagnostic.
 */
/// What the System node keeps and where logs go (docs/observability.md); empty = the default.
struct Observability
{
    /// VictoriaMetrics' `-retentionPeriod`: `<n>d`, `<n>w` or `<n>y`, at least a day; default 7d.
    std::string metricsRetention;
    /// An external Grafana Loki (`http(s)://host:port`) that replaces the embedded log store.
    std::string lokiUrl;

    friend bool operator==(const Observability &, const Observability &) = default;
};

struct Topology
{
    int version = TopologyFormatVersion;
    std::string name;
    std::string provider = "local";
    std::string location = "fsn1";
    std::string networkCidr = "10.0.0.0/16";
    std::vector<std::string> sshSafelist;
    Observability observability;
    std::array<std::optional<PillarSpec>, 4> pillars; // indexed by Pillar; empty = not placed
    Layout layout;

    [[nodiscard]] const std::optional<PillarSpec> &pillar(Pillar p) const
    {
        return pillars[static_cast<std::size_t>(p)];
    }
    [[nodiscard]] std::optional<PillarSpec> &pillar(Pillar p) { return pillars[static_cast<std::size_t>(p)]; }
    /// The plan node `ordinal` (1-based) of `p` should run on: its override, else the pillar's plan.
    [[nodiscard]] std::string planOf(Pillar p, int ordinal) const;
    /// Total nodes over all placed pillars.
    [[nodiscard]] long long nodeCount() const;

    friend bool operator==(const Topology &, const Topology &) = default;
};

/// Parses a topology document. On failure, every structural fault (syntax, truncation, wrong
/// type, unknown or missing key, bad enum value) is returned, each with line, column and pointer.
[[nodiscard]] std::expected<Topology, std::vector<Error>> parseTopology(std::string_view text);

/// Writes the canonical form: fixed key order, two-space indent, final newline. Parsing the
/// result gives back an equal Topology, and writing that gives the same bytes.
[[nodiscard]] std::string serializeTopology(const Topology &topology);

} // namespace mb::topology
