// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "BenchSupport.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>

namespace mb::bench {

Timing measure(const std::function<void()> &work, int runs, int warmup)
{
    for (int i = 0; i < warmup; ++i)
        work();
    std::vector<double> samples;
    samples.reserve(static_cast<std::size_t>(runs));
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        const auto end = std::chrono::steady_clock::now();
        samples.push_back(std::chrono::duration<double, std::micro>(end - start).count());
    }
    std::sort(samples.begin(), samples.end());
    Timing t;
    t.runs = runs;
    t.minUs = samples.front();
    t.medianUs = samples[samples.size() / 2];
    t.p95Us = samples[std::min(samples.size() - 1, samples.size() * 95 / 100)];
    return t;
}

static std::string human(double us)
{
    char buffer[32];
    if (us >= 1000)
        std::snprintf(buffer, sizeof buffer, "%.2f ms", us / 1000);
    else
        std::snprintf(buffer, sizeof buffer, "%.1f µs", us);
    return buffer;
}

bool report(const std::string &name, const Timing &t, double targetUs)
{
    const bool met = t.medianUs < targetUs;
    std::printf("%-44s median %10s  (min %s, p95 %s, %d runs)  target < %s: %s\n", name.c_str(),
                human(t.medianUs).c_str(), human(t.minUs).c_str(), human(t.p95Us).c_str(), t.runs,
                human(targetUs).c_str(), met ? "met" : "MISSED");
    return met;
}

std::string sourceFile(const std::string &relativePath)
{
    std::ifstream in(std::string(MB_SOURCE_DIR) + '/' + relativePath, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

} // namespace mb::bench
