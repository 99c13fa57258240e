// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ConnectionTest.h"

#include "common/CoreText.h"
#include "providers/hetzner/HetznerClient.h"

#include <QCoreApplication>

#include <cmath>

namespace mb::studio {

ConnectionReport testHetznerConnection(const QString &endpoint, const QString &token)
{
    using namespace providers::hetzner;
    ConnectionReport report;
    if (token.trimmed().isEmpty()) {
        report.message = ConnectionReport::tr("Enter the project's API token first.");
        return report;
    }
    ApiOptions options;
    if (!endpoint.trimmed().isEmpty())
        options.endpoint = endpoint.trimmed().toStdString();
    options.maxAttempts = 1;
    options.requestTimeout = std::chrono::seconds{15};
    HetznerClient client(options, token.trimmed().toStdString());
    const auto servers = client.servers();
    const RateBudget budget = client.transport().budget();
    report.limit = budget.limit;
    report.remaining = budget.limit > 0 ? static_cast<int>(std::floor(budget.tokens)) : 0;
    if (servers) {
        report.outcome = ConnectionReport::Outcome::Connected;
        for (const Server &s : *servers)
            report.servers.append({QString::fromStdString(s.name), QString::fromStdString(s.serverType),
                                   QString::fromStdString(s.location),
                                   QString::fromUtf8(serverStatusName(s.status)),
                                   QString::fromStdString(s.ipv4)});
        report.message = servers->empty() ? ConnectionReport::tr("Connected. The project has no servers yet.")
                                          : ConnectionReport::tr("Connected. The project has %n server(s).",
                                                                 nullptr, static_cast<int>(servers->size()));
        return report;
    }
    const Error &error = servers.error();
    const QString why = app::translated(error.message);
    if (error.code == ErrorCode::NetConnect || error.code == ErrorCode::NetTimeout ||
        error.code == ErrorCode::NetTls || error.code == ErrorCode::NetRequest) {
        report.outcome = ConnectionReport::Outcome::Unreachable;
        report.message = ConnectionReport::tr(
                             "Cannot reach the Hetzner API at %1. Check the network and the endpoint. (%2)")
                             .arg(QString::fromStdString(options.endpoint), why);
    } else if (error.providerCode == "unauthorized") {
        report.outcome = ConnectionReport::Outcome::Unauthorized;
        report.message = ConnectionReport::tr(
                             "The token was refused: %1 Create a read & write token in the Hetzner Console "
                             "(Security → API tokens) and paste it here.")
                             .arg(why);
    } else if (error.providerCode == "rate_limit_exceeded") {
        report.outcome = ConnectionReport::Outcome::RateLimited;
        report.message = ConnectionReport::tr(
                             "The project's API budget is spent for now (%1). Try again in a few minutes.")
                             .arg(why);
    } else {
        report.message = why;
    }
    return report;
}

} // namespace mb::studio
