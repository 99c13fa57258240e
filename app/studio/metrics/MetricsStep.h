// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QtGlobal>

namespace mb::studio {

/// The resolution VictoriaMetrics scrapes at (docs/observability.md): a finer step shows nothing more.
constexpr qint64 ScrapeIntervalSeconds = 10;

/**
 * The query_range step, in seconds, for a range of `rangeSeconds` drawn `widthPixels` wide: the
 * smallest "round" step (1 s, 2 s, 5 s, 10 s, 15 s, 30 s, 1 min, 2 min, 5 min, 10 min, 15 min,
 * 30 min, 1 h, 2 h, 3 h, 6 h, 12 h, 1 d, then whole days) not below `minimumSeconds` such that the
 * answer has at most `widthPixels` points (a range [start, end] at step s has floor(range / s) + 1).
 */
[[nodiscard]] qint64 chooseStep(qint64 rangeSeconds, int widthPixels,
                                qint64 minimumSeconds = ScrapeIntervalSeconds);

/// How many points a query_range over `rangeSeconds` at `stepSeconds` answers per series.
[[nodiscard]] constexpr qint64 pointsFor(qint64 rangeSeconds, qint64 stepSeconds)
{
    return rangeSeconds / stepSeconds + 1;
}

} // namespace mb::studio
