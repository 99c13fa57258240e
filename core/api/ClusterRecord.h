// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"

#include <filesystem>
#include <string>
#include <vector>

namespace mb::api {

/**
 * What this machine knows about a cluster it bootstrapped: where its control plane answers and
 * where the API token is kept, and the cluster CA it pins. Stored as `<root>/<cluster>/cluster.json` beside
 * the local provider's node directories; the token lives in `api.token` (0600), never in this record.
 */
struct ClusterRecord
{
    std::string name;
    std::string provider;     ///< "local" or "hetzner"
    std::string apiUrl;       ///< "http://127.0.0.1:20000" for a local cluster
    std::string systemNode;   ///< name of the System node
    std::string topologyFile; ///< the document `up` started from (informational)
    long long created = 0;    ///< seconds since the epoch
    /// The cluster CA's certificate (PEM) that clients pin for the gateway's TLS, made by
    /// bootstrap; empty only in a record an earlier build wrote (api::pinLocalClusterCa).
    std::string caCertificate;
    /// Cloud providers only: the API's base URL (empty for the real one), the 0600 file holding
    /// the API token (empty: $HCLOUD_TOKEN) and the location. Never the token itself.
    std::string endpoint{};
    std::string tokenFile{};
    std::string location{};

    [[nodiscard]] static std::filesystem::path recordPath(const std::filesystem::path &root,
                                                          const std::string &cluster);
    [[nodiscard]] static std::filesystem::path tokenPath(const std::filesystem::path &root,
                                                         const std::string &cluster);

    /// Reads a record; a missing one is ErrorCode::IoNotFound with the cluster named.
    [[nodiscard]] static Result<ClusterRecord> load(const std::filesystem::path &root,
                                                    const std::string &cluster);
    /// Writes atomically.
    [[nodiscard]] Result<void> save(const std::filesystem::path &root) const;
    /// Names of the clusters under `root` that have a record, sorted.
    [[nodiscard]] static std::vector<std::string> list(const std::filesystem::path &root);
};

} // namespace mb::api
