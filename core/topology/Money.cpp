// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Money.h"

namespace mb::topology {

std::optional<Micros> parseMoney(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    bool negative = false;
    if (text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    Micros whole = 0;
    Micros fraction = 0;
    int fractionDigits = 0;
    bool seenDot = false;
    bool seenDigit = false;
    for (const char c : text) {
        if (c == '.') {
            if (seenDot)
                return std::nullopt;
            seenDot = true;
            continue;
        }
        if (c < '0' || c > '9')
            return std::nullopt;
        seenDigit = true;
        if (!seenDot) {
            // Nine trillion is the most that, in millionths, an int64 holds.
            if (whole > (9'000'000'000'000 - (c - '0')) / 10)
                return std::nullopt;
            whole = whole * 10 + (c - '0');
        } else if (fractionDigits < 6) {
            fraction = fraction * 10 + (c - '0');
            ++fractionDigits;
        } else if (c != '0') {
            return std::nullopt; // more precision than a micro: refuse rather than round silently
        }
    }
    if (!seenDigit)
        return std::nullopt;
    for (; fractionDigits < 6; ++fractionDigits)
        fraction *= 10;
    const Micros value = whole * 1'000'000 + fraction;
    return negative ? -value : value;
}

std::string formatMoney(Micros amount, int decimals)
{
    const bool negative = amount < 0;
    Micros magnitude = negative ? -amount : amount;
    Micros scale = 1;
    for (int i = decimals; i < 6; ++i)
        scale *= 10;
    magnitude = (magnitude + scale / 2) / scale;
    Micros unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    std::string out = std::to_string(magnitude / unit);
    if (decimals > 0) {
        std::string frac = std::to_string(magnitude % unit);
        out += '.' + std::string(static_cast<std::size_t>(decimals) - frac.size(), '0') + frac;
    }
    return (negative && magnitude != 0 ? "-" : "") + out;
}

} // namespace mb::topology
