// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "CatalogueOrigin.h"
#include "StudioTypes.h"
#include "topology/Cost.h"
#include "topology/PlanCatalogue.h"
#include "topology/Rules.h"
#include "topology/Topology.h"

#include <QObject>

#include <memory>
#include <optional>
#include <string>
#include <vector>

class QUndoStack;

namespace mb::studio {

/// The cluster-wide settings the inspector edits when no pillar is selected.
struct ClusterSettings
{
    std::string name;
    std::string provider;
    std::string location;
    std::string networkCidr;
    std::vector<std::string> sshSafelist;
    friend bool operator==(const ClusterSettings &, const ClusterSettings &) = default;
};

/// A pillar as one undo step sees it: its spec (absent = not placed) and its card position.
struct PillarState
{
    std::optional<topology::PillarSpec> spec;
    std::optional<topology::CardPosition> card;
    friend bool operator==(const PillarState &, const PillarState &) = default;
};

/**
 * The open design: a topology, the file it came from, its undo history, and the live
 * diagnostics and cost derived from it.
 *
 * Every edit goes through one of the edit functions below, each of which pushes exactly one
 * QUndoCommand (nothing is pushed when the edit changes nothing). Views never change the
 * topology directly: they call an edit function and react to the signals. Diagnostics and cost
 * are recomputed synchronously after every change (microseconds; see bench_topology).
 * GUI thread only.
 */
class DesignDocument : public QObject
{
    Q_OBJECT

public:
    explicit DesignDocument(const topology::PlanCatalogue &catalogue = topology::PlanCatalogue::builtin(),
                            QObject *parent = nullptr);
    ~DesignDocument() override;

    [[nodiscard]] const topology::Topology &topology() const { return m_topology; }
    [[nodiscard]] const std::vector<topology::Diagnostic> &diagnostics() const { return m_diagnostics; }
    [[nodiscard]] const topology::CostReport &cost() const { return m_cost; }
    [[nodiscard]] const topology::PlanCatalogue &catalogue() const { return *m_catalogue; }
    [[nodiscard]] const CatalogueOrigin &catalogueOrigin() const { return m_origin; }
    /// Designs with `catalogue` from now on (a live one fetched from the API, or the built-in one):
    /// diagnostics and cost are recomputed; not an edit, so no undo step.
    void setCatalogue(std::shared_ptr<const topology::PlanCatalogue> catalogue, CatalogueOrigin origin);
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }

    /// The file the document is saved to; empty for a document made from a template.
    [[nodiscard]] QString filePath() const { return m_filePath; }
    /// File name, or the cluster name for an unsaved document.
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] bool isModified() const;
    [[nodiscard]] ClusterSettings clusterSettings() const;
    [[nodiscard]] PillarState pillarState(topology::Pillar pillar) const;
    [[nodiscard]] bool hasPillar(topology::Pillar pillar) const;
    /// Diagnostics whose pointer lies under /pillars/<pillar>.
    [[nodiscard]] std::vector<topology::Diagnostic> diagnosticsFor(topology::Pillar pillar) const;

    /// Replaces the whole document (open, new from template) and clears the undo history.
    void reset(topology::Topology topology, const QString &filePath);
    /// Records that the document was saved to `filePath` as it was at undo index `savedIndex`.
    void markSaved(const QString &filePath, int savedIndex);

    // Edits. Each pushes one undo command and returns true, or returns false and changes nothing.
    bool addPillar(topology::Pillar pillar, std::optional<topology::CardPosition> card = std::nullopt);
    bool removePillar(topology::Pillar pillar);
    bool setCount(topology::Pillar pillar, int count);
    /// Scales by one allowed step (topology::stepCount): state 1 → 3 → 5.
    bool stepCount(topology::Pillar pillar, int direction);
    bool setPlan(topology::Pillar pillar, const std::string &plan);
    /// Gives node `ordinal` (1-based) its own plan; std::nullopt returns it to the pillar's plan.
    bool setNodePlan(topology::Pillar pillar, int ordinal, const std::optional<std::string> &plan);
    /// Moves a card; consecutive moves of the same card merge into one undo step.
    bool moveCard(topology::Pillar pillar, topology::CardPosition position);
    bool setName(const std::string &name);
    bool setProvider(const std::string &provider);
    bool setLocation(const std::string &location);
    bool setNetworkCidr(const std::string &cidr);
    bool setSshSafelist(const std::vector<std::string> &safelist);

    /// The canvas zoom saved with the document (`layout.zoom`); std::nullopt means "fit the
    /// window". View state, not an edit: no undo step, and the document is not modified by it.
    void setViewZoom(std::optional<double> zoom);

    /// Where a card of `pillar` goes when none is given: its slot in its zone.
    [[nodiscard]] static topology::CardPosition defaultCardPosition(topology::Pillar pillar);

    // Used by the undo commands only: set a state without pushing anything.
    void applyPillarState(topology::Pillar pillar, const PillarState &state);
    void applyClusterSettings(const ClusterSettings &settings);

Q_SIGNALS:
    /// The whole document was replaced: rebuild every view.
    void documentReset();
    void pillarAdded(mb::topology::Pillar pillar);
    void pillarRemoved(mb::topology::Pillar pillar);
    /// Count, plan or per-node plans of a placed pillar changed.
    void pillarChanged(mb::topology::Pillar pillar);
    void cardMoved(mb::topology::Pillar pillar);
    void clusterChanged();
    /// Diagnostics and cost were recomputed after a change.
    void diagnosticsChanged();
    /// The plan catalogue was replaced (setCatalogue); diagnosticsChanged follows.
    void catalogueChanged();
    void filePathChanged(const QString &filePath);
    void modifiedChanged(bool modified);

private:
    bool pushPillarEdit(topology::Pillar pillar, PillarState after, const QString &text);
    bool pushClusterEdit(ClusterSettings after, const QString &text);
    void recompute();

    std::shared_ptr<const topology::PlanCatalogue> m_catalogue;
    CatalogueOrigin m_origin;
    topology::Topology m_topology;
    std::vector<topology::Diagnostic> m_diagnostics;
    topology::CostReport m_cost;
    QString m_filePath;
    QUndoStack *m_undo = nullptr;
};

} // namespace mb::studio
