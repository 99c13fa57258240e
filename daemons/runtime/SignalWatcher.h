// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QObject>

class QSocketNotifier;

namespace mb::daemon {

/**
 * Turns SIGTERM, SIGINT and SIGHUP into a Qt signal on the event loop (self-pipe: the C
 * handler only write()s the signal number). Handlers are reset to default in child
 * processes by exec, so supervised components still receive SIGTERM normally.
 * One instance per process.
 */
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    [[nodiscard]] bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void stopRequested(int signalNumber);
    void reloadRequested();

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace mb::daemon
