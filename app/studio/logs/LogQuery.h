// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mb::studio {

/// A LogQL string literal: `"a\"b"`.
[[nodiscard]] QString logQlQuote(const QString &value);

/// The stream selector for the label values picked in the label browser: one value is `name="v"`,
/// several are `name=~"v1|v2"` (each value escaped for the regex). Labels with no value picked are
/// left out; with none at all, `{cluster="<cluster>"}` (or `{cluster=~".+"}` when unknown).
[[nodiscard]] QString buildSelector(const QMap<QString, QStringList> &picked, const QString &cluster);

/// The log-volume query behind the histogram: lines per level per step for `logQuery`
/// (`{…} |= "x"`): `sum by (level) (count_over_time(<logQuery> [<step>s]))`.
[[nodiscard]] QString volumeQuery(const QString &logQuery, qint64 stepSeconds);

/// A node's lines: `{cluster="c", node="n"}`.
[[nodiscard]] QString nodeSelector(const QString &cluster, const QString &node);

/// The histogram's bucket width for a range drawn in about `buckets` bars, in whole seconds.
[[nodiscard]] qint64 volumeStep(qint64 rangeSeconds, int buckets = 120);

} // namespace mb::studio
