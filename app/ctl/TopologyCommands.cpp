// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "TopologyCommands.h"

#include "Ctl.h"
#include "common/CoreText.h"
#include "topology/Cost.h"
#include "topology/PlanCatalogue.h"
#include "topology/Rules.h"
#include "topology/Topology.h"
#include "json/JsonLocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mb::ctl {

namespace {

using app::fromStd;
using app::translated;
using topology::Diagnostic;
using topology::Severity;

/// A finding with its place in the file, whatever produced it (parser or rules).
struct Finding
{
    Severity severity;
    QString code;
    QString message;        // in the user's language
    QString englishMessage; // for --format json
    QString pointer;
    int line = 0;
    int column = 0;
};

struct Checked
{
    std::optional<topology::Topology> topology;
    QList<Finding> findings;
};

Checked check(const QByteArray &text)
{
    Checked result;
    const std::string_view view(text.constData(), static_cast<std::size_t>(text.size()));
    auto parsed = topology::parseTopology(view);
    if (!parsed) {
        for (const Error &e : parsed.error())
            result.findings.append(Finding{Severity::Error, fromStd(std::string(errorCodeName(e.code))),
                                           translated(e.message), fromStd(e.message.text()),
                                           fromStd(e.pointer), e.line, e.column});
        return result;
    }
    const std::vector<Diagnostic> diagnostics =
        topology::validate(*parsed, topology::PlanCatalogue::builtin());
    const json::JsonLocator locator(view);
    for (const Diagnostic &d : diagnostics) {
        const json::TextPosition pos = locator.valuePosition(d.pointer);
        result.findings.append(Finding{d.severity, fromStd(d.code), translated(d.message),
                                       fromStd(d.message.text()), fromStd(d.pointer), pos.line, pos.column});
    }
    result.topology = std::move(*parsed);
    return result;
}

QString counts(qsizetype errors, qsizetype warnings, qsizetype infos)
{
    return Ctl::tr("%n error(s)", nullptr, static_cast<int>(errors)) + QStringLiteral(", ") +
           Ctl::tr("%n warning(s)", nullptr, static_cast<int>(warnings)) + QStringLiteral(", ") +
           Ctl::tr("%n info(s)", nullptr, static_cast<int>(infos));
}

QString money(topology::Micros amount, int decimals)
{
    return fromStd(topology::formatMoney(amount, decimals));
}

} // namespace

int validateCommand(const QStringList &files, Context &ctx)
{
    int worst = ExitOk;
    QJsonArray reports;
    for (const QString &file : files) {
        const auto text = readFileOrReport(file, ctx.err);
        if (!text) {
            worst = ExitUsage;
            continue;
        }
        const Checked checked = check(*text);
        qsizetype errors = 0, warnings = 0, infos = 0;
        QJsonArray diagnostics;
        for (const Finding &f : checked.findings) {
            (f.severity == Severity::Error ? errors : f.severity == Severity::Warning ? warnings : infos)++;
            if (ctx.format == Format::Json) {
                diagnostics.append(
                    QJsonObject{{QStringLiteral("severity"), fromStd(std::string(severityName(f.severity)))},
                                {QStringLiteral("code"), f.code},
                                {QStringLiteral("message"), f.englishMessage},
                                {QStringLiteral("pointer"), f.pointer},
                                {QStringLiteral("line"), f.line},
                                {QStringLiteral("column"), f.column}});
                continue;
            }
            const QString where =
                f.line > 0 ? QStringLiteral("%1:%2:%3").arg(file).arg(f.line).arg(f.column) : file;
            ctx.out << where << QStringLiteral(": ") << app::severityLabel(f.severity) << QStringLiteral(" [")
                    << f.code << QStringLiteral("] ") << f.message << QStringLiteral("\n    ")
                    << Ctl::tr("at %1").arg(f.pointer.isEmpty() ? QStringLiteral("/") : f.pointer) << '\n';
        }
        const bool valid = errors == 0;
        if (!valid && worst == ExitOk)
            worst = ExitInvalid;
        if (ctx.format == Format::Json) {
            reports.append(QJsonObject{{QStringLiteral("file"), file},
                                       {QStringLiteral("valid"), valid},
                                       {QStringLiteral("errors"), errors},
                                       {QStringLiteral("warnings"), warnings},
                                       {QStringLiteral("infos"), infos},
                                       {QStringLiteral("diagnostics"), diagnostics}});
        } else {
            ctx.out << (valid ? Ctl::tr("%1: valid (%2)") : Ctl::tr("%1: invalid (%2)"))
                           .arg(file, counts(errors, warnings, infos))
                    << '\n';
        }
    }
    if (ctx.format == Format::Json) {
        const QJsonValue value = reports.size() == 1 ? QJsonValue(reports.first()) : QJsonValue(reports);
        ctx.out << QJsonDocument(value.isArray() ? QJsonDocument(value.toArray())
                                                 : QJsonDocument(value.toObject()))
                       .toJson(QJsonDocument::Indented);
    }
    return worst;
}

