// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "CtlOutput.h"

namespace mb::ctl {

/// Options every cluster command shares.
struct ClusterOptions
{
    QString root;        ///< where clusters live (--root, $MADBASE_ROOT, else the user's data dir)
    QString cluster;     ///< --cluster; empty = the only cluster there
    bool yes = false;    ///< --yes: do not ask before changing the cluster
    bool noWait = false; ///< --no-wait: an apply returns when it ends, before its components run
};

int upCommand(const QString &file, const ClusterOptions &options, Context &ctx);
int planCommand(const QString &file, const ClusterOptions &options, Context &ctx);
int applyCommand(const QString &file, const ClusterOptions &options, Context &ctx);
int scaleCommand(const QString &pillar, const QString &count, const ClusterOptions &options, Context &ctx);
int resizeCommand(const QString &target, const QString &plan, const ClusterOptions &options, Context &ctx);
int statusCommand(const ClusterOptions &options, Context &ctx);
int eventsCommand(bool follow, qint64 after, const ClusterOptions &options, Context &ctx);
int downCommand(const ClusterOptions &options, Context &ctx);

} // namespace mb::ctl
