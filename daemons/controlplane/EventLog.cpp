// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "EventLog.h"

#include "base/Error.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mb::controlplane {

namespace {
constexpr int EventBatch = 500;
} // namespace

EventLog::EventLog(store::Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_waiters([this](LongPoll::Waiter &waiter, bool expired) { return answer(waiter, expired); })
{}

void EventLog::append(const QString &kind, const QString &node, std::optional<qint64> planId,
                      const char *source, const QStringList &args, const QJsonObject &data)
{
    store::Event event;
    event.kind = kind.toStdString();
    event.node = node.toStdString();
    event.planId = planId;
    Message message{"mb::controlplane", source, {}};
    QJsonArray trArgs;
    for (const QString &a : args) {
        message.args.push_back(a.toStdString());
        trArgs.append(a);
    }
    event.message = message.text();
    QJsonObject withTr = data;
    withTr.insert(QStringLiteral("tr"),
                  QJsonObject{{QStringLiteral("context"), QString::fromLatin1(message.context)},
                              {QStringLiteral("source"), QString::fromUtf8(source)},
                              {QStringLiteral("args"), trArgs}});
    event.data = QJsonDocument(withTr).toJson(QJsonDocument::Compact).toStdString();
    if (const auto seq = m_store.appendEvent(event); !seq)
        qCWarning(lcControlPlane).noquote()
            << "cannot store event:" << QString::fromStdString(seq.error().describe());
    notifyStored();
}

void EventLog::wait(PendingReply &&reply, const LongPoll::Query &query)
{
    m_waiters.park(std::move(reply), query);
}

void EventLog::notifyStored()
{
    m_waiters.scheduleWake();
    Q_EMIT stored();
}

bool EventLog::answer(LongPoll::Waiter &waiter, bool expired)
{
    const auto events = m_store.eventsAfter(waiter.after, EventBatch);
    if (!events) {
        waiter.reply.sendJson(errorJson(u"store", QString::fromStdString(events.error().message.text())),
                              QHttpServerResponder::StatusCode::ServiceUnavailable);
        return true;
    }
    if (!events->empty() || expired) {
        waiter.reply.sendJson(eventsJson(*events, waiter.after));
        return true;
    }
    return false;
}

} // namespace mb::controlplane
