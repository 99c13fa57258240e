// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "PillarCard.h"

#include "CanvasStyle.h"
#include "ConnectionArrow.h"
#include "Format.h"
#include "document/DesignDocument.h"

#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QPainter>
#include <QPainterPath>

namespace mb::studio {

using namespace CanvasStyle;
using topology::Pillar;

namespace {

constexpr qreal Radius = 10;
constexpr qreal HeaderHeight = 56;
constexpr qreal Padding = 12;
constexpr qreal ButtonSize = 28;

QRectF cardRect()
{
    return {0, 0, CardWidth, CardHeight};
}

} // namespace

CardButton::CardButton(const QSizeF &size, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_size(size)
{
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
}

void CardButton::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    update();
}

void CardButton::setSize(const QSizeF &size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
}

void CardButton::click()
{
    if (isEnabled() && isVisible())
        Q_EMIT clicked();
}

QRectF CardButton::boundingRect() const
{
    return {QPointF(0, 0), m_size};
}

void CardButton::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    const bool enabled = isEnabled();
    QColor fill = pal.color(QPalette::Button);
    if (enabled && m_pressed)
        fill = mix(fill, pal.color(QPalette::Highlight), 0.35);
    else if (enabled && m_hovered)
        fill = mix(fill, pal.color(QPalette::Highlight), 0.18);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(
        QPen(mix(pal.color(QPalette::ButtonText), pal.color(QPalette::Button), enabled ? 0.6 : 0.8), 1));
    painter->setBrush(fill);
    const QRectF r = boundingRect().adjusted(0.5, 0.5, -0.5, -0.5);
    painter->drawRoundedRect(r, 5, 5);
    QFont f = scene() ? scene()->font() : QFont();
    f.setBold(m_text.size() == 1);
    if (m_text.size() == 1)
        f.setPointSizeF(f.pointSizeF() + 3);
    painter->setFont(f);
    painter->setPen(enabled ? pal.color(QPalette::ButtonText)
                            : pal.color(QPalette::Disabled, QPalette::ButtonText));
    painter->drawText(r, Qt::AlignCenter, m_text);
}

void CardButton::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    m_pressed = true;
    update();
    event->accept();
}

void CardButton::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    const bool inside = boundingRect().contains(event->pos());
    m_pressed = false;
    update();
    if (inside)
        click();
}

void CardButton::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    update();
}

void CardButton::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    update();
}

PillarCard::PillarCard(const DesignDocument *document, Pillar pillar)
    : m_document(document)
    , m_pillar(pillar)
    , m_plus(new CardButton(QSizeF(ButtonSize, ButtonSize), this))
    , m_minus(new CardButton(QSizeF(ButtonSize, ButtonSize), this))
    , m_planButton(new CardButton(QSizeF(90, 26), this))
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemIsFocusable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setCursor(Qt::OpenHandCursor);
    m_plus->setText(QStringLiteral("+"));
    m_minus->setText(QStringLiteral("−"));
    connect(m_plus, &CardButton::clicked, this, [this] { Q_EMIT scaleRequested(m_pillar, +1); });
    connect(m_minus, &CardButton::clicked, this, [this] { Q_EMIT scaleRequested(m_pillar, -1); });
    connect(m_planButton, &CardButton::clicked, this, [this] {
        QPoint screen;
        if (scene() && !scene()->views().isEmpty()) {
            const QGraphicsView *view = scene()->views().constFirst();
            const QPointF below = m_planButton->mapToScene(m_planButton->boundingRect().bottomLeft());
            screen = view->viewport()->mapToGlobal(view->mapFromScene(below));
        }
        Q_EMIT planMenuRequested(m_pillar, screen);
    });
    refresh();
}

void PillarCard::refresh()
{
    const auto &spec = m_document->topology().pillar(m_pillar);
    if (!spec)
        return;
    const auto &catalogue = m_document->catalogue();
    const std::string &currency = catalogue.currency();
    m_count = spec->count;
    m_countAllowed = topology::countAllowed(m_pillar, spec->count);
    m_plan = QString::fromStdString(spec->plan);
    const auto resolution = catalogue.resolve(spec->plan);
    m_specs = resolution ? planSpecsShort(*resolution->plan) : tr("unknown plan");
    const bool offered = resolution && resolution->plan->offeredIn(m_document->topology().location);
    m_cost = offered ? formatMonthly(m_document->cost().pillarTotal(m_pillar).monthly, currency)
                     : tr("not priced in %1").arg(QString::fromStdString(m_document->topology().location));
    m_errors = 0;
    m_warnings = 0;
    QStringList problems;
    for (const auto &d : m_document->diagnosticsFor(m_pillar)) {
        if (d.severity == topology::Severity::Error)
            ++m_errors;
        else if (d.severity == topology::Severity::Warning)
            ++m_warnings;
        else
            continue;
        problems << QString::fromStdString(d.code);
    }
    setToolTip(problems.isEmpty()
                   ? QString()
                   : tr("Problems: %1 (see the Problems panel)").arg(problems.join(QStringLiteral(", "))));

    const bool scalable = m_pillar != Pillar::System;
    m_plus->setVisible(scalable);
    m_minus->setVisible(scalable);
    const auto up = topology::stepCount(m_pillar, m_count, +1);
    const auto down = topology::stepCount(m_pillar, m_count, -1);
    m_plus->setEnabled(up.has_value());
    m_minus->setEnabled(down.has_value());
    m_plus->setToolTip(up ? tr("Add nodes: %1 → %2").arg(m_count).arg(*up)
                          : tr("%1 cannot have more nodes").arg(pillarTitle(m_pillar)));
    m_minus->setToolTip(down ? tr("Remove nodes: %1 → %2").arg(m_count).arg(*down)
                             : tr("%1 needs at least this many nodes").arg(pillarTitle(m_pillar)));
    m_planButton->setText(m_plan + QStringLiteral("  ▾"));
    m_planButton->setToolTip(
        tr("Change the plan of every %1 node (vertical scaling)").arg(pillarTitle(m_pillar)));
    layoutButtons();
    update();
}

