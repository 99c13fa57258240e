// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <map>
#include <optional>
#include <string>

namespace mb::studio {

/// Where the design's plans and prices come from: the list built into Studio, or the Hetzner
/// API (a project's live catalogue, cached with the time it was fetched), with the plans Hetzner
/// announced it will stop selling.
struct CatalogueOrigin
{
    enum class Kind
    {
        Builtin,
        Api,
    };
    Kind kind = Kind::Builtin;
    QString project;     ///< the Hetzner project it was fetched with (Api)
    QDateTime fetched;   ///< when (Api), UTC
    QString pricesTaken; ///< YYYY-MM-DD
    /// plan → location → the RFC 3339 time after which Hetzner no longer sells it there.
    std::map<std::string, std::map<std::string, std::string>> deprecated;

    /// When `plan` stops being sold in `location`, if Hetzner announced it.
    [[nodiscard]] std::optional<QString> deprecatedIn(const std::string &plan,
                                                      const std::string &location) const
    {
        const auto p = deprecated.find(plan);
        if (p == deprecated.end())
            return std::nullopt;
        const auto l = p->second.find(location);
        return l == p->second.end() ? std::nullopt
                                    : std::optional<QString>(QString::fromStdString(l->second));
    }

    /// "Prices from the Hetzner API (project prod), fetched 2026-12-02 16:50 UTC." or "… built-in
    /// list of 2026-06-01 …": for the cost panel.
    [[nodiscard]] QString describe() const
    {
        if (kind == Kind::Api)
            return tr("Prices from the Hetzner API (project %1), fetched %2 UTC, VAT excluded.")
                .arg(project, fetched.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        return tr("Prices from the list built into Studio, as of %1, VAT excluded.").arg(pricesTaken);
    }

    Q_DECLARE_TR_FUNCTIONS(mb::studio::CatalogueOrigin)
};

} // namespace mb::studio
