// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// Hostile documents: parse + validate time and peak memory for nesting at the depth limit, a
// 10 MB topology and a document of one 8 MB string, each beside the bare nlohmann::json parse of
// the same text (docs/reliability.md, "Input limits").
#include "BenchDocuments.h"
#include "BenchSupport.h"

#include "topology/PlanCatalogue.h"
#include "topology/Rules.h"
#include "topology/Topology.h"
#include "json/JsonLimits.h"

#include <nlohmann/json.hpp>

#include <malloc.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <functional>
#include <string>

using namespace mb;

namespace {

/// A kernel figure of this process from /proc/self/status, in bytes ("VmRSS", "VmHWM").
std::size_t statusBytes(const std::string &field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.starts_with(field + ':'))
            return std::stoull(line.substr(field.size() + 1)) * 1024;
    return 0;
}

struct Figures
{
    double medianMs = 0;
    double peakBytes = 0; // above the resident size before the work
};

/// Runs `work` in a forked child (so peaks do not mix), `runs` times: the median time and the
/// peak resident memory it added.
Figures measureInChild(const std::function<void()> &work, int runs)
{
    int fds[2];
    if (pipe(fds) != 0)
        return {};
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        malloc_trim(0); // the heap the parent freed must not serve the work from resident pages
        std::ofstream("/proc/self/clear_refs") << "5"; // resets VmHWM to the current RSS
        const double base = static_cast<double>(statusBytes("VmRSS"));
        const bench::Timing t = bench::measure(work, runs, 1);
        Figures f{t.medianUs / 1000.0, static_cast<double>(statusBytes("VmHWM")) - base};
        const ssize_t written = write(fds[1], &f, sizeof f);
        _exit(written == sizeof f ? 0 : 1);
    }
    close(fds[1]);
    Figures f;
    const ssize_t got = read(fds[0], &f, sizeof f);
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return got == sizeof f ? f : Figures{};
}

bool reportCase(const std::string &name, const std::string &text)
{
    const auto &catalogue = topology::PlanCatalogue::builtin();
    volatile std::size_t sink = 0;
    const Figures ours = measureInChild(
        [&] {
            auto parsed = topology::parseTopology(text);
            sink = sink + (parsed ? topology::validate(*parsed, catalogue).size() : parsed.error().size());
        },
        5);
    const Figures bare = measureInChild(
        [&] {
            auto value = nlohmann::json::parse(text, nullptr, false);
            sink = sink + value.size();
        },
        5);
    const double mb = static_cast<double>(text.size()) / 1e6;
    const double ratio = ours.peakBytes / static_cast<double>(text.size());
    const bool met = ours.medianMs < 1000 && ratio < 20;
    std::printf("%s (%.2f MB)\n"
                "  parse + validate: %8.1f ms, peak +%7.1f MB = %5.1f× the input — target < 1 s, < 20×: %s\n"
                "  nlohmann::json::parse alone: %8.1f ms, peak +%7.1f MB = %5.1f× the input\n",
                name.c_str(), mb, ours.medianMs, ours.peakBytes / 1e6, ratio, met ? "met" : "MISSED",
                bare.medianMs, bare.peakBytes / 1e6, bare.peakBytes / static_cast<double>(text.size()));
    return met;
}

/// starter.json with one more top-level member `key` whose value is `json`.
std::string starterWith(const std::string &key, const std::string &json)
{
    std::string text = bench::sourceFile("resources/examples/starter.json");
    const auto last = text.rfind('}');
    return text.substr(0, last) + ",\n  \"" + key + "\": " + json + "\n}\n";
}

} // namespace

int main()
{
    const json::JsonLimits limits;
    bool met = true;

    // 1 MB of arrays nested to the limit (the root object and the array of them are two levels).
    const std::size_t depth = limits.maxDepth - 2;
    const std::string nest = std::string(depth, '[') + std::string(depth, ']');
    std::string many = "[" + nest;
    while (many.size() < 1'000'000)
        many += "," + nest;
    many += "]";
    met &=
        reportCase("nesting at the depth limit (64), 1 MB of it, an unknown key", starterWith("deep", many));

    met &= reportCase("10 MB topology (max.json, a plan per worker node)",
                      bench::documentWithNodeOverrides(10'000'000));

    const std::string eight(8'000'000, 'x');
    met &= reportCase("one 8 MB string (the name), refused at the 1 MiB string limit",
                      starterWith("description", "\"" + eight + "\""));
    met &= reportCase("one string just under the limit (the name), read and checked", [&] {
        std::string text = bench::sourceFile("resources/examples/starter.json");
        const auto name = text.find("\"name\": \"") + 9;
        text.replace(name, text.find('"', name) - name, std::string(limits.maxStringBytes, 'x'));
        return text;
    }());
    return met ? 0 : 1;
}
