// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ClusterProvider.h"

#include "providers/local/LocalProvider.h"

namespace mb::api {

providers::ProviderSettings clusterProviderSettings(const std::filesystem::path &root,
                                                    const ClusterRecord &record, int heartbeatSeconds)
{
    providers::ProviderSettings settings;
    settings.provider = record.provider.empty() ? std::string("local") : record.provider;
    settings.root = root;
    settings.binDir = providers::local::LocalProvider::executableDir();
    settings.heartbeatSeconds = heartbeatSeconds;
    settings.endpoint = record.endpoint;
    settings.tokenFile = record.tokenFile;
    settings.location = record.location;
    return settings;
}

Result<std::unique_ptr<providers::Provider>>
clusterProvider(const std::filesystem::path &root, const ClusterRecord &record, int heartbeatSeconds)
{
    return providers::makeProvider(clusterProviderSettings(root, record, heartbeatSeconds));
}

Result<void> resizeSystemNode(providers::Provider &provider, const std::string &cluster,
                              const std::string &node, const std::string &plan,
                              const std::function<void(SystemResizeStep)> &progress)
{
    const auto tell = [&](SystemResizeStep step) {
        if (progress)
            progress(step);
    };
    tell(SystemResizeStep::Stopping);
    if (auto stopped = provider.stopNode(cluster, node); !stopped)
        return stopped;
    tell(SystemResizeStep::ChangingPlan);
    if (auto changed = provider.changePlan(cluster, node, plan); !changed)
        return changed;
    tell(SystemResizeStep::Starting);
    return provider.startNode(cluster, node);
}

} // namespace mb::api
