// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// madbase-worker: the worker pillar's node daemon (health, metrics, heartbeats, components).
#include "RunDaemon.h"

int main(int argc, char **argv)
{
    return mb::daemon::runDaemon(argc, argv, mb::topology::Pillar::Worker);
}
