// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "BenchDocuments.h"

#include "BenchSupport.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace mb::bench {

std::string documentWithNodeOverrides(std::size_t bytes)
{
    auto doc = nlohmann::json::parse(sourceFile("resources/examples/max.json"));
    int workers = 0;
    nlohmann::json nodes = nlohmann::json::object();
    std::string text;
    // Large goals grow in larger steps, so the text is not written out a thousand times.
    const int step = std::max(2000, static_cast<int>(bytes / 2500));
    while (text.size() < bytes) {
        for (int i = 0; i < step; ++i) {
            ++workers;
            nodes[std::to_string(workers)] = {{"plan", workers % 3 == 0 ? "ccx23" : "cpx42"}};
        }
        doc["pillars"]["worker"]["count"] = workers;
        doc["pillars"]["worker"]["nodes"] = nodes;
        text = doc.dump(2);
    }
    return text;
}

} // namespace mb::bench
