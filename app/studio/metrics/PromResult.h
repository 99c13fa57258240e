// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "observe/ObserveApi.h"

#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>
#include <algorithm>

namespace mb::studio {

/// One series of a Prometheus answer: its labels (`__name__` included when present) and its
/// points as (unix milliseconds, value), in time order.
struct PromSeries
{
    QMap<QString, QString> labels;
    QList<QPointF> points;
    /// `{a="1", b="2"}` with the name in front when there is one.
    [[nodiscard]] QString displayName() const;
};

/// A decoded answer of /v1/metrics/query or /query_range.
struct PromResult
{
    ApiFailure failure; ///< set when the answer carries no data
    QString resultType; ///< "matrix", "vector", "scalar", "string"
    QList<PromSeries> series;
    [[nodiscard]] bool empty() const
    {
        return std::all_of(series.begin(), series.end(),
                           [](const PromSeries &s) { return s.points.isEmpty(); });
    }
};

/// Decodes an answer in Prometheus' JSON shape (VictoriaMetrics' through the control plane). Pure
/// and thread-safe: runs on the thread pool. A malformed body is a failure saying where.
[[nodiscard]] PromResult decodePromResult(const app::RawReply &reply);

/// Splits `points` wherever two neighbours are further apart than `maxGapMs`: each run is drawn as
/// its own line, so a node that stopped reporting shows as a gap, not a straight line across.
[[nodiscard]] QList<QList<QPointF>> splitAtGaps(const QList<QPointF> &points, double maxGapMs);

} // namespace mb::studio
