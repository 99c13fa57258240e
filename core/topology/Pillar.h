// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace mb::topology {

/// The four pillars of the MadBase kernel.
enum class Pillar
{
    System,
    Proxy,
    Worker,
    State
};

/// Network zones: public nodes have a public IP (DMZ), private ones only the cluster network.
enum class Zone
{
    Public,
    Private
};

inline constexpr std::array<Pillar, 4> AllPillars{Pillar::System, Pillar::Proxy, Pillar::Worker,
                                                  Pillar::State};

/// Lower-case name used in documents and on the command line ("system").
[[nodiscard]] std::string_view pillarName(Pillar pillar);
[[nodiscard]] std::optional<Pillar> pillarFromName(std::string_view name);
[[nodiscard]] std::string_view zoneName(Zone zone);
[[nodiscard]] std::optional<Zone> zoneFromName(std::string_view name);

/// The zone a pillar always lives in: system and proxy public, worker and state private.
[[nodiscard]] Zone zoneOf(Pillar pillar);

/// Whether a pillar may have `count` nodes (system 1; proxy 1–100; worker ≥ 1; state 1, 3, 5).
[[nodiscard]] bool countAllowed(Pillar pillar, long long count);

/// Largest node count a pillar allows (worker: no limit, reported as INT_MAX).
[[nodiscard]] int maxCount(Pillar pillar);

/// The next allowed count going up (+1) or down (-1) from `count`; std::nullopt at a bound.
/// State steps 1 ↔ 3 ↔ 5; system never changes.
[[nodiscard]] std::optional<int> stepCount(Pillar pillar, int count, int direction);

} // namespace mb::topology
