// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "DesignerView.h"

#include "CanvasStyle.h"
#include "DesignerScene.h"
#include "Format.h"
#include "document/DesignDocument.h"

#include <QActionGroup>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace mb::studio {

namespace {
constexpr qreal MinZoom = 0.25;
constexpr qreal MaxZoom = 4.0;
constexpr qreal ZoomStep = 1.2;
} // namespace

QMenu *createPlanMenu(DesignDocument *document, topology::Pillar pillar, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setToolTipsVisible(true);
    const auto &spec = document->topology().pillar(pillar);
    if (!spec)
        return menu;
    const auto &catalogue = document->catalogue();
    const std::string &location = document->topology().location;
    const auto current = catalogue.resolve(spec->plan);
    auto *group = new QActionGroup(menu);
    std::string section;
    for (const topology::ServerPlan &plan : catalogue.plans()) {
        if (plan.description != section) {
            section = plan.description;
            menu->addSection(QString::fromStdString(section));
        }
        const auto price = plan.prices.find(location);
        const bool offered = price != plan.prices.end();
        const QString text = offered ? DesignerView::tr("%1  —  %2  —  %3")
                                           .arg(QString::fromStdString(plan.name), planSpecs(plan),
                                                formatMonthly(price->second.monthly, catalogue.currency()))
                                     : DesignerView::tr("%1  —  %2  —  not offered in %3")
                                           .arg(QString::fromStdString(plan.name), planSpecs(plan),
                                                QString::fromStdString(location));
        QAction *action = menu->addAction(text);
        action->setData(QString::fromStdString(plan.name));
        action->setCheckable(true);
        action->setChecked(current && current->plan == &plan);
        action->setEnabled(offered);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, document,
                         [document, pillar, name = plan.name] { document->setPlan(pillar, name); });
    }
    return menu;
}

DesignerView::DesignerView(DesignerScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setAcceptDrops(true);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::StrongFocus);
    m_scene->setPalette(palette());
    m_scene->setFont(font());
    connect(m_scene, &DesignerScene::planMenuRequested, this, &DesignerView::showPlanMenu);
}

qreal DesignerView::zoom() const
{
    return transform().m11();
}

void DesignerView::zoomIn()
{
    setZoom(zoom() * ZoomStep);
}

void DesignerView::zoomOut()
{
    setZoom(zoom() / ZoomStep);
}

void DesignerView::setZoom(qreal factor)
{
    m_autoFit = false;
    factor = std::clamp(factor, MinZoom, MaxZoom);
    if (std::abs(factor - zoom()) < 1e-6)
        return;
    setTransform(QTransform::fromScale(factor, factor));
    Q_EMIT zoomChanged(factor);
}

void DesignerView::fitToWindow()
{
    const QRectF target = CanvasStyle::diagramRect();
    fitInView(target, Qt::KeepAspectRatio);
    // fitInView may exceed the zoom limits on very small or large windows.
    const qreal fitted = std::clamp(zoom(), MinZoom, MaxZoom);
    setTransform(QTransform::fromScale(fitted, fitted));
    centerOn(target.center());
    m_autoFit = true;
    Q_EMIT zoomChanged(fitted);
}

void DesignerView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitToWindow();
}

void DesignerView::actualSize()
{
    setZoom(1.0);
}

void DesignerView::showPlanMenu(topology::Pillar pillar, const QPoint &screenPos)
{
    QMenu *menu = createPlanMenu(m_scene->document(), pillar, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(screenPos.isNull() ? QCursor::pos() : screenPos);
}

void DesignerView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(ZoomStep, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DesignerView::mousePressEvent(QMouseEvent *event)
{
    const bool spacePan = m_spaceHeld && event->button() == Qt::LeftButton;
    if (event->button() == Qt::MiddleButton || spacePan) {
        m_panning = true;
        m_panOrigin = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DesignerView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panOrigin;
        m_panOrigin = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DesignerView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DesignerView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DesignerView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DesignerView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_scene->setPalette(palette());
    else if (event->type() == QEvent::FontChange)
        m_scene->setFont(font());
    QGraphicsView::changeEvent(event);
}

} // namespace mb::studio
