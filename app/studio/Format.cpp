// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Format.h"

#include <QCoreApplication>
#include <QLocale>

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
