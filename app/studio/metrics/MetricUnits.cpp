// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "MetricUnits.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <cmath>

namespace mb::studio {

namespace {

QString threeDigits(double value)
{
    const double magnitude = std::fabs(value);
    const int decimals = magnitude == 0 || magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
    return QLocale().toString(value, 'f', decimals);
}

QString scaled(double value, double base, const std::array<const char *, 7> &prefixes, const QString &suffix)
{
    std::size_t index = 0;
    while (std::fabs(value) >= base && index + 1 < prefixes.size()) {
        value /= base;
        ++index;
    }
    return threeDigits(value) + u' ' + QString::fromLatin1(prefixes[index]) + suffix;
}

} // namespace

QString formatMetric(double value, MetricUnit unit)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    static constexpr std::array<const char *, 7> Binary{"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
    static constexpr std::array<const char *, 7> Si{"", "k", "M", "G", "T", "P", "E"};
    switch (unit) {
    case MetricUnit::Percent:
        return threeDigits(value) + QStringLiteral(" %");
    case MetricUnit::Bytes:
        return scaled(value, 1024, Binary, QCoreApplication::translate("mb::studio", "B")).trimmed();
    case MetricUnit::BytesPerSecond:
        return scaled(value, 1024, Binary, QCoreApplication::translate("mb::studio", "B/s"));
    case MetricUnit::PerSecond:
        return scaled(value, 1000, Si, QCoreApplication::translate("mb::studio", "/s"));
    case MetricUnit::Seconds:
        if (value != 0 && std::fabs(value) < 1)
            return threeDigits(value * 1000) + u' ' + QCoreApplication::translate("mb::studio", "ms");
        return threeDigits(value) + u' ' + QCoreApplication::translate("mb::studio", "s");
    case MetricUnit::Plain:
        break;
    }
    return scaled(value, 1000, Si, QString()).trimmed();
}

} // namespace mb::studio
