// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "DesignDocument.h"

#include "DocumentCommands.h"

#include <QFileInfo>
#include <QUndoStack>

namespace mb::studio {

using topology::Pillar;

DesignDocument::DesignDocument(const topology::PlanCatalogue &catalogue, QObject *parent)
    : QObject(parent)
    // The caller keeps `catalogue` alive (the built-in one lives as long as the program).
    , m_catalogue(std::shared_ptr<void>(), &catalogue)
    , m_undo(new QUndoStack(this))
{
    m_origin.pricesTaken = QString::fromStdString(catalogue.pricesTaken());
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    recompute();
}

DesignDocument::~DesignDocument() = default;

QString DesignDocument::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    if (!m_topology.name.empty())
        return QString::fromStdString(m_topology.name);
    return tr("Untitled");
}

bool DesignDocument::isModified() const
{
    return !m_undo->isClean();
}

ClusterSettings DesignDocument::clusterSettings() const
{
    return {m_topology.name, m_topology.provider, m_topology.location, m_topology.networkCidr,
            m_topology.sshSafelist};
}

PillarState DesignDocument::pillarState(Pillar pillar) const
{
    PillarState state;
    state.spec = m_topology.pillar(pillar);
    const auto it = m_topology.layout.cards.find(pillar);
    if (it != m_topology.layout.cards.end())
        state.card = it->second;
    return state;
}

bool DesignDocument::hasPillar(Pillar pillar) const
{
    return m_topology.pillar(pillar).has_value();
}

std::vector<topology::Diagnostic> DesignDocument::diagnosticsFor(Pillar pillar) const
{
    const std::string prefix = "/pillars/" + std::string(topology::pillarName(pillar));
    std::vector<topology::Diagnostic> out;
    for (const auto &d : m_diagnostics) {
        if (d.pointer.starts_with(prefix) &&
            (d.pointer.size() == prefix.size() || d.pointer[prefix.size()] == '/'))
            out.push_back(d);
    }
    return out;
}

void DesignDocument::reset(topology::Topology topology, const QString &filePath)
{
    m_undo->clear();
    m_topology = std::move(topology);
    recompute();
    const bool pathChanged = filePath != m_filePath;
    m_filePath = filePath;
    m_undo->setClean();
    Q_EMIT documentReset();
    Q_EMIT diagnosticsChanged();
    if (pathChanged)
        Q_EMIT filePathChanged(m_filePath);
    Q_EMIT modifiedChanged(false);
}

void DesignDocument::markSaved(const QString &filePath, int savedIndex)
{
    if (m_undo->index() == savedIndex)
        m_undo->setClean();
    if (filePath != m_filePath) {
        m_filePath = filePath;
        Q_EMIT filePathChanged(m_filePath);
    }
}

topology::CardPosition DesignDocument::defaultCardPosition(Pillar pillar)
{
    switch (pillar) {
    case Pillar::System:
        return {40, 60};
    case Pillar::Proxy:
        return {300, 60};
    case Pillar::Worker:
        return {40, 320};
    case Pillar::State:
        return {300, 320};
    }
    return {40, 60};
}

bool DesignDocument::addPillar(Pillar pillar, std::optional<topology::CardPosition> card)
{
    if (hasPillar(pillar))
        return false;
    topology::PillarSpec spec;
    spec.count = 1;
    const topology::ServerPlan *cheapest = m_catalogue->cheapestIn(m_topology.location);
    if (!cheapest && !m_catalogue->plans().empty())
        cheapest = &m_catalogue->plans().front();
    spec.plan = cheapest ? cheapest->name : std::string();
    PillarState after{spec, card.value_or(defaultCardPosition(pillar))};
    return pushPillarEdit(pillar, std::move(after), tr("Add %1").arg(pillarTitle(pillar)));
}

bool DesignDocument::removePillar(Pillar pillar)
{
    if (!hasPillar(pillar))
        return false;
    return pushPillarEdit(pillar, PillarState{}, tr("Remove %1").arg(pillarTitle(pillar)));
}

bool DesignDocument::setCount(Pillar pillar, int count)
{
    PillarState after = pillarState(pillar);
    if (!after.spec || after.spec->count == count || count < 0)
        return false;
    after.spec->count = count;
    return pushPillarEdit(pillar, std::move(after),
                          tr("Set %1 node count to %2").arg(pillarTitle(pillar)).arg(count));
}

bool DesignDocument::stepCount(Pillar pillar, int direction)
{
    const auto &spec = m_topology.pillar(pillar);
    if (!spec)
        return false;
    const auto next = topology::stepCount(pillar, spec->count, direction);
    return next && setCount(pillar, *next);
}

bool DesignDocument::setPlan(Pillar pillar, const std::string &plan)
{
    PillarState after = pillarState(pillar);
    if (!after.spec || after.spec->plan == plan || plan.empty())
        return false;
    after.spec->plan = plan;
    return pushPillarEdit(pillar, std::move(after),
                          tr("Change %1 plan to %2").arg(pillarTitle(pillar), QString::fromStdString(plan)));
}

