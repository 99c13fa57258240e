// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "StudioTypes.h"
#include "document/ProblemTarget.h"

#include <QScrollArea>

#include <optional>

class QStackedWidget;

namespace mb::studio {

class ClusterInspector;
class DesignDocument;
class PillarInspector;

/// The Inspector dock's content: the selected pillar's page, or the cluster's when nothing
/// is selected. Scrolls when the dock is small.
class InspectorWidget : public QScrollArea
{
    Q_OBJECT

public:
    explicit InspectorWidget(DesignDocument *document, QWidget *parent = nullptr);

    /// Shows the pillar's page, or the cluster's for std::nullopt.
    void showPillar(std::optional<topology::Pillar> pillar);
    /// Shows the page a problem is about and focuses its field.
    void focusTarget(const ProblemTarget &target);

    [[nodiscard]] ClusterInspector *clusterPage() const { return m_cluster; }
    [[nodiscard]] PillarInspector *pillarPage() const { return m_pillar; }
    [[nodiscard]] bool showsPillar() const;

private:
    QStackedWidget *m_stack;
    ClusterInspector *m_cluster;
    PillarInspector *m_pillar;
};

} // namespace mb::studio
