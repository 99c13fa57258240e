// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LocalBootstrap.h"

#include "ClusterProvider.h"
#include "base/Secret.h"
#include "net/Pki.h"
#include "providers/local/LocalProvider.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace mb::api {

namespace {
constexpr const char *Ctx = "mb::api";

/**
 * As root, PostgreSQL and Redis run as their own users and must pass through every directory
 * above their node's (docs/pillars.md, "Where data and credentials live"): the first one that
 * others cannot enter is refused here, before anything is made, rather than as a component
 * that cannot start later.
 */
Result<void> checkTraversable(const std::filesystem::path &root)
{
    if (::geteuid() != 0)
        return {};
    std::error_code ec;
    for (std::filesystem::path p = std::filesystem::absolute(root, ec); !p.empty(); p = p.parent_path()) {
        struct stat st
        {};
        if (::stat(p.c_str(), &st) == 0 && (st.st_mode & S_IXOTH) == 0)
            return fail(
                ErrorCode::ProviderFailed,
                Message{Ctx,
                        MB_TR_NOOP("mb::api",
                                   "The clusters' directory %1 is inside %2, which only its owner may "
                                   "enter: PostgreSQL and Redis run as their own users and could not "
                                   "reach their data. Choose a directory others may pass through, "
                                   "e.g. /var/lib/madbase/clusters (--root or MADBASE_ROOT)."),
                        {root.string(), p.string()}});
        if (p == p.root_path())
            break;
    }
    return {};
}
} // namespace

Result<Bootstrapped> bootstrapLocal(const std::filesystem::path &root, const std::filesystem::path &binDir,
                                    const topology::Topology &topology, int heartbeatSeconds,
                                    const std::string &topologyFile)
{
    if (topology.provider != "local")
        return fail(
            ErrorCode::ProviderFailed,
            Message{Ctx,
                    MB_TR_NOOP("mb::api",
                               "Provider \"%1\" cannot be bootstrapped by this build yet; use \"local\"."),
                    {topology.provider}});
    const auto &system = topology.pillar(topology::Pillar::System);
    if (!system)
        return fail(
            ErrorCode::ProviderFailed,
            Message{Ctx, MB_TR_NOOP("mb::api", "The topology has no System pillar to bootstrap."), {}});
    if (ClusterRecord::load(root, topology.name))
        return fail(ErrorCode::ProviderFailed,
                    Message{Ctx,
                            MB_TR_NOOP("mb::api", "Cluster \"%1\" is already up; connect to it instead."),
                            {topology.name}});

    if (auto traversable = checkTraversable(root); !traversable)
        return std::unexpected(traversable.error());

    std::error_code ec;
    std::filesystem::create_directories(root / topology.name, ec);
    std::filesystem::permissions(root / topology.name, std::filesystem::perms::owner_all, ec);
    auto token = randomHex(32);
    if (!token)
        return std::unexpected(token.error());
    if (auto written = writeSecretFile(ClusterRecord::tokenPath(root, topology.name), *token); !written)
        return std::unexpected(written.error());

    providers::ProviderSettings settings;
    settings.provider = topology.provider;
    settings.root = root;
    settings.binDir = binDir;
    settings.heartbeatSeconds = heartbeatSeconds;
    auto provider = providers::makeProvider(settings);
    if (!provider)
        return std::unexpected(provider.error());

    providers::NodeSpec spec;
    spec.cluster = topology.name;
    spec.name = topology.name + "-system-1";
    spec.pillar = topology::Pillar::System;
    spec.ordinal = 1;
    spec.plan = system->plan;
    nlohmann::json extensions{{"system",
                               {{"apiTokenFile", ClusterRecord::tokenPath(root, topology.name).string()},
                                {"provider", "local"},
                                {"root", root.string()},
                                {"binDir", binDir.string()}}}};
    // What the topology says of metrics and logs, read by the System daemon when it starts
    // (docs/observability.md).
    auto &systemSettings = extensions["system"];
    if (!topology.observability.metricsRetention.empty())
        systemSettings["metricsRetention"] = topology.observability.metricsRetention;
    if (!topology.observability.lokiUrl.empty())
        systemSettings["lokiUrl"] = topology.observability.lokiUrl;
    spec.daemonExtensions = extensions.dump();
    // The cluster CA (docs/pillars.md, "TLS"): made here, once; the System node's control plane
    // signs the gateway's certificate with it, and the record keeps its certificate for clients
    // to pin from the first request on.
    auto ca = net::makeCertificateAuthority("MadBase cluster CA " + topology.name);
    if (!ca)
        return std::unexpected(ca.error());
    spec.dataFiles = {{"cluster-ca.pem", ca->certificatePem}, {"cluster-ca.key", ca->privateKeyPem}};
    auto node = (*provider)->createNode(spec);
    if (!node)
        return std::unexpected(node.error());

    Bootstrapped out;
    out.apiToken = *token;
    out.record = ClusterRecord{
        topology.name,
        topology.provider,
        "http://" + node->address,
        spec.name,
        topologyFile,
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count(),
        ca->certificatePem};
    if (auto saved = out.record.save(root); !saved)
        return std::unexpected(saved.error());
    return out;
}

