// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

namespace mb::providers::local {

/// How many port slots a node has for its components (docs/pillars.md).
inline constexpr int PortSlots = 16;

/**
 * Port slot `slot` of the node whose daemon listens on `listenPort`: every node has its own
 * block of PortSlots ports in 10000..32767, below the ephemeral range (32768 and up, where an
 * outgoing connection may take a port a server wants), derived from its unique daemon port
 * (any 1,423 consecutive daemon ports get distinct blocks). The daemons, the control plane
 * and madbasectl compute the same ports from the daemon port alone. 0 for a slot out of range.
 */
[[nodiscard]] constexpr int componentPort(int listenPort, int slot)
{
    constexpr int FirstComponentPort = 10000;
    constexpr int Blocks = (32768 - FirstComponentPort) / PortSlots;
    if (listenPort <= 0 || slot < 0 || slot >= PortSlots)
        return 0;
    return FirstComponentPort + (listenPort % Blocks) * PortSlots + slot;
}

} // namespace mb::providers::local
