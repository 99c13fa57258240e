// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "ClusterCommands.h"

namespace mb::ctl {

/**
 * `madbasectl check`: the end-to-end self-test of a running cluster. One request over TLS
 * (the cluster CA pinned) through the gateway to the `hello` function, which writes to Redis
 * and PostgreSQL through the State entry point; prints every hop (gateway, worker, HAProxy,
 * PostgreSQL, Redis) with its latency and result. Exit 0 only when every hop passed; else 1
 * with the failing hop named and why.
 */
int checkCommand(const ClusterOptions &options, Context &ctx);

} // namespace mb::ctl
