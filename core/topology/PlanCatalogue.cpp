// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "PlanCatalogue.h"

#include "json/JsonReader.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace mb::resources {
std::string_view builtinPlanCatalogueJson(); // generated from resources/plans/hetzner.json
}

namespace mb::topology {

namespace {

constexpr const char *Ctx = "mb::topology";
/// Ranges a plan's figures and prices must lie in; a price this high keeps every bill, even of
/// a million nodes, far from the range of Micros.
constexpr long long MaxVcpu = 4096;
constexpr long long MaxDiskGb = 1'000'000;
constexpr double MaxRamGb = 1.0e6;
constexpr Micros MaxPrice = 100'000'000'000; // 100,000 per month or hour

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::optional<Price> readPrice(json::ObjectReader &parent, std::string_view key, json::ErrorList &errors)
{
    const nlohmann::json *value = parent.member(key, true);
    if (!value)
        return std::nullopt;
    json::ObjectReader reader(*value, parent.pointerOf(key), errors);
    const auto monthly = reader.string("monthly", true);
    const auto hourly = reader.string("hourly", true);
    reader.finish();
    if (!monthly || !hourly)
        return std::nullopt;
    Price price;
    bool ok = true;
    for (const auto &[text, target, field] :
         {std::tuple{*monthly, &price.monthly, "monthly"}, std::tuple{*hourly, &price.hourly, "hourly"}}) {
        const auto parsed = parseMoney(text);
        if (!parsed || *parsed < 0 || *parsed > MaxPrice) {
            errors.add(
                Error{ErrorCode::JsonValue,
                      Message{Ctx,
                              MB_TR_NOOP("mb::topology", "\"%1\" is not a price from 0 to 100000; write it "
                                                         "like \"3.49\"."),
                              {json::clipForMessage(text)}},
                      reader.pointerOf(field),
                      0,
                      0,
                      {}});
            ok = false;
        } else {
            *target = *parsed;
        }
    }
    return ok ? std::optional<Price>(price) : std::nullopt;
}

} // namespace

bool ServerPlan::offeredIn(std::string_view location) const
{
    return prices.find(std::string(location)) != prices.end();
}

const PlanCatalogue &PlanCatalogue::builtin()
{
    static const PlanCatalogue catalogue = [] {
        auto parsed = fromJson(resources::builtinPlanCatalogueJson());
        // The built-in file is checked by a test; a broken build must not run with no plans.
        if (!parsed) {
            std::fprintf(stderr, "madbase: built-in plan catalogue is broken: %s\n",
                         parsed.error().describe().c_str());
            std::abort();
        }
        return std::move(*parsed);
    }();
    return catalogue;
}

Result<PlanCatalogue> PlanCatalogue::fromJson(std::string_view text)
{
    auto root = json::parseText(text);
    if (!root)
        return std::unexpected(root.error());

    json::ErrorList errors;
    PlanCatalogue c;
    json::ObjectReader top(*root, "", errors);
    if (const auto version = top.integer("formatVersion", true); version && *version != 1)
        errors.add(
            Error{ErrorCode::CatalogueInvalid,
                  Message{Ctx,
                          MB_TR_NOOP("mb::topology",
                                     "Catalogue format %1 is not supported; this build reads format 1."),
                          {std::to_string(*version)}},
                  "/formatVersion",
                  0,
                  0,
                  {}});
    c.m_provider = top.string("provider", true).value_or("");
    c.m_currency = top.string("currency", true).value_or("");
    c.m_pricesTaken = top.string("pricesTaken", true).value_or("");
    top.string("priceNote", false);

    if (const nlohmann::json *locations = top.member("locations", true); locations) {
        if (!locations->is_array())
            errors.add(Error{ErrorCode::JsonType,
                             Message{Ctx, MB_TR_NOOP("mb::topology", "\"locations\" must be an array."), {}},
                             "/locations",
                             0,
                             0,
                             {}});
        else
            for (std::size_t i = 0; i < locations->size(); ++i) {
                json::ObjectReader r((*locations)[i], "/locations/" + std::to_string(i), errors);
                Location l;
                l.name = r.string("name", true).value_or("");
                l.city = r.string("city", true).value_or("");
                l.country = r.string("country", true).value_or("");
                l.networkZone = r.string("networkZone", true).value_or("");
                r.finish();
                c.m_locations.push_back(std::move(l));
            }
    }
    if (const nlohmann::json *extras = top.member("extras", true); extras) {
        json::ObjectReader r(*extras, "/extras", errors);
        c.m_primaryIpv4 = readPrice(r, "primaryIpv4", errors).value_or(Price{});
        c.m_floatingIpv4 = readPrice(r, "floatingIpv4", errors).value_or(Price{});
        c.m_privateNetwork = readPrice(r, "privateNetwork", errors).value_or(Price{});
        r.finish();
    }
    if (const nlohmann::json *plans = top.member("plans", true); plans && plans->is_array()) {
        for (std::size_t i = 0; i < plans->size(); ++i) {
            json::ObjectReader r((*plans)[i], "/plans/" + std::to_string(i), errors);
            ServerPlan p;
            p.name = lower(r.string("name", true).value_or(""));
            p.description = r.string("description", false).value_or("");
            p.vcpu = static_cast<int>(r.integer("vcpu", true, 1, MaxVcpu).value_or(0));
            p.ramGb = r.number("ramGb", true, 0, MaxRamGb).value_or(0);
            p.diskGb = static_cast<int>(r.integer("diskGb", true, 0, MaxDiskGb).value_or(0));
            p.architecture = r.string("architecture", true).value_or("");
            p.cpuType = r.string("cpuType", true).value_or("");
            if (const nlohmann::json *prices = r.member("prices", true); prices) {
                json::ObjectReader pr(*prices, r.pointerOf("prices"), errors);
                if (pr.isObject())
                    for (const auto &[location, value] : prices->items()) {
                        if (const auto price = readPrice(pr, location, errors))
                            p.prices[location] = *price;
                        if (!c.location(location))
                            errors.add(Error{
                                ErrorCode::CatalogueInvalid,
                                Message{Ctx,
                                        MB_TR_NOOP("mb::topology",
                                                   "Plan \"%1\" has a price for unknown location \"%2\"."),
                                        {p.name, location}},
                                pr.pointerOf(location),
                                0,
                                0,
                                {}});
                    }
                pr.finish();
            }
            r.finish();
            c.m_plans.push_back(std::move(p));
        }
    } else if (plans) {
        errors.add(Error{ErrorCode::JsonType,
                         Message{Ctx, MB_TR_NOOP("mb::topology", "\"plans\" must be an array."), {}},
                         "/plans",
                         0,
                         0,
                         {}});
    }
    if (const nlohmann::json *legacy = top.member("legacy", false); legacy && legacy->is_array()) {
        for (std::size_t i = 0; i < legacy->size(); ++i) {
            json::ObjectReader r((*legacy)[i], "/legacy/" + std::to_string(i), errors);
            LegacyPlan l;
            l.name = lower(r.string("name", true).value_or(""));
            l.successor = lower(r.string("successor", true).value_or(""));
            l.deprecated = r.string("deprecated", true).value_or("");
            l.unavailableAfter = r.string("unavailableAfter", true).value_or("");
            r.finish();
            c.m_legacy.push_back(std::move(l));
        }
    }
    top.finish();

    // Every legacy chain must end at a current plan, without loops.
    for (std::size_t i = 0; i < c.m_legacy.size() && errors.empty(); ++i) {
        if (!c.resolve(c.m_legacy[i].name))
            errors.add(Error{
                ErrorCode::CatalogueInvalid,
                Message{Ctx,
                        MB_TR_NOOP("mb::topology", "Legacy plan \"%1\" does not lead to a current plan."),
                        {c.m_legacy[i].name}},
                "/legacy/" + std::to_string(i) + "/successor",
                0,
                0,
                {}});
    }
    if (!errors.empty()) {
        errors.locate(text);
        return std::unexpected(errors.take().front());
    }
    return c;
}

const ServerPlan *PlanCatalogue::plan(std::string_view name) const
{
    const std::string key = lower(name);
    const auto it =
        std::find_if(m_plans.begin(), m_plans.end(), [&](const ServerPlan &p) { return p.name == key; });
    return it == m_plans.end() ? nullptr : &*it;
}

const Location *PlanCatalogue::location(std::string_view name) const
{
    const auto it = std::find_if(m_locations.begin(), m_locations.end(),
                                 [&](const Location &l) { return l.name == name; });
    return it == m_locations.end() ? nullptr : &*it;
}

std::optional<PlanCatalogue::Resolution> PlanCatalogue::resolve(std::string_view name) const
{
    Resolution resolution;
    std::string current = lower(name);
    for (std::size_t hops = 0; hops <= m_legacy.size(); ++hops) {
        if (const ServerPlan *p = plan(current)) {
            resolution.plan = p;
            return resolution;
        }
        const auto it = std::find_if(m_legacy.begin(), m_legacy.end(),
                                     [&](const LegacyPlan &l) { return l.name == current; });
        if (it == m_legacy.end())
            return std::nullopt;
        resolution.legacyChain.push_back(&*it);
        current = it->successor;
    }
    return std::nullopt; // a loop in the legacy table
}

const ServerPlan *PlanCatalogue::cheapestIn(std::string_view location) const
{
    const ServerPlan *best = nullptr;
    for (const ServerPlan &p : m_plans) {
        const auto it = p.prices.find(std::string(location));
        if (it == p.prices.end())
            continue;
        if (!best || it->second.monthly < best->prices.at(std::string(location)).monthly)
            best = &p;
    }
    return best;
}

Result<PlanCatalogue> PlanCatalogue::withPlans(std::vector<ServerPlan> plans, std::string takenOn) const
{
    for (std::size_t i = 0; i < plans.size(); ++i) {
        const ServerPlan &p = plans[i];
        const std::string pointer = "/plans/" + std::to_string(i);
        const bool figuresOk = !p.name.empty() && p.vcpu >= 1 && p.vcpu <= MaxVcpu && p.diskGb >= 0 &&
                               p.diskGb <= MaxDiskGb && std::isfinite(p.ramGb) && p.ramGb >= 0 &&
                               p.ramGb <= MaxRamGb;
        if (!figuresOk)
            return fail(
                ErrorCode::CatalogueInvalid,
                Message{Ctx,
                        MB_TR_NOOP("mb::topology", "Plan \"%1\" has cores, memory or disk out of range."),
                        {json::clipForMessage(p.name)}},
                pointer);
        for (const auto &[location, price] : p.prices) {
            if (price.monthly < 0 || price.hourly < 0 || price.monthly > MaxPrice || price.hourly > MaxPrice)
                return fail(
                    ErrorCode::CatalogueInvalid,
                    Message{Ctx,
                            MB_TR_NOOP("mb::topology", "Plan \"%1\" has a price in %2 outside 0 to 100000."),
                            {json::clipForMessage(p.name), json::clipForMessage(location)}},
                    pointer + "/prices");
        }
    }
    PlanCatalogue c = *this;
    c.m_plans = std::move(plans);
    c.m_pricesTaken = std::move(takenOn);
    return c;
}

} // namespace mb::topology
