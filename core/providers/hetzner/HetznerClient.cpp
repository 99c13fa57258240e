// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "HetznerClient.h"

#include <algorithm>
#include <functional>
#include <set>

namespace mb::providers::hetzner {

namespace {

constexpr const char *Ctx = "mb::providers::hetzner";
/// IDs per `GET /actions?id=…` (as the official Go client batches them).
constexpr std::size_t ActionBatch = 25;
constexpr int MaxPages = 1000;

using Clock = std::chrono::steady_clock;

bool unknownOutcome(const Error &e)
{
    return e.code == ErrorCode::ProviderTransient || e.code == ErrorCode::NetTimeout ||
           e.code == ErrorCode::NetConnect;
}

nlohmann::json labelsJson(const Labels &labels)
{
    nlohmann::json out = nlohmann::json::object();
    for (const auto &[k, v] : labels)
        out[k] = v;
    return out;
}

nlohmann::json rulesJson(const std::vector<FirewallRule> &rules)
{
    nlohmann::json out = nlohmann::json::array();
    for (const FirewallRule &r : rules) {
        nlohmann::json rule = {{"direction", r.direction}, {"protocol", r.protocol}};
        if (!r.port.empty())
            rule["port"] = r.port;
        if (r.direction == "in")
            rule["source_ips"] = r.sourceIps;
        else
            rule["destination_ips"] = r.destinationIps;
        if (!r.description.empty())
            rule["description"] = r.description;
        out.push_back(std::move(rule));
    }
    return out;
}

Error invalidAnswer(const std::string &request, const std::string &what, const std::string &pointer)
{
    return Error{ErrorCode::ProviderFailed,
                 Message{Ctx,
                         MB_TR_NOOP("mb::providers::hetzner", "The Hetzner API's answer to %1 is not what it "
                                                              "documents: %2 (at %3)."),
                         {request, what, pointer}},
                 pointer,
                 0,
                 0,
                 {}};
}

/// The member `key` of an answer, which must be there.
Result<const nlohmann::json *> member(const nlohmann::json &answer, const std::string &key,
                                      const std::string &request)
{
    if (!answer.is_object() || !answer.contains(key))
        return std::unexpected(invalidAnswer(request, "\"" + key + "\" is missing", "/" + key));
    return &answer[key];
}

Result<std::vector<std::int64_t>> actionIds(const nlohmann::json &list, const std::string &pointer,
                                            const std::string &request)
{
    std::vector<std::int64_t> out;
    if (!list.is_array())
        return std::unexpected(invalidAnswer(request, "expected a list of actions", pointer));
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto a = read::action(list[i], pointer + "/" + std::to_string(i), request);
        if (!a)
            return std::unexpected(a.error());
        out.push_back(a->id);
    }
    return out;
}

Error timedOut(const std::string &what, std::chrono::milliseconds timeout)
{
    return Error{ErrorCode::ProviderTransient,
                 Message{Ctx,
                         MB_TR_NOOP("mb::providers::hetzner", "%1 did not happen within %2 s."),
                         {what, std::to_string(timeout.count() / 1000)}},
                 {},
                 0,
                 0,
                 {}};
}

} // namespace

HetznerClient::HetznerClient(ApiOptions options, std::string token)
    : m_transport(std::move(options), std::move(token))
{}

std::string HetznerClient::selectorFor(const Labels &labels)
{
    std::string out;
    for (const auto &[k, v] : labels)
        out += (out.empty() ? "" : ",") + k + "=" + v;
    return out;
}

