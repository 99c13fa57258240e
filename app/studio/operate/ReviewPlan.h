// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "StudioTypes.h"
#include "topology/Money.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <string>

namespace mb::studio {

/// One step of a plan, as the Review dialog lists it.
struct PlanAction
{
    enum class Kind
    {
        Create,
        Resize,
        Remove,
    };
    Kind kind = Kind::Create;
    QString node; ///< "production-state-2"
    topology::Pillar pillar = topology::Pillar::Worker;
    QString fromPlan; ///< empty for Create
    QString toPlan;   ///< empty for Remove
    /// Expected downtime in seconds (a resize powers the node off); 0 for none.
    int downtimeSeconds = 0;
    /// What this step adds to (or, negative, takes off) the monthly bill.
    topology::Micros monthlyDelta = 0;
    QString detail; ///< anything else worth reading before applying (in the user's language)
};

/**
 * A plan the control plane computed for a design, ready to review (Terraform's plan): every
 * action and the monthly cost before and after. Built by the OperateController from the
 * control plane's answer to POST /v1/plan; the dialog only shows it.
 */
struct ReviewPlan
{
    QString id;   ///< the control plane's plan id, passed back to apply
    QString hash; ///< the plan's hash, shown so the applied plan is the reviewed one
    QString cluster;
    QList<PlanAction> actions;
    topology::Micros monthlyBefore = 0;
    topology::Micros monthlyAfter = 0;
    std::string currency = "EUR";
    /// Reasons the plan cannot be applied (rule errors, a lost connection); empty when it can.
    QStringList blockers;

    [[nodiscard]] bool canApply() const { return blockers.isEmpty() && !actions.isEmpty(); }
    [[nodiscard]] int count(PlanAction::Kind kind) const
    {
        int n = 0;
        for (const PlanAction &a : actions)
            n += a.kind == kind ? 1 : 0;
        return n;
    }
};

} // namespace mb::studio

Q_DECLARE_METATYPE(mb::studio::ReviewPlan)
