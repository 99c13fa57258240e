// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Cidr.h"

#include <arpa/inet.h>

#include <charconv>

namespace mb::topology {

std::optional<Cidr> Cidr::parse(std::string_view text)
{
    const auto slash = text.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash + 1 >= text.size())
        return std::nullopt;
    const std::string host(text.substr(0, slash));
    const std::string_view prefixText = text.substr(slash + 1);

    Cidr cidr;
    cidr.v6 = host.find(':') != std::string::npos;
    if (inet_pton(cidr.v6 ? AF_INET6 : AF_INET, host.c_str(), cidr.address.data()) != 1)
        return std::nullopt;

    int prefix = -1;
    const auto [end, ec] = std::from_chars(prefixText.data(), prefixText.data() + prefixText.size(), prefix);
    if (ec != std::errc{} || end != prefixText.data() + prefixText.size() || prefix < 0 ||
        prefix > cidr.bits())
        return std::nullopt;
    if (prefixText.size() > 1 && prefixText.front() == '0')
        return std::nullopt;
    cidr.prefix = prefix;
    return cidr;
}

bool Cidr::hasHostBits() const
{
    for (int bit = prefix; bit < bits(); ++bit) {
        if (address[static_cast<std::size_t>(bit / 8)] & (0x80 >> (bit % 8)))
            return true;
    }
    return false;
}

bool Cidr::isRfc1918() const
{
    if (v6)
        return false;
    const auto a = address[0];
    const auto b = address[1];
    if (a == 10)
        return prefix >= 8;
    if (a == 172 && (b & 0xF0) == 16)
        return prefix >= 12;
    if (a == 192 && b == 168)
        return prefix >= 16;
    return false;
}

std::uint64_t Cidr::ipv4Size() const
{
    return v6 ? 0 : (std::uint64_t{1} << (32 - prefix));
}

std::string Cidr::toString() const
{
    char buffer[INET6_ADDRSTRLEN] = {};
    inet_ntop(v6 ? AF_INET6 : AF_INET, address.data(), buffer, sizeof buffer);
    return std::string(buffer) + '/' + std::to_string(prefix);
}

} // namespace mb::topology
