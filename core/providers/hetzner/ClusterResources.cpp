// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ClusterResources.h"

#include "providers/Provider.h"

#include <algorithm>

namespace mb::providers::hetzner {

namespace {

/// The first item of `items` named `name`, or nullptr.
template <typename T> const T *named(const std::vector<T> &items, const std::string &name)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const T &i) { return i.name == name; });
    return it == items.end() ? nullptr : &*it;
}

std::vector<FirewallRule> rulesFor(topology::Pillar pillar, const std::vector<std::string> &safelist)
{
    std::vector<FirewallRule> rules;
    const std::vector<std::string> world = {"0.0.0.0/0", "::/0"};
    if (pillar == topology::Pillar::System) {
        // Only SSH, and only from the safelist: the control plane's API is reached through an
        // SSH tunnel (docs/hetzner.md, "SSH and the tunnel").
        if (!safelist.empty())
            rules.push_back(FirewallRule{"in", "tcp", "22", safelist, {}, "SSH from the safelist"});
    } else {
        for (const char *port : {"80", "443"})
            rules.push_back(FirewallRule{"in", "tcp", port, world, {}, "the gateway"});
    }
    rules.push_back(FirewallRule{"in", "icmp", "", world, {}, "ping"});
    return rules;
}

} // namespace

ClusterResources::ClusterResources(HetznerClient &client, ClusterLayout layout)
    : m_client(client)
    , m_layout(std::move(layout))
{}

std::string ClusterResources::selector() const
{
    return std::string(LabelCluster) + "=" + m_layout.cluster;
}

Labels ClusterResources::labels() const
{
    return {{std::string(LabelCluster), m_layout.cluster}};
}

Result<std::int64_t> ClusterResources::network()
{
    std::lock_guard lock(m_mutex);
    if (m_network)
        return *m_network;
    auto existing = m_client.resources().networks(selector());
    if (!existing)
        return std::unexpected(existing.error());
    if (const Network *n = named(*existing, m_layout.cluster)) {
        m_network = n->id;
        return n->id;
    }
    NetworkCreate spec;
    spec.name = m_layout.cluster;
    spec.ipRange = m_layout.networkCidr;
    spec.labels = labels();
    spec.subnets.push_back(Subnet{"cloud", m_layout.networkCidr, m_layout.networkZone, {}});
    auto made = m_client.resources().createNetwork(spec);
    if (!made)
        return std::unexpected(made.error());
    m_network = made->id;
    return made->id;
}

Result<std::optional<std::int64_t>> ClusterResources::firewallFor(topology::Pillar pillar)
{
    // Private servers have no public interface; the API refuses firewalls on them
    // (`private_net_only_server`), and traffic on the cluster network is not filtered anyway.
    if (topology::zoneOf(pillar) == topology::Zone::Private)
        return std::optional<std::int64_t>();
    const std::string name =
        m_layout.cluster + "-" + (pillar == topology::Pillar::System ? "system" : "gateway");
    std::lock_guard lock(m_mutex);
    if (const auto it = m_firewalls.find(name); it != m_firewalls.end())
        return std::optional(it->second);
    auto existing = m_client.resources().firewalls(selector());
    if (!existing)
        return std::unexpected(existing.error());
    std::int64_t id = 0;
    if (const Firewall *f = named(*existing, name)) {
        id = f->id;
    } else {
        auto made = m_client.resources().createFirewall(name, rulesFor(pillar, m_layout.safelist), labels());
        if (!made)
            return std::unexpected(made.error());
        if (auto done = m_client.waitForActions(made->actions); !done)
            return std::unexpected(done.error());
        id = made->value.id;
    }
    m_firewalls[name] = id;
    return std::optional(id);
}

Result<std::int64_t> ClusterResources::placementGroup(const std::string &name)
{
    std::lock_guard lock(m_mutex);
    if (const auto it = m_groups.find(name); it != m_groups.end())
        return it->second;
    auto existing = m_client.resources().placementGroups(selector());
    if (!existing)
        return std::unexpected(existing.error());
    std::int64_t id = 0;
    if (const PlacementGroup *g = named(*existing, name)) {
        id = g->id;
    } else {
        auto made = m_client.resources().createPlacementGroup(name, labels());
        if (!made)
            return std::unexpected(made.error());
        id = made->id;
    }
    m_groups[name] = id;
    return id;
}

