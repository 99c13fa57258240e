// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "MessageBar.h"

#include "canvas/CanvasStyle.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace mb::studio {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_actions(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_actions);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::hideMessage);
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QList<QAction *> &actions)
{
    m_kind = kind;
    m_text->setText(text);
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_actions->addWidget(button, 0, Qt::AlignTop);
    }
    const QStyle::StandardPixmap icon = kind == Kind::Error     ? QStyle::SP_MessageBoxCritical
                                        : kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(QSize(size, size), devicePixelRatioF()));
    applyColours();
    show();
}

void MessageBar::hideMessage()
{
    hide();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_styling)
        applyColours();
    QFrame::changeEvent(event);
}

void MessageBar::applyColours()
{
    // Start from the parent's palette: ours is the one being set here.
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    QColor hue = base.color(QPalette::Highlight);
    if (m_kind == Kind::Error)
        hue = CanvasStyle::errorColor(base);
    else if (m_kind == Kind::Warning)
        hue = CanvasStyle::warningColor(base);
    else if (m_kind == Kind::Positive)
        hue = CanvasStyle::okColor(base);
    QPalette pal = base;
    pal.setColor(QPalette::Window, CanvasStyle::mix(base.color(QPalette::Window), hue, 0.18));
    pal.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    m_styling = true;
    setPalette(pal);
    m_styling = false;
}

} // namespace mb::studio
