// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Topology.h"

#include "json/JsonLocator.h"
#include "json/JsonReader.h"

#include <charconv>
#include <limits>
#include <regex>

namespace mb::topology {

namespace {

constexpr const char *Ctx = "mb::topology";
/// Canvas positions and zoom a document may hold; Studio never writes anything near these.
constexpr double MaxCanvasCoordinate = 1.0e6;
constexpr double MinZoom = 0.01;
constexpr double MaxZoom = 100.0;
/// The deepest value the schema reads is a node's plan (/pillars/worker/nodes/3/plan, level 5):
/// containers below level 6 can only sit inside a value reported as wrong or unknown.
const json::JsonLimits ReadLimits = [] {
    json::JsonLimits limits;
    limits.buildDepth = 6;
    return limits;
}();

std::optional<PillarSpec> readPillar(const nlohmann::json &value, const std::string &pointer,
                                     json::ErrorList &errors)
{
    json::ObjectReader r(value, pointer, errors);
    if (!r.isObject())
        return std::nullopt;
    PillarSpec spec;
    if (const auto count = r.integer("count", true, 0, MaxPillarNodes))
        spec.count = static_cast<int>(*count);
    spec.plan = r.string("plan", true).value_or("");
    if (const auto zone = r.string("zone", false)) {
        spec.zone = zoneFromName(*zone);
        if (!spec.zone)
            errors.add(Error{ErrorCode::JsonValue,
                             Message{Ctx,
                                     MB_TR_NOOP("mb::topology",
                                                "Zone \"%1\" is not a zone; use \"public\" or \"private\"."),
                                     {json::clipForMessage(*zone)}},
                             r.pointerOf("zone"),
                             0,
                             0,
                             {}});
    }
    if (const nlohmann::json *nodes = r.member("nodes", false)) {
        const std::string nodesPointer = r.pointerOf("nodes");
        if (!nodes->is_object()) {
            json::ObjectReader typeCheck(*nodes, nodesPointer, errors); // records the type error
        } else {
            // Every key is checked here as a node number, so no key can slip through unread.
            for (auto it = nodes->begin(); it != nodes->end(); ++it) {
                const std::string &key = it.key();
                int ordinal = 0;
                const auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), ordinal);
                if (ec != std::errc{} || end != key.data() + key.size() || ordinal < 1) {
                    errors.add(Error{
                        ErrorCode::JsonValue,
                        Message{Ctx,
                                MB_TR_NOOP("mb::topology", "Node key \"%1\" must be a node number: 1, 2, 3…"),
                                {json::clipForMessage(key)}},
                        nodesPointer + '/' + json::escapePointerToken(key),
                        0,
                        0,
                        {}});
                    continue;
                }
                // Fast path for the common, well-formed entry; the strict reader reports the rest.
                const nlohmann::json &node = it.value();
                if (node.is_object() && node.size() == 1) {
                    const auto plan = node.find("plan");
                    if (plan != node.end() && plan->is_string()) {
                        spec.nodePlans.emplace(ordinal, plan->get_ref<const std::string &>());
                        continue;
                    }
                }
                json::ObjectReader nodeReader(node, nodesPointer + '/' + key, errors);
                if (const auto plan = nodeReader.string("plan", true))
                    spec.nodePlans[ordinal] = *plan;
                nodeReader.finish();
            }
        }
    }
    r.finish();
    return spec;
}

void readLayout(const nlohmann::json &value, Layout &layout, json::ErrorList &errors)
{
    json::ObjectReader r(value, "/layout", errors);
    if (const nlohmann::json *cards = r.member("cards", false)) {
        json::ObjectReader cr(*cards, "/layout/cards", errors);
        for (const Pillar p : AllPillars) {
            const nlohmann::json *card = cr.member(pillarName(p), false);
            if (!card)
                continue;
            json::ObjectReader pr(*card, cr.pointerOf(pillarName(p)), errors);
            const auto x = pr.number("x", true, -MaxCanvasCoordinate, MaxCanvasCoordinate);
            const auto y = pr.number("y", true, -MaxCanvasCoordinate, MaxCanvasCoordinate);
            pr.finish();
            if (x && y)
                layout.cards[p] = CardPosition{*x, *y};
        }
        cr.finish();
    }
    layout.zoom = r.number("zoom", false, MinZoom, MaxZoom);
    r.finish();
}

} // namespace

std::string Topology::planOf(Pillar p, int ordinal) const
{
    const auto &spec = pillar(p);
    if (!spec)
        return {};
    const auto it = spec->nodePlans.find(ordinal);
    return it != spec->nodePlans.end() ? it->second : spec->plan;
}

long long Topology::nodeCount() const
{
    long long total = 0;
    for (const auto &spec : pillars)
        if (spec)
            total += spec->count;
    return total;
}

namespace {

void readObservability(const nlohmann::json &value, Observability &out, json::ErrorList &errors)
{
    json::ObjectReader r(value, "/observability", errors);
    if (const auto retention = r.string("metricsRetention", false)) {
        static const std::regex form("[1-9][0-9]{0,4}[dwy]");
        if (std::regex_match(*retention, form))
            out.metricsRetention = *retention;
        else
            errors.add(
                Error{ErrorCode::JsonValue,
                      Message{Ctx,
                              MB_TR_NOOP("mb::topology", "metricsRetention must be a number of days, weeks "
                                                         "or years such as 30d, 8w or 1y, not \"%1\"."),
                              {*retention}},
                      "/observability/metricsRetention",
                      0,
                      0,
                      {}});
    }
    if (const auto url = r.string("lokiUrl", false)) {
        static const std::regex form("https?://[^\\s/?#@]+(/[^\\s?#]*)?");
        if (std::regex_match(*url, form))
            out.lokiUrl = *url;
        else
            errors.add(Error{ErrorCode::JsonValue,
                             Message{Ctx,
                                     MB_TR_NOOP("mb::topology", "lokiUrl must be an http:// or https:// URL "
                                                                "without credentials, not \"%1\"."),
                                     {url->substr(0, 200)}},
                             "/observability/lokiUrl",
                             0,
                             0,
                             {}});
    }
    r.finish();
}

} // namespace

