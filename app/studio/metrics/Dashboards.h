// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "MetricUnits.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mb::studio {

/// What a dashboard shows: the whole cluster, one pillar, or one node.
struct DashboardScope
{
    enum class Kind
    {
        Cluster,
        Pillar,
        Node,
    };
    Kind kind = Kind::Cluster;
    QString cluster;
    QString name;   ///< the pillar ("worker") or node ("worker-1"); empty for the cluster
    QString pillar; ///< for a node: its pillar, which decides its component panels

    /// The label matchers every query of the dashboard carries: `cluster="c",node="n"`.
    [[nodiscard]] QString matchers() const;
    friend bool operator==(const DashboardScope &, const DashboardScope &) = default;
};

/// One query of a panel: its PromQL with `$sel` (the scope's matchers) and `$window` (the rate
/// window) to fill in, and the labels whose values name each series in the legend.
struct PanelQuery
{
    QString expr;
    QStringList legendLabels;
    QString legendPrefix; ///< "rx ", "tx " when one panel has two queries
};

/// One chart of a dashboard.
struct PanelDef
{
    QString title;
    MetricUnit unit = MetricUnit::Plain;
    QList<PanelQuery> queries;
    QStringList pillars; ///< the pillars whose components it shows; empty: every node has it
};

/// The panels of a dashboard for `scope`: host CPU, memory, disk, network and load for every scope,
/// the daemons' up and restarts, and the components' own series (HAProxy on the Proxy and State
/// nodes, the requests the proxies send to the workers) where the scope has them.
[[nodiscard]] QList<PanelDef> dashboardPanels(const DashboardScope &scope);

/// `expr` with `$sel` and `$window` replaced: the PromQL sent for a panel at `stepSeconds`.
[[nodiscard]] QString instantiate(const QString &expr, const DashboardScope &scope, qint64 stepSeconds);

/// The rate window for a step: at least three scrapes, at least one step.
[[nodiscard]] qint64 rateWindowSeconds(qint64 stepSeconds);

/// A query answering whether `expr` has any series in the last 7 days (VictoriaMetrics' retention):
/// empty when it has none, to tell "no such series" from "nothing in this range".
[[nodiscard]] QString existenceProbe(const QString &expr);

/// A label value quoted for PromQL: `"a\"b"`.
[[nodiscard]] QString promQuote(const QString &value);

} // namespace mb::studio
