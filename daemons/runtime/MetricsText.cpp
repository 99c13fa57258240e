// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "MetricsText.h"

#include <charconv>
#include <cmath>

namespace mb::daemon {

void MetricsText::family(QByteArrayView name, QByteArrayView help, QByteArrayView type)
{
    m_text += "# HELP ";
    m_text += name;
    m_text += ' ';
    // HELP text escapes only backslash and newline.
    for (const char c : help) {
        if (c == '\\')
            m_text += "\\\\";
        else if (c == '\n')
            m_text += "\\n";
        else
            m_text += c;
    }
    m_text += "\n# TYPE ";
    m_text += name;
    m_text += ' ';
    m_text += type;
    m_text += '\n';
}

void MetricsText::appendLabelValue(QByteArray &out, QByteArrayView value)
{
    for (const char c : value) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
}

void MetricsText::appendValue(QByteArray &out, double value)
{
    if (std::isnan(value)) {
        out += "NaN";
        return;
    }
    if (std::isinf(value)) {
        out += value > 0 ? "+Inf" : "-Inf";
        return;
    }
    char buffer[32];
    std::to_chars_result result;
    if (std::trunc(value) == value && std::fabs(value) < 1e15)
        result = std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(value));
    else
        result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

void MetricsText::sample(QByteArrayView name, std::initializer_list<Label> labels, double value)
{
    m_text += name;
    if (labels.size() > 0) {
        m_text += '{';
        bool first = true;
        for (const auto &[key, labelValue] : labels) {
            if (!first)
                m_text += ',';
            first = false;
            m_text += key;
            m_text += "=\"";
            appendLabelValue(m_text, labelValue);
            m_text += '"';
        }
        m_text += '}';
    }
    m_text += ' ';
    appendValue(m_text, value);
    m_text += '\n';
}

void MetricsText::sample(QByteArrayView name, QByteArrayView labelName, QByteArrayView labelValue,
                         double value)
{
    sample(name, {Label{labelName, labelValue}}, value);
}

} // namespace mb::daemon
