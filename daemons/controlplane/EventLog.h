// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "LongPoll.h"
#include "store/Store.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <optional>

namespace mb::controlplane {

/**
 * The cluster's event feed (docs/operations.md, `GET /v1/events`): events are stored with a
 * sequence number, their English text and what a translation needs ({"tr": context, source,
 * args}), and the events long-poll answers as soon as one comes after the client's `after`.
 * Main thread only; the reconciler stores its own events and says so through notifyStored().
 */
class EventLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLog)

public:
    explicit EventLog(store::Store &store, QObject *parent = nullptr);

    /// Stores an event; `source` is its MB_TR_NOOP text with %1… for `args`.
    void append(const QString &kind, const QString &node, std::optional<qint64> planId, const char *source,
                const QStringList &args, const QJsonObject &data = {});
    /// Parks a GET /v1/events (query already read) until there is news or the wait ran out.
    void wait(PendingReply &&reply, const LongPoll::Query &query);
    /// Someone else stored events: wake the long-polls.
    void notifyStored();

Q_SIGNALS:
    /// Events were stored (coalesced per turn of the event loop by those who listen).
    void stored();

private:
    bool answer(LongPoll::Waiter &waiter, bool expired);

    store::Store &m_store;
    LongPoll m_waiters;
};

} // namespace mb::controlplane
