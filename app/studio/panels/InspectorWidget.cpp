// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "InspectorWidget.h"

#include "ClusterInspector.h"
#include "PillarInspector.h"
#include "document/DesignDocument.h"

#include <QStackedWidget>

namespace mb::studio {

InspectorWidget::InspectorWidget(DesignDocument *document, QWidget *parent)
    : QScrollArea(parent)
    , m_stack(new QStackedWidget)
    , m_cluster(new ClusterInspector(document))
    , m_pillar(new PillarInspector(document))
{
    m_stack->addWidget(m_cluster);
    m_stack->addWidget(m_pillar);
    setWidget(m_stack);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(document, &DesignDocument::pillarRemoved, this, [this](topology::Pillar p) {
        if (m_pillar->pillar() == p)
            showPillar(std::nullopt);
    });
    connect(document, &DesignDocument::documentReset, this, [this] { showPillar(std::nullopt); });
}

void InspectorWidget::showPillar(std::optional<topology::Pillar> pillar)
{
    m_pillar->setPillar(pillar);
    m_stack->setCurrentWidget(pillar ? static_cast<QWidget *>(m_pillar) : m_cluster);
}

void InspectorWidget::focusTarget(const ProblemTarget &target)
{
    showPillar(target.pillar);
    if (target.pillar)
        m_pillar->focusField(target.field, target.index);
    else
        m_cluster->focusField(target.field, target.index);
}

bool InspectorWidget::showsPillar() const
{
    return m_stack->currentWidget() == m_pillar;
}

} // namespace mb::studio