template <typename T, typename ReadFn>
Result<std::vector<T>> HetznerClient::listAll(const std::string &path, const std::string &key,
                                              const std::string &labelSelector, ReadFn readFn)
{
    std::vector<T> out;
    const std::string request = "GET " + path.substr(0, path.find('?'));
    const char separator = path.find('?') == std::string::npos ? '?' : '&';
    for (int page = 1; page <= MaxPages; ++page) {
        std::string query = path + separator + "page=" + std::to_string(page) +
                            "&per_page=" + std::to_string(m_transport.options().perPage);
        if (!labelSelector.empty())
            query += "&label_selector=" + ApiTransport::encode(labelSelector);
        auto answer = m_transport.send("GET", query, {}, Repeat::Safe);
        if (!answer)
            return std::unexpected(answer.error());
        auto items = member(*answer, key, request);
        if (!items)
            return std::unexpected(items.error());
        if (!(*items)->is_array())
            return std::unexpected(invalidAnswer(request, "expected a list", "/" + key));
        for (std::size_t i = 0; i < (*items)->size(); ++i) {
            auto item = readFn((**items)[i], "/" + key + "/" + std::to_string(i), request);
            if (!item)
                return std::unexpected(item.error());
            out.push_back(std::move(*item));
        }
        // No `meta.pagination.next_page` (or null) means this was the last page.
        const nlohmann::json *next = nullptr;
        if (answer->contains("meta") && (*answer)["meta"].is_object() &&
            (*answer)["meta"].contains("pagination") && (*answer)["meta"]["pagination"].is_object() &&
            (*answer)["meta"]["pagination"].contains("next_page"))
            next = &(*answer)["meta"]["pagination"]["next_page"];
        if (!next || next->is_null())
            return out;
        if (!next->is_number_integer() || next->get<long long>() != page + 1)
            return std::unexpected(invalidAnswer(request, "next_page is not the page after this one",
                                                 "/meta/pagination/next_page"));
    }
    return std::unexpected(invalidAnswer(request, "more than 1000 pages", "/meta/pagination"));
}

Result<std::vector<ServerType>> HetznerClient::serverTypes()
{
    return listAll<ServerType>("/server_types", "server_types", {}, read::serverType);
}

Result<std::vector<Location>> HetznerClient::locations()
{
    return listAll<Location>("/locations", "locations", {}, read::location);
}

Result<std::vector<Server>> HetznerClient::servers(const std::string &labelSelector)
{
    return listAll<Server>("/servers", "servers", labelSelector, read::server);
}

Result<std::optional<Server>> HetznerClient::server(std::int64_t id)
{
    const std::string path = "/servers/" + std::to_string(id);
    auto answer = m_transport.send("GET", path, {}, Repeat::Safe);
    if (!answer) {
        if (answer.error().providerCode == "not_found")
            return std::optional<Server>();
        return std::unexpected(answer.error());
    }
    auto s = member(*answer, "server", "GET " + path);
    if (!s)
        return std::unexpected(s.error());
    auto parsed = read::server(**s, "/server", "GET " + path);
    if (!parsed)
        return std::unexpected(parsed.error());
    return std::optional<Server>(std::move(*parsed));
}

Result<std::optional<Server>> HetznerClient::findServer(const ServerCreate &spec)
{
    auto found = servers(selectorFor(spec.labels));
    if (!found)
        return std::unexpected(found.error());
    for (Server &s : *found)
        if (s.name == spec.name)
            return std::optional<Server>(std::move(s));
    return std::optional<Server>();
}

