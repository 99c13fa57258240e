// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ServerTypeMerge.h"

#include "topology/Money.h"
#include "json/JsonReader.h"

#include <algorithm>
#include <cctype>

namespace mb::providers::hetzner {

namespace {

constexpr const char *Ctx = "mb::providers::hetzner";
constexpr topology::Micros MaxPrice = 100'000'000'000; // as the catalogue's own limit

std::optional<int> digits(std::string_view text, std::size_t at, std::size_t count)
{
    if (at + count > text.size())
        return std::nullopt;
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(text[i])))
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

std::optional<std::chrono::sys_days> day(std::string_view text)
{
    const auto y = digits(text, 0, 4);
    const auto m = digits(text, 5, 2);
    const auto d = digits(text, 8, 2);
    if (!y || !m || !d || text.size() < 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{*y},
                                          std::chrono::month{static_cast<unsigned>(*m)},
                                          std::chrono::day{static_cast<unsigned>(*d)}};
    if (!ymd.ok())
        return std::nullopt;
    return std::chrono::sys_days{ymd};
}

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

} // namespace

std::optional<std::chrono::sys_seconds> parseDate(std::string_view text)
{
    if (text.size() != 10)
        return std::nullopt;
    const auto d = day(text);
    if (!d)
        return std::nullopt;
    return std::chrono::sys_seconds{*d};
}

std::optional<std::chrono::sys_seconds> parseRfc3339(std::string_view text)
{
    const auto d = day(text);
    if (!d || text.size() < 20 || (text[10] != 'T' && text[10] != 't' && text[10] != ' '))
        return std::nullopt;
    const auto h = digits(text, 11, 2);
    const auto mi = digits(text, 14, 2);
    const auto s = digits(text, 17, 2);
    if (!h || !mi || !s || text[13] != ':' || text[16] != ':' || *h > 23 || *mi > 59 || *s > 60)
        return std::nullopt;
    std::size_t at = 19;
    if (text[at] == '.') {
        ++at;
        const std::size_t start = at;
        while (at < text.size() && std::isdigit(static_cast<unsigned char>(text[at])))
            ++at;
        if (at == start)
            return std::nullopt;
    }
    std::chrono::seconds offset{0};
    if (at < text.size() && (text[at] == 'Z' || text[at] == 'z')) {
        ++at;
    } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        const auto oh = digits(text, at + 1, 2);
        const auto om = digits(text, at + 4, 2);
        if (!oh || !om || at + 6 > text.size() || text[at + 3] != ':' || *oh > 23 || *om > 59)
            return std::nullopt;
        offset = std::chrono::hours{*oh} + std::chrono::minutes{*om};
        if (text[at] == '-')
            offset = -offset;
        at += 6;
    } else {
        return std::nullopt;
    }
    if (at != text.size())
        return std::nullopt;
    return std::chrono::sys_seconds{*d} + std::chrono::hours{*h} + std::chrono::minutes{*mi} +
           std::chrono::seconds{*s} - offset;
}

Result<std::vector<topology::ServerPlan>> plansFromServerTypes(const std::vector<ServerType> &types,
                                                               std::string_view takenOn)
{
    const auto taken = parseDate(takenOn);
    if (!taken)
        return fail(ErrorCode::Internal,
                    Message{Ctx,
                            MB_TR_NOOP("mb::providers::hetzner", "\"%1\" is not a date (YYYY-MM-DD)."),
                            {json::clipForMessage(takenOn)}});
    std::vector<topology::ServerPlan> plans;
    for (std::size_t i = 0; i < types.size(); ++i) {
        const ServerType &t = types[i];
        const std::string pointer = "/server_types/" + std::to_string(i);
        topology::ServerPlan p;
        p.name = lower(t.name);
        p.description = t.description;
        p.vcpu = t.cores;
        p.ramGb = t.memoryGb;
        p.diskGb = t.diskGb;
        p.architecture = t.architecture.empty() ? "x86" : t.architecture;
        p.cpuType = t.cpuType.empty() ? "shared" : t.cpuType;
        for (std::size_t j = 0; j < t.locations.size(); ++j) {
            const ServerTypeLocation &l = t.locations[j];
            if (!l.available || l.monthlyNet.empty())
                continue;
            if (!l.unavailableAfter.empty()) {
                const auto until = parseRfc3339(l.unavailableAfter);
                if (!until)
                    return fail(
                        ErrorCode::ProviderFailed,
                        Message{
                            Ctx,
                            MB_TR_NOOP("mb::providers::hetzner",
                                       "Server type \"%1\" in %2 has an unavailable_after that is not "
                                       "an RFC 3339 time: \"%3\"."),
                            {json::clipForMessage(p.name), l.name, json::clipForMessage(l.unavailableAfter)}},
                        pointer + "/locations");
                if (*until < *taken)
                    continue;
            }
            const auto monthly = topology::parseMoney(l.monthlyNet);
            const auto hourly = topology::parseMoney(l.hourlyNet);
            if (!monthly || !hourly || *monthly < 0 || *hourly < 0 || *monthly > MaxPrice ||
                *hourly > MaxPrice)
                return fail(
                    ErrorCode::ProviderFailed,
                    Message{Ctx,
                            MB_TR_NOOP("mb::providers::hetzner",
                                       "Server type \"%1\" has a price in %2 that is not a decimal number "
                                       "from 0 to 100000."),
                            {json::clipForMessage(p.name), l.name}},
                    pointer + "/prices");
            p.prices[l.name] = topology::Price{*monthly, *hourly};
        }
        if (!p.prices.empty())
            plans.push_back(std::move(p));
    }
    return plans;
}

Result<topology::PlanCatalogue> mergeServerTypes(const topology::PlanCatalogue &base, std::string_view body,
                                                 std::string takenOn)
{
    const std::string request = "GET /server_types";
    json::JsonLimits limits;
    limits.maxDocumentBytes = 8U << 20;
    auto root = json::parseText(body, limits);
    if (!root)
        return std::unexpected(root.error());
    if (!root->is_object() || !root->contains("server_types") || !(*root)["server_types"].is_array())
        return fail(ErrorCode::JsonMissingKey,
                    Message{Ctx,
                            MB_TR_NOOP("mb::providers::hetzner", "The answer has no \"server_types\" list."),
                            {}},
                    "/server_types");
    const nlohmann::json &list = (*root)["server_types"];
    std::vector<ServerType> types;
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto t = read::serverType(list[i], "/server_types/" + std::to_string(i), request);
        if (!t)
            return std::unexpected(t.error());
        types.push_back(std::move(*t));
    }
    auto plans = plansFromServerTypes(types, takenOn);
    if (!plans)
        return std::unexpected(plans.error());
    return base.withPlans(std::move(*plans), std::move(takenOn));
}

Result<topology::PlanCatalogue> refreshCatalogue(HetznerClient &client, const topology::PlanCatalogue &base,
                                                 std::string takenOn)
{
    auto types = client.serverTypes();
    if (!types)
        return std::unexpected(types.error());
    auto plans = plansFromServerTypes(*types, takenOn);
    if (!plans)
        return std::unexpected(plans.error());
    return base.withPlans(std::move(*plans), std::move(takenOn));
}

} // namespace mb::providers::hetzner
