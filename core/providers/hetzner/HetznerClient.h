// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "ApiObjects.h"
#include "ApiTransport.h"
#include "HetznerResources.h"

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

    /// SSH keys, networks, firewalls, floating IPs and placement groups, on the same transport.
    [[nodiscard]] HetznerResources &resources() { return m_resources; }

    [[nodiscard]] ApiTransport &transport() { return m_transport; }

    /// "k1=v1,k2=v2" for `labels`.
    [[nodiscard]] static std::string selectorFor(const Labels &labels);

private:
    Result<std::optional<Server>> findServer(const ServerCreate &spec);
    Result<void> changeTypeOnce(std::int64_t id, const std::string &serverType, bool upgradeDisk,
                                std::chrono::steady_clock::time_point deadline);
    /// Runs `call` again while the API answers `locked`, until `deadline`.
    Result<Action> unlocked(const std::function<Result<Action>()> &call,
                            std::chrono::steady_clock::time_point deadline);

    ApiTransport m_transport;
    HetznerResources m_resources;
};

} // namespace mb::providers::hetzner
