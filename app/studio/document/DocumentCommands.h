// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "DesignDocument.h"

#include <QUndoCommand>

namespace mb::studio {

/// Ids of commands that merge with the one before them (QUndoCommand::id()).
enum class CommandId
{
    MoveCard = 1,
};

/**
 * Changes one pillar from one state to another: adding, removing, scaling, changing its
 * plan or a node's plan, moving its card. Card moves of the same pillar merge.
 */
class PillarCommand : public QUndoCommand
{
public:
    PillarCommand(DesignDocument *document, topology::Pillar pillar, PillarState before, PillarState after,
                  const QString &text, bool isMove);

    void undo() override;
    void redo() override;
    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    [[nodiscard]] topology::Pillar pillar() const { return m_pillar; }

private:
    DesignDocument *m_document;
    topology::Pillar m_pillar;
    PillarState m_before;
    PillarState m_after;
    bool m_isMove;
};

/// Changes the cluster-wide settings: name, provider, location, network, SSH safelist.
class ClusterCommand : public QUndoCommand
{
public:
    ClusterCommand(DesignDocument *document, ClusterSettings before, ClusterSettings after,
                   const QString &text);

    void undo() override;
    void redo() override;

private:
    DesignDocument *m_document;
    ClusterSettings m_before;
    ClusterSettings m_after;
};

} // namespace mb::studio
