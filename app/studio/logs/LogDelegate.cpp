// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LogDelegate.h"

#include "LogModel.h"
#include "LogVolumeHistogram.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

namespace mb::studio {

namespace {
QString timeText(qint64 ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns / 1'000'000).toString(QStringLiteral("HH:mm:ss.zzz"));
}
} // namespace

int LogDelegate::prefixWidth(const QFontMetrics &metrics) const
{
    return metrics.horizontalAdvance(
        QStringLiteral("00:00:00.000  unknown  cluster-worker-10  madbase-worker  "));
}

void LogDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFontMetrics metrics(opt.font);
    const auto level = LogLevel(index.data(LogModel::LevelRole).toInt());
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QRect r = opt.rect.adjusted(4, 0, -4, 0);
    painter->save();
    painter->setFont(opt.font);
    const int timeW = metrics.horizontalAdvance(QStringLiteral("00:00:00.000  "));
    const int levelW = metrics.horizontalAdvance(QStringLiteral("unknown  "));
    const int nodeW = metrics.horizontalAdvance(QStringLiteral("cluster-worker-10  "));
    const int compW = metrics.horizontalAdvance(QStringLiteral("madbase-worker  "));
    const int lineH = metrics.height();
    QRect cell(r.left(), r.top(), timeW, lineH);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(cell, Qt::AlignLeft | Qt::AlignVCenter,
                      timeText(index.data(LogModel::TimestampRole).toLongLong()));
    cell.translate(timeW, 0);
    cell.setWidth(levelW);
    painter->setPen(selected ? text : levelColour(level));
    painter->drawText(cell, Qt::AlignLeft | Qt::AlignVCenter, levelName(level));
    cell.translate(levelW, 0);
    cell.setWidth(nodeW);
    painter->setPen(text);
    painter->drawText(
        cell, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(index.data(LogModel::NodeRole).toString(), Qt::ElideRight, nodeW - 4));
    cell.translate(nodeW, 0);
    cell.setWidth(compW);
    painter->drawText(
        cell, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(index.data(LogModel::ComponentRole).toString(), Qt::ElideRight, compW - 4));
    const QRect lineRect(cell.right() + 1, r.top(), std::max(10, r.right() - cell.right()), r.height());
    const QString line = index.data(Qt::DisplayRole).toString();
    if (level == LogLevel::Error && !selected)
        painter->setPen(levelColour(level));
    if (m_wrap) {
        painter->drawText(lineRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere, line);
    } else {
        if (!m_search.isEmpty()) {
            QColor mark(0xffeb3b);
            mark.setAlpha(selected ? 120 : 200);
            for (qsizetype at = line.indexOf(m_search, 0, Qt::CaseInsensitive); at >= 0;
                 at = line.indexOf(m_search, at + m_search.size(), Qt::CaseInsensitive)) {
                const int x = lineRect.left() + metrics.horizontalAdvance(line.left(at));
                if (x > lineRect.right())
                    break;
                painter->fillRect(
                    QRect(x, lineRect.top(), metrics.horizontalAdvance(line.mid(at, m_search.size())), lineH),
                    mark);
            }
        }
        painter->drawText(lineRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          metrics.elidedText(line, Qt::ElideRight, lineRect.width()));
    }
    painter->restore();
}

QSize LogDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    if (!m_wrap)
        return {prefixWidth(metrics) + 400, metrics.height() + 2};
    const int width =
        std::max(100, option.rect.width() > 0 ? option.rect.width() - prefixWidth(metrics) - 8 : 600);
    const QRect bound = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWrapAnywhere,
                                             index.data(Qt::DisplayRole).toString());
    return {prefixWidth(metrics) + width, std::max(bound.height(), metrics.height()) + 2};
}

} // namespace mb::studio
