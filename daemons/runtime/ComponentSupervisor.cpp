// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ComponentSupervisor.h"

#include "MetricsText.h"

namespace mb::daemon {

namespace {

/// Whether `a` and `b` differ in their files at most, so a reload signal can take the change.
bool onlyFilesDiffer(const ComponentSpec &a, const ComponentSpec &b)
{
    ComponentSpec x = a;
    x.files = b.files;
    return x == b;
}

bool satisfies(const Component *dependency)
{
    return dependency->isUp() || dependency->state() == Component::State::Absent ||
           dependency->state() == Component::State::Exited;
}

} // namespace

ComponentSupervisor::ComponentSupervisor(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

Component *ComponentSupervisor::create(const ComponentSpec &spec)
{
    auto *component = new Component(spec, m_network, this);
    connect(component, &Component::stateChanged, this, [this, component](Component::State state) {
        Q_EMIT componentStateChanged(component->name(), state);
        startReady();
    });
    return component;
}

void ComponentSupervisor::retire(Component *component)
{
    ++m_retiring;
    m_retired << component;
    connect(component, &Component::stopped, this, [this, component] {
        --m_retiring;
        m_retired.removeOne(component);
        component->deleteLater();
        if (m_stoppingAll)
            stopReady();
        startReady();
        checkAllStopped();
    });
    component->stop();
}

void ComponentSupervisor::apply(const QList<ComponentSpec> &specs)
{
    QList<Component *> next;
    for (const ComponentSpec &spec : specs) {
        Component *existing = component(spec.name);
        if (existing && existing->spec() == spec) {
            next << existing;
            m_components.removeOne(existing);
            continue;
        }
        // A program that is still starting takes the reload too: a restart would interrupt
        // what it is doing (joining its cluster, copying a replica's data).
        if (existing && spec.reloadSignal != 0 && existing->isProcessRunning() &&
            onlyFilesDiffer(existing->spec(), spec)) {
            existing->reload(spec);
            next << existing;
            m_components.removeOne(existing);
            continue;
        }
        Component *fresh = create(spec);
        next << fresh;
        if (existing) {
            m_components.removeOne(existing);
            retire(existing);
        }
        if (!m_stoppingAll)
            fresh->want();
    }
    for (Component *gone : std::as_const(m_components))
        retire(gone);
    m_components = next;
    startReady();
}

void ComponentSupervisor::startReady()
{
    if (m_stoppingAll)
        return;
    for (Component *c : std::as_const(m_components)) {
        if (!c->wanted() || c->state() != Component::State::Waiting || c->spec().waiting)
            continue;
        // The old instance of a changed component first releases its ports and files.
        const bool oldStillThere = std::any_of(m_retired.begin(), m_retired.end(),
                                               [c](const Component *r) { return r->name() == c->name(); });
        const bool dependenciesUp =
            std::all_of(c->spec().dependsOn.begin(), c->spec().dependsOn.end(), [this](const QString &name) {
                const Component *d = component(name);
                return d && satisfies(d);
            });
        if (!oldStillThere && dependenciesUp)
            c->start();
    }
}

void ComponentSupervisor::stopAll()
{
    m_stoppingAll = true;
    stopReady();
    checkAllStopped();
}

void ComponentSupervisor::stopReady()
{
    // Reverse dependency order: a component stops once nothing that depends on it still runs.
    const QList<Component *> candidates = m_components;
    for (Component *c : candidates) {
        const bool needed = std::any_of(m_components.begin(), m_components.end(),
                                        [c](const Component *other) {
                                            return other != c && other->spec().dependsOn.contains(c->name());
                                        }) ||
                            std::any_of(m_retired.begin(), m_retired.end(), [c](const Component *other) {
                                return other->spec().dependsOn.contains(c->name());
                            });
        if (!needed) {
            m_components.removeOne(c);
            retire(c);
        }
    }
}

void ComponentSupervisor::checkAllStopped()
{
    if (m_stoppingAll && m_retiring == 0 && m_components.isEmpty())
        Q_EMIT allStopped();
}

Component *ComponentSupervisor::component(const QString &name) const
{
    for (Component *component : m_components) {
        if (component->name() == name)
            return component;
    }
    return nullptr;
}

bool ComponentSupervisor::allFine() const
{
    return std::all_of(m_components.begin(), m_components.end(),
                       [](const Component *c) { return c->isFine(); });
}

QJsonArray ComponentSupervisor::toJson() const
{
    QJsonArray out;
    for (const Component *component : m_components)
        out.append(component->toJson());
    return out;
}

void ComponentSupervisor::collectMetrics(MetricsText &out) const
{
    out.family("madbase_component_up",
               "Whether the component runs and passes its health check (1) or not (0).", "gauge");
    for (const Component *c : m_components)
        out.sample("madbase_component_up", "component", c->name().toUtf8(), c->isUp() ? 1 : 0);
    out.family("madbase_component_restarts_total", "How many times the supervisor restarted the component.",
               "counter");
    for (const Component *c : m_components)
        out.sample("madbase_component_restarts_total", "component", c->name().toUtf8(), c->restarts());
}

} // namespace mb::daemon