int costCommand(const QString &file, Context &ctx)
{
    const auto text = readFileOrReport(file, ctx.err);
    if (!text)
        return ExitUsage;
    const Checked checked = check(*text);
    if (!checked.topology) {
        for (const Finding &f : checked.findings)
            ctx.out << QStringLiteral("%1:%2:%3: ").arg(file).arg(f.line).arg(f.column)
                    << app::severityLabel(f.severity) << QStringLiteral(" [") << f.code
                    << QStringLiteral("] ") << f.message << '\n';
        return ExitInvalid;
    }
    const topology::Topology &t = *checked.topology;
    const auto &catalogue = topology::PlanCatalogue::builtin();
    const topology::CostReport report = topology::estimateCost(t, catalogue);
    const qsizetype ruleErrors =
        std::count_if(checked.findings.begin(), checked.findings.end(),
                      [](const Finding &f) { return f.severity == Severity::Error; });

    if (ctx.format == Format::Json) {
        QJsonArray lines;
        for (const topology::CostLine &l : report.lines)
            lines.append(QJsonObject{
                {QStringLiteral("pillar"), l.pillar ? fromStd(std::string(topology::pillarName(*l.pillar)))
                                                    : QStringLiteral("network")},
                {QStringLiteral("item"), fromStd(l.label.text())},
                {QStringLiteral("plan"), fromStd(l.item)},
                {QStringLiteral("quantity"), l.quantity},
                {QStringLiteral("unitMonthly"), money(l.unit.monthly, 2)},
                {QStringLiteral("monthly"), money(l.total.monthly, 2)},
                {QStringLiteral("hourly"), money(l.total.hourly, 4)}});
        QJsonObject pillars;
        for (const auto p : topology::AllPillars)
            if (t.pillar(p))
                pillars.insert(
                    fromStd(std::string(topology::pillarName(p))),
                    QJsonObject{{QStringLiteral("monthly"), money(report.pillarTotal(p).monthly, 2)},
                                {QStringLiteral("hourly"), money(report.pillarTotal(p).hourly, 4)}});
        QJsonArray unpriced;
        for (const std::string &u : report.unpriced)
            unpriced.append(fromStd(u));
        const QJsonObject root{{QStringLiteral("file"), file},
                               {QStringLiteral("name"), fromStd(t.name)},
                               {QStringLiteral("provider"), fromStd(t.provider)},
                               {QStringLiteral("location"), fromStd(t.location)},
                               {QStringLiteral("currency"), fromStd(report.currency)},
                               {QStringLiteral("pricesTaken"), fromStd(report.pricesTaken)},
                               {QStringLiteral("lines"), lines},
                               {QStringLiteral("pillars"), pillars},
                               {QStringLiteral("unpriced"), unpriced},
                               {QStringLiteral("ruleErrors"), ruleErrors},
                               {QStringLiteral("total"),
                                QJsonObject{{QStringLiteral("monthly"), money(report.total.monthly, 2)},
                                            {QStringLiteral("hourly"), money(report.total.hourly, 4)}}}};
        ctx.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        ctx.out << Ctl::tr("Cost of \"%1\": %2 prices in %3, %4 without VAT, taken %5")
                       .arg(fromStd(t.name), fromStd(catalogue.provider()), fromStd(t.location),
                            fromStd(report.currency), fromStd(report.pricesTaken))
                << '\n';
        if (t.provider == "local")
            ctx.out
                << Ctl::tr(
                       "The local provider runs this cluster on this machine at no charge; the figures are "
                       "what it would cost on Hetzner.")
                << '\n';
        ctx.out << '\n';
        TextTable table({Ctl::tr("PILLAR"), Ctl::tr("ITEM"), Ctl::tr("UNIT/MONTH"), Ctl::tr("MONTHLY"),
                         Ctl::tr("HOURLY")},
                        {false, false, true, true, true});
        std::optional<topology::Pillar> current;
        bool first = true;
        auto subtotal = [&](topology::Pillar p) {
            table.addRow({QString(), Ctl::tr("subtotal"), QString(), money(report.pillarTotal(p).monthly, 2),
                          money(report.pillarTotal(p).hourly, 4)});
        };
        for (const topology::CostLine &l : report.lines) {
            if (l.pillar != current || first) {
                if (current)
                    subtotal(*current);
                if (!first)
                    table.addSeparator();
            }
            const bool newGroup = l.pillar != current || first;
            first = false;
            current = l.pillar;
            table.addRow({newGroup ? (l.pillar ? fromStd(std::string(topology::pillarName(*l.pillar)))
                                               : Ctl::tr("network"))
                                   : QString(),
                          translated(l.label), money(l.unit.monthly, 2), money(l.total.monthly, 2),
                          money(l.total.hourly, 4)});
        }
        table.addSeparator();
        table.addRow({Ctl::tr("TOTAL"), QString(), QString(), money(report.total.monthly, 2),
                      money(report.total.hourly, 4)});
        table.print(ctx.out);
        ctx.out
            << Ctl::tr(
                   "Billed hourly, capped at the monthly price. Traffic within the included volume is free.")
            << '\n';
    }
    int code = ExitOk;
    for (const std::string &u : report.unpriced) {
        ctx.err << Ctl::tr("madbasectl: cannot price %1: unknown plan or not offered there; it is left out "
                           "of the total.")
                       .arg(fromStd(u))
                << '\n';
        code = ExitInvalid;
    }
    if (ruleErrors > 0) {
        ctx.err
            << Ctl::tr(
                   "madbasectl: the topology has %n error(s); run \"madbasectl validate %1\" to see them.",
                   nullptr, static_cast<int>(ruleErrors))
                   .arg(file)
            << '\n';
        code = ExitInvalid;
    }
    return code;
}

