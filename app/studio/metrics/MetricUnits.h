// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QString>

namespace mb::studio {

/// What a chart's values measure, for axis labels and hover texts.
enum class MetricUnit
{
    Plain,
    Percent,        ///< 0..100
    Bytes,          ///< 1.5 GiB
    BytesPerSecond, ///< 12 MiB/s
    PerSecond,      ///< 3.2 req/s
    Seconds,        ///< 1.2 s, 340 ms
};

/// `value` for people in `unit`: binary prefixes for bytes, SI prefixes otherwise, three
/// significant digits ("1.46 GiB", "12.5 %", "3.20 req/s", "250 ms"); "–" for NaN.
[[nodiscard]] QString formatMetric(double value, MetricUnit unit);

} // namespace mb::studio
