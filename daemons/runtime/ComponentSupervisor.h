// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "Component.h"
#include "ComponentSpec.h"

#include <QJsonArray>
#include <QList>
#include <QObject>

class QNetworkAccessManager;

namespace mb::daemon {

class MetricsText;

/**
 * The node's components: starts them in dependency order (a component starts once every
 * component in its dependsOn runs and is healthy), reports them (/health, /metrics), applies a
 * new list (stops removed or changed ones, reloads ones whose files alone changed and that
 * name a reload signal, starts new ones) and stops all of them on shutdown in reverse
 * dependency order. Lives on the daemon's one thread.
 */
class ComponentSupervisor : public QObject
{
    Q_OBJECT

public:
    explicit ComponentSupervisor(QNetworkAccessManager *network, QObject *parent = nullptr);

    /// Makes the running set match `specs`: unchanged components keep running, changed ones
    /// are restarted with their new spec, missing ones stopped, new ones started.
    void apply(const QList<ComponentSpec> &specs);
    /// Stops every component; allStopped() follows once the last one exited (maybe at once).
    void stopAll();

    [[nodiscard]] const QList<Component *> &components() const { return m_components; }
    [[nodiscard]] Component *component(const QString &name) const;
    /// True when every component is running, absent (optional) or finished successfully.
    [[nodiscard]] bool allFine() const;
    [[nodiscard]] QJsonArray toJson() const;
    void collectMetrics(MetricsText &out) const;

Q_SIGNALS:
    void allStopped();
    void componentStateChanged(const QString &name, mb::daemon::Component::State state);

private:
    Component *create(const ComponentSpec &spec);
    void retire(Component *component);
    void startReady();
    void stopReady();
    void checkAllStopped();

    QNetworkAccessManager *m_network;
    QList<Component *> m_components;
    QList<Component *> m_retired; ///< stopping, not yet stopped
    int m_retiring = 0;
    bool m_stoppingAll = false;
};

} // namespace mb::daemon
