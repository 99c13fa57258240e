// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"
#include "base/Message.h"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace mb::api {

/// The hops of a request through a cluster, in the order the check reports them.
enum class CheckHopKind
{
    Gateway,  ///< HAProxy on the Proxy node, over TLS with the cluster CA pinned
    Worker,   ///< the function runtime that ran `hello`
    Haproxy,  ///< the State pillar's entry point
    Postgres, ///< the row `hello` inserted
    Redis,    ///< the counter `hello` incremented
};

/// The hop's name as madbasectl prints it and its JSON carries: "gateway", "worker", "haproxy",
/// "postgres", "redis".
[[nodiscard]] const char *checkHopName(CheckHopKind kind);

/// One hop's result.
struct CheckHop
{
    CheckHopKind kind = CheckHopKind::Gateway;
    bool ok = false;
    double ms = -1; ///< latency in milliseconds; negative when not measured
    Message detail; ///< what happened there, for a person (translatable)
    /// Not reached because an earlier hop failed: the failure is the earlier hop's.
    bool skipped = false;
};

/// What a check needs to reach a cluster: its control plane and the CA its gateway's TLS is pinned to.
struct CheckTarget
{
    std::string apiUrl;        ///< the control plane ("http://127.0.0.1:20000")
    std::string token;         ///< the API token; sent as a bearer token, never in a message
    std::string caCertificate; ///< PEM of the cluster CA (ClusterRecord::caCertificate)
};

struct CheckReport
{
    std::vector<CheckHop> hops;
    [[nodiscard]] bool ok() const;
    /// The hop to blame when !ok(): the first that failed and was not just left unreached.
    [[nodiscard]] const CheckHop *failing() const;
};

/**
 * The end-to-end self-test of a running cluster (docs/pillars.md, "Checking a cluster"), shared
 * by `madbasectl check` and Studio's Cluster ▸ Check: one request over TLS (the cluster CA
 * pinned) through the gateway to the `hello` function, which writes to Redis and PostgreSQL
 * through the State entry point, and a connection to that entry point; every hop with its
 * latency and result. The operator's client asks only the control plane about nodes
 * (`GET /v1/nodes`); the gateway and the entry point are reached on their loopback ports
 * (local provider).
 *
 * Blocking (HTTP and TCP, at most about 20 s): call it off the GUI thread. `progress`, when
 * given, is called on the calling thread with each hop as soon as it is known. `cancel`, when
 * given and set, stops the check between steps with ErrorCode::Cancelled.
 *
 * Errors: only when the control plane cannot say which nodes there are (its error, with the
 * HTTP status in the detail), or the check was cancelled; every hop failure is a hop in the report.
 */
[[nodiscard]] Result<CheckReport> runClusterCheck(const CheckTarget &target,
                                                  const std::function<void(const CheckHop &)> &progress = {},
                                                  const std::atomic<bool> *cancel = nullptr);

} // namespace mb::api
