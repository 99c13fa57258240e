// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Provider.h"

namespace mb::providers {

std::string_view nodeStateName(NodeState state)
{
    switch (state) {
    case NodeState::Creating:
        return "creating";
    case NodeState::Running:
        return "running";
    case NodeState::Stopped:
        return "stopped";
    case NodeState::Failed:
        return "failed";
    case NodeState::Deleting:
        return "deleting";
    }
    return "failed";
}

} // namespace mb::providers
