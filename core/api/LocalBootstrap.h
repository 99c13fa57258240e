// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "ClusterRecord.h"
#include "topology/Topology.h"

#include <filesystem>
#include <string>
#include <vector>

namespace mb::api {

/// What a bootstrap leaves: the cluster's record and its API token (kept in memory only;
/// the file copy is 0600).
struct Bootstrapped
{
    ClusterRecord record;
    std::string apiToken;
};

/**
 * Creates the System node of `topology` on this machine with the local provider: the cluster's
 * directory (0700), a fresh API token (0600), the cluster CA (its key only in the System node's
 * data directory, 0600), the System node's daemon with the control-plane settings, and the
 * cluster record holding the CA's certificate. Returns as soon as the daemon is started; wait for its
 * GET /v1/health before using the API. Blocking (spawns a process): call it off the GUI thread.
 * `heartbeatSeconds` 0 keeps the provider's default.
 */
[[nodiscard]] Result<Bootstrapped> bootstrapLocal(const std::filesystem::path &root,
                                                  const std::filesystem::path &binDir,
                                                  const topology::Topology &topology, int heartbeatSeconds,
                                                  const std::string &topologyFile = {});

/// The record and API token of a cluster that is up, or why not.
[[nodiscard]] Result<Bootstrapped> openLocal(const std::filesystem::path &root, const std::string &cluster);

/**
 * Starts the System node of a local cluster again if it should run but its daemon does not (it
 * crashed, was killed, or the machine restarted): without it nothing could manage the cluster,
 * and once up its control plane brings back the other nodes. A System node stopped on purpose
 * (a resize under way) is left alone. Returns whether it had to start it.
 */
[[nodiscard]] Result<bool> startSystemIfDown(const std::filesystem::path &root, const std::string &cluster);

/**
 * The cluster's record with its CA (ClusterRecord::caCertificate). Bootstrap makes the CA and
 * keeps it in the record; a record an earlier build wrote without it gets the one in the System
 * node's data directory, copied once (it is never replaced by what a node directory holds later).
 * Without a CA anywhere, it stays empty.
 */
[[nodiscard]] Result<ClusterRecord> pinLocalClusterCa(const std::filesystem::path &root,
                                                      const std::string &cluster);

/// What tearing a cluster down did: the nodes removed, and those that could not be.
struct Teardown
{
    std::vector<std::string> removed;
    std::vector<Error> failures;
};

/**
 * Removes every node of a local cluster and all its data, then its directory. The System node
 * is stopped first, so a running control plane cannot bring the others back. Blocking.
 */
[[nodiscard]] Teardown destroyLocal(const std::filesystem::path &root, const std::string &cluster);

} // namespace mb::api
