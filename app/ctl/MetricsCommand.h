// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "ClusterCommands.h"

namespace mb::ctl {

/**
 * `madbasectl metrics QUERY`: a PromQL query at this instant through the control plane to the
 * System node's VictoriaMetrics (docs/observability.md, "Queries"). Prints one line per series,
 * `name{label="value", …}  value`, sorted; `--format json` prints the API's answer as it is.
 * Exit 1 with VictoriaMetrics' reason for a bad query.
 */
int metricsCommand(const QString &query, const ClusterOptions &options, Context &ctx);

} // namespace mb::ctl
