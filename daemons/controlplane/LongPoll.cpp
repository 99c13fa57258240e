// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LongPoll.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

namespace mb::controlplane {

LongPoll::LongPoll(Answer answer, QObject *parent)
    : QObject(parent)
    , m_answer(std::move(answer))
{
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &LongPoll::wake);
    m_timer.start();
}

std::optional<LongPoll::Query> LongPoll::readQuery(const QHttpServerRequest &request)
{
    const QUrlQuery query(request.url());
    bool ok = true;
    Query q;
    q.after = query.hasQueryItem(QStringLiteral("after"))
                  ? query.queryItemValue(QStringLiteral("after")).toLongLong(&ok)
                  : 0;
    bool waitOk = true;
    q.wait = query.hasQueryItem(QStringLiteral("wait"))
                 ? query.queryItemValue(QStringLiteral("wait")).toInt(&waitOk)
                 : 0;
    if (ok && waitOk && q.after >= 0 && q.wait >= 0 && q.wait <= MaxWaitSeconds)
        return q;
    return std::nullopt;
}

QJsonObject LongPoll::badQuery()
{
    return errorJson(u"bad-request",
                     QStringLiteral("\"after\" must be a sequence number and \"wait\" 0 to %1 seconds.")
                         .arg(MaxWaitSeconds));
}

void LongPoll::park(PendingReply &&reply, const Query &query, const QString &node)
{
    m_waiters.push_back(
        Waiter{std::move(reply), query.after, node, QDateTime::currentDateTimeUtc().addSecs(query.wait)});
    if (m_before)
        m_before();
    if (!answer(m_waiters.back()))
        m_waiters.pop_back();
}

void LongPoll::scheduleWake()
{
    if (m_wakeScheduled)
        return;
    m_wakeScheduled = true;
    QMetaObject::invokeMethod(this, &LongPoll::wake, Qt::QueuedConnection);
}

void LongPoll::wake()
{
    m_wakeScheduled = false;
    if (m_waiters.empty())
        return;
    if (m_before)
        m_before();
    for (auto it = m_waiters.begin(); it != m_waiters.end();)
        it = answer(*it) ? std::next(it) : m_waiters.erase(it);
}

bool LongPoll::answer(Waiter &waiter)
{
    if (!waiter.reply.waiting())
        return false; // the client left; drop it
    return !m_answer(waiter, QDateTime::currentDateTimeUtc() >= waiter.deadline);
}

} // namespace mb::controlplane
