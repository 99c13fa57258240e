// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "ComponentSpec.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace mb::daemon {

/// Runs one health check of a component asynchronously (TCP connect, HTTP GET or a command)
/// and reports the outcome once through finished(). Never blocks the event loop.
class HealthProbe : public QObject
{
    Q_OBJECT

public:
    HealthProbe(HealthCheckSpec spec, QNetworkAccessManager *network, QObject *parent = nullptr);

    /// Starts a check unless one is still running.
    void run();
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(bool healthy, const QString &detail);

private:
    void done(bool healthy, const QString &detail);

    HealthCheckSpec m_spec;
    QPointer<QNetworkAccessManager> m_network;
    QPointer<QObject> m_current;
    QTimer m_timeout;
    bool m_running = false;
};

} // namespace mb::daemon