Result<CreatedServer> HetznerClient::createServer(const ServerCreate &spec)
{
    if (spec.labels.empty())
        return fail(ErrorCode::Internal,
                    Message{Ctx,
                            MB_TR_NOOP("mb::providers::hetzner", "Server %1 has no labels to be found by."),
                            {spec.name}});
    nlohmann::json body = {
        {"name", spec.name},
        {"server_type", spec.serverType},
        {"image", spec.image},
        {"labels", labelsJson(spec.labels)},
        {"start_after_create", spec.startAfterCreate},
        {"public_net", {{"enable_ipv4", spec.enableIpv4}, {"enable_ipv6", spec.enableIpv6}}}};
    if (!spec.location.empty())
        body["location"] = spec.location;
    if (!spec.userData.empty())
        body["user_data"] = spec.userData;
    if (!spec.sshKeys.empty())
        body["ssh_keys"] = spec.sshKeys;
    if (!spec.networks.empty())
        body["networks"] = spec.networks;
    if (!spec.firewalls.empty()) {
        body["firewalls"] = nlohmann::json::array();
        for (const std::int64_t id : spec.firewalls)
            body["firewalls"].push_back({{"firewall", id}});
    }
    if (spec.placementGroup)
        body["placement_group"] = *spec.placementGroup;
    const std::string request = "POST /servers";

    for (int attemptNo = 1;; ++attemptNo) {
        // Look before creating: a create whose answer was lost, or a crash after it, left the
        // server there already.
        auto existing = findServer(spec);
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing)
            return CreatedServer{std::move(**existing), {}, true};
        auto answer = m_transport.send("POST", "/servers", body.dump(), Repeat::Once);
        if (answer) {
            auto s = member(*answer, "server", request);
            auto a = s ? member(*answer, "action", request) : Result<const nlohmann::json *>(nullptr);
            if (!s || !a)
                return std::unexpected(!s ? s.error() : a.error());
            auto server = read::server(**s, "/server", request);
            auto action = read::action(**a, "/action", request);
            if (!server || !action)
                return std::unexpected(!server ? server.error() : action.error());
            CreatedServer out{std::move(*server), {action->id}, false};
            if (answer->contains("next_actions")) {
                auto next = actionIds((*answer)["next_actions"], "/next_actions", request);
                if (!next)
                    return std::unexpected(next.error());
                out.actions.insert(out.actions.end(), next->begin(), next->end());
            }
            return out;
        }
        const Error &e = answer.error();
        if (e.providerCode == "uniqueness_error") {
            // The name is taken: by this node's own earlier attempt (found by labels above on the
            // next turn), or by a server that is not this node's, which must not be adopted.
            auto again = findServer(spec);
            if (!again)
                return std::unexpected(again.error());
            if (*again)
                return CreatedServer{std::move(**again), {}, true};
            return std::unexpected(e);
        }
        if (!unknownOutcome(e) || attemptNo >= m_transport.options().maxAttempts)
            return std::unexpected(e);
        m_transport.backoff(attemptNo);
    }
}

Result<std::optional<Action>> HetznerClient::deleteServer(std::int64_t id)
{
    const std::string path = "/servers/" + std::to_string(id);
    auto answer = m_transport.send("DELETE", path, {}, Repeat::Safe);
    if (!answer) {
        if (answer.error().providerCode == "not_found")
            return std::optional<Action>();
        if (answer.error().providerCode == "locked") {
            // A delete whose answer was lost is under way already: the server says so.
            auto s = server(id);
            if (s && (!*s || (*s)->status == ServerStatus::Deleting))
                return std::optional<Action>();
        }
        return std::unexpected(answer.error());
    }
    auto a = member(*answer, "action", "DELETE " + path);
    if (!a)
        return std::unexpected(a.error());
    auto action = read::action(**a, "/action", "DELETE " + path);
    if (!action)
        return std::unexpected(action.error());
    return std::optional<Action>(std::move(*action));
}

Result<Action> HetznerClient::postAction(const std::string &path, const nlohmann::json &body, Repeat repeat)
{
    auto answer = m_transport.send("POST", path, body.is_null() ? std::string() : body.dump(), repeat);
    if (!answer)
        return std::unexpected(answer.error());
    auto a = member(*answer, "action", "POST " + path);
    if (!a)
        return std::unexpected(a.error());
    return read::action(**a, "/action", "POST " + path);
}

Result<std::vector<std::int64_t>> HetznerClient::postActions(const std::string &path,
                                                             const nlohmann::json &body)
{
    auto answer = m_transport.send("POST", path, body.dump(), Repeat::Safe);
    if (!answer)
        return std::unexpected(answer.error());
    auto a = member(*answer, "actions", "POST " + path);
    if (!a)
        return std::unexpected(a.error());
    return actionIds(**a, "/actions", "POST " + path);
}

// Power actions change nothing when repeated (powering off what is off), so they are retried.
Result<Action> HetznerClient::powerOn(std::int64_t id)
{
    return postAction("/servers/" + std::to_string(id) + "/actions/poweron", nullptr, Repeat::Safe);
}

Result<Action> HetznerClient::powerOff(std::int64_t id)
{
    return postAction("/servers/" + std::to_string(id) + "/actions/poweroff", nullptr, Repeat::Safe);
}

