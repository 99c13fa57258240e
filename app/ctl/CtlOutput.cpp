// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "CtlOutput.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace mb::ctl {

TextTable::TextTable(QStringList headers, QList<bool> rightAligned)
    : m_headers(std::move(headers))
    , m_right(std::move(rightAligned))
{
    m_right.resize(m_headers.size(), false);
}

void TextTable::addRow(QStringList cells)
{
    cells.resize(m_headers.size());
    m_rows.append(std::move(cells));
}

void TextTable::addSeparator()
{
    m_rows.append(std::nullopt);
}

void TextTable::print(QTextStream &out) const
{
    QList<qsizetype> widths;
    for (const QString &h : m_headers)
        widths.append(h.size());
    for (const auto &row : m_rows)
        if (row)
            for (qsizetype i = 0; i < row->size(); ++i)
                widths[i] = std::max(widths[i], row->at(i).size());

    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            const QString cell = m_right[i] ? cells[i].rightJustified(widths[i])
                                            : (last ? cells[i] : cells[i].leftJustified(widths[i]));
            text += cell;
            if (!last)
                text += QStringLiteral("  ");
        }
        while (text.endsWith(u' '))
            text.chop(1);
        out << text << '\n';
    };
    line(m_headers);
    for (const auto &row : m_rows) {
        if (row) {
            line(*row);
        } else {
            qsizetype total = 0;
            for (const qsizetype w : widths)
                total += w + 2;
            out << QString(total - 2, u'-') << '\n';
        }
    }
}

std::optional<QByteArray> readFileOrReport(const QString &path, QTextStream &err)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.exists() && info.isDir()) {
        err << Ctl::tr("madbasectl: cannot read %1: it is a directory").arg(path) << '\n';
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        err << Ctl::tr("madbasectl: cannot read %1: %2").arg(path, file.errorString()) << '\n';
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace mb::ctl
