// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "ClusterCommands.h"
#include "api/ClusterRecord.h"
#include "common/ControlPlaneClient.h"
#include "providers/Provider.h"

#include <memory>
#include <optional>

namespace mb::ctl {

/// A cluster this machine bootstrapped, with a client for its control plane.
struct ClusterSession
{
    std::filesystem::path root;
    api::ClusterRecord record;
    std::unique_ptr<app::ControlPlaneClient> client;

    /// The provider that holds the cluster's nodes (api::clusterProvider), or why there is none.
    [[nodiscard]] Result<std::unique_ptr<providers::Provider>> provider() const;
};

/// Root directory from --root, $MADBASE_ROOT, else the user's data directory.
[[nodiscard]] std::filesystem::path clusterRoot(const ClusterOptions &options);

/// Opens the cluster named by --cluster (or the only one there). Prints why not and returns
/// nullopt when it cannot. With `startSystem`, a System node whose daemon is not running (a
/// crash, a restart of the machine) is started again first, and its control plane waited for.
[[nodiscard]] std::optional<ClusterSession> openCluster(const ClusterOptions &options, Context &ctx,
                                                        bool startSystem = true);

/// Asks "question [y/N]" on the terminal; true at once with --yes. Without a terminal and
/// without --yes it refuses and says so.
[[nodiscard]] bool confirm(const QString &question, const ClusterOptions &options, Context &ctx);

/// Prints a plan answer of the API (`+ create …`, `~ resize …`, `- destroy …`, summary, cost).
void printPlan(const QJsonObject &plan, Context &ctx);

/// Follows events from `afterSeq` until the apply of `planId` finishes; prints progress.
/// Ctrl-C asks the control plane to cancel (a second one detaches). Returns the exit code.
int followApply(app::ControlPlaneClient &client, qint64 afterSeq, const QString &planId, Context &ctx);

/// How long an apply waits for the components it started (waitForComponents).
inline constexpr int ComponentsTimeoutMs = 120000;

/// After an apply: waits, at most `timeoutMs`, until every component of every running node
/// runs (or ran to completion), printing those still on their way as the list changes. A
/// component in a crash loop ends the wait at once with its node, state and last output line.
/// Returns the exit code.
int waitForComponents(app::ControlPlaneClient &client, Context &ctx, int timeoutMs);

/// Shows the plan, asks, applies and follows it, then waits for its components
/// (waitForComponents). Returns the exit code.
int reviewAndApply(ClusterSession &session, const QJsonObject &plan, const ClusterOptions &options,
                   Context &ctx);

/// Prints an API failure ("madbasectl: <message>") and returns ExitInvalid (ExitUsage when the
/// control plane could not be reached).
int reportApiError(const app::ApiResult &result, Context &ctx);

} // namespace mb::ctl
