// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <chrono>
#include <functional>
#include <string>

namespace mb::bench {

/// Timing of one measured operation over many runs, in microseconds.
struct Timing
{
    double minUs = 0;
    double medianUs = 0;
    double p95Us = 0;
    int runs = 0;
};

/// Runs `work` `warmup` times unmeasured, then `runs` times measured.
Timing measure(const std::function<void()> &work, int runs, int warmup = 3);

/// Prints "name: median … (min …, p95 …, N runs) — target < X: met|MISSED" and returns
/// whether the median met the target.
bool report(const std::string &name, const Timing &timing, double targetUs);

/// Contents of a file in the source tree.
std::string sourceFile(const std::string &relativePath);

} // namespace mb::bench
