// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace mb::studio {

/**
 * An inline message above the content it is about (KDE's KMessageWidget, KeePassXC's
 * MessageWidget): for recoverable errors and notices, instead of a modal box. Colours are
 * blended from the palette, so it reads in light and dark mode.
 */
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information,
        Positive,
        Warning,
        Error
    };

    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows `text` (plain text) and any actions as buttons next to it.
    void showMessage(Kind kind, const QString &text, const QList<QAction *> &actions = {});
    void hideMessage();
    [[nodiscard]] QString text() const;
    [[nodiscard]] Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_actions;
    QToolButton *m_close;
    bool m_styling = false;
};

} // namespace mb::studio
