// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "StudioTypes.h"

#include <QGraphicsView>

class QMenu;

namespace mb::studio {

class DesignDocument;
class DesignerScene;

/// A menu of the plans on offer in the document's location, grouped by family, with the
/// pillar's current plan checked; choosing one changes the pillar's plan (one undo step).
[[nodiscard]] QMenu *createPlanMenu(DesignDocument *document, topology::Pillar pillar, QWidget *parent);

/**
 * The canvas widget: zoom (Ctrl+wheel, zoomIn/zoomOut, fit, actual size), pan (middle mouse
 * button, or drag on empty canvas with Space held), rubber-band selection. Keeps the scene's
 * palette in step with the widget's, so the canvas follows light and dark mode.
 */
class DesignerView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DesignerView(DesignerScene *scene, QWidget *parent = nullptr);

    [[nodiscard]] DesignerScene *designerScene() const { return m_scene; }
    [[nodiscard]] qreal zoom() const;
    /// Whether the view keeps the diagram fitted to the window (until the user zooms).
    [[nodiscard]] bool isFitted() const { return m_autoFit; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void setZoom(qreal factor);
    /// Fits the whole diagram in the view, and keeps it fitted while the view resizes until
    /// the user zooms.
    void fitToWindow();
    void actualSize();
    /// Opens the plan menu of `pillar` at `screenPos` (without blocking).
    void showPlanMenu(mb::topology::Pillar pillar, const QPoint &screenPos);

Q_SIGNALS:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    DesignerScene *m_scene;
    bool m_panning = false;
    bool m_spaceHeld = false;
    /// Keep the diagram fitted as the window resizes, until the user zooms by hand.
    bool m_autoFit = true;
    QPoint m_panOrigin;
};

} // namespace mb::studio