Result<Action> HetznerClient::shutdown(std::int64_t id)
{
    return postAction("/servers/" + std::to_string(id) + "/actions/shutdown", nullptr, Repeat::Safe);
}

Result<Action> HetznerClient::changeType(std::int64_t id, const std::string &serverType, bool upgradeDisk)
{
    return postAction("/servers/" + std::to_string(id) + "/actions/change_type",
                      {{"server_type", serverType}, {"upgrade_disk", upgradeDisk}}, Repeat::Once);
}

Result<void> HetznerClient::waitForActions(const std::vector<std::int64_t> &ids,
                                           std::chrono::milliseconds timeout)
{
    std::set<std::int64_t> pending(ids.begin(), ids.end());
    const auto deadline = Clock::now() + timeout;
    while (!pending.empty()) {
        std::vector<std::int64_t> batch(pending.begin(), pending.end());
        for (std::size_t from = 0; from < batch.size(); from += ActionBatch) {
            std::string path = "/actions?per_page=50";
            for (std::size_t i = from; i < std::min(batch.size(), from + ActionBatch); ++i)
                path += "&id=" + std::to_string(batch[i]);
            auto answer = m_transport.send("GET", path, {}, Repeat::Safe);
            if (!answer)
                return std::unexpected(answer.error());
            auto list = member(*answer, "actions", "GET /actions");
            if (!list)
                return std::unexpected(list.error());
            if (!(*list)->is_array())
                return std::unexpected(invalidAnswer("GET /actions", "expected a list", "/actions"));
            std::set<std::int64_t> seen;
            for (std::size_t i = 0; i < (*list)->size(); ++i) {
                auto a = read::action((**list)[i], "/actions/" + std::to_string(i), "GET /actions");
                if (!a)
                    return std::unexpected(a.error());
                seen.insert(a->id);
                if (a->status == Action::Status::Error) {
                    Error e{ErrorCode::ProviderFailed,
                            Message{Ctx,
                                    MB_TR_NOOP("mb::providers::hetzner",
                                               "Hetzner action %1 (%2) failed: %3 (%4)."),
                                    {std::to_string(a->id), a->command, a->errorMessage, a->errorCode}},
                            {},
                            0,
                            0,
                            {}};
                    e.providerCode = a->errorCode;
                    return std::unexpected(std::move(e));
                }
                if (a->status == Action::Status::Success)
                    pending.erase(a->id);
            }
            for (std::size_t i = from; i < std::min(batch.size(), from + ActionBatch); ++i) {
                if (!seen.contains(batch[i]))
                    return fail(ErrorCode::ProviderFailed,
                                Message{Ctx,
                                        MB_TR_NOOP("mb::providers::hetzner",
                                                   "Hetzner action %1 is not known to the API."),
                                        {std::to_string(batch[i])}});
            }
        }
        if (pending.empty())
            break;
        if (Clock::now() >= deadline)
            return std::unexpected(
                timedOut("The end of " + std::to_string(pending.size()) + " Hetzner action(s)", timeout));
        m_transport.sleepFor(m_transport.options().pollInterval);
    }
    return {};
}

Result<Server> HetznerClient::waitForStatus(std::int64_t id, ServerStatus status,
                                            std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    for (;;) {
        auto s = server(id);
        if (!s)
            return std::unexpected(s.error());
        if (!*s)
            return fail(ErrorCode::ProviderFailed,
                        Message{Ctx,
                                MB_TR_NOOP("mb::providers::hetzner", "Server %1 no longer exists."),
                                {std::to_string(id)}});
        if ((*s)->status == status)
            return std::move(**s);
        if (Clock::now() >= deadline)
            return std::unexpected(timedOut(
                "Server " + (*s)->name + " being " + std::string(serverStatusName(status)), timeout));
        m_transport.sleepFor(m_transport.options().pollInterval);
    }
}

Result<Action> HetznerClient::unlocked(const std::function<Result<Action>()> &call,
                                       Clock::time_point deadline)
{
    for (;;) {
        auto a = call();
        if (a || a.error().providerCode != "locked" || Clock::now() >= deadline)
            return a;
        m_transport.sleepFor(m_transport.options().pollInterval);
    }
}

