// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "HetznerProvider.h"

#include "ServerTypeMerge.h"

#include <algorithm>
#include <charconv>

namespace mb::providers::hetzner {

namespace {

constexpr const char *Ctx = "mb::providers::hetzner";

NodeState stateOf(ServerStatus status)
{
    switch (status) {
    case ServerStatus::Initializing:
    case ServerStatus::Starting:
    case ServerStatus::Migrating:
    case ServerStatus::Rebuilding:
        return NodeState::Creating;
    case ServerStatus::Running:
        return NodeState::Running;
    case ServerStatus::Stopping:
    case ServerStatus::Off:
        return NodeState::Stopped;
    case ServerStatus::Deleting:
        return NodeState::Deleting;
    case ServerStatus::Unknown:
        break;
    }
    return NodeState::Failed;
}

std::string nodeSelector(const std::string &cluster, const std::string &node)
{
    return std::string(LabelCluster) + "=" + cluster + "," + std::string(LabelNode) + "=" + node;
}

std::unexpected<Error> noSuchNode(const std::string &cluster, const std::string &node)
{
    return fail(
        ErrorCode::ProviderFailed,
        Message{Ctx,
                MB_TR_NOOP("mb::providers::hetzner", "Cluster \"%1\" has no server labelled as node %2."),
                {cluster, node}});
}

} // namespace

HetznerProvider::HetznerProvider(HetznerProviderOptions options, std::string token)
    : m_options(std::move(options))
    , m_client(m_options.api, std::move(token))
{}

ClusterResources &HetznerProvider::resources(const std::string &cluster)
{
    std::lock_guard lock(m_mutex);
    auto &slot = m_clusters[cluster];
    if (!slot) {
        ClusterLayout layout = m_options.layout;
        layout.cluster = cluster;
        slot = std::make_unique<ClusterResources>(m_client, std::move(layout));
    }
    return *slot;
}

NodeInfo HetznerProvider::nodeOf(const Server &server)
{
    NodeInfo n;
    n.name = server.name;
    n.providerId = std::to_string(server.id);
    n.labels = server.labels;
    if (const auto it = server.labels.find(std::string(LabelPillar)); it != server.labels.end())
        if (const auto pillar = topology::pillarFromName(it->second))
            n.pillar = *pillar;
    if (const auto it = server.labels.find(std::string(LabelOrdinal)); it != server.labels.end())
        std::from_chars(it->second.data(), it->second.data() + it->second.size(), n.ordinal);
    if (const auto it = server.labels.find(std::string(LabelNode)); it != server.labels.end())
        n.name = it->second;
    n.plan = server.serverType;
    n.state = stateOf(server.status);
    if (!server.privateNet.empty())
        n.privateAddress = server.privateNet.front().ip;
    // The daemon listens on the private address only (a private-zone service never listens on
    // a public one); a server not yet on the network has no address.
    if (!n.privateAddress.empty())
        n.address = n.privateAddress + ":" + std::to_string(DaemonPort);
    if (const auto created = parseRfc3339(server.created))
        n.created = *created;
    n.started = n.created;
    return n;
}

Result<Server> HetznerProvider::serverOf(const std::string &cluster, const std::string &node)
{
    auto found = m_client.servers(nodeSelector(cluster, node));
    if (!found)
        return std::unexpected(found.error());
    for (Server &s : *found)
        if (s.status != ServerStatus::Deleting)
            return std::move(s);
    return noSuchNode(cluster, node);
}

Result<void> HetznerProvider::keepFloatingIp(const std::string &cluster)
{
    auto proxies =
        m_client.servers(std::string(LabelCluster) + "=" + cluster + "," + std::string(LabelPillar) + "=" +
                         std::string(topology::pillarName(topology::Pillar::Proxy)));
    if (!proxies)
        return std::unexpected(proxies.error());
    std::vector<std::pair<int, std::int64_t>> live;
    for (const Server &s : *proxies)
        if (s.status != ServerStatus::Deleting)
            live.emplace_back(nodeOf(s).ordinal, s.id);
    if (live.empty())
        return {};
    std::sort(live.begin(), live.end());
    std::vector<std::int64_t> ids;
    for (const auto &[ordinal, id] : live)
        ids.push_back(id);
    return resources(cluster).keepFloatingIpOn(ids.front(), ids);
}

Result<NodeInfo> HetznerProvider::createNode(const NodeSpec &spec)
{
    ClusterResources &cluster = resources(spec.cluster);
    auto placement = cluster.placementFor(spec.pillar, spec.ordinal);
    if (!placement)
        return std::unexpected(placement.error());
    std::string floatingIp;
    if (spec.pillar == topology::Pillar::Proxy) {
        auto ip = cluster.proxyFloatingIp();
        if (!ip)
            return std::unexpected(ip.error());
        floatingIp = ip->ip;
    }
    ServerCreate create;
    create.name = spec.name;
    create.serverType = spec.plan;
    create.image = m_options.image;
    create.location = m_options.layout.location;
    create.labels = spec.labels;
    create.labels[std::string(LabelCluster)] = spec.cluster;
    create.labels[std::string(LabelPillar)] = std::string(topology::pillarName(spec.pillar));
    create.labels[std::string(LabelNode)] = spec.name;
    create.labels[std::string(LabelOrdinal)] = std::to_string(spec.ordinal);
    if (m_options.userData) {
        auto userData = m_options.userData(spec, floatingIp);
        if (!userData)
            return std::unexpected(userData.error());
        create.userData = std::move(*userData);
    }
    create.sshKeys = placement->sshKeys;
    create.networks = {placement->network};
    create.firewalls = placement->firewalls;
    create.placementGroup = placement->placementGroup;
    const bool publicZone = topology::zoneOf(spec.pillar) == topology::Zone::Public;
    create.enableIpv4 = publicZone;
    create.enableIpv6 = publicZone;
    auto created = m_client.createServer(create);
    if (!created)
        return std::unexpected(created.error());
    if (auto done = m_client.waitForActions(created->actions); !done)
        return std::unexpected(done.error());
    // A server found from an earlier attempt may still be starting, or on its way to the network.
    auto running = m_client.waitForStatus(created->server.id, ServerStatus::Running);
    if (!running)
        return std::unexpected(running.error());
    if (spec.pillar == topology::Pillar::Proxy)
        if (auto kept = keepFloatingIp(spec.cluster); !kept)
            return std::unexpected(kept.error());
    NodeInfo node = nodeOf(*running);
    if (m_options.bootstrap)
        if (auto booted = m_options.bootstrap(spec, node); !booted)
            return std::unexpected(booted.error());
    return node;
}

Result<void> HetznerProvider::deleteNode(const std::string &cluster, const std::string &node)
{
    auto found = m_client.servers(nodeSelector(cluster, node));
    if (!found)
        return std::unexpected(found.error());
    bool proxy = false;
    for (const Server &s : *found) {
        proxy = proxy || nodeOf(s).pillar == topology::Pillar::Proxy;
        auto action = m_client.deleteServer(s.id);
        if (!action)
            return std::unexpected(action.error());
        if (*action)
            if (auto done = m_client.waitForActions({(*action)->id}); !done)
                return done;
    }
    // The floating IP leaves with a deleted proxy: another one takes it.
    if (proxy)
        return keepFloatingIp(cluster);
    return {};
}

Result<void> HetznerProvider::stopNode(const std::string &cluster, const std::string &node)
{
    auto server = serverOf(cluster, node);
    if (!server)
        return std::unexpected(server.error());
    if (server->status == ServerStatus::Off)
        return {};
    // A hard power-off: an ACPI shutdown's success does not mean the server is off.
    auto action = m_client.powerOff(server->id);
    if (!action)
        return std::unexpected(action.error());
    if (auto done = m_client.waitForActions({action->id}); !done)
        return done;
    auto off = m_client.waitForStatus(server->id, ServerStatus::Off);
    if (!off)
        return std::unexpected(off.error());
    return {};
}

Result<void> HetznerProvider::startNode(const std::string &cluster, const std::string &node)
{
    auto server = serverOf(cluster, node);
    if (!server)
        return std::unexpected(server.error());
    if (server->status != ServerStatus::Running) {
        auto action = m_client.powerOn(server->id);
        if (!action)
            return std::unexpected(action.error());
        if (auto done = m_client.waitForActions({action->id}); !done)
            return done;
    }
    auto running = m_client.waitForStatus(server->id, ServerStatus::Running);
    if (!running)
        return std::unexpected(running.error());
    return {};
}

Result<void> HetznerProvider::changePlan(const std::string &cluster, const std::string &node,
                                         const std::string &plan)
{
    auto server = serverOf(cluster, node);
    if (!server)
        return std::unexpected(server.error());
    if (server->serverType == plan)
        return {};
    if (server->status != ServerStatus::Off)
        return fail(ErrorCode::ProviderFailed,
                    Message{Ctx,
                            MB_TR_NOOP("mb::providers::hetzner",
                                       "Node %1 must be stopped before its plan can change (it is %2)."),
                            {node, std::string(serverStatusName(server->status))}});
    // Keeping the disk: a smaller plan stays possible later; the disk upgrade cannot be undone.
    auto action = m_client.changeType(server->id, plan, false);
    if (!action)
        return std::unexpected(action.error());
    return m_client.waitForActions({action->id});
}

Result<std::vector<NodeInfo>> HetznerProvider::listNodes(const std::string &cluster)
{
    auto servers = m_client.servers(std::string(LabelCluster) + "=" + cluster);
    if (!servers)
        return std::unexpected(servers.error());
    std::vector<NodeInfo> out;
    for (const Server &s : *servers)
        out.push_back(nodeOf(s));
    std::sort(out.begin(), out.end(), [](const NodeInfo &a, const NodeInfo &b) {
        return std::pair(a.pillar, a.ordinal) < std::pair(b.pillar, b.ordinal);
    });
    return out;
}

Result<std::optional<NodeInfo>> HetznerProvider::findNode(const std::string &cluster, const std::string &node)
{
    auto found = m_client.servers(nodeSelector(cluster, node));
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return std::optional<NodeInfo>();
    return std::optional(nodeOf(found->front()));
}

Result<void> HetznerProvider::removeCluster(const std::string &cluster)
{
    return resources(cluster).removeAll();
}

} // namespace mb::providers::hetzner
