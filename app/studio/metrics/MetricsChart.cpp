// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "MetricsChart.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace mb::studio {

namespace {

constexpr qsizetype AntialiasedPoints = 4000;

const QList<QColor> &lineColours()
{
    static const QList<QColor> colours{QColor(0x1f77b4), QColor(0xff7f0e), QColor(0x2ca02c), QColor(0xd62728),
                                       QColor(0x9467bd), QColor(0x8c564b), QColor(0xe377c2), QColor(0x7f7f7f),
                                       QColor(0xbcbd22), QColor(0x17becf)};
    return colours;
}

/// The factor values are divided by on the axis, and the axis title's unit.
std::pair<double, QString> axisScale(double maxValue, MetricUnit unit)
{
    const double m = std::fabs(maxValue);
    const auto pick = [m](double base, const QStringList &names, const QString &suffix) {
        double factor = 1;
        qsizetype index = 0;
        while (m >= factor * base && index + 1 < names.size()) {
            factor *= base;
            ++index;
        }
        return std::pair<double, QString>{factor, names.at(index) + suffix};
    };
    switch (unit) {
    case MetricUnit::Percent:
        return {1.0, QStringLiteral("%")};
    case MetricUnit::Bytes:
        return pick(1024,
                    {QString(), QStringLiteral("Ki"), QStringLiteral("Mi"), QStringLiteral("Gi"),
                     QStringLiteral("Ti")},
                    MetricsChart::tr("B"));
    case MetricUnit::BytesPerSecond:
        return pick(1024,
                    {QString(), QStringLiteral("Ki"), QStringLiteral("Mi"), QStringLiteral("Gi"),
                     QStringLiteral("Ti")},
                    MetricsChart::tr("B/s"));
    case MetricUnit::PerSecond:
        return pick(1000, {QString(), QStringLiteral("k"), QStringLiteral("M"), QStringLiteral("G")},
                    MetricsChart::tr("/s"));
    case MetricUnit::Seconds:
        return m < 1 && m > 0 ? std::pair<double, QString>{0.001, MetricsChart::tr("ms")}
                              : std::pair<double, QString>{1.0, MetricsChart::tr("s")};
    case MetricUnit::Plain:
        break;
    }
    return pick(1000, {QString(), QStringLiteral("k"), QStringLiteral("M"), QStringLiteral("G")}, QString());
}

} // namespace

MetricsChart::MetricsChart(const QString &title, MetricUnit unit, QWidget *parent)
    : QChartView(parent)
    , m_unit(unit)
    , m_x(new QDateTimeAxis)
    , m_y(new QValueAxis)
{
    auto *c = new QChart;
    c->setTitle(title);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    m_x->setFormat(QStringLiteral("HH:mm"));
    m_x->setTickCount(5);
    m_y->setLabelFormat(QStringLiteral("%.3g"));
    m_y->setTickCount(5);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    setAccessibleName(title);
}

void MetricsChart::setUnit(MetricUnit unit)
{
    m_unit = unit;
}

void MetricsChart::setCompact(bool compact)
{
    m_compact = compact;
    chart()->legend()->setVisible(!compact);
    m_x->setVisible(!compact);
    m_y->setVisible(!compact);
    chart()->setMargins(compact ? QMargins() : QMargins(4, 4, 4, 4));
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setBackgroundRoundness(0);
    if (compact) {
        chart()->setTitle(QString());
        setMinimumHeight(0);
        setRenderHint(QPainter::Antialiasing, false);
    }
}

QLineSeries *MetricsChart::seriesAt(int index)
{
    while (m_series.size() <= index) {
        auto *series = new QLineSeries(this);
        chart()->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        connect(series, &QLineSeries::hovered, this, [this, series](const QPointF &point, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), hoverText(series->name(), point), this);
            else
                QToolTip::hideText();
        });
        m_series.append(series);
    }
    return m_series.at(index);
}

