// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mb::topology {

/// An IPv4 or IPv6 network in CIDR notation ("10.0.0.0/16", "2001:db8::/32").
struct Cidr
{
    bool v6 = false;
    std::array<std::uint8_t, 16> address{}; // network byte order; IPv4 uses the first 4
    int prefix = 0;

    /// Parses strict CIDR notation: an address, '/', a prefix in range. Host bits may be set
    /// (`hasHostBits()` tells), as many tools accept them.
    [[nodiscard]] static std::optional<Cidr> parse(std::string_view text);

    [[nodiscard]] int bits() const { return v6 ? 128 : 32; }
    /// True for 0.0.0.0/0 and ::/0: every address on the Internet.
    [[nodiscard]] bool isEverything() const { return prefix == 0; }
    /// True when the address has bits set beyond the prefix ("10.0.0.1/16").
    [[nodiscard]] bool hasHostBits() const;
    /// True when the whole network lies inside RFC 1918 space (10/8, 172.16/12, 192.168/16).
    [[nodiscard]] bool isRfc1918() const;
    /// Addresses in an IPv4 network (2^(32-prefix)); 0 for IPv6.
    [[nodiscard]] std::uint64_t ipv4Size() const;
    [[nodiscard]] std::string toString() const;
};

} // namespace mb::topology
