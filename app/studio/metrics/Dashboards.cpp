// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Dashboards.h"

#include "MetricsStep.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace mb::studio {

QString promQuote(const QString &value)
{
    QString out = value;
    out.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'\n', QStringLiteral("\\n"));
    return u'"' + out + u'"';
}

QString DashboardScope::matchers() const
{
    QString out = QStringLiteral("cluster=") + promQuote(cluster);
    if (kind == Kind::Pillar)
        out += QStringLiteral(",pillar=") + promQuote(name);
    else if (kind == Kind::Node)
        out += QStringLiteral(",node=") + promQuote(name);
    return out;
}

qint64 rateWindowSeconds(qint64 stepSeconds)
{
    return std::max(stepSeconds, 3 * ScrapeIntervalSeconds);
}

QString instantiate(const QString &expr, const DashboardScope &scope, qint64 stepSeconds)
{
    QString out = expr;
    out.replace(QStringLiteral("$window"), QString::number(rateWindowSeconds(stepSeconds)) + u's');
    out.replace(QStringLiteral("$sel"), scope.matchers());
    return out;
}

QString existenceProbe(const QString &expr)
{
    // The first selector of the query, taken as it is: whether its series exist does not depend on
    // the functions around it (a rate over a short window may be empty where the samples are not).
    static const QRegularExpression selector(QStringLiteral(R"(([a-zA-Z_:][a-zA-Z0-9_:]*)?\{[^{}]*\})"));
    static const QRegularExpression bareName(QStringLiteral(R"(^\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\s*$)"));
    QRegularExpressionMatch match = selector.match(expr);
    if (!match.hasMatch())
        match = bareName.match(expr);
    if (match.hasMatch())
        return QStringLiteral("count(last_over_time(%1[7d]))").arg(match.captured(0).trimmed());
    return QStringLiteral("count(last_over_time((%1)[7d:1h]))").arg(expr);
}

QList<PanelDef> dashboardPanels(const DashboardScope &scope)
{
    const QStringList byNode{QStringLiteral("node")};
    QList<PanelDef> all{
        {QCoreApplication::translate("mb::studio::Dashboards", "CPU"),
         MetricUnit::Percent,
         {{QStringLiteral(
               "100 * (1 - avg by (node) (rate(node_cpu_seconds_total{mode=\"idle\",$sel}[$window])))"),
           byNode,
           {}}},
         {}},
        {QCoreApplication::translate("mb::studio::Dashboards", "Memory used"),
         MetricUnit::Bytes,
         {{QStringLiteral(
               "max by (node) (node_memory_MemTotal_bytes{$sel} - node_memory_MemAvailable_bytes{$sel})"),
           byNode,
           {}}},
         {}},
        {QCoreApplication::translate("mb::studio::Dashboards", "Disk used (fullest filesystem)"),
         MetricUnit::Percent,
         {{QStringLiteral("100 * max by (node) (1 - node_filesystem_avail_bytes{$sel} / "
                          "node_filesystem_size_bytes{$sel})"),
           byNode,
           {}}},
         {}},
        {QCoreApplication::translate("mb::studio::Dashboards", "Network in"),
         MetricUnit::BytesPerSecond,
         {{QStringLiteral(
               "sum by (node) (rate(node_network_receive_bytes_total{device!=\"lo\",$sel}[$window]))"),
           byNode,
           {}}},
         {}},
        {QCoreApplication::translate("mb::studio::Dashboards", "Network out"),
         MetricUnit::BytesPerSecond,
         {{QStringLiteral(
               "sum by (node) (rate(node_network_transmit_bytes_total{device!=\"lo\",$sel}[$window]))"),
           byNode,
           {}}},
         {}},
        {QCoreApplication::translate("mb::studio::Dashboards", "Load (1 min)"),
         MetricUnit::Plain,
         {{QStringLiteral("max by (node) (node_load1{$sel})"), byNode, {}}},
         {}},
        {QCoreApplication::translate("mb::studio::Dashboards", "Daemon up"),
         MetricUnit::Plain,
         {{QStringLiteral("max by (node) (madbase_up{$sel})"), byNode, {}}},
         {}},
        {QCoreApplication::translate("mb::studio::Dashboards", "Component restarts"),
         MetricUnit::Plain,
         {{QStringLiteral(
               "sum by (node, component) (increase(madbase_component_restarts_total{$sel}[$window]))"),
           {QStringLiteral("node"), QStringLiteral("component")},
           {}}},
         {}},
        {QCoreApplication::translate("mb::studio::Dashboards", "HAProxy requests"),
         MetricUnit::PerSecond,
         {{QStringLiteral("sum by (node, proxy) (rate(haproxy_frontend_http_requests_total{$sel}[$window]))"),
           {QStringLiteral("node"), QStringLiteral("proxy")},
           {}}},
         {QStringLiteral("proxy"), QStringLiteral("state")}},
        {QCoreApplication::translate("mb::studio::Dashboards", "HAProxy 5xx responses"),
         MetricUnit::PerSecond,
         {{QStringLiteral(
               "sum by (node) (rate(haproxy_frontend_http_responses_total{code=\"5xx\",$sel}[$window]))"),
           byNode,
           {}}},
         {QStringLiteral("proxy"), QStringLiteral("state")}},
        {QCoreApplication::translate("mb::studio::Dashboards", "HAProxy sessions"),
         MetricUnit::Plain,
         {{QStringLiteral("sum by (node, proxy) (haproxy_frontend_current_sessions{$sel})"),
           {QStringLiteral("node"), QStringLiteral("proxy")},
           {}}},
         {QStringLiteral("proxy"), QStringLiteral("state")}},
        {QCoreApplication::translate("mb::studio::Dashboards", "Worker requests (at the proxies)"),
         MetricUnit::PerSecond,
         {{QStringLiteral("sum by (node, proxy) (rate(haproxy_backend_http_requests_total{$sel}[$window]))"),
           {QStringLiteral("node"), QStringLiteral("proxy")},
           {}}},
         {QStringLiteral("proxy")}},
    };
    const QString pillar = scope.kind == DashboardScope::Kind::Pillar ? scope.name
                           : scope.kind == DashboardScope::Kind::Node ? scope.pillar
                                                                      : QString();
    QList<PanelDef> out;
    for (const PanelDef &panel : all)
        if (panel.pillars.isEmpty() || pillar.isEmpty() || panel.pillars.contains(pillar))
            out.append(panel);
    return out;
}

} // namespace mb::studio
