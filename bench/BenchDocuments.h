// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <cstddef>
#include <string>

namespace mb::bench {

/// A real topology document of at least `bytes`: max.json with a plan override on every worker
/// node (the way a document grows large in practice).
std::string documentWithNodeOverrides(std::size_t bytes);

} // namespace mb::bench
