// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "ComponentSpec.h"
#include "base/Error.h"
#include "topology/Pillar.h"

#include <string_view>

namespace mb::daemon {

/// The node template of a pillar (resources/templates/<pillar>.json, compiled in).
[[nodiscard]] std::string_view templateText(topology::Pillar pillar);

/// The default components of a pillar's node template, strictly read.
[[nodiscard]] Result<QList<ComponentSpec>> templateComponents(topology::Pillar pillar);

/// Reads a node template document: {"version":1, "pillar":…, "description":…, "components":[…]}.
[[nodiscard]] Result<QList<ComponentSpec>> parseTemplate(std::string_view text, topology::Pillar pillar);

} // namespace mb::daemon
