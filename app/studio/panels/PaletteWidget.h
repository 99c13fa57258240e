// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "StudioTypes.h"

#include <QListWidget>

namespace mb::studio {

class DesignDocument;

/**
 * The four pillars, ready to drag onto the canvas (a real QDrag carrying PillarMimeType).
 * A pillar the cluster already has is greyed out. Enter or double-click adds the pillar to
 * its zone without dragging, for the keyboard.
 */
class PaletteWidget : public QListWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(DesignDocument *document, QWidget *parent = nullptr);

    [[nodiscard]] QListWidgetItem *itemFor(topology::Pillar pillar) const;
    /// Selects and focuses a pillar's entry (for a "pillar missing" problem).
    void focusPillar(topology::Pillar pillar);

    [[nodiscard]] QStringList mimeTypes() const override;
    /// Tall enough for the four pillars, no more.
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    [[nodiscard]] QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    void startDrag(Qt::DropActions supportedActions) override;

private:
    void refresh();
    void addToZone(QListWidgetItem *item);

    DesignDocument *m_document;
};

} // namespace mb::studio
