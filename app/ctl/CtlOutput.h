// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace mb::ctl {

/// Translation context of madbasectl's own strings.
class Ctl
{
    Q_DECLARE_TR_FUNCTIONS(mb::ctl::Ctl)
};

enum class Format
{
    Text,
    Json,
    Raw ///< the log lines alone (madbasectl logs); every other command prints it as Text
};

/// What every command gets: parsed options, the streams, and the output format.
struct Context
{
    QTextStream &out;
    QTextStream &err;
    Format format = Format::Text;
};

/// A table printed with columns padded to their widest cell; `rightAligned` columns are
/// numbers. Cells may be translated text of any length.
class TextTable
{
public:
    explicit TextTable(QStringList headers, QList<bool> rightAligned = {});
    void addRow(QStringList cells);
    void addSeparator();
    void print(QTextStream &out) const;

private:
    QStringList m_headers;
    QList<bool> m_right;
    QList<std::optional<QStringList>> m_rows; // nullopt = separator
};

/// Reads a whole file. On failure prints "madbasectl: cannot read FILE: reason" to `err`.
[[nodiscard]] std::optional<QByteArray> readFileOrReport(const QString &path, QTextStream &err);

} // namespace mb::ctl
