// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <initializer_list>
#include <utility>

namespace mb::daemon {

/**
 * Builds a Prometheus text exposition (format 0.0.4): a family's `# HELP` and `# TYPE` lines,
 * then its samples. Label values are escaped; values print as integers when whole.
 *
 *     MetricsText m;
 *     m.family("node_load1", "1m load average.", "gauge");
 *     m.sample("node_load1", {}, 0.42);
 */
class MetricsText
{
public:
    using Label = std::pair<QByteArrayView, QByteArrayView>;

    static constexpr QByteArrayView ContentType = "text/plain; version=0.0.4; charset=utf-8";

    void family(QByteArrayView name, QByteArrayView help, QByteArrayView type);
    void sample(QByteArrayView name, std::initializer_list<Label> labels, double value);
    /// The same with one label, the common case (device, cpu, component…).
    void sample(QByteArrayView name, QByteArrayView labelName, QByteArrayView labelValue, double value);

    [[nodiscard]] const QByteArray &text() const { return m_text; }
    [[nodiscard]] QByteArray take() { return std::move(m_text); }

    static void appendValue(QByteArray &out, double value);
    static void appendLabelValue(QByteArray &out, QByteArrayView value);

private:
    QByteArray m_text;
};

} // namespace mb::daemon