std::expected<Topology, std::vector<Error>> parseTopology(std::string_view text)
{
    auto root = json::parseText(text, ReadLimits);
    if (!root)
        return std::unexpected(std::vector<Error>{root.error()});

    json::ErrorList errors;
    Topology t;
    json::ObjectReader top(*root, "", errors);
    if (!top.isObject()) {
        errors.locate(text, ReadLimits.buildDepth + 1);
        return std::unexpected(errors.take());
    }
    if (const auto version = top.integer("version", true, 0, std::numeric_limits<int>::max())) {
        t.version = static_cast<int>(*version);
        if (*version != TopologyFormatVersion) {
            errors.add(Error{
                ErrorCode::TopologyVersion,
                Message{
                    Ctx,
                    MB_TR_NOOP("mb::topology",
                               "Topology format version %1 is not supported; this build reads version %2."),
                    {std::to_string(*version), std::to_string(TopologyFormatVersion)}},
                "/version",
                0,
                0,
                {}});
        }
    }
    t.name = top.string("name", true).value_or("");
    t.provider = top.string("provider", true).value_or("");
    t.location = top.string("location", true).value_or("");
    if (const nlohmann::json *network = top.member("network", true)) {
        json::ObjectReader nr(*network, "/network", errors);
        t.networkCidr = nr.string("cidr", true).value_or("");
        nr.finish();
    }
    t.sshSafelist = top.stringArray("sshSafelist", false).value_or(std::vector<std::string>{});
    if (const nlohmann::json *pillars = top.member("pillars", true)) {
        json::ObjectReader pr(*pillars, "/pillars", errors);
        for (const Pillar p : AllPillars) {
            if (const nlohmann::json *value = pr.member(pillarName(p), false))
                t.pillar(p) = readPillar(*value, pr.pointerOf(pillarName(p)), errors);
        }
        pr.finish();
    }
    if (const nlohmann::json *observability = top.member("observability", false))
        readObservability(*observability, t.observability, errors);
    if (const nlohmann::json *layout = top.member("layout", false))
        readLayout(*layout, t.layout, errors);
    top.finish();

    if (!errors.empty()) {
        errors.locate(text, ReadLimits.buildDepth + 1);
        return std::unexpected(errors.take());
    }
    return t;
}

std::string serializeTopology(const Topology &t)
{
    nlohmann::ordered_json root;
    root["version"] = t.version;
    root["name"] = t.name;
    root["provider"] = t.provider;
    root["location"] = t.location;
    root["network"] = {{"cidr", t.networkCidr}};
    root["sshSafelist"] = t.sshSafelist;
    if (!t.observability.metricsRetention.empty() || !t.observability.lokiUrl.empty()) {
        nlohmann::ordered_json observability = nlohmann::ordered_json::object();
        if (!t.observability.metricsRetention.empty())
            observability["metricsRetention"] = t.observability.metricsRetention;
        if (!t.observability.lokiUrl.empty())
            observability["lokiUrl"] = t.observability.lokiUrl;
        root["observability"] = observability;
    }
    nlohmann::ordered_json pillars = nlohmann::ordered_json::object();
    for (const Pillar p : AllPillars) {
        const auto &spec = t.pillar(p);
        if (!spec)
            continue;
        nlohmann::ordered_json j;
        j["count"] = spec->count;
        j["plan"] = spec->plan;
        if (spec->zone)
            j["zone"] = zoneName(*spec->zone);
        if (!spec->nodePlans.empty()) {
            nlohmann::ordered_json nodes = nlohmann::ordered_json::object();
            // Keys are unique and already in node order: append to ordered_map's vector
            // directly, as its operator[] searches linearly (quadratic for thousands of nodes).
            auto &members = nodes.get_ref<nlohmann::ordered_json::object_t &>();
            members.reserve(spec->nodePlans.size());
            for (const auto &[ordinal, plan] : spec->nodePlans)
                members.Container::emplace_back(std::to_string(ordinal),
                                                nlohmann::ordered_json{{"plan", plan}});
            j["nodes"] = std::move(nodes);
        }
        pillars[std::string(pillarName(p))] = std::move(j);
    }
    root["pillars"] = std::move(pillars);
    if (!t.layout.cards.empty() || t.layout.zoom) {
        nlohmann::ordered_json layout;
        if (!t.layout.cards.empty()) {
            nlohmann::ordered_json cards = nlohmann::ordered_json::object();
            for (const Pillar p : AllPillars) {
                const auto it = t.layout.cards.find(p);
                if (it != t.layout.cards.end())
                    cards[std::string(pillarName(p))] = {{"x", it->second.x}, {"y", it->second.y}};
            }
            layout["cards"] = std::move(cards);
        }
        if (t.layout.zoom)
            layout["zoom"] = *t.layout.zoom;
        root["layout"] = std::move(layout);
    }
    return root.dump(2) + '\n';
}

} // namespace mb::topology