Result<void> HetznerClient::changeTypeOnce(std::int64_t id, const std::string &serverType, bool upgradeDisk,
                                           Clock::time_point deadline)
{
    const auto started = Clock::now();
    const auto left = [&] {
        return std::max(std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()),
                        std::chrono::milliseconds{1});
    };
    for (int attemptNo = 1;; ++attemptNo) {
        auto change = unlocked([&] { return changeType(id, serverType, upgradeDisk); }, deadline);
        if (change)
            return waitForActions({change->id}, left());
        if (!unknownOutcome(change.error()) || attemptNo >= m_transport.options().maxAttempts)
            return std::unexpected(change.error());
        // Whether the change started is the server's to say: migrating, then off on the new type.
        for (;;) {
            auto s = server(id);
            if (!s)
                return std::unexpected(s.error());
            if (!*s)
                return fail(ErrorCode::ProviderFailed,
                            Message{Ctx,
                                    MB_TR_NOOP("mb::providers::hetzner", "Server %1 no longer exists."),
                                    {std::to_string(id)}});
            if ((*s)->status != ServerStatus::Migrating && !(*s)->locked) {
                if ((*s)->serverType == serverType)
                    return {};
                break;
            }
            if (Clock::now() >= deadline)
                return std::unexpected(
                    timedOut("The type change of server " + (*s)->name,
                             std::chrono::duration_cast<std::chrono::milliseconds>(deadline - started)));
            m_transport.sleepFor(m_transport.options().pollInterval);
        }
        m_transport.backoff(attemptNo);
    }
}

Result<Server> HetznerClient::resize(std::int64_t id, const std::string &serverType, bool upgradeDisk,
                                     std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    const auto left = [&] {
        return std::max(std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()),
                        std::chrono::milliseconds{1});
    };
    auto current = server(id);
    if (!current)
        return std::unexpected(current.error());
    if (!*current)
        return fail(ErrorCode::ProviderFailed,
                    Message{Ctx,
                            MB_TR_NOOP("mb::providers::hetzner", "Server %1 no longer exists."),
                            {std::to_string(id)}});
    const auto powerOnAndWait = [&]() -> Result<Server> {
        auto on = unlocked([&] { return powerOn(id); }, deadline);
        if (!on)
            return std::unexpected(on.error());
        if (auto done = waitForActions({on->id}, left()); !done)
            return std::unexpected(done.error());
        return waitForStatus(id, ServerStatus::Running, left());
    };
    if ((*current)->serverType != serverType) {
        if ((*current)->status != ServerStatus::Off) {
            auto off = unlocked([&] { return powerOff(id); }, deadline);
            if (!off)
                return std::unexpected(off.error());
            if (auto done = waitForActions({off->id}, left()); !done)
                return std::unexpected(done.error());
            if (auto isOff = waitForStatus(id, ServerStatus::Off, left()); !isOff)
                return std::unexpected(isOff.error());
        }
        Result<void> changed = changeTypeOnce(id, serverType, upgradeDisk, deadline);
        if (!changed) {
            // Back into service on its old type; the change's error is what the caller hears.
            (void)powerOnAndWait();
            return std::unexpected(changed.error());
        }
    }
    return powerOnAndWait();
}

// ----- resources other than servers: created once, found by their unique name ------------------

