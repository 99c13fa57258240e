// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "topology/Pillar.h"
#include "topology/Rules.h"

#include <QMetaType>
#include <QString>

#include <string>

namespace mb::studio {

/// The MIME type a palette drag carries; its payload is the pillar's name ("proxy").
inline constexpr auto PillarMimeType = "application/x-madbase-pillar";

/// A pillar's display name in the user's language ("Proxy").
[[nodiscard]] QString pillarTitle(topology::Pillar pillar);
/// What the pillar does, in a few words ("Public API gateway").
[[nodiscard]] QString pillarTagline(topology::Pillar pillar);
/// The zone's display name ("Public zone").
[[nodiscard]] QString zoneTitle(topology::Zone zone);
/// A provider's display name ("Hetzner Cloud"); unknown names are shown as they are.
[[nodiscard]] QString providerTitle(const std::string &provider);
/// "fsn1 (Falkenstein)" for a catalogue location, else the name as it is.
[[nodiscard]] QString locationTitle(const std::string &location);
/// The pillar's lower-case document name as a QString ("proxy").
[[nodiscard]] QString pillarKey(topology::Pillar pillar);

} // namespace mb::studio

Q_DECLARE_METATYPE(mb::topology::Pillar)
Q_DECLARE_METATYPE(mb::topology::Zone)
