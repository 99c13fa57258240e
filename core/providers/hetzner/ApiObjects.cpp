// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ApiObjects.h"

#include "json/JsonReader.h"

#include <array>
#include <utility>

namespace mb::providers::hetzner {

namespace {

constexpr const char *Ctx = "mb::providers::hetzner";

using Reader = json::ObjectReader;

constexpr std::array<std::pair<ServerStatus, std::string_view>, 9> StatusNames{{
    {ServerStatus::Initializing, "initializing"},
    {ServerStatus::Starting, "starting"},
    {ServerStatus::Running, "running"},
    {ServerStatus::Stopping, "stopping"},
    {ServerStatus::Off, "off"},
    {ServerStatus::Deleting, "deleting"},
    {ServerStatus::Migrating, "migrating"},
    {ServerStatus::Rebuilding, "rebuilding"},
    {ServerStatus::Unknown, "unknown"},
}};

/// Reads `value` as a T with `fill`; the first fault becomes the error of the whole answer.
template <typename T, typename Fill>
Result<T> readObject(const nlohmann::json &value, const std::string &pointer, const std::string &request,
                     Fill fill)
{
    json::ErrorList errors;
    Reader r(value, pointer, errors);
    T out;
    if (r.isObject())
        fill(r, out, errors);
    if (errors.empty())
        return out;
    const Error &inner = errors.errors().front();
    Error e{ErrorCode::ProviderFailed,
            Message{Ctx,
                    MB_TR_NOOP("mb::providers::hetzner",
                               "The Hetzner API's answer to %1 is not what it documents: %2 (at %3)."),
                    {request, inner.message.text(), inner.pointer.empty() ? "/" : inner.pointer}},
            inner.pointer,
            0,
            0,
            inner.describe()};
    return std::unexpected(std::move(e));
}

/// A member that may be null: nullptr when null or absent (an error only when absent and required).
const nlohmann::json *nullable(Reader &r, std::string_view key, bool required)
{
    const nlohmann::json *v = r.member(key, required);
    return v && !v->is_null() ? v : nullptr;
}

Labels readLabels(Reader &r, json::ErrorList &errors, bool required = true)
{
    Labels out;
    const nlohmann::json *v = r.member("labels", required);
    if (!v)
        return out;
    Reader labels(*v, r.pointerOf("labels"), errors);
    if (!labels.isObject())
        return out;
    for (const auto &[key, _] : v->items())
        out[key] = labels.string(key, true).value_or("");
    return out;
}

std::vector<std::int64_t> readIds(const nlohmann::json *v, const std::string &pointer,
                                  json::ErrorList &errors)
{
    std::vector<std::int64_t> out;
    if (!v)
        return out;
    if (!v->is_array()) {
        errors.add(Error{ErrorCode::JsonType,
                         Message{Ctx,
                                 MB_TR_NOOP("mb::providers::hetzner", "Expected a list of IDs, found %1."),
                                 {json::describeType(*v)}},
                         pointer,
                         0,
                         0,
                         {}});
        return out;
    }
    for (std::size_t i = 0; i < v->size(); ++i) {
        const nlohmann::json &id = (*v)[i];
        if (!id.is_number_integer() || id.get<long long>() < 0) {
            errors.add(Error{ErrorCode::JsonType,
                             Message{Ctx,
                                     MB_TR_NOOP("mb::providers::hetzner", "Expected an ID, found %1."),
                                     {json::describeType(id)}},
                             pointer + "/" + std::to_string(i),
                             0,
                             0,
                             {}});
            continue;
        }
        out.push_back(id.get<std::int64_t>());
    }
    return out;
}

/// Each element of the array `key` read by `each(reader, index)`.
template <typename Each>
void forEach(Reader &r, std::string_view key, bool required, json::ErrorList &errors, Each each)
{
    const nlohmann::json *v = r.member(key, required);
    if (!v)
        return;
    if (!v->is_array()) {
        errors.add(Error{ErrorCode::JsonType,
                         Message{Ctx,
                                 MB_TR_NOOP("mb::providers::hetzner", "Expected a list, found %1."),
                                 {json::describeType(*v)}},
                         r.pointerOf(key),
                         0,
                         0,
                         {}});
        return;
    }
    for (std::size_t i = 0; i < v->size(); ++i) {
        Reader item((*v)[i], r.pointerOf(key) + "/" + std::to_string(i), errors);
        if (item.isObject())
            each(item);
    }
}

std::string nestedName(Reader &r, std::string_view key, json::ErrorList &errors)
{
    const nlohmann::json *v = nullable(r, key, true);
    if (!v)
        return {};
    Reader inner(*v, r.pointerOf(key), errors);
    return inner.string("name", true).value_or("");
}

std::string priceNet(Reader &price, std::string_view key, json::ErrorList &errors)
{
    const nlohmann::json *v = price.member(key, true);
    if (!v)
        return {};
    Reader inner(*v, price.pointerOf(key), errors);
    return inner.string("net", true).value_or("");
}

} // namespace

std::string_view serverStatusName(ServerStatus status)
{
    for (const auto &[s, name] : StatusNames)
        if (s == status)
            return name;
    return "unknown";
}

const ServerTypeLocation *ServerType::in(std::string_view location) const
{
    for (const ServerTypeLocation &l : locations)
        if (l.name == location)
            return &l;
    return nullptr;
}

namespace read {

Result<Action> action(const nlohmann::json &value, const std::string &pointer, const std::string &request)
{
    return readObject<Action>(value, pointer, request, [](Reader &r, Action &a, json::ErrorList &errors) {
        a.id = r.integer("id", true, 0, (1LL << 53) - 1).value_or(0);
        a.command = r.string("command", true).value_or("");
        const std::string status = r.string("status", true).value_or("running");
        if (status == "running")
            a.status = Action::Status::Running;
        else if (status == "success")
            a.status = Action::Status::Success;
        else if (status == "error")
            a.status = Action::Status::Error;
        else
            errors.addValueError(
                r.pointerOf("status"),
                Message{Ctx,
                        MB_TR_NOOP("mb::providers::hetzner",
                                   "\"%1\" is not an action status (running, success, error)."),
                        {json::clipForMessage(status)}});
        a.progress = static_cast<int>(r.integer("progress", true, 0, 100).value_or(0));
        if (const nlohmann::json *err = nullable(r, "error", false)) {
            Reader e(*err, r.pointerOf("error"), errors);
            a.errorCode = e.string("code", true).value_or("");
            a.errorMessage = e.string("message", true).value_or("");
        }
    });
}

Result<Server> server(const nlohmann::json &value, const std::string &pointer, const std::string &request)
{
    return readObject<Server>(value, pointer, request, [](Reader &r, Server &s, json::ErrorList &errors) {
        s.id = r.integer("id", true, 0, (1LL << 53) - 1).value_or(0);
        s.name = r.string("name", true).value_or("");
        const std::string status = r.string("status", true).value_or("unknown");
        s.status = ServerStatus::Unknown;
        bool known = false;
        for (const auto &[st, name] : StatusNames)
            if (name == status) {
                s.status = st;
                known = true;
            }
        if (!known)
            errors.addValueError(r.pointerOf("status"), Message{Ctx,
                                                                MB_TR_NOOP("mb::providers::hetzner",
                                                                           "\"%1\" is not a server status."),
                                                                {json::clipForMessage(status)}});
        s.created = r.string("created", true).value_or("");
        s.serverType = nestedName(r, "server_type", errors);
        s.location = nestedName(r, "location", errors);
        if (const nlohmann::json *image = nullable(r, "image", true)) {
            Reader img(*image, r.pointerOf("image"), errors);
            if (const nlohmann::json *name = nullable(img, "name", false))
                s.image = name->is_string() ? name->get<std::string>() : "";
        }
        s.labels = readLabels(r, errors);
        s.primaryDiskGb = static_cast<int>(r.integer("primary_disk_size", true, 0, 1 << 20).value_or(0));
        s.locked = r.boolean("locked", true).value_or(false);
        if (const nlohmann::json *pub = r.member("public_net", true)) {
            Reader p(*pub, r.pointerOf("public_net"), errors);
            if (const nlohmann::json *v4 = nullable(p, "ipv4", false)) {
                Reader ip(*v4, p.pointerOf("ipv4"), errors);
                s.ipv4 = ip.string("ip", true).value_or("");
            }
            if (const nlohmann::json *v6 = nullable(p, "ipv6", false)) {
                Reader ip(*v6, p.pointerOf("ipv6"), errors);
                s.ipv6 = ip.string("ip", true).value_or("");
            }
            forEach(p, "firewalls", false, errors, [&](Reader &fw) {
                s.firewalls.push_back(fw.integer("id", true, 0, (1LL << 53) - 1).value_or(0));
            });
        }
        forEach(r, "private_net", true, errors, [&](Reader &net) {
            s.privateNet.push_back(
                PrivateAddress{net.integer("network", true, 0, (1LL << 53) - 1).value_or(0),
                               net.string("ip", true).value_or("")});
        });
        if (const nlohmann::json *pg = nullable(r, "placement_group", false)) {
            Reader g(*pg, r.pointerOf("placement_group"), errors);
            s.placementGroup = g.integer("id", true, 0, (1LL << 53) - 1).value_or(0);
        }
    });
}

Result<ServerType> serverType(const nlohmann::json &value, const std::string &pointer,
                              const std::string &request)
{
    return readObject<
        ServerType>(value, pointer, request, [](Reader &r, ServerType &t, json::ErrorList &errors) {
        t.id = r.integer("id", true, 0, (1LL << 53) - 1).value_or(0);
        t.name = r.string("name", true).value_or("");
        t.description = r.string("description", false).value_or("");
        t.cores = static_cast<int>(r.integer("cores", true, 1, 4096).value_or(0));
        t.memoryGb = r.number("memory", true, 0, 1 << 20).value_or(0);
        t.diskGb = static_cast<int>(r.integer("disk", true, 0, 1 << 20).value_or(0));
        t.cpuType = r.string("cpu_type", true).value_or("");
        t.architecture = r.string("architecture", false).value_or("x86");
        t.storageType = r.string("storage_type", true).value_or("");
        std::map<std::string, std::pair<std::string, std::string>> prices;
        forEach(r, "prices", true, errors, [&](Reader &p) {
            const std::string location = p.string("location", true).value_or("");
            prices[location] = {priceNet(p, "price_monthly", errors), priceNet(p, "price_hourly", errors)};
        });
        forEach(r, "locations", false, errors, [&](Reader &l) {
            ServerTypeLocation loc;
            loc.name = l.string("name", true).value_or("");
            loc.available = l.boolean("available", false).value_or(true);
            if (const nlohmann::json *dep = nullable(l, "deprecation", false)) {
                Reader d(*dep, l.pointerOf("deprecation"), errors);
                loc.unavailableAfter = d.string("unavailable_after", true).value_or("");
            }
            if (const auto it = prices.find(loc.name); it != prices.end())
                std::tie(loc.monthlyNet, loc.hourlyNet) = it->second;
            t.locations.push_back(std::move(loc));
        });
        if (t.locations.empty()) {
            // Answers from before per-location types (2025-09) list prices only.
            for (const auto &[name, price] : prices)
                t.locations.push_back(ServerTypeLocation{name, true, {}, price.first, price.second});
        }
    });
}

Result<Location> location(const nlohmann::json &value, const std::string &pointer, const std::string &request)
{
    return readObject<Location>(value, pointer, request, [](Reader &r, Location &l, json::ErrorList &) {
        l.id = r.integer("id", true, 0, (1LL << 53) - 1).value_or(0);
        l.name = r.string("name", true).value_or("");
        l.city = r.string("city", true).value_or("");
        l.country = r.string("country", true).value_or("");
        l.networkZone = r.string("network_zone", true).value_or("");
    });
}

Result<SshKey> sshKey(const nlohmann::json &value, const std::string &pointer, const std::string &request)
{
    return readObject<SshKey>(value, pointer, request, [](Reader &r, SshKey &k, json::ErrorList &errors) {
        k.id = r.integer("id", true, 0, (1LL << 53) - 1).value_or(0);
        k.name = r.string("name", true).value_or("");
        k.fingerprint = r.string("fingerprint", true).value_or("");
        k.publicKey = r.string("public_key", true).value_or("");
        k.labels = readLabels(r, errors);
    });
}

Result<Network> network(const nlohmann::json &value, const std::string &pointer, const std::string &request)
{
    return readObject<Network>(value, pointer, request, [](Reader &r, Network &n, json::ErrorList &errors) {
        n.id = r.integer("id", true, 0, (1LL << 53) - 1).value_or(0);
        n.name = r.string("name", true).value_or("");
        n.ipRange = r.string("ip_range", true).value_or("");
        forEach(r, "subnets", true, errors, [&](Reader &s) {
            n.subnets.push_back(
                Subnet{s.string("type", true).value_or(""), s.string("ip_range", true).value_or(""),
                       s.string("network_zone", true).value_or(""), s.string("gateway", false).value_or("")});
        });
        forEach(r, "routes", true, errors, [&](Reader &rt) {
            n.routes.push_back(
                Route{rt.string("destination", true).value_or(""), rt.string("gateway", true).value_or("")});
        });
        n.servers = readIds(r.member("servers", true), r.pointerOf("servers"), errors);
        n.labels = readLabels(r, errors);
    });
}

Result<Firewall> firewall(const nlohmann::json &value, const std::string &pointer, const std::string &request)
{
    return readObject<Firewall>(value, pointer, request, [](Reader &r, Firewall &f, json::ErrorList &errors) {
        f.id = r.integer("id", true, 0, (1LL << 53) - 1).value_or(0);
        f.name = r.string("name", true).value_or("");
        f.labels = readLabels(r, errors);
        forEach(r, "rules", true, errors, [&](Reader &rule) {
            FirewallRule out;
            out.direction = rule.string("direction", true).value_or("");
            out.protocol = rule.string("protocol", true).value_or("");
            if (const nlohmann::json *port = nullable(rule, "port", false))
                out.port = port->is_string() ? port->get<std::string>() : "";
            out.sourceIps = rule.stringArray("source_ips", false).value_or(std::vector<std::string>{});
            out.destinationIps =
                rule.stringArray("destination_ips", false).value_or(std::vector<std::string>{});
            if (const nlohmann::json *d = nullable(rule, "description", false))
                out.description = d->is_string() ? d->get<std::string>() : "";
            f.rules.push_back(std::move(out));
        });
        forEach(r, "applied_to", true, errors, [&](Reader &a) {
            const std::string type = a.string("type", true).value_or("");
            if (type == "server") {
                if (const nlohmann::json *s = a.member("server", true)) {
                    Reader server(*s, a.pointerOf("server"), errors);
                    f.servers.push_back(server.integer("id", true, 0, (1LL << 53) - 1).value_or(0));
                }
            } else if (type == "label_selector") {
                if (const nlohmann::json *s = a.member("label_selector", true)) {
                    Reader sel(*s, a.pointerOf("label_selector"), errors);
                    f.labelSelectors.push_back(sel.string("selector", true).value_or(""));
                }
            }
        });
    });
}

Result<FloatingIp> floatingIp(const nlohmann::json &value, const std::string &pointer,
                              const std::string &request)
{
    return readObject<FloatingIp>(
        value, pointer, request, [](Reader &r, FloatingIp &f, json::ErrorList &errors) {
            f.id = r.integer("id", true, 0, (1LL << 53) - 1).value_or(0);
            if (const nlohmann::json *name = nullable(r, "name", false))
                f.name = name->is_string() ? name->get<std::string>() : "";
            f.ip = r.string("ip", true).value_or("");
            f.type = r.string("type", true).value_or("");
            if (const nlohmann::json *server = nullable(r, "server", true)) {
                if (server->is_number_integer())
                    f.server = server->get<std::int64_t>();
                else
                    errors.add(
                        Error{ErrorCode::JsonType,
                              Message{Ctx,
                                      MB_TR_NOOP("mb::providers::hetzner", "Expected an ID, found %1."),
                                      {json::describeType(*server)}},
                              r.pointerOf("server"),
                              0,
                              0,
                              {}});
            }
            f.homeLocation = nestedName(r, "home_location", errors);
            f.labels = readLabels(r, errors);
        });
}

Result<PlacementGroup> placementGroup(const nlohmann::json &value, const std::string &pointer,
                                      const std::string &request)
{
    return readObject<PlacementGroup>(
        value, pointer, request, [](Reader &r, PlacementGroup &g, json::ErrorList &errors) {
            g.id = r.integer("id", true, 0, (1LL << 53) - 1).value_or(0);
            g.name = r.string("name", true).value_or("");
            g.type = r.string("type", true).value_or("");
            g.servers = readIds(r.member("servers", true), r.pointerOf("servers"), errors);
            g.labels = readLabels(r, errors);
        });
}

} // namespace read

} // namespace mb::providers::hetzner
