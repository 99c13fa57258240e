// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LogVolumeHistogram.h"

#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace mb::studio {

QColor levelColour(LogLevel level)
{
    switch (level) {
    case LogLevel::Error:
        return QColor(0xd32f2f);
    case LogLevel::Warn:
        return QColor(0xef8f00);
    case LogLevel::Info:
        return QColor(0x2e7d32);
    case LogLevel::Debug:
        return QColor(0x1565c0);
    case LogLevel::Unknown:
        break;
    }
    return QColor(0x888888);
}

LogVolumeHistogram::LogVolumeHistogram(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(60);
    setToolTip(tr("Lines per level over time; drag across it to look at that range"));
    setAccessibleName(tr("Log volume"));
}

QSize LogVolumeHistogram::sizeHint() const
{
    return {600, 70};
}

void LogVolumeHistogram::setVolume(const QList<PromSeries> &series, qint64 startMs, qint64 endMs,
                                   qint64 stepMs)
{
    m_message.clear();
    m_startMs = startMs;
    m_endMs = endMs;
    m_stepMs = std::max<qint64>(stepMs, 1);
    const qsizetype count = std::max<qint64>(1, (endMs - startMs) / m_stepMs + 1);
    m_buckets = QList<Bucket>(count);
    for (const PromSeries &s : series) {
        const auto level = std::size_t(levelFromLabel(s.labels.value(QStringLiteral("level"))));
        for (const QPointF &p : s.points) {
            const qsizetype i = qsizetype((qint64(p.x()) - startMs) / m_stepMs);
            if (i >= 0 && i < count && std::isfinite(p.y()))
                m_buckets[i].counts[level] += p.y();
        }
    }
    update();
}

void LogVolumeHistogram::setMessage(const QString &message)
{
    m_message = message;
    m_buckets.clear();
    update();
}

qint64 LogVolumeHistogram::totalLines() const
{
    double total = 0;
    for (const Bucket &b : m_buckets)
        for (double c : b.counts)
            total += c;
    return qint64(std::llround(total));
}

qint64 LogVolumeHistogram::timeAt(int x) const
{
    const double fraction = std::clamp(double(x) / std::max(width(), 1), 0.0, 1.0);
    return m_startMs + qint64(fraction * double(m_endMs - m_startMs));
}

void LogVolumeHistogram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (!m_message.isEmpty() || m_buckets.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, m_message);
        return;
    }
    double peak = 1;
    for (const Bucket &b : std::as_const(m_buckets)) {
        double sum = 0;
        for (double c : b.counts)
            sum += c;
        peak = std::max(peak, sum);
    }
    const double barWidth = double(width()) / double(m_buckets.size());
    for (qsizetype i = 0; i < m_buckets.size(); ++i) {
        double y = height();
        for (std::size_t level = 0; level < 5; ++level) {
            const double h = m_buckets.at(i).counts[level] / peak * (height() - 4);
            if (h <= 0)
                continue;
            painter.fillRect(QRectF(double(i) * barWidth, y - h, std::max(1.0, barWidth - 1), h),
                             levelColour(LogLevel(level)));
            y -= h;
        }
    }
    if (m_dragFrom >= 0 && m_dragTo >= 0) {
        QColor shade = palette().color(QPalette::Highlight);
        shade.setAlpha(70);
        painter.fillRect(QRect(QPoint(std::min(m_dragFrom, m_dragTo), 0),
                               QPoint(std::max(m_dragFrom, m_dragTo), height())),
                         shade);
    }
}

void LogVolumeHistogram::mousePressEvent(QMouseEvent *event)
{
    m_dragFrom = m_dragTo = int(event->position().x());
    update();
}

void LogVolumeHistogram::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragFrom < 0)
        return;
    m_dragTo = int(event->position().x());
    update();
}

void LogVolumeHistogram::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragFrom < 0)
        return;
    m_dragTo = int(event->position().x());
    const int from = std::min(m_dragFrom, m_dragTo);
    const int to = std::max(m_dragFrom, m_dragTo);
    m_dragFrom = m_dragTo = -1;
    update();
    if (to - from >= 3)
        Q_EMIT rangePicked(timeAt(from), timeAt(to));
}

} // namespace mb::studio
