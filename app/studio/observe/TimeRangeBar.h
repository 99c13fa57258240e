// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QTimer;

namespace mb::studio {

/// A time range: the last N seconds up to now, or fixed ends.
struct TimeRange
{
    qint64 lastSeconds = 3600; ///< > 0: the last N seconds; 0: [start, end]
    QDateTime start;
    QDateTime end;

    /// The ends as unix milliseconds, "now" taken as `nowMs`.
    [[nodiscard]] std::pair<qint64, qint64> resolve(qint64 nowMs) const;
};

/**
 * The time range picker of the metrics and logs views: 5 min … 7 days, or Custom with two date
 * edits, and an auto-refresh interval. Emits rangeChanged on every change and refreshRequested on
 * every tick of the auto-refresh.
 */
class TimeRangeBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeRangeBar)

public:
    explicit TimeRangeBar(QWidget *parent = nullptr);

    [[nodiscard]] TimeRange range() const;
    /// Selects a preset by its length, or a custom range.
    void setRange(const TimeRange &range);
    /// Seconds between automatic refreshes; 0 is off.
    void setAutoRefresh(int seconds);
    [[nodiscard]] int autoRefresh() const;
    [[nodiscard]] QComboBox *rangeBox() const { return m_preset; }

Q_SIGNALS:
    void rangeChanged();
    void refreshRequested();

private:
    void updateCustom();

    QComboBox *m_preset;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_refresh;
    QTimer *m_timer;
};

} // namespace mb::studio
