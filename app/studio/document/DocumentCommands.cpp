// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "DocumentCommands.h"

namespace mb::studio {

PillarCommand::PillarCommand(DesignDocument *document, topology::Pillar pillar, PillarState before,
                             PillarState after, const QString &text, bool isMove)
    : QUndoCommand(text)
    , m_document(document)
    , m_pillar(pillar)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_isMove(isMove)
{}

void PillarCommand::undo()
{
    m_document->applyPillarState(m_pillar, m_before);
}

void PillarCommand::redo()
{
    m_document->applyPillarState(m_pillar, m_after);
}

int PillarCommand::id() const
{
    return m_isMove ? static_cast<int>(CommandId::MoveCard) : -1;
}

bool PillarCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const PillarCommand *>(other);
    if (!next || !next->m_isMove || next->m_pillar != m_pillar)
        return false;
    m_after = next->m_after;
    // A card dragged back to where it started leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

ClusterCommand::ClusterCommand(DesignDocument *document, ClusterSettings before, ClusterSettings after,
                               const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void ClusterCommand::undo()
{
    m_document->applyClusterSettings(m_before);
}

void ClusterCommand::redo()
{
    m_document->applyClusterSettings(m_after);
}

} // namespace mb::studio
