// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ProviderFactory.h"

#include "base/Secret.h"
#include "providers/hetzner/HetznerProvider.h"
#include "providers/local/LocalProvider.h"

#include <cstdlib>

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

Result<std::string> cloudToken(const ProviderSettings &settings)
{
    if (!settings.tokenFile.empty())
        return readSecretFile(settings.tokenFile);
    const char *env = std::getenv("HCLOUD_TOKEN");
    if (env == nullptr || *env == '\0')
        return fail(ErrorCode::ProviderFailed,
                    Message{Ctx,
                            MB_TR_NOOP("mb::providers",
                                       "No Hetzner Cloud API token: set HCLOUD_TOKEN, or keep it in a file "
                                       "only you can read (mode 0600) and name that file."),
                            {}});
    return std::string(env);
}

namespace {

Result<std::unique_ptr<Provider>> makeHetzner(const ProviderSettings &settings)
{
    auto token = cloudToken(settings);
    if (!token)
        return std::unexpected(token.error());
    hetzner::HetznerProviderOptions options;
    if (!settings.endpoint.empty())
        options.api.endpoint = settings.endpoint;
    options.layout.location = settings.location;
    options.layout.networkCidr = settings.networkCidr;
    options.layout.safelist = settings.safelist;
    options.layout.sshPublicKey = settings.sshPublicKey;
    options.userData = settings.userData;
    options.bootstrap = settings.bootstrap;
    return std::make_unique<hetzner::HetznerProvider>(std::move(options), std::move(*token));
}

} // namespace

Result<std::unique_ptr<Provider>> makeProvider(const ProviderSettings &settings)
{
    if (settings.provider == "local")
        return makeLocal(settings);
    if (settings.provider == "hetzner")
        return makeHetzner(settings);
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
