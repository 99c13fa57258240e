// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "ClusterRecord.h"
#include "providers/ProviderFactory.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace mb::api {

/// The provider settings of a cluster this machine bootstrapped: its record's provider, the
/// clusters' directory `root` and the daemons beside the running executable.
[[nodiscard]] providers::ProviderSettings clusterProviderSettings(const std::filesystem::path &root,
                                                                  const ClusterRecord &record,
                                                                  int heartbeatSeconds = 0);

/// The provider that holds the nodes of the cluster `record` describes (makeProvider()).
[[nodiscard]] Result<std::unique_ptr<providers::Provider>>
clusterProvider(const std::filesystem::path &root, const ClusterRecord &record, int heartbeatSeconds = 0);

/// A step of the System node's resize, as it begins.
enum class SystemResizeStep
{
    Stopping,
    ChangingPlan,
    Starting,
};

/**
 * Moves the System node to `plan`: stop it (on Hetzner: power off and wait for `off`), change
 * its plan (keeping its disk), start it (power on, wait for `running`). The control plane
 * cannot do this to the server it runs on, so madbasectl and Studio do, through this one
 * sequence. `progress` (may be empty) hears each step as it begins, on the calling thread.
 * Blocking: call it off the GUI thread. Waiting for the control plane's health afterwards is the
 * caller's (it needs the caller's API client). On failure the error is the step's; running the
 * sequence again finishes it (each step is idempotent).
 */
[[nodiscard]] Result<void> resizeSystemNode(providers::Provider &provider, const std::string &cluster,
                                            const std::string &node, const std::string &plan,
                                            const std::function<void(SystemResizeStep)> &progress = {});

} // namespace mb::api
