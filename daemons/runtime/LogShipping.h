// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QByteArray>

namespace mb::daemon {

class DaemonRuntime;
class LogShipper;

/**
 * Ships the daemon's log to the cluster's log store (docs/observability.md, "Shipping"): a
 * LogShipper owned by `runtime`, fed by the log handler (the daemon's own lines, its components'
 * output, the control plane's events) and by the log files the components name, its counters in
 * /metrics, flushed to its on-disk buffer when the daemon stops. A node with a control plane ships
 * to it (`/v1/agents/logs`, with `token`); the System node to its own store (port slot 2) or to
 * `extensions.system.lokiUrl`. Nothing when MADBASE_LOG_SHIPPING=0, or on a node with neither.
 * Returns the shipper (owned by the runtime), or null.
 */
LogShipper *startLogShipping(DaemonRuntime &runtime, const QByteArray &token);

} // namespace mb::daemon
