// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "PaletteWidget.h"

#include "canvas/CanvasStyle.h"
#include "canvas/DesignerScene.h"
#include "document/DesignDocument.h"

#include <QDrag>
#include <QMimeData>

namespace mb::studio {

using topology::Pillar;

namespace {
constexpr int PillarRole = Qt::UserRole + 1;
}

PaletteWidget::PaletteWidget(DesignDocument *document, QWidget *parent)
    : QListWidget(parent)
    , m_document(document)
{
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setIconSize(QSize(32, 32));
    setSpacing(2);
    setWordWrap(true);
    setUniformItemSizes(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setToolTip(tr("Drag a pillar into its zone on the canvas, or press Enter to add it there."));
    for (const Pillar p : topology::AllPillars) {
        auto *item = new QListWidgetItem(CanvasStyle::pillarIcon(p), pillarTitle(p), this);
        item->setData(PillarRole, static_cast<int>(p));
    }
    connect(this, &QListWidget::itemActivated, this, &PaletteWidget::addToZone);
    connect(m_document, &DesignDocument::documentReset, this, &PaletteWidget::refresh);
    connect(m_document, &DesignDocument::pillarAdded, this, &PaletteWidget::refresh);
    connect(m_document, &DesignDocument::pillarRemoved, this, &PaletteWidget::refresh);
    refresh();
}

QListWidgetItem *PaletteWidget::itemFor(Pillar pillar) const
{
    return item(static_cast<int>(pillar));
}

void PaletteWidget::focusPillar(Pillar pillar)
{
    setCurrentItem(itemFor(pillar));
    setFocus(Qt::OtherFocusReason);
}

QStringList PaletteWidget::mimeTypes() const
{
    return {QString::fromLatin1(PillarMimeType)};
}

QSize PaletteWidget::sizeHint() const
{
    int height = 2 * frameWidth();
    for (int row = 0; row < count(); ++row)
        height += sizeHintForRow(row) + 2 * spacing();
    return {QListWidget::sizeHint().width(), height};
}

QSize PaletteWidget::minimumSizeHint() const
{
    return {QListWidget::minimumSizeHint().width(), sizeHint().height()};
}

QMimeData *PaletteWidget::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    return pillarMime(static_cast<Pillar>(items.constFirst()->data(PillarRole).toInt()));
}

void PaletteWidget::startDrag(Qt::DropActions)
{
    QListWidgetItem *current = currentItem();
    if (!current || !(current->flags() & Qt::ItemIsDragEnabled))
        return;
    const auto pillar = static_cast<Pillar>(current->data(PillarRole).toInt());
    auto *drag = new QDrag(this);
    drag->setMimeData(pillarMime(pillar));
    const QPixmap pixmap = CanvasStyle::pillarIcon(pillar).pixmap(QSize(48, 48), devicePixelRatioF());
    drag->setPixmap(pixmap);
    drag->setHotSpot(QPoint(24, 24));
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}

void PaletteWidget::refresh()
{
    for (const Pillar p : topology::AllPillars) {
        QListWidgetItem *it = itemFor(p);
        const bool placed = m_document->hasPillar(p);
        const QString zone = zoneTitle(topology::zoneOf(p));
        it->setText(placed ? tr("%1\non the canvas").arg(pillarTitle(p))
                           : tr("%1\n%2").arg(pillarTitle(p), zone));
        it->setToolTip(placed
                           ? tr("The cluster already has %1.").arg(pillarTitle(p))
                           : tr("%1 — %2. Drag it into the %3.").arg(pillarTitle(p), pillarTagline(p), zone));
        Qt::ItemFlags flags = Qt::ItemIsSelectable;
        if (!placed)
            flags |= Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
        it->setFlags(flags);
    }
}

void PaletteWidget::addToZone(QListWidgetItem *item)
{
    if (!item)
        return;
    const auto pillar = static_cast<Pillar>(item->data(PillarRole).toInt());
    m_document->addPillar(pillar);
}

} // namespace mb::studio
