// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "StateDrain.h"

#include "ComponentSpec.h"

#include <nlohmann/json.hpp>

#include <utility>

namespace mb::controlplane {

namespace {
constexpr const char *Ctx = "mb::controlplane";
// Port slots of resources/templates/state.json.
constexpr int EtcdClientSlot = 7;
constexpr int EtcdPeerSlot = 8;

/// "http://host:<slot port>" of a node whose daemon listens on host:port.
std::string slotUrl(const std::string &address, int slot)
{
    const auto colon = address.rfind(':');
    if (colon == std::string::npos)
        return {};
    int port = 0;
    try {
        port = std::stoi(address.substr(colon + 1));
    } catch (const std::exception &) {
        return {};
    }
    return "http://" + address.substr(0, colon) + ':' + std::to_string(daemon::componentPort(port, slot));
}

std::unexpected<Error> transient(const std::string &node, const std::string &detail)
{
    return fail(ErrorCode::ProviderTransient,
                Message{Ctx,
                        MB_TR_NOOP("mb::controlplane",
                                   "Cannot remove the etcd member of %1 yet; retrying (docs/pillars.md)."),
                        {node}},
                {}, detail);
}
} // namespace

StateDrain::StateDrain(providers::Provider &provider, std::string cluster)
    : m_provider(provider)
    , m_cluster(std::move(cluster))
{}

Result<std::string> etcdMemberWithPeer(const std::string &memberListJson, const std::string &peerUrl)
{
    const auto bad = [&](const char *what) {
        return fail(ErrorCode::ProviderTransient,
                    Message{Ctx,
                            MB_TR_NOOP("mb::controlplane", "etcd answered its member list with %1."),
                            {std::string(what)}},
                    "/members", memberListJson.substr(0, 200));
    };
    const auto doc = nlohmann::json::parse(memberListJson, nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return bad("no JSON object");
    const auto members = doc.find("members");
    if (members == doc.end())
        return std::string{};
    if (!members->is_array())
        return bad("a members field that is not a list");
    for (const auto &m : *members) {
        if (!m.is_object())
            return bad("a member that is not an object");
        const auto urls = m.find("peerURLs");
        const auto id = m.find("ID");
        if (urls == m.end() || !urls->is_array() || id == m.end())
            continue;
        for (const auto &u : *urls) {
            if (!u.is_string() || u.get<std::string>() != peerUrl)
                continue;
            if (id->is_string())
                return id->get<std::string>();
            if (id->is_number_unsigned())
                return std::to_string(id->get<std::uint64_t>());
            return bad("a member ID that is neither text nor a number");
        }
    }
    return std::string{};
}

Result<void> StateDrain::drain(const providers::NodeInfo &node, std::stop_token stop)
{
    if (node.pillar != topology::Pillar::State)
        return {};
    const std::string peerUrl = slotUrl(node.address, EtcdPeerSlot);
    if (peerUrl.empty())
        return {}; // never got an address: no member to remove
    auto nodes = m_provider.listNodes(m_cluster);
    if (!nodes)
        return std::unexpected(nodes.error());
    std::string lastError;
    for (const providers::NodeInfo &other : *nodes) {
        if (stop.stop_requested())
            return fail(
                ErrorCode::Cancelled,
                Message{Ctx, MB_TR_NOOP("mb::controlplane", "Draining %1 was cancelled."), {node.name}});
        if (other.pillar != topology::Pillar::State || other.name == node.name ||
            other.state == providers::NodeState::Deleting || other.address.empty())
            continue;
        const std::string endpoint = slotUrl(other.address, EtcdClientSlot);
        if (endpoint.empty())
            continue;
        const net::HttpHeaders json{{"Content-Type", "application/json"}};
        auto list = m_client.request("POST", endpoint + "/v3/cluster/member/list", json, "{}",
                                     std::chrono::seconds(3));
        if (!list || !list->ok()) {
            lastError = list ? "HTTP " + std::to_string(list->status) : list.error().detail;
            continue; // another survivor may answer
        }
        auto id = etcdMemberWithPeer(list->body, peerUrl);
        if (!id)
            return std::unexpected(id.error());
        if (id->empty())
            return {}; // already removed (or never joined)
        auto removed = m_client.request("POST", endpoint + "/v3/cluster/member/remove", json,
                                        nlohmann::json{{"ID", *id}}.dump(), std::chrono::seconds(5));
        if (removed && removed->ok())
            return {};
        // etcd refuses a reconfiguration until every member has been connected for 5 s.
        return transient(node.name, removed ? "HTTP " + std::to_string(removed->status) + ": " +
                                                  removed->body.substr(0, 200)
                                            : removed.error().detail);
    }
    if (lastError.empty())
        return {}; // the last State node: no cluster left to leave
    return transient(node.name, lastError);
}

} // namespace mb::controlplane
