// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "ApiJson.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>
#include <list>
#include <optional>

class QHttpServerRequest;

namespace mb::controlplane {

/**
 * Requests parked until there is news for them or their wait runs out: the events long-poll
 * (EventLog) and the agents' desired-config long-poll (ConfigFeed) each keep one. Wakes are
 * coalesced to one per turn of the event loop (an apply stores hundreds of events in a burst
 * while every node holds a poll), and a 250 ms timer answers the ones whose wait ran out.
 * Main thread only.
 */
class LongPoll final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LongPoll)

public:
    static constexpr int MaxWaitSeconds = 60;

    struct Waiter
    {
        PendingReply reply;
        qint64 after = 0;
        QString node; ///< the node a desired-config poll is for
        QDateTime deadline;
    };
    /// Answers `waiter` when it has news, or when `expired` with "nothing new"; true once it
    /// answered.
    using Answer = std::function<bool(Waiter &waiter, bool expired)>;

    explicit LongPoll(Answer answer, QObject *parent = nullptr);

    struct Query
    {
        qint64 after = 0;
        int wait = 0; ///< seconds
    };
    /// `after` and `wait` of a long-poll request, or nothing when they are not valid. One reading
    /// for both long-polls: the same bad value gets the same answer (badQuery()) on each.
    [[nodiscard]] static std::optional<Query> readQuery(const QHttpServerRequest &request);
    /// The 400's body for a query readQuery() refused.
    [[nodiscard]] static QJsonObject badQuery();

    /// Parks a request and answers it at once if there is news already.
    void park(PendingReply &&reply, const Query &query, const QString &node = {});
    /// Wakes every waiter on the next turn of the event loop.
    void scheduleWake();
    /// Called once before each round of answers (a read they all share goes here).
    void setBeforeAnswers(std::function<void()> before) { m_before = std::move(before); }
    [[nodiscard]] bool empty() const { return m_waiters.empty(); }

private:
    void wake();
    /// False when `waiter` is done with (answered, or its client left).
    bool answer(Waiter &waiter);

    Answer m_answer;
    std::function<void()> m_before;
    std::list<Waiter> m_waiters;
    QTimer m_timer;
    bool m_wakeScheduled = false;
};

} // namespace mb::controlplane
