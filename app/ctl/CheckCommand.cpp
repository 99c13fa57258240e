// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "CheckCommand.h"

#include "ClusterSession.h"
#include "Ctl.h"
#include "api/ClusterCheck.h"
#include "api/LocalBootstrap.h"
#include "base/Secret.h"
#include "common/CoreText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mb::ctl {

int checkCommand(const ClusterOptions &options, Context &ctx)
{
    auto session = openCluster(options, ctx);
    if (!session)
        return ExitUsage;
    // The CA is pinned from the cluster's record; the first check after bootstrap keeps it there.
    const auto record = api::pinLocalClusterCa(session->root, session->record.name);
    if (!record) {
        ctx.err << QStringLiteral("madbasectl: ") << app::describe(record.error()) << '\n';
        return ExitInvalid;
    }
    auto token = readSecretFile(api::ClusterRecord::tokenPath(session->root, record->name));
    if (!token) {
        ctx.err << QStringLiteral("madbasectl: ") << app::describe(token.error()) << '\n';
        return ExitUsage;
    }
    const auto report = api::runClusterCheck({record->apiUrl, *token, record->caCertificate});
    if (!report) {
        ctx.err << QStringLiteral("madbasectl: ") << app::describe(report.error()) << '\n';
        return report.error().code == ErrorCode::NetRequest ? ExitInvalid : ExitUsage;
    }

    const bool allOk = report->ok();
    if (ctx.format == Format::Json) {
        QJsonArray list;
        for (const api::CheckHop &h : report->hops)
            list.append(QJsonObject{{QStringLiteral("hop"), QString::fromLatin1(api::checkHopName(h.kind))},
                                    {QStringLiteral("ok"), h.ok},
                                    {QStringLiteral("ms"), h.ms},
                                    {QStringLiteral("detail"), app::translated(h.detail)}});
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), allOk}, {QStringLiteral("hops"), list}})
                       .toJson(QJsonDocument::Indented);
        return allOk ? ExitOk : ExitInvalid;
    }
    TextTable table({Ctl::tr("HOP"), Ctl::tr("RESULT"), Ctl::tr("LATENCY"), Ctl::tr("DETAIL")},
                    {false, false, true, false});
    for (const api::CheckHop &h : report->hops)
        table.addRow({QString::fromLatin1(api::checkHopName(h.kind)),
                      h.ok ? Ctl::tr("ok") : Ctl::tr("FAILED"),
                      h.ms >= 0 ? QStringLiteral("%1 ms").arg(h.ms, 0, 'f', 1) : QStringLiteral("-"),
                      app::translated(h.detail)});
    table.print(ctx.out);
    if (const api::CheckHop *failed = report->failing()) {
        ctx.err << Ctl::tr("madbasectl: check failed at %1: %2")
                       .arg(QString::fromLatin1(api::checkHopName(failed->kind)),
                            app::translated(failed->detail))
                << '\n';
        return ExitInvalid;
    }
    ctx.out << Ctl::tr("Check passed: every hop answered.") << '\n';
    return ExitOk;
}

} // namespace mb::ctl