template <typename T, typename ReadFn>
Result<Created<T>> HetznerClient::createOnce(const std::string &collection, const std::string &key,
                                             const std::string &name, const nlohmann::json &body,
                                             ReadFn readFn)
{
    const std::string path = "/" + collection;
    const std::string request = "POST " + path;
    const auto lookup = [&]() -> Result<std::optional<T>> {
        auto found = listAll<T>(path + "?name=" + ApiTransport::encode(name), collection, {}, readFn);
        if (!found)
            return std::unexpected(found.error());
        for (T &item : *found)
            if (item.name == name)
                return std::optional<T>(std::move(item));
        return std::optional<T>();
    };
    for (int attemptNo = 1;; ++attemptNo) {
        auto answer = m_transport.send("POST", path, body.dump(), Repeat::Once);
        if (answer) {
            auto v = member(*answer, key, request);
            if (!v)
                return std::unexpected(v.error());
            auto item = readFn(**v, "/" + key, request);
            if (!item)
                return std::unexpected(item.error());
            Created<T> out{std::move(*item), {}};
            if (answer->contains("action") && !(*answer)["action"].is_null()) {
                auto a = read::action((*answer)["action"], "/action", request);
                if (!a)
                    return std::unexpected(a.error());
                out.actions.push_back(a->id);
            }
            if (answer->contains("actions")) {
                auto ids = actionIds((*answer)["actions"], "/actions", request);
                if (!ids)
                    return std::unexpected(ids.error());
                out.actions = std::move(*ids);
            }
            return out;
        }
        const Error &e = answer.error();
        if (!unknownOutcome(e) && e.providerCode != "uniqueness_error")
            return std::unexpected(e);
        // The create may have happened (its answer lost) or the name is taken: what exists?
        auto existing = lookup();
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing)
            return Created<T>{std::move(**existing), {}};
        if (e.providerCode == "uniqueness_error" || attemptNo >= m_transport.options().maxAttempts)
            return std::unexpected(e);
        m_transport.backoff(attemptNo);
    }
}

Result<void> HetznerClient::deleteResource(const std::string &path)
{
    auto answer = m_transport.send("DELETE", path, {}, Repeat::Safe);
    if (!answer && answer.error().providerCode != "not_found")
        return std::unexpected(answer.error());
    return {};
}

Result<std::vector<SshKey>> HetznerClient::sshKeys(const std::string &labelSelector)
{
    return listAll<SshKey>("/ssh_keys", "ssh_keys", labelSelector, read::sshKey);
}

Result<SshKey> HetznerClient::createSshKey(const std::string &name, const std::string &publicKey,
                                           const Labels &labels)
{
    auto created = createOnce<SshKey>(
        "ssh_keys", "ssh_key", name,
        {{"name", name}, {"public_key", publicKey}, {"labels", labelsJson(labels)}}, read::sshKey);
    if (!created)
        return std::unexpected(created.error());
    return std::move(created->value);
}

Result<void> HetznerClient::deleteSshKey(std::int64_t id)
{
    return deleteResource("/ssh_keys/" + std::to_string(id));
}

Result<std::vector<Network>> HetznerClient::networks(const std::string &labelSelector)
{
    return listAll<Network>("/networks", "networks", labelSelector, read::network);
}

Result<Network> HetznerClient::createNetwork(const NetworkCreate &spec)
{
    nlohmann::json body = {
        {"name", spec.name}, {"ip_range", spec.ipRange}, {"labels", labelsJson(spec.labels)}};
    body["subnets"] = nlohmann::json::array();
    for (const Subnet &s : spec.subnets) {
        nlohmann::json subnet = {{"type", s.type}, {"network_zone", s.networkZone}};
        if (!s.ipRange.empty())
            subnet["ip_range"] = s.ipRange;
        body["subnets"].push_back(std::move(subnet));
    }
    body["routes"] = nlohmann::json::array();
    for (const Route &r : spec.routes)
        body["routes"].push_back({{"destination", r.destination}, {"gateway", r.gateway}});
    auto created = createOnce<Network>("networks", "network", spec.name, body, read::network);
    if (!created)
        return std::unexpected(created.error());
    return std::move(created->value);
}

Result<Action> HetznerClient::addSubnet(std::int64_t network, const Subnet &subnet)
{
    nlohmann::json body = {{"type", subnet.type}, {"network_zone", subnet.networkZone}};
    if (!subnet.ipRange.empty())
        body["ip_range"] = subnet.ipRange;
    return postAction("/networks/" + std::to_string(network) + "/actions/add_subnet", body, Repeat::Once);
}

Result<Action> HetznerClient::addRoute(std::int64_t network, const Route &route)
{
    return postAction("/networks/" + std::to_string(network) + "/actions/add_route",
                      {{"destination", route.destination}, {"gateway", route.gateway}}, Repeat::Once);
}

