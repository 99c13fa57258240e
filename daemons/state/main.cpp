// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// madbase-state: the state pillar's node daemon (health, metrics, heartbeats, components, and
// the roles its software reports).
#include "DaemonRuntime.h"
#include "RunDaemon.h"
#include "StateObserver.h"

int main(int argc, char **argv)
{
    return mb::daemon::runDaemon(argc, argv, mb::topology::Pillar::State,
                                 [](mb::daemon::DaemonRuntime &runtime) {
                                     new mb::state::StateObserver(runtime, &runtime);
                                     return true;
                                 });
}
