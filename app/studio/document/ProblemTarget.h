// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "StudioTypes.h"

#include <optional>
#include <string_view>

namespace mb::studio {

/// The inspector field a diagnostic is about.
enum class Field
{
    None,
    Name,
    Provider,
    Location,
    NetworkCidr,
    SshSafelist,
    /// The pillar itself: it is missing, or the pointer names no field of it.
    Pillar,
    Count,
    Plan,
    Zone,
    NodePlan,
};

/// Where in the design a JSON pointer leads: a pillar (or the cluster when absent), a field,
/// and for lists the entry (safelist index from 0, node ordinal from 1; -1 when none).
struct ProblemTarget
{
    std::optional<topology::Pillar> pillar;
    Field field = Field::None;
    int index = -1;
    friend bool operator==(const ProblemTarget &, const ProblemTarget &) = default;
};

/// Maps a diagnostic's pointer ("/pillars/state/count") to what the UI should select and focus.
[[nodiscard]] ProblemTarget problemTarget(std::string_view pointer);

} // namespace mb::studio
