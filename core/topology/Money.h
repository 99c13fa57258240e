// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mb::topology {

/// An amount of money in millionths of the currency unit, so sums of prices stay exact.
using Micros = std::int64_t;

/// A monthly and an hourly price (Hetzner bills hourly, capped at the monthly price).
struct Price
{
    Micros monthly = 0;
    Micros hourly = 0;

    Price &operator+=(const Price &other)
    {
        monthly += other.monthly;
        hourly += other.hourly;
        return *this;
    }
    [[nodiscard]] Price times(std::int64_t n) const { return {monthly * n, hourly * n}; }
    friend Price operator+(Price a, const Price &b) { return a += b; }
    friend bool operator==(const Price &, const Price &) = default;
};

/// Parses a decimal string as Hetzner sends prices ("3.2900", "0.0052"); up to 6 decimals.
[[nodiscard]] std::optional<Micros> parseMoney(std::string_view text);

/// Formats with exactly `decimals` places (rounded half away from zero), e.g. "12.47".
[[nodiscard]] std::string formatMoney(Micros amount, int decimals);

} // namespace mb::topology
