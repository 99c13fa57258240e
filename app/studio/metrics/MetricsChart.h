// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "MetricUnits.h"
#include "PromResult.h"

#include <QChartView>
#include <QList>

QT_BEGIN_NAMESPACE
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace mb::studio {

/// One named line of a chart: its legend text and its points (unix ms, value).
struct ChartLine
{
    QString name;
    QList<QPointF> points;
};

/**
 * One chart of a dashboard or of a PromQL answer: time on x, values in `unit` on y with the axis
 * scaled to a readable prefix (GiB, MiB/s, k/s), a legend, and the value under the cursor as a
 * tooltip. A series that stops reporting for more than 2.5 steps is drawn with a gap there.
 *
 * setLines() reuses the chart's line series and gives each its points with one replace(), so a
 * refresh redraws once. With no points, the chart shows why (setNoData).
 */
class MetricsChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsChart)

public:
    explicit MetricsChart(const QString &title, MetricUnit unit, QWidget *parent = nullptr);

    void setUnit(MetricUnit unit);
    /// The lines over [startMs, endMs], sampled every stepMs.
    void setLines(const QList<ChartLine> &lines, qint64 startMs, qint64 endMs, qint64 stepMs);
    /// Empties the chart and shows `reason` in its place ("No data: …").
    void setNoData(const QString &reason);
    [[nodiscard]] QString noDataReason() const { return m_noData; }
    /// The series drawn now (a line with gaps is several), for tests and benchmarks.
    [[nodiscard]] int drawnSeriesCount() const;
    /// How many points the chart holds in all.
    [[nodiscard]] qsizetype pointCount() const;
    /// The text a hover at (x ms, y scaled) on `line` shows.
    [[nodiscard]] QString hoverText(const QString &line, const QPointF &point) const;
    /// Sparkline mode: no axes, legend or title (the pillar cards' CPU).
    void setCompact(bool compact);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    QLineSeries *seriesAt(int index);

    MetricUnit m_unit;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QList<QLineSeries *> m_series;
    QString m_noData;
    double m_scale = 1.0;
    bool m_compact = false;
};

} // namespace mb::studio