Result<std::string> ClusterResources::sshKey()
{
    std::lock_guard lock(m_mutex);
    if (m_sshKey)
        return *m_sshKey;
    if (m_layout.sshPublicKey.empty()) {
        m_sshKey = std::string();
        return *m_sshKey;
    }
    // A project holds a key once (by fingerprint): one uploaded before, under any name, is used.
    const auto keyPart = [](const std::string &line) {
        return line.substr(0, line.find(' ', line.find(' ') + 1));
    };
    auto existing = m_client.resources().sshKeys();
    if (!existing)
        return std::unexpected(existing.error());
    for (const SshKey &k : *existing)
        if (k.name == m_layout.cluster || keyPart(k.publicKey) == keyPart(m_layout.sshPublicKey)) {
            m_sshKey = k.name;
            return *m_sshKey;
        }
    auto made = m_client.resources().createSshKey(m_layout.cluster, m_layout.sshPublicKey, labels());
    if (!made)
        return std::unexpected(made.error());
    m_sshKey = made->name;
    return *m_sshKey;
}

Result<ServerPlacement> ClusterResources::placementFor(topology::Pillar pillar, int ordinal)
{
    ServerPlacement out;
    auto net = network();
    if (!net)
        return std::unexpected(net.error());
    out.network = *net;
    auto firewall = firewallFor(pillar);
    if (!firewall)
        return std::unexpected(firewall.error());
    if (*firewall)
        out.firewalls.push_back(**firewall);
    // Ordinals 1–10 share group 1, 11–20 group 2, …: a pillar beyond ten servers is split.
    const int group = (std::max(ordinal, 1) - 1) / PlacementGroupSize + 1;
    auto pg = placementGroup(m_layout.cluster + "-" + std::string(topology::pillarName(pillar)) + "-" +
                             std::to_string(group));
    if (!pg)
        return std::unexpected(pg.error());
    out.placementGroup = *pg;
    auto key = sshKey();
    if (!key)
        return std::unexpected(key.error());
    if (!key->empty())
        out.sshKeys.push_back(*key);
    return out;
}

Result<FloatingIp> ClusterResources::proxyFloatingIp()
{
    std::lock_guard lock(m_mutex);
    const std::string name = m_layout.cluster + "-gateway";
    auto existing = m_client.resources().floatingIps(selector());
    if (!existing)
        return std::unexpected(existing.error());
    if (const FloatingIp *ip = named(*existing, name))
        return *ip;
    auto made = m_client.resources().createFloatingIp(name, "ipv4", m_layout.location, labels());
    if (!made)
        return std::unexpected(made.error());
    if (auto done = m_client.waitForActions(made->actions); !done)
        return std::unexpected(done.error());
    return made->value;
}

Result<void> ClusterResources::keepFloatingIpOn(std::int64_t server, const std::vector<std::int64_t> &proxies)
{
    auto ip = proxyFloatingIp();
    if (!ip)
        return std::unexpected(ip.error());
    if (ip->server && std::find(proxies.begin(), proxies.end(), *ip->server) != proxies.end())
        return {};
    auto assigned = m_client.resources().assignFloatingIp(ip->id, server);
    if (!assigned)
        return std::unexpected(assigned.error());
    return m_client.waitForActions({assigned->id});
}

Result<void> ClusterResources::removeAll()
{
    std::lock_guard lock(m_mutex);
    auto &r = m_client.resources();
    auto ips = r.floatingIps(selector());
    if (!ips)
        return std::unexpected(ips.error());
    for (const FloatingIp &ip : *ips) {
        if (ip.server)
            if (auto un = r.unassignFloatingIp(ip.id); un)
                (void)m_client.waitForActions({un->id});
        if (auto gone = r.deleteFloatingIp(ip.id); !gone)
            return gone;
    }
    auto firewalls = r.firewalls(selector());
    if (!firewalls)
        return std::unexpected(firewalls.error());
    for (const Firewall &f : *firewalls)
        if (auto gone = r.deleteFirewall(f.id); !gone)
            return gone;
    auto groups = r.placementGroups(selector());
    if (!groups)
        return std::unexpected(groups.error());
    for (const PlacementGroup &g : *groups)
        if (auto gone = r.deletePlacementGroup(g.id); !gone)
            return gone;
    auto networks = r.networks(selector());
    if (!networks)
        return std::unexpected(networks.error());
    for (const Network &n : *networks)
        if (auto gone = r.deleteNetwork(n.id); !gone)
            return gone;
    auto keys = r.sshKeys(selector());
    if (!keys)
        return std::unexpected(keys.error());
    for (const SshKey &k : *keys)
        if (auto gone = r.deleteSshKey(k.id); !gone)
            return gone;
    m_network.reset();
    m_firewalls.clear();
    m_groups.clear();
    m_sshKey.reset();
    return {};
}

} // namespace mb::providers::hetzner