Result<Action> HetznerClient::deleteRoute(std::int64_t network, const Route &route)
{
    return postAction("/networks/" + std::to_string(network) + "/actions/delete_route",
                      {{"destination", route.destination}, {"gateway", route.gateway}}, Repeat::Once);
}

Result<void> HetznerClient::deleteNetwork(std::int64_t id)
{
    return deleteResource("/networks/" + std::to_string(id));
}

Result<std::vector<Firewall>> HetznerClient::firewalls(const std::string &labelSelector)
{
    return listAll<Firewall>("/firewalls", "firewalls", labelSelector, read::firewall);
}

Result<Created<Firewall>> HetznerClient::createFirewall(const std::string &name,
                                                        const std::vector<FirewallRule> &rules,
                                                        const Labels &labels,
                                                        const std::vector<std::int64_t> &servers)
{
    nlohmann::json body = {{"name", name}, {"labels", labelsJson(labels)}, {"rules", rulesJson(rules)}};
    body["apply_to"] = nlohmann::json::array();
    for (const std::int64_t id : servers)
        body["apply_to"].push_back({{"type", "server"}, {"server", {{"id", id}}}});
    return createOnce<Firewall>("firewalls", "firewall", name, body, read::firewall);
}

Result<std::vector<std::int64_t>> HetznerClient::setFirewallRules(std::int64_t id,
                                                                  const std::vector<FirewallRule> &rules)
{
    return postActions("/firewalls/" + std::to_string(id) + "/actions/set_rules",
                       {{"rules", rulesJson(rules)}});
}

Result<std::vector<std::int64_t>> HetznerClient::applyFirewall(std::int64_t id,
                                                               const std::vector<std::int64_t> &servers)
{
    nlohmann::json body = {{"apply_to", nlohmann::json::array()}};
    for (const std::int64_t s : servers)
        body["apply_to"].push_back({{"type", "server"}, {"server", {{"id", s}}}});
    return postActions("/firewalls/" + std::to_string(id) + "/actions/apply_to_resources", body);
}

Result<void> HetznerClient::deleteFirewall(std::int64_t id)
{
    return deleteResource("/firewalls/" + std::to_string(id));
}

Result<std::vector<FloatingIp>> HetznerClient::floatingIps(const std::string &labelSelector)
{
    return listAll<FloatingIp>("/floating_ips", "floating_ips", labelSelector, read::floatingIp);
}

Result<Created<FloatingIp>> HetznerClient::createFloatingIp(const std::string &name, const std::string &type,
                                                            const std::string &homeLocation,
                                                            const Labels &labels)
{
    return createOnce<FloatingIp>(
        "floating_ips", "floating_ip", name,
        {{"name", name}, {"type", type}, {"home_location", homeLocation}, {"labels", labelsJson(labels)}},
        read::floatingIp);
}

Result<Action> HetznerClient::assignFloatingIp(std::int64_t id, std::int64_t server)
{
    return postAction("/floating_ips/" + std::to_string(id) + "/actions/assign", {{"server", server}},
                      Repeat::Once);
}

Result<Action> HetznerClient::unassignFloatingIp(std::int64_t id)
{
    return postAction("/floating_ips/" + std::to_string(id) + "/actions/unassign", nullptr, Repeat::Safe);
}

Result<void> HetznerClient::deleteFloatingIp(std::int64_t id)
{
    return deleteResource("/floating_ips/" + std::to_string(id));
}

Result<std::vector<PlacementGroup>> HetznerClient::placementGroups(const std::string &labelSelector)
{
    return listAll<PlacementGroup>("/placement_groups", "placement_groups", labelSelector,
                                   read::placementGroup);
}

Result<PlacementGroup> HetznerClient::createPlacementGroup(const std::string &name, const Labels &labels)
{
    auto created = createOnce<PlacementGroup>(
        "placement_groups", "placement_group", name,
        {{"name", name}, {"type", "spread"}, {"labels", labelsJson(labels)}}, read::placementGroup);
    if (!created)
        return std::unexpected(created.error());
    return std::move(created->value);
}

Result<void> HetznerClient::deletePlacementGroup(std::int64_t id)
{
    return deleteResource("/placement_groups/" + std::to_string(id));
}

} // namespace mb::providers::hetzner
