// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ProviderFactory.h"

#include "providers/local/LocalProvider.h"

namespace mb::providers {

namespace {
constexpr const char *Ctx = "mb::providers";

Result<std::unique_ptr<Provider>> makeLocal(const ProviderSettings &settings)
{
    if (settings.root.empty() || settings.binDir.empty())
        return fail(ErrorCode::ProviderFailed,
                    Message{Ctx,
                            MB_TR_NOOP("mb::providers",
                                       "The local provider needs the clusters' directory and the directory "
                                       "of the daemons."),
                            {}});
    local::LocalProviderOptions options;
    options.root = settings.root;
    options.binDir = settings.binDir;
    if (settings.heartbeatSeconds > 0)
        options.heartbeatSeconds = settings.heartbeatSeconds;
    options.spawnServers = settings.spawnServers;
    return std::make_unique<local::LocalProvider>(options);
}
} // namespace

Result<std::unique_ptr<Provider>> makeProvider(const ProviderSettings &settings)
{
    if (settings.provider == "local")
        return makeLocal(settings);
    return fail(
        ErrorCode::ProviderFailed,
        Message{Ctx,
                MB_TR_NOOP("mb::providers",
                           "Provider \"%1\" is unknown: use \"local\" (this machine) or \"hetzner\"."),
                {settings.provider}});
}

std::filesystem::path clusterSecretFile(const ProviderSettings &settings, const std::string &cluster)
{
    return settings.root / cluster / "agent.token";
}

} // namespace mb::providers
