// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "HetznerResources.h"

#include "ApiCalls.h"

namespace mb::providers::hetzner {

namespace {

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

} // namespace

HetznerResources::HetznerResources(ApiTransport &transport)
    : m_transport(transport)
{}

template <typename T, typename ReadFn>
Result<Created<T>> HetznerResources::createOnce(const std::string &collection, const std::string &key,
                                                const std::string &name, const nlohmann::json &body,
                                                ReadFn readFn)
{
    const std::string path = "/" + collection;
    const std::string request = "POST " + path;
    const auto lookup = [&]() -> Result<std::optional<T>> {
        auto found = calls::listAll<T>(m_transport, path + "?name=" + ApiTransport::encode(name), collection,
                                       {}, readFn);
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
            auto item = calls::readMember(*answer, key, request, readFn);
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
                auto ids = calls::actionIds((*answer)["actions"], "/actions", request);
                if (!ids)
                    return std::unexpected(ids.error());
                out.actions = std::move(*ids);
            }
            return out;
        }
        const Error &e = answer.error();
        if (!calls::unknownOutcome(e) && e.providerCode != "uniqueness_error")
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

Result<void> HetznerResources::deleteResource(const std::string &path)
{
    auto answer = m_transport.send("DELETE", path, {}, Repeat::Safe);
    if (!answer && answer.error().providerCode != "not_found")
        return std::unexpected(answer.error());
    return {};
}

Result<std::vector<SshKey>> HetznerResources::sshKeys(const std::string &labelSelector)
{
    return calls::listAll<SshKey>(m_transport, "/ssh_keys", "ssh_keys", labelSelector, read::sshKey);
}

Result<SshKey> HetznerResources::createSshKey(const std::string &name, const std::string &publicKey,
                                              const Labels &labels)
{
    auto created = createOnce<SshKey>(
        "ssh_keys", "ssh_key", name,
        {{"name", name}, {"public_key", publicKey}, {"labels", calls::labelsJson(labels)}}, read::sshKey);
    if (!created)
        return std::unexpected(created.error());
    return std::move(created->value);
}

Result<void> HetznerResources::deleteSshKey(std::int64_t id)
{
    return deleteResource("/ssh_keys/" + std::to_string(id));
}

Result<std::vector<Network>> HetznerResources::networks(const std::string &labelSelector)
{
    return calls::listAll<Network>(m_transport, "/networks", "networks", labelSelector, read::network);
}

Result<Network> HetznerResources::createNetwork(const NetworkCreate &spec)
{
    nlohmann::json body = {
        {"name", spec.name}, {"ip_range", spec.ipRange}, {"labels", calls::labelsJson(spec.labels)}};
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

Result<Action> HetznerResources::addSubnet(std::int64_t network, const Subnet &subnet)
{
    nlohmann::json body = {{"type", subnet.type}, {"network_zone", subnet.networkZone}};
    if (!subnet.ipRange.empty())
        body["ip_range"] = subnet.ipRange;
    return calls::postAction(m_transport, "/networks/" + std::to_string(network) + "/actions/add_subnet",
                             body, Repeat::Once);
}

Result<Action> HetznerResources::addRoute(std::int64_t network, const Route &route)
{
    return calls::postAction(m_transport, "/networks/" + std::to_string(network) + "/actions/add_route",
                             {{"destination", route.destination}, {"gateway", route.gateway}}, Repeat::Once);
}

Result<Action> HetznerResources::deleteRoute(std::int64_t network, const Route &route)
{
    return calls::postAction(m_transport, "/networks/" + std::to_string(network) + "/actions/delete_route",
                             {{"destination", route.destination}, {"gateway", route.gateway}}, Repeat::Once);
}

Result<void> HetznerResources::deleteNetwork(std::int64_t id)
{
    return deleteResource("/networks/" + std::to_string(id));
}

Result<std::vector<Firewall>> HetznerResources::firewalls(const std::string &labelSelector)
{
    return calls::listAll<Firewall>(m_transport, "/firewalls", "firewalls", labelSelector, read::firewall);
}

Result<Created<Firewall>> HetznerResources::createFirewall(const std::string &name,
                                                           const std::vector<FirewallRule> &rules,
                                                           const Labels &labels,
                                                           const std::vector<std::int64_t> &servers)
{
    nlohmann::json body = {
        {"name", name}, {"labels", calls::labelsJson(labels)}, {"rules", rulesJson(rules)}};
    body["apply_to"] = nlohmann::json::array();
    for (const std::int64_t id : servers)
        body["apply_to"].push_back({{"type", "server"}, {"server", {{"id", id}}}});
    return createOnce<Firewall>("firewalls", "firewall", name, body, read::firewall);
}

Result<std::vector<std::int64_t>> HetznerResources::setFirewallRules(std::int64_t id,
                                                                     const std::vector<FirewallRule> &rules)
{
    return calls::postActions(m_transport, "/firewalls/" + std::to_string(id) + "/actions/set_rules",
                              {{"rules", rulesJson(rules)}});
}

Result<std::vector<std::int64_t>> HetznerResources::applyFirewall(std::int64_t id,
                                                                  const std::vector<std::int64_t> &servers)
{
    nlohmann::json body = {{"apply_to", nlohmann::json::array()}};
    for (const std::int64_t s : servers)
        body["apply_to"].push_back({{"type", "server"}, {"server", {{"id", s}}}});
    return calls::postActions(m_transport, "/firewalls/" + std::to_string(id) + "/actions/apply_to_resources",
                              body);
}

Result<void> HetznerResources::deleteFirewall(std::int64_t id)
{
    return deleteResource("/firewalls/" + std::to_string(id));
}

Result<std::vector<FloatingIp>> HetznerResources::floatingIps(const std::string &labelSelector)
{
    return calls::listAll<FloatingIp>(m_transport, "/floating_ips", "floating_ips", labelSelector,
                                      read::floatingIp);
}

Result<Created<FloatingIp>> HetznerResources::createFloatingIp(const std::string &name,
                                                               const std::string &type,
                                                               const std::string &homeLocation,
                                                               const Labels &labels)
{
    return createOnce<FloatingIp>("floating_ips", "floating_ip", name,
                                  {{"name", name},
                                   {"type", type},
                                   {"home_location", homeLocation},
                                   {"labels", calls::labelsJson(labels)}},
                                  read::floatingIp);
}

Result<Action> HetznerResources::assignFloatingIp(std::int64_t id, std::int64_t server)
{
    return calls::postAction(m_transport, "/floating_ips/" + std::to_string(id) + "/actions/assign",
                             {{"server", server}}, Repeat::Once);
}

Result<Action> HetznerResources::unassignFloatingIp(std::int64_t id)
{
    return calls::postAction(m_transport, "/floating_ips/" + std::to_string(id) + "/actions/unassign",
                             nullptr, Repeat::Safe);
}

Result<void> HetznerResources::deleteFloatingIp(std::int64_t id)
{
    return deleteResource("/floating_ips/" + std::to_string(id));
}

Result<std::vector<PlacementGroup>> HetznerResources::placementGroups(const std::string &labelSelector)
{
    return calls::listAll<PlacementGroup>(m_transport, "/placement_groups", "placement_groups", labelSelector,
                                          read::placementGroup);
}

Result<PlacementGroup> HetznerResources::createPlacementGroup(const std::string &name, const Labels &labels)
{
    auto created = createOnce<PlacementGroup>(
        "placement_groups", "placement_group", name,
        {{"name", name}, {"type", "spread"}, {"labels", calls::labelsJson(labels)}}, read::placementGroup);
    if (!created)
        return std::unexpected(created.error());
    return std::move(created->value);
}

Result<void> HetznerResources::deletePlacementGroup(std::int64_t id)
{
    return deleteResource("/placement_groups/" + std::to_string(id));
}

} // namespace mb::providers::hetzner