void PillarCard::setHealth(std::optional<PillarHealth> health)
{
    if (health == m_health)
        return;
    m_health = health;
    update();
}

void PillarCard::layoutButtons()
{
    const qreal rowTop = HeaderHeight + 12;
    m_plus->setPos(CardWidth - Padding - ButtonSize, rowTop);
    m_minus->setPos(CardWidth - Padding - 2 * ButtonSize - 6, rowTop);
    QFont f = scene() ? scene()->font() : QFont();
    const qreal textWidth = QFontMetricsF(f).horizontalAdvance(m_planButton->text());
    m_planButton->setSize(QSizeF(std::clamp(textWidth + 18, 64.0, CardWidth / 2), 26));
    m_planButton->setPos(Padding, rowTop + ButtonSize + 8);
}

QRectF PillarCard::boundingRect() const
{
    return cardRect().adjusted(-2, -2, 2, 2);
}

QPainterPath PillarCard::shape() const
{
    QPainterPath path;
    path.addRoundedRect(cardRect(), Radius, Radius);
    return path;
}

void PillarCard::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    const bool dark = isDark(pal);
    const QColor accent = pillarAccent(m_pillar);
    const QRectF r = cardRect();
    painter->setRenderHint(QPainter::Antialiasing);

    // Body, then the header tinted with the pillar's colour.
    QPen border(mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.6), 1);
    if (m_errors > 0)
        border = QPen(errorColor(pal), 1.5);
    if (isSelected())
        border = QPen(pal.color(QPalette::Highlight), 2.5);
    painter->setPen(Qt::NoPen);
    painter->setBrush(pal.color(QPalette::Base));
    painter->drawRoundedRect(r, Radius, Radius);
    QPainterPath header;
    header.addRoundedRect(r, Radius, Radius);
    QPainterPath below;
    below.addRect(QRectF(r.left(), HeaderHeight, r.width(), r.height()));
    painter->setBrush(mix(pal.color(QPalette::Base), accent, dark ? 0.28 : 0.14));
    painter->drawPath(header.subtracted(below));
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), Radius, Radius);

    const QFont base = scene() ? scene()->font() : QFont();
    CanvasStyle::pillarIcon(m_pillar).paint(painter, QRect(static_cast<int>(Padding), 10, 36, 36));
    QFont titleFont = base;
    titleFont.setPointSizeF(base.pointSizeF() + 2);
    titleFont.setBold(true);
    const qreal textLeft = Padding + 46;
    const qreal badgeSpace = (m_errors + m_warnings) > 0 ? 28 : 0;
    painter->setFont(titleFont);
    painter->setPen(pal.color(QPalette::Text));
    const QRectF titleRect(textLeft, 8, CardWidth - textLeft - Padding - badgeSpace, 24);
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(titleFont).elidedText(pillarTitle(m_pillar), Qt::ElideRight, titleRect.width()));
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() - 1);
    painter->setFont(small);
    painter->setPen(secondaryText(pal));
    const QRectF taglineRect(textLeft, 30, CardWidth - textLeft - Padding, 18);
    painter->drawText(
        taglineRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(small).elidedText(pillarTagline(m_pillar), Qt::ElideRight, taglineRect.width()));

    if (m_errors + m_warnings > 0) {
        const QRectF badge(CardWidth - Padding - 22, 10, 22, 22);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_errors > 0 ? errorColor(pal) : warningColor(pal));
        painter->drawEllipse(badge);
        QFont bold = base;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(dark ? QColor(Qt::black) : QColor(Qt::white));
        painter->drawText(badge, Qt::AlignCenter, QString::number(m_errors > 0 ? m_errors : m_warnings));
    }

    // "Nodes", the count in large type, and "+"/"−" at the right (buttons are child items).
    const qreal rowTop = HeaderHeight + 12;
    painter->setFont(base);
    painter->setPen(secondaryText(pal));
    const QString caption = tr("Nodes");
    const qreal captionWidth = QFontMetricsF(base).horizontalAdvance(caption);
    painter->drawText(QRectF(Padding, rowTop, captionWidth + 2, ButtonSize), Qt::AlignLeft | Qt::AlignVCenter,
                      caption);
    QFont countFont = base;
    countFont.setPointSizeF(base.pointSizeF() + 6);
    countFont.setBold(true);
    painter->setFont(countFont);
    painter->setPen(m_countAllowed ? pal.color(QPalette::Text) : errorColor(pal));
    const QString count = QString::number(m_count);
    const qreal countWidth = QFontMetricsF(countFont).horizontalAdvance(count);
    const QRectF countRect(Padding + captionWidth + 8, rowTop - 2, countWidth + 2, ButtonSize + 4);
    painter->drawText(countRect, Qt::AlignLeft | Qt::AlignVCenter, count);
    if (m_pillar == Pillar::System) {
        painter->setFont(small);
        painter->setPen(secondaryText(pal));
        const QRectF noteRect(countRect.right() + 8, rowTop, CardWidth - Padding - countRect.right() - 8,
                              ButtonSize);
        painter->drawText(
            noteRect, Qt::AlignRight | Qt::AlignVCenter,
            QFontMetricsF(small).elidedText(tr("scales by plan"), Qt::ElideRight, noteRect.width()));
    }

    // Plan specs to the right of the plan chip.
    const QRectF planRow(Padding, rowTop + ButtonSize + 8, CardWidth - 2 * Padding, 26);
    const qreal specsLeft = m_planButton->pos().x() + m_planButton->boundingRect().width() + 8;
    const QRectF specsRect(specsLeft, planRow.top(), planRow.right() - specsLeft, planRow.height());
    painter->setFont(small);
    painter->setPen(secondaryText(pal));
    painter->drawText(specsRect, Qt::AlignRight | Qt::AlignVCenter,
                      QFontMetricsF(small).elidedText(m_specs, Qt::ElideRight, specsRect.width()));

    // Monthly cost, and the health of the nodes once a cluster reports it.
    const QRectF costRow(Padding, planRow.bottom() + 8, CardWidth - 2 * Padding, 22);
    QFont costFont = base;
    costFont.setBold(true);
    painter->setFont(costFont);
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(costRow, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(costFont).elidedText(m_cost, Qt::ElideRight,
                                                         costRow.width() * (m_health ? 0.55 : 1.0)));
    if (m_health) {
        const bool allUp = m_health->total > 0 && m_health->healthy == m_health->total;
        const QColor state =
            allUp ? okColor(pal) : (m_health->healthy > 0 ? warningColor(pal) : errorColor(pal));
        const QString text = tr("%1/%2 healthy").arg(m_health->healthy).arg(m_health->total);
        painter->setFont(small);
        const qreal w = QFontMetricsF(small).horizontalAdvance(text);
        painter->setPen(Qt::NoPen);
        painter->setBrush(state);
        painter->drawEllipse(QRectF(costRow.right() - w - 14, costRow.center().y() - 4, 8, 8));
        painter->setPen(state);
        painter->drawText(costRow, Qt::AlignRight | Qt::AlignVCenter, text);
    }
    if (m_cpu.size() >= 2) {
        // CPU 0..100 % along the foot of the card, the half hour the points span.
        const QRectF strip(Padding, costRow.bottom() + 2, CardWidth - 2 * Padding,
                           CardHeight - costRow.bottom() - 5);
        const qreal x0 = m_cpu.first().x();
        const qreal span = std::max(m_cpu.last().x() - x0, 1.0);
        QPolygonF line;
        for (const QPointF &p : std::as_const(m_cpu))
            line.append(QPointF(strip.left() + (p.x() - x0) / span * strip.width(),
                                strip.bottom() - std::clamp(p.y(), 0.0, 100.0) / 100.0 * strip.height()));
        painter->setPen(QPen(pal.color(QPalette::Highlight), 1.2));
        painter->setBrush(Qt::NoBrush);
        painter->drawPolyline(line);
    }
}

void PillarCard::setCpuHistory(const QList<QPointF> &points)
{
    m_cpu = points;
    setToolTip(points.isEmpty() ? QString() : tr("CPU now: %1 %").arg(points.last().y(), 0, 'f', 1));
    update();
}

QVariant PillarCard::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && m_allowed.isValid()) {
        QPointF p = value.toPointF();
        p.setX(std::clamp(p.x(), m_allowed.left(), m_allowed.right()));
        p.setY(std::clamp(p.y(), m_allowed.top(), m_allowed.bottom()));
        return p;
    }
    if (change == ItemPositionHasChanged) {
        for (ConnectionArrow *arrow : std::as_const(m_arrows))
            arrow->updatePosition();
    }
    if (change == ItemSceneHasChanged)
        layoutButtons();
    return QGraphicsObject::itemChange(change, value);
}

void PillarCard::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressPos = pos();
    QGraphicsObject::mousePressEvent(event);
}

void PillarCard::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsObject::mouseReleaseEvent(event);
    if (pos() != m_pressPos)
        Q_EMIT moveFinished(m_pillar, pos());
}

} // namespace mb::studio
