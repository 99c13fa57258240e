// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// madbase-system: the System node's daemon, with the cluster's control plane inside.
#include "ControlPlane.h"
#include "DaemonRuntime.h"
#include "RunDaemon.h"

#include <QLoggingCategory>

int main(int argc, char **argv)
{
    return mb::daemon::runDaemon(
        argc, argv, mb::topology::Pillar::System, [](mb::daemon::DaemonRuntime &runtime) {
            auto *controlPlane = new mb::controlplane::ControlPlane(runtime, &runtime);
            if (const auto started = controlPlane->init(); !started) {
                const auto &error = started.error();
                qCritical().noquote()
                    << "control plane cannot start:"
                    << QString::fromStdString(error.describe() +
                                              (error.detail.empty() ? "" : " (" + error.detail + ")"));
                return false;
            }
            return true;
        });
}
