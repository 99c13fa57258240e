// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ProblemTarget.h"

#include <charconv>
#include <vector>

namespace mb::studio {

namespace {

std::vector<std::string_view> tokens(std::string_view pointer)
{
    std::vector<std::string_view> out;
    while (!pointer.empty() && pointer.front() == '/') {
        pointer.remove_prefix(1);
        const std::size_t end = pointer.find('/');
        out.push_back(pointer.substr(0, end));
        pointer = end == std::string_view::npos ? std::string_view() : pointer.substr(end);
    }
    return out;
}

int toIndex(std::string_view token)
{
    int value = -1;
    const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
    return ec == std::errc{} && end == token.data() + token.size() ? value : -1;
}

} // namespace

ProblemTarget problemTarget(std::string_view pointer)
{
    const auto t = tokens(pointer);
    if (t.empty())
        return {};
    if (t[0] == "name")
        return {std::nullopt, Field::Name, -1};
    if (t[0] == "provider")
        return {std::nullopt, Field::Provider, -1};
    if (t[0] == "location")
        return {std::nullopt, Field::Location, -1};
    if (t[0] == "network")
        return {std::nullopt, Field::NetworkCidr, -1};
    if (t[0] == "sshSafelist")
        return {std::nullopt, Field::SshSafelist, t.size() > 1 ? toIndex(t[1]) : -1};
    if (t[0] != "pillars" || t.size() < 2)
        return {};
    const auto pillar = topology::pillarFromName(t[1]);
    if (!pillar)
        return {};
    if (t.size() == 2)
        return {pillar, Field::Pillar, -1};
    if (t[2] == "count")
        return {pillar, Field::Count, -1};
    if (t[2] == "plan")
        return {pillar, Field::Plan, -1};
    if (t[2] == "zone")
        return {pillar, Field::Zone, -1};
    if (t[2] == "nodes")
        return {pillar, Field::NodePlan, t.size() > 3 ? toIndex(t[3]) : -1};
    return {pillar, Field::Pillar, -1};
}

} // namespace mb::studio
