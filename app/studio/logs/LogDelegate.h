// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QStyledItemDelegate>

namespace mb::studio {

/// Paints a log row: time, level in its colour, node, component and the line, with every match of
/// the search text highlighted; one text line per row unless wrapping.
class LogDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setSearch(const QString &text) { m_search = text; }
    void setWrap(bool wrap) { m_wrap = wrap; }
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    [[nodiscard]] int prefixWidth(const QFontMetrics &metrics) const;

    QString m_search;
    bool m_wrap = false;
};

} // namespace mb::studio
