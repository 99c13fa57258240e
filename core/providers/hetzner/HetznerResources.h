// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "ApiObjects.h"
#include "ApiTransport.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mb::providers::hetzner {

struct NetworkCreate
{
    std::string name;
    std::string ipRange;
    Labels labels;
    std::vector<Subnet> subnets;
    std::vector<Route> routes;
};

/// A resource that was created along with the actions still to wait for.
template <typename T> struct Created
{
    T value;
    std::vector<std::int64_t> actions;
};

/**
 * The project's resources besides servers: SSH keys, networks (subnets, routes), firewalls,
 * floating IPs and spread placement groups (at most 10 servers each), over the transport of the
 * HetznerClient that owns it.
 *
 * Creates are never repeated blindly: after a failure whose outcome is unknown, or a
 * `uniqueness_error`, the resource is looked up by its name (unique in a project) and returned if
 * it exists. Deleting what does not exist succeeds. Threads: as HetznerClient.
 */
class HetznerResources
{
public:
    explicit HetznerResources(ApiTransport &transport);

    // SSH keys
    [[nodiscard]] Result<std::vector<SshKey>> sshKeys(const std::string &labelSelector = {});
    [[nodiscard]] Result<SshKey> createSshKey(const std::string &name, const std::string &publicKey,
                                              const Labels &labels = {});
    [[nodiscard]] Result<void> deleteSshKey(std::int64_t id);

    // Networks
    [[nodiscard]] Result<std::vector<Network>> networks(const std::string &labelSelector = {});
    [[nodiscard]] Result<Network> createNetwork(const NetworkCreate &spec);
    [[nodiscard]] Result<Action> addSubnet(std::int64_t network, const Subnet &subnet);
    [[nodiscard]] Result<Action> addRoute(std::int64_t network, const Route &route);
    [[nodiscard]] Result<Action> deleteRoute(std::int64_t network, const Route &route);
    [[nodiscard]] Result<void> deleteNetwork(std::int64_t id);

    // Firewalls
    [[nodiscard]] Result<std::vector<Firewall>> firewalls(const std::string &labelSelector = {});
    [[nodiscard]] Result<Created<Firewall>> createFirewall(const std::string &name,
                                                           const std::vector<FirewallRule> &rules,
                                                           const Labels &labels = {},
                                                           const std::vector<std::int64_t> &servers = {});
    [[nodiscard]] Result<std::vector<std::int64_t>> setFirewallRules(std::int64_t id,
                                                                     const std::vector<FirewallRule> &rules);
    [[nodiscard]] Result<std::vector<std::int64_t>> applyFirewall(std::int64_t id,
                                                                  const std::vector<std::int64_t> &servers);
    [[nodiscard]] Result<void> deleteFirewall(std::int64_t id);

    // Floating IPs
    [[nodiscard]] Result<std::vector<FloatingIp>> floatingIps(const std::string &labelSelector = {});
    [[nodiscard]] Result<Created<FloatingIp>> createFloatingIp(const std::string &name,
                                                               const std::string &type,
                                                               const std::string &homeLocation,
                                                               const Labels &labels = {});
    [[nodiscard]] Result<Action> assignFloatingIp(std::int64_t id, std::int64_t server);
    [[nodiscard]] Result<Action> unassignFloatingIp(std::int64_t id);
    [[nodiscard]] Result<void> deleteFloatingIp(std::int64_t id);

    // Placement groups (spread: at most 10 servers each)
    [[nodiscard]] Result<std::vector<PlacementGroup>> placementGroups(const std::string &labelSelector = {});
    [[nodiscard]] Result<PlacementGroup> createPlacementGroup(const std::string &name,
                                                              const Labels &labels = {});
    [[nodiscard]] Result<void> deletePlacementGroup(std::int64_t id);

private:
    template <typename T, typename ReadFn>
    Result<Created<T>> createOnce(const std::string &collection, const std::string &key,
                                  const std::string &name, const nlohmann::json &body, ReadFn readFn);
    Result<void> deleteResource(const std::string &path);

    ApiTransport &m_transport;
};

} // namespace mb::providers::hetzner