void MetricsChart::setLines(const QList<ChartLine> &lines, qint64 startMs, qint64 endMs, qint64 stepMs)
{
    m_noData.clear();
    double maxValue = 0;
    for (const ChartLine &line : lines)
        for (const QPointF &p : line.points)
            if (std::isfinite(p.y()))
                maxValue = std::max(maxValue, std::fabs(p.y()));
    auto [scale, suffix] = axisScale(maxValue, m_unit);
    m_scale = scale;
    m_y->setTitleText(m_compact ? QString() : suffix);
    const double top = maxValue / scale;
    m_y->setRange(0, m_unit == MetricUnit::Percent && top <= 100 ? std::max(1.0, std::ceil(top / 10) * 10)
                                                                 : (top > 0 ? top * 1.1 : 1.0));
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(startMs), QDateTime::fromMSecsSinceEpoch(endMs));
    m_x->setFormat(endMs - startMs > 2LL * 24 * 3600 * 1000 ? QStringLiteral("dd.MM HH:mm")
                                                            : QStringLiteral("HH:mm"));

    int used = 0;
    qsizetype drawnPoints = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ChartLine &line = lines.at(i);
        QList<QPointF> scaled;
        scaled.reserve(line.points.size());
        for (const QPointF &p : line.points)
            if (std::isfinite(p.y()))
                scaled.append(QPointF(p.x(), p.y() / scale));
        const QColor colour = lineColours().at(i % lineColours().size());
        const auto runs = splitAtGaps(scaled, 2.5 * double(std::max<qint64>(stepMs, 1)));
        for (qsizetype r = 0; r < runs.size(); ++r) {
            QLineSeries *series = seriesAt(used++);
            // Name, pen and legend change rarely: touching them relayouts the legend every refresh.
            if (series->name() != line.name)
                series->setName(line.name);
            if (series->pen().color() != colour) {
                QPen pen(colour);
                pen.setWidthF(m_compact ? 1.0 : 1.5);
                series->setPen(pen);
            }
            series->replace(runs.at(r));
            if (!series->isVisible())
                series->setVisible(true);
            const bool marked = r == 0 && !m_compact;
            const auto markers = chart()->legend()->markers(series);
            for (QLegendMarker *marker : markers)
                if (marker->isVisible() != marked)
                    marker->setVisible(marked);
            drawnPoints += runs.at(r).size();
        }
    }
    // Antialiasing costs most of a redraw of many points; dense charts go without it.
    setRenderHint(QPainter::Antialiasing, !m_compact && drawnPoints <= AntialiasedPoints);
    for (qsizetype i = used; i < m_series.size(); ++i) {
        if (m_series.at(i)->count() == 0 && !m_series.at(i)->isVisible())
            continue;
        m_series.at(i)->clear();
        m_series.at(i)->setVisible(false);
        for (QLegendMarker *marker : chart()->legend()->markers(m_series.at(i)))
            marker->setVisible(false);
    }
    viewport()->update();
}

void MetricsChart::setNoData(const QString &reason)
{
    for (QLineSeries *series : std::as_const(m_series)) {
        series->clear();
        series->setVisible(false);
        for (QLegendMarker *marker : chart()->legend()->markers(series))
            marker->setVisible(false);
    }
    m_noData = reason;
    viewport()->update();
}

int MetricsChart::drawnSeriesCount() const
{
    return int(
        std::count_if(m_series.begin(), m_series.end(), [](QLineSeries *s) { return s->count() > 0; }));
}

qsizetype MetricsChart::pointCount() const
{
    qsizetype n = 0;
    for (QLineSeries *s : m_series)
        n += s->count();
    return n;
}

QString MetricsChart::hoverText(const QString &line, const QPointF &point) const
{
    return tr("%1\n%2: %3")
        .arg(line,
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(point.x())), QLocale::ShortFormat),
             formatMetric(point.y() * m_scale, m_unit));
}

void MetricsChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_noData.isEmpty())
        return;
    painter->save();
    painter->setPen(lineColours().at(7));
    painter->drawText(chart()->plotArea().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                      m_noData);
    painter->restore();
}

} // namespace mb::studio
