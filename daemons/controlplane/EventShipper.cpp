// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "EventShipper.h"

#include "EventLog.h"
#include "Logging.h"
#include "store/Store.h"

#include <QTimer>

namespace mb::controlplane {

Q_LOGGING_CATEGORY(lcEvents, "madbase.events", QtInfoMsg)

EventShipper::EventShipper(store::Store &store, EventLog &events, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (const auto last = m_store.lastEventSeq())
        m_last = *last;
    connect(&events, &EventLog::stored, this, [this] {
        // Bursts (an apply's actions) are read once per turn of the event loop.
        if (m_scheduled)
            return;
        m_scheduled = true;
        QTimer::singleShot(0, this, &EventShipper::writeNew);
    });
}

void EventShipper::writeNew()
{
    m_scheduled = false;
    constexpr int Batch = 500;
    for (;;) {
        const auto events = m_store.eventsAfter(m_last, Batch);
        if (!events || events->empty())
            return;
        for (const store::Event &event : *events) {
            m_last = event.seq;
            qCInfo(lcEvents).noquote() << daemon::logfmt(
                QString::fromStdString(event.message),
                {{QStringLiteral("kind"), QString::fromStdString(event.kind)},
                 {QStringLiteral("event_node"), QString::fromStdString(event.node)},
                 {QStringLiteral("plan"), event.planId ? QString::number(*event.planId) : QString()},
                 {QStringLiteral("seq"), QString::number(event.seq)}});
        }
        if (events->size() < std::size_t(Batch))
            return;
    }
}

} // namespace mb::controlplane