int plansCommand(const QString &location, Context &ctx)
{
    const auto &catalogue = topology::PlanCatalogue::builtin();
    const std::string loc = location.toStdString();
    if (!location.isEmpty() && !catalogue.location(loc)) {
        QStringList known;
        for (const auto &l : catalogue.locations())
            known << fromStd(l.name);
        ctx.err << QStringLiteral("madbasectl: ")
                << Ctl::tr("unknown location \"%1\"; choose one of: %2")
                       .arg(location, known.join(QStringLiteral(", ")))
                << '\n';
        return ExitUsage;
    }
    auto priceOf = [&](const topology::ServerPlan &p) -> std::optional<topology::Price> {
        if (!location.isEmpty()) {
            const auto it = p.prices.find(loc);
            return it == p.prices.end() ? std::nullopt : std::optional(it->second);
        }
        std::optional<topology::Price> lowest;
        for (const auto &[where, price] : p.prices)
            if (!lowest || price.monthly < lowest->monthly)
                lowest = price;
        return lowest;
    };
    auto ram = [](double gb) { return QString::number(gb, 'g', 4); };

    if (ctx.format == Format::Json) {
        QJsonArray plans;
        for (const auto &p : catalogue.plans()) {
            if (!location.isEmpty() && !p.offeredIn(loc))
                continue;
            QJsonObject prices;
            for (const auto &[where, price] : p.prices)
                if (location.isEmpty() || where == loc)
                    prices.insert(fromStd(where),
                                  QJsonObject{{QStringLiteral("monthly"), money(price.monthly, 2)},
                                              {QStringLiteral("hourly"), money(price.hourly, 4)}});
            plans.append(QJsonObject{{QStringLiteral("name"), fromStd(p.name)},
                                     {QStringLiteral("vcpu"), p.vcpu},
                                     {QStringLiteral("ramGb"), p.ramGb},
                                     {QStringLiteral("diskGb"), p.diskGb},
                                     {QStringLiteral("architecture"), fromStd(p.architecture)},
                                     {QStringLiteral("cpuType"), fromStd(p.cpuType)},
                                     {QStringLiteral("prices"), prices}});
        }
        QJsonArray legacy;
        for (const auto &l : catalogue.legacy())
            legacy.append(
                QJsonObject{{QStringLiteral("name"), fromStd(l.name)},
                            {QStringLiteral("successor"), fromStd(l.successor)},
                            {QStringLiteral("current"), fromStd(catalogue.resolve(l.name)->plan->name)},
                            {QStringLiteral("unavailableAfter"), fromStd(l.unavailableAfter)}});
        ctx.out << QJsonDocument(
                       QJsonObject{{QStringLiteral("currency"), fromStd(catalogue.currency())},
                                   {QStringLiteral("pricesTaken"), fromStd(catalogue.pricesTaken())},
                                   {QStringLiteral("location"), location},
                                   {QStringLiteral("plans"), plans},
                                   {QStringLiteral("legacy"), legacy}})
                       .toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    ctx.out
        << (location.isEmpty()
                ? Ctl::tr(
                      "Server plans (%1 without VAT, prices taken %2; \"from\" is the lowest location price)")
                      .arg(fromStd(catalogue.currency()), fromStd(catalogue.pricesTaken()))
                : Ctl::tr("Server plans in %1 (%2 without VAT, prices taken %3)")
                      .arg(location, fromStd(catalogue.currency()), fromStd(catalogue.pricesTaken())))
        << "\n\n";
    TextTable table({Ctl::tr("PLAN"), Ctl::tr("VCPU"), Ctl::tr("RAM GB"), Ctl::tr("DISK GB"), Ctl::tr("ARCH"),
                     Ctl::tr("CPU"), location.isEmpty() ? Ctl::tr("FROM/MONTH") : Ctl::tr("MONTHLY"),
                     Ctl::tr("HOURLY"), Ctl::tr("LOCATIONS")},
                    {false, true, true, true, false, false, true, true, false});
    for (const auto &p : catalogue.plans()) {
        const auto price = priceOf(p);
        if (!price)
            continue;
        QStringList where;
        for (const auto &[name, unused] : p.prices)
            where << fromStd(name);
        table.addRow({fromStd(p.name), QString::number(p.vcpu), ram(p.ramGb), QString::number(p.diskGb),
                      fromStd(p.architecture), fromStd(p.cpuType), money(price->monthly, 2),
                      money(price->hourly, 4), where.join(u',')});
    }
    table.print(ctx.out);
    ctx.out << '\n'
            << Ctl::tr("Legacy names (accepted with a warning, replaced by their successor):") << '\n';
    for (const auto &l : catalogue.legacy())
        ctx.out << QStringLiteral("  %1 → %2")
                       .arg(fromStd(l.name), fromStd(catalogue.resolve(l.name)->plan->name))
                << QStringLiteral("  ") << Ctl::tr("(not sold after %1)").arg(fromStd(l.unavailableAfter))
                << '\n';
    return ExitOk;
}

} // namespace mb::ctl
