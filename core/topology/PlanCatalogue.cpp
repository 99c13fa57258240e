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

/// A whole number from min to max, however the response wrote it (7, 7.0); nullopt otherwise.
std::optional<long long> wholeIn(const nlohmann::json &value, long long min, long long max)
{
    if (!value.is_number())
        return std::nullopt;
    const double d = value.get<double>();
    if (!std::isfinite(d) || std::trunc(d) != d || d < static_cast<double>(min) ||
        d > static_cast<double>(max))
        return std::nullopt;
    return static_cast<long long>(d);
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

Result<PlanCatalogue> PlanCatalogue::mergeHetznerServerTypes(std::string_view body, std::string takenOn) const
{
    auto root = json::parseText(body);
    if (!root)
        return std::unexpected(root.error());
    const auto types = root->find("server_types");
    if (types == root->end() || !types->is_array())
        return fail(
            ErrorCode::JsonMissingKey,
            Message{Ctx, MB_TR_NOOP("mb::topology", "The response has no \"server_types\" array."), {}},
            "/server_types");

    PlanCatalogue c = *this;
    c.m_plans.clear();
    c.m_pricesTaken = std::move(takenOn);
    for (std::size_t i = 0; i < types->size(); ++i) {
        const nlohmann::json &t = (*types)[i];
        const std::string pointer = "/server_types/" + std::to_string(i);
        try {
            ServerPlan p;
            p.name = lower(t.at("name").get<std::string>());
            p.description = t.value("description", std::string{});
            const auto cores = wholeIn(t.at("cores"), 1, MaxVcpu);
            const auto disk = wholeIn(t.at("disk"), 0, MaxDiskGb);
            p.ramGb = t.at("memory").get<double>();
            if (!cores || !disk || !std::isfinite(p.ramGb) || p.ramGb < 0 || p.ramGb > MaxRamGb)
                return fail(ErrorCode::JsonValue,
                            Message{Ctx,
                                    MB_TR_NOOP("mb::topology",
                                               "Server type %1 in the response has cores, memory or disk out "
                                               "of range."),
                                    {std::to_string(i)}},
                            pointer);
            p.vcpu = static_cast<int>(*cores);
            p.diskGb = static_cast<int>(*disk);
            p.architecture = t.value("architecture", std::string{"x86"});
            p.cpuType = t.value("cpu_type", std::string{"shared"});
            std::vector<std::string> unavailable;
            if (const auto locs = t.find("locations"); locs != t.end() && locs->is_array())
                for (const auto &l : *locs) {
                    const bool gone =
                        (l.contains("available") && l["available"].is_boolean() &&
                         !l["available"].get<bool>()) ||
                        (l.contains("deprecation") && l["deprecation"].is_object() &&
                         l["deprecation"].value("unavailable_after", std::string{}) < c.m_pricesTaken &&
                         !l["deprecation"].value("unavailable_after", std::string{}).empty());
                    if (gone)
                        unavailable.push_back(l.at("name").get<std::string>());
                }
            for (const auto &pr : t.at("prices")) {
                const std::string location = pr.at("location").get<std::string>();
                if (std::find(unavailable.begin(), unavailable.end(), location) != unavailable.end())
                    continue;
                const auto monthly = parseMoney(pr.at("price_monthly").at("net").get<std::string>());
                const auto hourly = parseMoney(pr.at("price_hourly").at("net").get<std::string>());
                if (!monthly || !hourly || *monthly < 0 || *hourly < 0 || *monthly > MaxPrice ||
                    *hourly > MaxPrice)
                    return fail(
                        ErrorCode::JsonValue,
                        Message{Ctx,
                                MB_TR_NOOP("mb::topology",
                                           "Server type \"%1\" has a price that is not a decimal number "
                                           "from 0 to 100000."),
                                {json::clipForMessage(p.name)}},
                        pointer + "/prices");
                p.prices[location] = Price{*monthly, *hourly};
            }
            if (!p.prices.empty())
                c.m_plans.push_back(std::move(p));
        } catch (const nlohmann::json::exception &e) {
            return fail(ErrorCode::JsonType,
                        Message{Ctx,
                                MB_TR_NOOP("mb::topology", "Server type %1 in the response is malformed: %2"),
                                {std::to_string(i), e.what()}},
                        pointer, e.what());
        }
    }
    return c;
}

} // namespace mb::topology
