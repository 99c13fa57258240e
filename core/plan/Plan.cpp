// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Plan.h"

#include "Sha256.h"
#include "json/JsonReader.h"

#include <nlohmann/json.hpp>

#include <array>
#include <map>
#include <set>

namespace mb::plan {

namespace {

constexpr const char *Ctx = "mb::plan";
constexpr int PlanFormatVersion = 1;

constexpr std::array<ActionKind, 8> AllKinds{
    ActionKind::CreateNode, ActionKind::Bootstrap, ActionKind::WaitHealthy, ActionKind::Drain,
    ActionKind::DeleteNode, ActionKind::StopNode,  ActionKind::ChangePlan,  ActionKind::StartNode};

nlohmann::json actionJson(const Action &a)
{
    nlohmann::json j{{"id", a.id},
                     {"kind", actionKindName(a.kind)},
                     {"node", a.node},
                     {"pillar", topology::pillarName(a.pillar)},
                     {"ordinal", a.ordinal},
                     {"plan", a.plan},
                     {"dependsOn", a.dependsOn}};
    if (!a.fromPlan.empty())
        j["fromPlan"] = a.fromPlan;
    if (a.downtimeSeconds != 0)
        j["downtimeSeconds"] = a.downtimeSeconds;
    return j;
}

nlohmann::json priceJson(const topology::Price &p)
{
    return {{"monthlyMicros", p.monthly}, {"hourlyMicros", p.hourly}};
}

Error invalid(Message message, std::string pointer = {}, std::string detail = {})
{
    return Error{ErrorCode::PlanInvalid, std::move(message), std::move(pointer), 0, 0, std::move(detail)};
}

std::optional<topology::Price> readPrice(json::ObjectReader &parent, std::string_view key,
                                         json::ErrorList &errors)
{
    const nlohmann::json *value = parent.member(key, true);
    if (!value)
        return std::nullopt;
    json::ObjectReader r(*value, parent.pointerOf(key), errors);
    const auto monthly = r.integer("monthlyMicros", true);
    const auto hourly = r.integer("hourlyMicros", true);
    r.finish();
    if (!monthly || !hourly)
        return std::nullopt;
    return topology::Price{*monthly, *hourly};
}

std::optional<Action> readAction(const nlohmann::json &value, const std::string &pointer,
                                 json::ErrorList &errors)
{
    json::ObjectReader r(value, pointer, errors);
    if (!r.isObject())
        return std::nullopt;
    Action a;
    const auto id = r.string("id", true);
    const auto kind = r.string("kind", true);
    const auto node = r.string("node", true);
    const auto pillar = r.string("pillar", true);
    const auto ordinal = r.integer("ordinal", true);
    const auto planName = r.string("plan", true);
    const auto deps = r.stringArray("dependsOn", true);
    a.fromPlan = r.string("fromPlan", false).value_or("");
    a.downtimeSeconds = static_cast<int>(r.integer("downtimeSeconds", false).value_or(0));
    r.finish();
    if (!id || !kind || !node || !pillar || !ordinal || !planName || !deps)
        return std::nullopt;
    const auto k = actionKindFromName(*kind);
    const auto p = topology::pillarFromName(*pillar);
    if (!k) {
        errors.add(invalid(Message{Ctx, MB_TR_NOOP("mb::plan", "Unknown action kind \"%1\"."), {*kind}},
                           r.pointerOf("kind")));
        return std::nullopt;
    }
    if (!p) {
        errors.add(invalid(Message{Ctx, MB_TR_NOOP("mb::plan", "Unknown pillar \"%1\"."), {*pillar}},
                           r.pointerOf("pillar")));
        return std::nullopt;
    }
    a.id = *id;
    a.kind = *k;
    a.node = *node;
    a.pillar = *p;
    a.ordinal = static_cast<int>(*ordinal);
    a.plan = *planName;
    a.dependsOn = *deps;
    return a;
}

/// SHA-256 of the canonical JSON (sorted keys, no spaces) of cluster, provider and actions.
std::string hashOf(const Plan &plan, nlohmann::json &actions)
{
    nlohmann::json canonical{{"cluster", plan.cluster}, {"provider", plan.provider}};
    canonical["actions"] = std::move(actions);
    std::string hash = sha256Hex(canonical.dump());
    actions = std::move(canonical["actions"]);
    return hash;
}

std::string pillarText(topology::Pillar p)
{
    return std::string(topology::pillarName(p));
}

} // namespace

std::string_view actionKindName(ActionKind kind)
{
    switch (kind) {
    case ActionKind::CreateNode:
        return "create-node";
    case ActionKind::Bootstrap:
        return "bootstrap";
    case ActionKind::WaitHealthy:
        return "wait-healthy";
    case ActionKind::Drain:
        return "drain";
    case ActionKind::DeleteNode:
        return "delete-node";
    case ActionKind::StopNode:
        return "stop-node";
    case ActionKind::ChangePlan:
        return "change-plan";
    case ActionKind::StartNode:
        return "start-node";
    }
    return "create-node";
}

std::optional<ActionKind> actionKindFromName(std::string_view name)
{
    for (const ActionKind k : AllKinds) {
        if (actionKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

std::string Plan::hash() const
{
    nlohmann::json actionList = nlohmann::json::array();
    for (const Action &a : actions)
        actionList.push_back(actionJson(a));
    return hashOf(*this, actionList);
}

PlanSummary Plan::summary() const
{
    std::map<std::string, std::set<ActionKind>> kinds;
    for (const Action &a : actions)
        kinds[a.node].insert(a.kind);
    PlanSummary s;
    for (const auto &[node, k] : kinds) {
        if (k.contains(ActionKind::CreateNode))
            ++s.toAdd;
        else if (k.contains(ActionKind::DeleteNode))
            ++s.toDestroy;
        else if (k.contains(ActionKind::ChangePlan) || k.contains(ActionKind::StartNode))
            ++s.toChange;
    }
    return s;
}

const Action *Plan::find(std::string_view id) const
{
    for (const Action &a : actions) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

nlohmann::json toJsonValue(const Plan &plan)
{
    nlohmann::json actions = nlohmann::json::array();
    for (const Action &a : plan.actions)
        actions.push_back(actionJson(a));
    std::string hash = hashOf(plan, actions);
    return {{"version", PlanFormatVersion},
            {"cluster", plan.cluster},
            {"provider", plan.provider},
            {"currency", plan.currency},
            {"costBefore", priceJson(plan.costBefore)},
            {"costAfter", priceJson(plan.costAfter)},
            {"actions", std::move(actions)},
            {"hash", std::move(hash)}};
}

std::string toJson(const Plan &plan)
{
    return toJsonValue(plan).dump(2) + '\n';
}

Result<Plan> planFromJson(std::string_view text)
{
    auto parsed = json::parseText(text);
    if (!parsed)
        return std::unexpected(parsed.error());
    json::ErrorList errors;
    json::ObjectReader r(*parsed, "", errors);
    Plan plan;
    const auto version = r.integer("version", true);
    plan.cluster = r.string("cluster", true).value_or("");
    plan.provider = r.string("provider", true).value_or("");
    plan.currency = r.string("currency", true).value_or("");
    plan.costBefore = readPrice(r, "costBefore", errors).value_or(topology::Price{});
    plan.costAfter = readPrice(r, "costAfter", errors).value_or(topology::Price{});
    const auto hash = r.string("hash", true);
    if (const nlohmann::json *actions = r.member("actions", true)) {
        if (!actions->is_array()) {
            errors.add(invalid(Message{Ctx, MB_TR_NOOP("mb::plan", "\"actions\" must be an array."), {}},
                               "/actions"));
        } else {
            for (std::size_t i = 0; i < actions->size(); ++i) {
                if (auto a = readAction((*actions)[i], "/actions/" + std::to_string(i), errors))
                    plan.actions.push_back(std::move(*a));
            }
        }
    }
    r.finish();
    if (version && *version != PlanFormatVersion) {
        errors.add(
            invalid(Message{Ctx,
                            MB_TR_NOOP("mb::plan", "Plan format version %1 is not supported (this build "
                                                   "reads version %2)."),
                            {std::to_string(*version), std::to_string(PlanFormatVersion)}},
                    "/version"));
    }
    if (!errors.empty()) {
        errors.locate(text);
        Error first = errors.errors().front();
        first.code = ErrorCode::PlanInvalid;
        return std::unexpected(std::move(first));
    }

    std::set<std::string_view> seen;
    for (std::size_t i = 0; i < plan.actions.size(); ++i) {
        const Action &a = plan.actions[i];
        const std::string pointer = "/actions/" + std::to_string(i);
        for (const std::string &dep : a.dependsOn) {
            if (!seen.contains(dep)) {
                return std::unexpected(invalid(
                    Message{
                        Ctx,
                        MB_TR_NOOP("mb::plan",
                                   "Action %1 depends on %2, which is not an earlier action of the plan."),
                        {a.id, dep}},
                    pointer + "/dependsOn"));
            }
        }
        if (!seen.insert(a.id).second) {
            return std::unexpected(
                invalid(Message{Ctx, MB_TR_NOOP("mb::plan", "Action id %1 appears twice."), {a.id}},
                        pointer + "/id"));
        }
    }
    if (hash && *hash != plan.hash()) {
        return std::unexpected(invalid(
            Message{Ctx,
                    MB_TR_NOOP("mb::plan", "The plan's hash does not match its actions: it was changed."),
                    {}},
            "/hash", "stored " + *hash + ", computed " + plan.hash()));
    }
    return plan;
}

std::vector<Message> describePlan(const Plan &plan)
{
    std::map<std::string, std::set<ActionKind>> kinds;
    for (const Action &a : plan.actions)
        kinds[a.node].insert(a.kind);

    std::vector<Message> lines;
    std::set<std::string> described;
    for (const Action &a : plan.actions) {
        if (!described.insert(a.node).second)
            continue;
        const auto &k = kinds[a.node];
        if (k.contains(ActionKind::CreateNode)) {
            lines.push_back(Message{
                Ctx, MB_TR_NOOP("mb::plan", "+ create %1 (%2, %3)"), {a.node, pillarText(a.pillar), a.plan}});
        } else if (k.contains(ActionKind::DeleteNode)) {
            lines.push_back(Message{Ctx,
                                    MB_TR_NOOP("mb::plan", "- destroy %1 (%2, %3)"),
                                    {a.node, pillarText(a.pillar), a.plan}});
        } else if (k.contains(ActionKind::ChangePlan)) {
            const Action *change = plan.find(a.node + "/change-plan");
            const Action &c = change ? *change : a;
            lines.push_back(Message{
                Ctx,
                MB_TR_NOOP("mb::plan", "~ resize %1 (%2) %3 → %4 (downtime ≈ %5 s)"),
                {a.node, pillarText(a.pillar), c.fromPlan, c.plan, std::to_string(c.downtimeSeconds)}});
        } else if (k.contains(ActionKind::StartNode)) {
            lines.push_back(Message{Ctx,
                                    MB_TR_NOOP("mb::plan", "~ start %1 (%2, found stopped)"),
                                    {a.node, pillarText(a.pillar)}});
        }
    }

    const auto money = [](topology::Micros m) { return topology::formatMoney(m, 2); };
    if (plan.empty()) {
        lines.push_back(Message{
            Ctx,
            MB_TR_NOOP("mb::plan", "No changes: the cluster matches the topology. Monthly cost: %1 %2"),
            {money(plan.costAfter.monthly), plan.currency}});
        return lines;
    }
    const PlanSummary s = plan.summary();
    const topology::Micros delta = plan.costAfter.monthly - plan.costBefore.monthly;
    std::string signedDelta(delta < 0 ? "" : "+");
    signedDelta += money(delta);
    lines.push_back(
        Message{Ctx,
                MB_TR_NOOP("mb::plan", "Plan: %1 to add, %2 to change, %3 to destroy. Monthly cost: "
                                       "%4 → %5 %6 (%7)"),
                {std::to_string(s.toAdd), std::to_string(s.toChange), std::to_string(s.toDestroy),
                 money(plan.costBefore.monthly), money(plan.costAfter.monthly), plan.currency, signedDelta}});
    return lines;
}

std::string renderText(const Plan &plan)
{
    std::string out;
    for (const Message &line : describePlan(plan))
        out += line.text() + '\n';
    return out;
}

} // namespace mb::plan
