// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "topology/Pillar.h"

#include <functional>

namespace mb::daemon {

class DaemonRuntime;

/**
 * The whole life of a pillar daemon, so each main is a few lines:
 *
 *     int main(int argc, char **argv) { return mb::daemon::runDaemon(argc, argv, Pillar::Worker); }
 *
 * Options: `--config FILE` (required to run), `--check-config` (validate the config and the
 * token file, print the first error line, exit 0 or 1), `--version`, `--help`.
 * Refuses a config written for another pillar. `customize` runs after the runtime is built
 * and before it listens: add routes, metrics collectors, health checks, connect signals;
 * returning false exits with 1. SIGTERM or SIGINT stop gracefully and exit 0. Under systemd
 * (NOTIFY_SOCKET) it sends READY=1 once listening and WATCHDOG=1 as WatchdogSec asks.
 */
int runDaemon(int argc, char **argv, topology::Pillar pillar,
              std::function<bool(DaemonRuntime &runtime)> customize = {});

} // namespace mb::daemon
