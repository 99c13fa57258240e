// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ProviderCommands.h"

#include "Ctl.h"
#include "common/CoreText.h"
#include "providers/Provider.h"
#include "providers/ProviderFactory.h"
#include "providers/hetzner/HetznerClient.h"

namespace mb::ctl {

int providersTestCommand(const QString &endpoint, const QString &tokenFile, Context &ctx)
{
    providers::ProviderSettings settings;
    settings.provider = "hetzner";
    settings.tokenFile = tokenFile.toStdString();
    auto token = providers::cloudToken(settings);
    if (!token) {
        ctx.err << QStringLiteral("madbasectl: ") << app::describe(token.error()) << '\n';
        return ExitInvalid;
    }
    providers::hetzner::ApiOptions options;
    if (!endpoint.isEmpty())
        options.endpoint = endpoint.toStdString();
    providers::hetzner::HetznerClient client(options, *token);
    auto servers = client.servers();
    if (!servers) {
        ctx.err << QStringLiteral("madbasectl: ") << app::describe(servers.error()) << '\n';
        return ExitInvalid;
    }
    const auto budget = client.transport().budget();
    ctx.out << Ctl::tr("The Hetzner Cloud API at %1 accepts the token (%2 of %3 requests left this hour).")
                   .arg(app::fromStd(options.endpoint))
                   .arg(static_cast<int>(budget.tokens))
                   .arg(budget.limit)
            << '\n'
            << Ctl::tr("The project has %n server(s).", nullptr, static_cast<int>(servers->size())) << '\n';
    if (servers->empty())
        return ExitOk;
    TextTable table(
        {Ctl::tr("SERVER"), Ctl::tr("STATUS"), Ctl::tr("TYPE"), Ctl::tr("CLUSTER"), Ctl::tr("PILLAR")});
    const auto label = [](const providers::hetzner::Server &s, std::string_view key) {
        const auto it = s.labels.find(std::string(key));
        return it == s.labels.end() ? QStringLiteral("-") : app::fromStd(it->second);
    };
    for (const auto &s : *servers)
        table.addRow({app::fromStd(s.name),
                      app::fromStd(std::string(providers::hetzner::serverStatusName(s.status))),
                      app::fromStd(s.serverType), label(s, providers::LabelCluster),
                      label(s, providers::LabelPillar)});
    table.print(ctx.out);
    return ExitOk;
}

} // namespace mb::ctl