Result<Bootstrapped> openLocal(const std::filesystem::path &root, const std::string &cluster)
{
    auto record = ClusterRecord::load(root, cluster);
    if (!record)
        return std::unexpected(record.error());
    auto token = readSecretFile(ClusterRecord::tokenPath(root, cluster));
    if (!token)
        return std::unexpected(token.error());
    return Bootstrapped{*record, *token};
}

Result<bool> startSystemIfDown(const std::filesystem::path &root, const std::string &cluster)
{
    auto record = ClusterRecord::load(root, cluster);
    if (!record)
        return std::unexpected(record.error());
    auto provider = clusterProvider(root, *record);
    if (!provider)
        return std::unexpected(provider.error());
    auto node = (*provider)->findNode(cluster, record->systemNode);
    if (!node)
        return std::unexpected(node.error());
    // Only a node meant to run: one stopped on purpose (a System resize under way) is left to
    // whoever stopped it.
    if (!*node || (*node)->state != providers::NodeState::Failed)
        return false;
    if (auto started = (*provider)->startNode(cluster, record->systemNode); !started)
        return std::unexpected(started.error());
    return true;
}

Result<ClusterRecord> pinLocalClusterCa(const std::filesystem::path &root, const std::string &cluster)
{
    auto record = ClusterRecord::load(root, cluster);
    if (!record || !record->caCertificate.empty() || record->provider != "local")
        return record;
    auto provider = clusterProvider(root, *record);
    const auto *local =
        provider ? dynamic_cast<const providers::local::LocalProvider *>(provider->get()) : nullptr;
    if (!local)
        return record;
    std::ifstream in(local->nodeDir(cluster, record->systemNode) / "data" / "cluster-ca.pem",
                     std::ios::binary);
    if (!in)
        return record;
    std::ostringstream pem;
    pem << in.rdbuf();
    if (pem.str().find("-----BEGIN CERTIFICATE-----") == std::string::npos)
        return record;
    record->caCertificate = pem.str();
    if (auto saved = record->save(root); !saved)
        return std::unexpected(saved.error());
    return record;
}

Teardown destroyLocal(const std::filesystem::path &root, const std::string &cluster)
{
    Teardown out;
    // A cluster whose record is gone (a bootstrap killed before it wrote one) is a local one.
    ClusterRecord record;
    record.name = cluster;
    record.provider = "local";
    if (auto loaded = ClusterRecord::load(root, cluster))
        record = *loaded;
    auto made = clusterProvider(root, record);
    if (!made) {
        out.failures.push_back(made.error());
        return out;
    }
    providers::Provider &provider = **made;
    auto nodes = provider.listNodes(cluster);
    if (!nodes) {
        out.failures.push_back(nodes.error());
        return out;
    }
    const std::string system = cluster + "-system-1";
    if (std::any_of(nodes->begin(), nodes->end(), [&](const auto &n) { return n.name == system; }))
        if (auto stopped = provider.stopNode(cluster, system); !stopped)
            out.failures.push_back(stopped.error());
    // The nodes go in parallel: each stop waits for its daemon to exit, and one after another a
    // 50-node cluster took over a second. Reported newest first, as they are listed.
    std::vector<std::string> names;
    for (auto it = nodes->rbegin(); it != nodes->rend(); ++it)
        names.push_back(it->name);
    std::vector<Result<void>> results(names.size());
    std::atomic<std::size_t> next{0};
    {
        std::vector<std::jthread> workers;
        for (std::size_t t = 0; t < std::min<std::size_t>(16, names.size()); ++t)
            workers.emplace_back([&] {
                for (std::size_t i = next++; i < names.size(); i = next++)
                    results[i] = provider.deleteNode(cluster, names[i]);
            });
    }
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (!results[i])
            out.failures.push_back(results[i].error());
        else
            out.removed.push_back(names[i]);
    }
    if (!out.failures.empty())
        return out;
    if (auto *local = dynamic_cast<providers::local::LocalProvider *>(&provider)) {
        if (auto removed = local->removeClusterDir(cluster); !removed)
            out.failures.push_back(removed.error());
    } else if (auto shared = provider.removeCluster(cluster); !shared) {
        out.failures.push_back(shared.error());
    } else {
        std::error_code ec;
        std::filesystem::remove_all(root / cluster, ec);
        if (ec)
            out.failures.push_back(
                fail(ErrorCode::IoWrite, Message{Ctx,
                                                 MB_TR_NOOP("mb::api", "Could not remove %1: %2"),
                                                 {(root / cluster).string(), ec.message()}})
                    .error());
    }
    return out;
}

} // namespace mb::api
