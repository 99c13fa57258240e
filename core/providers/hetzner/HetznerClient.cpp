// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "HetznerClient.h"

#include "ApiCalls.h"

#include <algorithm>
#include <functional>
#include <set>

namespace mb::providers::hetzner {

namespace {

constexpr const char *Ctx = "mb::providers::hetzner";
/// IDs per `GET /actions?id=…` (as the official Go client batches them).
constexpr std::size_t ActionBatch = 25;

using Clock = std::chrono::steady_clock;
using namespace calls;

} // namespace

HetznerClient::HetznerClient(ApiOptions options, std::string token)
    : m_transport(std::move(options), std::move(token))
    , m_resources(m_transport)
{}

std::string HetznerClient::selectorFor(const Labels &labels)
{
    std::string out;
    for (const auto &[k, v] : labels)
        out += (out.empty() ? "" : ",") + k + "=" + v;
    return out;
}

Result<std::vector<ServerType>> HetznerClient::serverTypes()
{
    return listAll<ServerType>(m_transport, "/server_types", "server_types", {}, read::serverType);
}

Result<std::vector<Location>> HetznerClient::locations()
{
    return listAll<Location>(m_transport, "/locations", "locations", {}, read::location);
}

Result<std::vector<Server>> HetznerClient::servers(const std::string &labelSelector)
{
    return listAll<Server>(m_transport, "/servers", "servers", labelSelector, read::server);
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
    auto parsed = readMember(*answer, "server", "GET " + path, read::server);
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
    auto action = readMember(*answer, "action", "DELETE " + path, read::action);
    if (!action)
        return std::unexpected(action.error());
    return std::optional<Action>(std::move(*action));
}

// Power actions change nothing when repeated (powering off what is off), so they are retried.
Result<Action> HetznerClient::powerOn(std::int64_t id)
{
    return postAction(m_transport, "/servers/" + std::to_string(id) + "/actions/poweron", nullptr,
                      Repeat::Safe);
}

Result<Action> HetznerClient::powerOff(std::int64_t id)
{
    return postAction(m_transport, "/servers/" + std::to_string(id) + "/actions/poweroff", nullptr,
                      Repeat::Safe);
}

Result<Action> HetznerClient::shutdown(std::int64_t id)
{
    return postAction(m_transport, "/servers/" + std::to_string(id) + "/actions/shutdown", nullptr,
                      Repeat::Safe);
}

Result<Action> HetznerClient::changeType(std::int64_t id, const std::string &serverType, bool upgradeDisk)
{
    return postAction(m_transport, "/servers/" + std::to_string(id) + "/actions/change_type",
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

} // namespace mb::providers::hetzner
