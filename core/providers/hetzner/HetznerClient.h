// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "ApiObjects.h"
#include "ApiTransport.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace mb::providers::hetzner {

/// What `POST /servers` is asked for.
struct ServerCreate
{
    std::string name;
    std::string serverType;
    std::string image = "debian-12";
    std::string location;
    /// Identify the server: createServer() looks a server up by these (and its name) before it
    /// creates one, so they must be set and must say which node this is.
    Labels labels;
    std::string userData;
    std::vector<std::string> sshKeys; ///< names or IDs
    std::vector<std::int64_t> networks;
    std::vector<std::int64_t> firewalls;
    std::optional<std::int64_t> placementGroup;
    bool enableIpv4 = true;
    bool enableIpv6 = true;
    bool startAfterCreate = true;
};

/// A server createServer() made, or found already made.
struct CreatedServer
{
    Server server;
    std::vector<std::int64_t> actions; ///< create_server and next_actions; empty when it existed
    bool existed = false;
};

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
 * Typed calls to the Hetzner Cloud API (docs/hetzner.md), over ApiTransport: its pacing,
 * retries and errors apply to every call.
 *
 * Lists follow pagination to the end. Creates are never repeated blindly: before creating, and
 * after any failure whose outcome is unknown (a timeout, a 5xx), the client looks up what
 * exists (servers by their labels and name, other resources by their unique name) and returns
 * that. Actions are waited for in batches (`GET /actions?id=…&id=…`), not one request loop per
 * action. Deleting what does not exist succeeds.
 *
 * Threads: every call blocks; calls from several threads at once share one rate budget.
 * The token is held by the transport and never appears in an Error.
 */
class HetznerClient
{
public:
    HetznerClient(ApiOptions options, std::string token);

    // Catalogue
    [[nodiscard]] Result<std::vector<ServerType>> serverTypes();
    [[nodiscard]] Result<std::vector<Location>> locations();

    // Servers
    [[nodiscard]] Result<std::vector<Server>> servers(const std::string &labelSelector = {});
    [[nodiscard]] Result<std::optional<Server>> server(std::int64_t id);
    [[nodiscard]] Result<CreatedServer> createServer(const ServerCreate &spec);
    /// The delete action, or nothing when there was no such server.
    [[nodiscard]] Result<std::optional<Action>> deleteServer(std::int64_t id);
    [[nodiscard]] Result<Action> powerOn(std::int64_t id);
    [[nodiscard]] Result<Action> powerOff(std::int64_t id);
    [[nodiscard]] Result<Action> shutdown(std::int64_t id);
    [[nodiscard]] Result<Action> changeType(std::int64_t id, const std::string &serverType, bool upgradeDisk);
    /**
     * Changes a server's type the way that works: power off (not an ACPI shutdown, whose success
     * does not mean off), wait for `off`, change_type (keeping the disk unless `upgradeDisk`,
     * which cannot be undone), power on, wait for `running`. Waits out `locked`. A server that
     * already has the type is only powered on. If the change fails, the server is powered on
     * again before the error is returned.
     */
    [[nodiscard]] Result<Server> resize(std::int64_t id, const std::string &serverType, bool upgradeDisk,
                                        std::chrono::milliseconds timeout = std::chrono::minutes{10});

    /// Waits until every action is done; the first failed one (or one that vanished) is an error
    /// with the action's code in Error::providerCode.
    [[nodiscard]] Result<void> waitForActions(const std::vector<std::int64_t> &ids,
                                              std::chrono::milliseconds timeout = std::chrono::minutes{10});
    [[nodiscard]] Result<Server> waitForStatus(std::int64_t id, ServerStatus status,
                                               std::chrono::milliseconds timeout = std::chrono::minutes{10});

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

    [[nodiscard]] ApiTransport &transport() { return m_transport; }

    /// "k1=v1,k2=v2" for `labels`.
    [[nodiscard]] static std::string selectorFor(const Labels &labels);

private:
    template <typename T, typename ReadFn>
    Result<std::vector<T>> listAll(const std::string &path, const std::string &key,
                                   const std::string &labelSelector, ReadFn readFn);
    template <typename T, typename ReadFn>
    Result<Created<T>> createOnce(const std::string &collection, const std::string &key,
                                  const std::string &name, const nlohmann::json &body, ReadFn readFn);
    Result<Action> postAction(const std::string &path, const nlohmann::json &body, Repeat repeat);
    Result<std::vector<std::int64_t>> postActions(const std::string &path, const nlohmann::json &body);
    Result<void> deleteResource(const std::string &path);
    Result<std::optional<Server>> findServer(const ServerCreate &spec);
    Result<void> changeTypeOnce(std::int64_t id, const std::string &serverType, bool upgradeDisk,
                                std::chrono::steady_clock::time_point deadline);
    /// Runs `call` again while the API answers `locked`, until `deadline`.
    Result<Action> unlocked(const std::function<Result<Action>()> &call,
                            std::chrono::steady_clock::time_point deadline);

    ApiTransport m_transport;
};

} // namespace mb::providers::hetzner
