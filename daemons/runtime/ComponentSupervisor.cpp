// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ComponentSupervisor.h"

#include "MetricsText.h"

namespace mb::daemon {

ComponentSupervisor::ComponentSupervisor(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

Component *ComponentSupervisor::create(const ComponentSpec &spec)
{
    auto *component = new Component(spec, m_network, this);
    connect(component, &Component::stateChanged, this, [this, component](Component::State state) {
        Q_EMIT componentStateChanged(component->name(), state);
    });
    return component;
}

void ComponentSupervisor::retire(Component *component)
{
    ++m_retiring;
    connect(component, &Component::stopped, this, [this, component] {
        --m_retiring;
        component->deleteLater();
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
        Component *fresh = create(spec);
        next << fresh;
        if (existing) {
            // Start the new process once the old one released its ports and files.
            m_components.removeOne(existing);
            connect(existing, &Component::stopped, fresh, &Component::start);
            retire(existing);
        } else if (!m_stoppingAll) {
            fresh->start();
        }
    }
    for (Component *gone : std::as_const(m_components))
        retire(gone);
    m_components = next;
}

void ComponentSupervisor::stopAll()
{
    m_stoppingAll = true;
    for (Component *component : std::as_const(m_components))
        retire(component);
    m_components.clear();
    checkAllStopped();
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