bool DesignDocument::setNodePlan(Pillar pillar, int ordinal, const std::optional<std::string> &plan)
{
    PillarState after = pillarState(pillar);
    if (!after.spec || ordinal < 1)
        return false;
    auto &nodePlans = after.spec->nodePlans;
    const auto it = nodePlans.find(ordinal);
    if (plan) {
        if (plan->empty() || (it != nodePlans.end() && it->second == *plan))
            return false;
        nodePlans[ordinal] = *plan;
    } else {
        if (it == nodePlans.end())
            return false;
        nodePlans.erase(it);
    }
    const QString text =
        plan ? tr("Set %1 node %2 plan to %3")
                   .arg(pillarTitle(pillar))
                   .arg(ordinal)
                   .arg(QString::fromStdString(*plan))
             : tr("Reset %1 node %2 to the pillar plan").arg(pillarTitle(pillar)).arg(ordinal);
    return pushPillarEdit(pillar, std::move(after), text);
}

bool DesignDocument::moveCard(Pillar pillar, topology::CardPosition position)
{
    PillarState after = pillarState(pillar);
    if (!after.spec || after.card == position)
        return false;
    const PillarState before = after;
    after.card = position;
    m_undo->push(new PillarCommand(this, pillar, before, std::move(after),
                                   tr("Move %1").arg(pillarTitle(pillar)), true));
    return true;
}

bool DesignDocument::setName(const std::string &name)
{
    ClusterSettings after = clusterSettings();
    after.name = name;
    return pushClusterEdit(std::move(after), tr("Rename cluster to %1").arg(QString::fromStdString(name)));
}

bool DesignDocument::setProvider(const std::string &provider)
{
    ClusterSettings after = clusterSettings();
    after.provider = provider;
    return pushClusterEdit(std::move(after),
                           tr("Change provider to %1").arg(QString::fromStdString(provider)));
}

bool DesignDocument::setLocation(const std::string &location)
{
    ClusterSettings after = clusterSettings();
    after.location = location;
    return pushClusterEdit(std::move(after),
                           tr("Change location to %1").arg(QString::fromStdString(location)));
}

bool DesignDocument::setNetworkCidr(const std::string &cidr)
{
    ClusterSettings after = clusterSettings();
    after.networkCidr = cidr;
    return pushClusterEdit(std::move(after), tr("Change network to %1").arg(QString::fromStdString(cidr)));
}

bool DesignDocument::setSshSafelist(const std::vector<std::string> &safelist)
{
    ClusterSettings after = clusterSettings();
    after.sshSafelist = safelist;
    return pushClusterEdit(std::move(after), tr("Edit SSH safelist"));
}

bool DesignDocument::pushPillarEdit(Pillar pillar, PillarState after, const QString &text)
{
    PillarState before = pillarState(pillar);
    if (before == after)
        return false;
    m_undo->push(new PillarCommand(this, pillar, std::move(before), std::move(after), text, false));
    return true;
}

bool DesignDocument::pushClusterEdit(ClusterSettings after, const QString &text)
{
    ClusterSettings before = clusterSettings();
    if (before == after)
        return false;
    m_undo->push(new ClusterCommand(this, std::move(before), std::move(after), text));
    return true;
}

void DesignDocument::applyPillarState(Pillar pillar, const PillarState &state)
{
    const PillarState before = pillarState(pillar);
    m_topology.pillar(pillar) = state.spec;
    if (state.card)
        m_topology.layout.cards[pillar] = *state.card;
    else
        m_topology.layout.cards.erase(pillar);
    recompute();
    if (!before.spec && state.spec) {
        Q_EMIT pillarAdded(pillar);
    } else if (before.spec && !state.spec) {
        Q_EMIT pillarRemoved(pillar);
    } else {
        if (before.spec != state.spec)
            Q_EMIT pillarChanged(pillar);
        if (before.card != state.card)
            Q_EMIT cardMoved(pillar);
    }
    Q_EMIT diagnosticsChanged();
}

void DesignDocument::applyClusterSettings(const ClusterSettings &settings)
{
    m_topology.name = settings.name;
    m_topology.provider = settings.provider;
    m_topology.location = settings.location;
    m_topology.networkCidr = settings.networkCidr;
    m_topology.sshSafelist = settings.sshSafelist;
    recompute();
    Q_EMIT clusterChanged();
    Q_EMIT diagnosticsChanged();
}

void DesignDocument::recompute()
{
    m_diagnostics = topology::validate(m_topology, *m_catalogue);
    m_cost = topology::estimateCost(m_topology, *m_catalogue);
}

void DesignDocument::setCatalogue(std::shared_ptr<const topology::PlanCatalogue> catalogue,
                                  CatalogueOrigin origin)
{
    if (!catalogue)
        return;
    m_catalogue = std::move(catalogue);
    m_origin = std::move(origin);
    recompute();
    Q_EMIT catalogueChanged();
    Q_EMIT diagnosticsChanged();
}

void DesignDocument::setViewZoom(std::optional<double> zoom)
{
    m_topology.layout.zoom = zoom;
}

} // namespace mb::studio
