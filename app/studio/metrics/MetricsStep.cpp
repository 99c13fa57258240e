// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "MetricsStep.h"

#include <algorithm>
#include <array>

namespace mb::studio {

qint64 chooseStep(qint64 rangeSeconds, int widthPixels, qint64 minimumSeconds)
{
    static constexpr std::array<qint64, 18> Round{1,   2,   5,    10,   15,   30,    60,    120,   300,
                                                  600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400};
    const qint64 range = std::max<qint64>(rangeSeconds, 1);
    const qint64 width = std::max(widthPixels, 2);
    // s >= range / (width - 1) gives floor(range / s) + 1 <= width.
    const qint64 needed = std::max((range + width - 2) / (width - 1), std::max<qint64>(minimumSeconds, 1));
    for (const qint64 step : Round)
        if (step >= needed)
            return step;
    return (needed + 86399) / 86400 * 86400;
}

} // namespace mb::studio
