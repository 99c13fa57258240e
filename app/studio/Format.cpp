// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Format.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace mb::studio {

namespace {

QString currencySymbol(const std::string &currency)
{
    if (currency == "EUR")
        return QStringLiteral("€");
    if (currency == "USD")
        return QStringLiteral("$");
    return QString::fromStdString(currency) + u' ';
}

} // namespace

QString formatMoney(topology::Micros amount, const std::string &currency)
{
    return QLocale().toCurrencyString(static_cast<double>(amount) / 1e6, currencySymbol(currency), 2);
}

QString formatMonthly(topology::Micros amount, const std::string &currency)
{
    return QCoreApplication::translate("mb::studio", "%1 / month").arg(formatMoney(amount, currency));
}

QString formatGb(double gb)
{
    return QLocale().toString(gb, 'g', 4);
}

QString formatLatency(double ms)
{
    if (ms < 0)
        return QString();
    const QLocale locale;
    if (ms < 10)
        return QCoreApplication::translate("mb::studio", "%1 ms").arg(locale.toString(ms, 'f', 1));
    if (ms < 1000)
        return QCoreApplication::translate("mb::studio", "%1 ms").arg(locale.toString(ms, 'f', 0));
    return QCoreApplication::translate("mb::studio", "%1 s").arg(locale.toString(ms / 1000, 'f', 1));
}

QString formatAgo(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return QString();
    // Whole numbers first: lupdate (Qt 6.4) does not finish on a division inside translate()'s arguments.
    const int seconds = static_cast<int>(std::max<qint64>(0, when.secsTo(now)));
    const int minutes = seconds / 60;
    const int hours = seconds / 3600;
    if (seconds < 1)
        return QCoreApplication::translate("mb::studio", "just now");
    if (seconds < 60)
        return QCoreApplication::translate("mb::studio", "%n s ago", nullptr, seconds);
    if (minutes < 60)
        return QCoreApplication::translate("mb::studio", "%n min ago", nullptr, minutes);
    return QCoreApplication::translate("mb::studio", "%n h ago", nullptr, hours);
}

QString planSpecs(const topology::ServerPlan &plan)
{
    return QCoreApplication::translate("mb::studio", "%1 vCPU · %2 GB RAM · %3 GB disk")
        .arg(plan.vcpu)
        .arg(formatGb(plan.ramGb))
        .arg(plan.diskGb);
}

QString planSpecsShort(const topology::ServerPlan &plan)
{
    return QCoreApplication::translate("mb::studio", "%1 vCPU · %2 GB")
        .arg(plan.vcpu)
        .arg(formatGb(plan.ramGb));
}

} // namespace mb::studio
