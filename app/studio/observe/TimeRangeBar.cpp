// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "TimeRangeBar.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace mb::studio {

std::pair<qint64, qint64> TimeRange::resolve(qint64 nowMs) const
{
    if (lastSeconds > 0)
        return {nowMs - lastSeconds * 1000, nowMs};
    return {start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch()};
}

TimeRangeBar::TimeRangeBar(QWidget *parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_refresh(new QComboBox(this))
    , m_timer(new QTimer(this))
{
    const QList<std::pair<QString, qint64>> presets{
        {tr("Last 5 minutes"), 300}, {tr("Last 15 minutes"), 900}, {tr("Last hour"), 3600},
        {tr("Last 6 hours"), 21600}, {tr("Last 24 hours"), 86400}, {tr("Last 7 days"), 7 * 86400},
        {tr("Custom…"), 0}};
    for (const auto &[text, seconds] : presets)
        m_preset->addItem(text, seconds);
    m_preset->setCurrentIndex(2);
    m_preset->setAccessibleName(tr("Time range"));
    for (const auto &[text, seconds] : QList<std::pair<QString, int>>{{tr("Auto-refresh off"), 0},
                                                                      {tr("Every 10 s"), 10},
                                                                      {tr("Every 30 s"), 30},
                                                                      {tr("Every minute"), 60}})
        m_refresh->addItem(text, seconds);
    m_refresh->setAccessibleName(tr("Auto-refresh"));
    const QDateTime now = QDateTime::currentDateTime();
    m_from->setDateTime(now.addSecs(-3600));
    m_to->setDateTime(now);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    auto *refresh = new QToolButton(this);
    refresh->setText(tr("Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(
        tr("Refresh now (%1)").arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_refresh);
    layout->addWidget(refresh);
    updateCustom();

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        updateCustom();
        Q_EMIT rangeChanged();
    });
    connect(m_from, &QDateTimeEdit::editingFinished, this, &TimeRangeBar::rangeChanged);
    connect(m_to, &QDateTimeEdit::editingFinished, this, &TimeRangeBar::rangeChanged);
    connect(m_refresh, &QComboBox::currentIndexChanged, this, [this] {
        const int seconds = m_refresh->currentData().toInt();
        if (seconds > 0)
            m_timer->start(seconds * 1000);
        else
            m_timer->stop();
    });
    connect(m_timer, &QTimer::timeout, this, &TimeRangeBar::refreshRequested);
    connect(refresh, &QToolButton::clicked, this, &TimeRangeBar::refreshRequested);
}

void TimeRangeBar::updateCustom()
{
    const bool custom = m_preset->currentData().toLongLong() == 0;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
}

TimeRange TimeRangeBar::range() const
{
    TimeRange range;
    range.lastSeconds = m_preset->currentData().toLongLong();
    range.start = m_from->dateTime();
    range.end = m_to->dateTime();
    return range;
}

void TimeRangeBar::setRange(const TimeRange &range)
{
    const QSignalBlocker block(m_preset);
    const int index = m_preset->findData(range.lastSeconds);
    if (range.lastSeconds > 0 && index >= 0) {
        m_preset->setCurrentIndex(index);
    } else {
        m_preset->setCurrentIndex(m_preset->count() - 1);
        m_from->setDateTime(range.lastSeconds > 0 ? QDateTime::currentDateTime().addSecs(-range.lastSeconds)
                                                  : range.start);
        m_to->setDateTime(range.lastSeconds > 0 ? QDateTime::currentDateTime() : range.end);
    }
    updateCustom();
    Q_EMIT rangeChanged();
}

void TimeRangeBar::setAutoRefresh(int seconds)
{
    const int index = m_refresh->findData(seconds);
    m_refresh->setCurrentIndex(index >= 0 ? index : 0);
}

int TimeRangeBar::autoRefresh() const
{
    return m_refresh->currentData().toInt();
}

} // namespace mb::studio
