// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "LogLine.h"
#include "metrics/PromResult.h"

#include <QWidget>

#include <array>

namespace mb::studio {

/// The colour of a level (list text, histogram bars).
[[nodiscard]] QColor levelColour(LogLevel level);

/**
 * The log volume over the range: stacked bars of lines per level per step (from the matrix of
 * volumeQuery). Dragging across it picks a range (rangePicked), which the explorer then queries.
 */
class LogVolumeHistogram final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogVolumeHistogram)

public:
    explicit LogVolumeHistogram(QWidget *parent = nullptr);

    /// The `sum by (level)` series over [startMs, endMs] in steps of stepMs.
    void setVolume(const QList<PromSeries> &series, qint64 startMs, qint64 endMs, qint64 stepMs);
    void setMessage(const QString &message);
    [[nodiscard]] qint64 totalLines() const;
    /// The time at x (widget coordinates), unix ms.
    [[nodiscard]] qint64 timeAt(int x) const;
    [[nodiscard]] QSize sizeHint() const override;

Q_SIGNALS:
    void rangePicked(qint64 startMs, qint64 endMs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    struct Bucket
    {
        std::array<double, 5> counts{}; ///< by LogLevel
    };
    QList<Bucket> m_buckets;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    qint64 m_stepMs = 1000;
    QString m_message;
    int m_dragFrom = -1;
    int m_dragTo = -1;
};

} // namespace mb::studio
