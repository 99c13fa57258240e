// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mb::providers::hetzner {

using Labels = std::map<std::string, std::string>;

/// An API action (`GET /actions/{id}`): done when its status is no longer Running.
struct Action
{
    enum class Status
    {
        Running,
        Success,
        Error
    };
    std::int64_t id = 0;
    std::string command;
    Status status = Status::Running;
    int progress = 0;
    std::string errorCode; ///< set when status is Error
    std::string errorMessage;
};

enum class ServerStatus
{
    Initializing,
    Starting,
    Running,
    Stopping,
    Off,
    Deleting,
    Migrating,
    Rebuilding,
    Unknown
};
[[nodiscard]] std::string_view serverStatusName(ServerStatus status);

struct PrivateAddress
{
    std::int64_t network = 0;
    std::string ip;
};

struct Server
{
    std::int64_t id = 0;
    std::string name;
    ServerStatus status = ServerStatus::Unknown;
    std::string serverType;
    std::string location;
    std::string image; ///< name, empty when the server has none (a snapshot since deleted)
    Labels labels;
    std::string ipv4; ///< empty without a public IPv4
    std::string ipv6; ///< the /64, empty without one
    std::vector<PrivateAddress> privateNet;
    std::vector<std::int64_t> firewalls;
    std::optional<std::int64_t> placementGroup;
    int primaryDiskGb = 0;
    bool locked = false;
    std::string created; ///< RFC 3339
};

/// A server type in one location: whether it can be ordered there and until when.
struct ServerTypeLocation
{
    std::string name;
    bool available = true;
    std::string unavailableAfter; ///< RFC 3339; empty when not deprecated there
    std::string monthlyNet;       ///< decimal string, empty when no price is listed
    std::string hourlyNet;
};

struct ServerType
{
    std::int64_t id = 0;
    std::string name;
    std::string description;
    int cores = 0;
    double memoryGb = 0;
    int diskGb = 0;
    std::string cpuType;
    std::string architecture;
    std::string storageType;
    std::vector<ServerTypeLocation> locations;
    [[nodiscard]] const ServerTypeLocation *in(std::string_view location) const;
};

struct Location
{
    std::int64_t id = 0;
    std::string name;
    std::string city;
    std::string country;
    std::string networkZone;
};

struct SshKey
{
    std::int64_t id = 0;
    std::string name;
    std::string fingerprint;
    std::string publicKey;
    Labels labels;
};

struct Subnet
{
    std::string type = "cloud";
    std::string ipRange;
    std::string networkZone;
    std::string gateway; ///< read only
};

struct Route
{
    std::string destination;
    std::string gateway;
};

struct Network
{
    std::int64_t id = 0;
    std::string name;
    std::string ipRange;
    std::vector<Subnet> subnets;
    std::vector<Route> routes;
    std::vector<std::int64_t> servers;
    Labels labels;
};

struct FirewallRule
{
    std::string direction = "in";
    std::string protocol = "tcp";
    std::string port; ///< "22" or "1024-5000"; empty for icmp, esp, gre
    std::vector<std::string> sourceIps;
    std::vector<std::string> destinationIps;
    std::string description;
};

struct Firewall
{
    std::int64_t id = 0;
    std::string name;
    std::vector<FirewallRule> rules;
    std::vector<std::int64_t> servers;       ///< applied to these servers directly
    std::vector<std::string> labelSelectors; ///< and to the servers these select
    Labels labels;
};

struct FloatingIp
{
    std::int64_t id = 0;
    std::string name;
    std::string ip;
    std::string type; ///< ipv4 | ipv6
    std::optional<std::int64_t> server;
    std::string homeLocation;
    Labels labels;
};

struct PlacementGroup
{
    std::int64_t id = 0;
    std::string name;
    std::string type;
    std::vector<std::int64_t> servers;
    Labels labels;
};

/// Readers of the API's objects: strict about the fields the client uses (type, presence,
/// range), tolerant of fields it does not know, as the API grows. Every fault names the
/// request and the JSON pointer of the value.
namespace read {
[[nodiscard]] Result<Action> action(const nlohmann::json &value, const std::string &pointer,
                                    const std::string &request);
[[nodiscard]] Result<Server> server(const nlohmann::json &value, const std::string &pointer,
                                    const std::string &request);
[[nodiscard]] Result<ServerType> serverType(const nlohmann::json &value, const std::string &pointer,
                                            const std::string &request);
[[nodiscard]] Result<Location> location(const nlohmann::json &value, const std::string &pointer,
                                        const std::string &request);
[[nodiscard]] Result<SshKey> sshKey(const nlohmann::json &value, const std::string &pointer,
                                    const std::string &request);
[[nodiscard]] Result<Network> network(const nlohmann::json &value, const std::string &pointer,
                                      const std::string &request);
[[nodiscard]] Result<Firewall> firewall(const nlohmann::json &value, const std::string &pointer,
                                        const std::string &request);
[[nodiscard]] Result<FloatingIp> floatingIp(const nlohmann::json &value, const std::string &pointer,
                                            const std::string &request);
[[nodiscard]] Result<PlacementGroup> placementGroup(const nlohmann::json &value, const std::string &pointer,
                                                    const std::string &request);
} // namespace read

} // namespace mb::providers::hetzner
