// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "ClusterCommands.h"

namespace mb::ctl {

struct LogsOptions
{
    QString since = QStringLiteral("1h"); ///< how far back: 90s, 10m, 2h, 7d
    qint64 limit = 100;                   ///< the newest lines printed (Loki's default)
    bool all = false;                     ///< every matching line, paged, no cap
    bool follow = false;                  ///< then the tail, until interrupted
};

/// A `--since` value (`90s`, `10m`, `2h`, `7d`) in nanoseconds, or nothing.
[[nodiscard]] std::optional<qint64> parseSince(const QString &text);

/**
 * `madbasectl logs QUERY`: a LogQL query through the control plane to the cluster's log store
 * (docs/observability.md, "madbasectl logs"). Prints the newest `--limit` lines of the last
 * `--since`, oldest first, one per line: `TIME {labels} line` (text), the line alone (`raw`),
 * or one JSON object `{"timestamp","labels","line"}` per line (`json`). `--all` pages through
 * every matching line (5,000 a request) with no cap and nothing held in memory but a page;
 * `--follow` then follows the tail over a WebSocket on the control plane's port. A metric query
 * prints its series. Exit 1 with the store's reason for a bad query or when it is down.
 */
int logsCommand(const QString &query, const LogsOptions &logs, const ClusterOptions &options, Context &ctx);

/**
 * `madbasectl metrics QUERY --range 1h --step 15s`: a PromQL range query; each series with its
 * points (`time value`), or the API's JSON with `--format json`.
 */
int metricsRangeCommand(const QString &query, const QString &range, const QString &step,
                        const ClusterOptions &options, Context &ctx);

} // namespace mb::ctl
