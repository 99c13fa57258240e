// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "MetricsDashboard.h"

#include "MetricsChart.h"
#include "MetricsStep.h"

#include <QGridLayout>

namespace mb::studio {

QString noDataText(const ApiFailure &failure, bool seriesExist)
{
    switch (failure.kind) {
    case ApiFailure::Kind::NotConnected:
        return MetricsDashboard::tr("No data: not connected to a cluster.");
    case ApiFailure::Kind::StoreDown:
        return MetricsDashboard::tr("No data: the metrics store does not answer (%1)").arg(failure.message);
    case ApiFailure::Kind::BadQuery:
    case ApiFailure::Kind::Other:
        return MetricsDashboard::tr("No data: %1").arg(failure.message);
    case ApiFailure::Kind::None:
        break;
    }
    return seriesExist ? MetricsDashboard::tr("No data in this time range.")
                       : MetricsDashboard::tr("No data: no such series in the last 7 days.");
}

MetricsDashboard::MetricsDashboard(ClientSource client, QWidget *parent)
    : QWidget(parent)
    , m_client(std::move(client))
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
}

void MetricsDashboard::setScope(const DashboardScope &scope)
{
    if (scope == m_scope && !m_charts.isEmpty())
        return;
    m_scope = scope;
    rebuild();
}

void MetricsDashboard::rebuild()
{
    qDeleteAll(m_charts);
    m_charts.clear();
    ++m_generation;
    m_panels = dashboardPanels(m_scope);
    for (qsizetype i = 0; i < m_panels.size(); ++i) {
        auto *chart = new MetricsChart(m_panels.at(i).title, m_panels.at(i).unit, this);
        m_grid->addWidget(chart, int(i / 2), int(i % 2));
        m_charts.append(chart);
    }
}

void MetricsDashboard::refresh(qint64 startMs, qint64 endMs)
{
    const int generation = ++m_generation;
    m_startMs = startMs;
    m_endMs = endMs;
    const int width =
        m_charts.isEmpty() ? 600 : std::max(100, int(m_charts.first()->chart()->plotArea().width()));
    const qint64 step = chooseStep((endMs - startMs) / 1000, width);
    m_lastStep = step;
    m_answers.clear();
    m_pending = 0;
    for (qsizetype p = 0; p < m_panels.size(); ++p) {
        m_answers.append(QList<PromResult>(m_panels.at(p).queries.size()));
        m_pending += int(m_panels.at(p).queries.size());
    }
    for (qsizetype p = 0; p < m_panels.size(); ++p) {
        for (qsizetype q = 0; q < m_panels.at(p).queries.size(); ++q) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("query"),
                               instantiate(m_panels.at(p).queries.at(q).expr, m_scope, step));
            query.addQueryItem(QStringLiteral("start"), QString::number(startMs / 1000));
            query.addQueryItem(QStringLiteral("end"), QString::number(endMs / 1000));
            query.addQueryItem(QStringLiteral("step"), QString::number(step));
            fetchDecoded<PromResult>(m_client(), QStringLiteral("/v1/metrics/query_range"), query, this,
                                     decodePromResult, [this, p, q, generation](PromResult result) {
                                         if (generation != m_generation)
                                             return;
                                         m_answers[p][q] = std::move(result);
                                         --m_pending;
                                         panelAnswered(int(p), generation);
                                     });
        }
    }
}

void MetricsDashboard::panelAnswered(int panel, int generation)
{
    const QList<PromResult> &answers = m_answers.at(panel);
    const PanelDef &def = m_panels.at(panel);
    const bool complete = std::all_of(answers.begin(), answers.end(), [](const PromResult &r) {
        return r.failure.failed() || !r.resultType.isEmpty();
    });
    if (!complete)
        return;
    MetricsChart *chart = m_charts.at(panel);
    QList<ChartLine> lines;
    ApiFailure failure;
    for (qsizetype q = 0; q < answers.size(); ++q) {
        if (answers.at(q).failure.failed()) {
            failure = answers.at(q).failure;
            continue;
        }
        for (const PromSeries &series : answers.at(q).series) {
            QStringList names;
            for (const QString &label : def.queries.at(q).legendLabels)
                names.append(series.labels.value(label));
            lines.append({def.queries.at(q).legendPrefix + names.join(u'/'), series.points});
        }
    }
    const bool hasPoints =
        std::any_of(lines.begin(), lines.end(), [](const ChartLine &l) { return !l.points.isEmpty(); });
    if (hasPoints) {
        chart->setLines(lines, m_startMs, m_endMs, m_lastStep * 1000);
    } else if (failure.failed()) {
        chart->setNoData(noDataText(failure, false));
    } else {
        // Empty: does the series exist at all?
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("query"),
                           existenceProbe(instantiate(def.queries.first().expr, m_scope, m_lastStep)));
        fetchDecoded<PromResult>(m_client(), QStringLiteral("/v1/metrics/query"), query, this,
                                 decodePromResult, [this, panel, generation](const PromResult &probe) {
                                     if (generation != m_generation)
                                         return;
                                     m_charts.at(panel)->setNoData(noDataText(probe.failure, !probe.empty()));
                                 });
    }
    if (m_pending == 0)
        Q_EMIT refreshed();
}

} // namespace mb::studio
