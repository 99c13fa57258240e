// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ComponentSpec.h"

#include <QSet>

namespace mb::daemon {

namespace {

constexpr const char *Ctx = "mb::daemon";

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

int readRange(json::ObjectReader &r, std::string_view key, int fallback, int min, int max,
              json::ErrorList &errors)
{
    const auto value = r.integer(key, false);
    if (!value)
        return fallback;
    if (*value < min || *value > max) {
        errors.addValueError(r.pointerOf(key),
                             Message{Ctx,
                                     MB_TR_NOOP("mb::daemon", "\"%1\" must be between %2 and %3."),
                                     {std::string(key), std::to_string(min), std::to_string(max)}});
        return fallback;
    }
    return static_cast<int>(*value);
}

HealthCheckSpec readHealthCheck(const nlohmann::json &value, const std::string &pointer,
                                json::ErrorList &errors)
{
    HealthCheckSpec spec;
    json::ObjectReader r(value, pointer, errors);
    if (!r.isObject())
        return spec;
    const std::string type = r.string("type", true).value_or("");
    if (type == "tcp") {
        spec.type = HealthCheckSpec::Type::Tcp;
        if (const auto host = r.string("host", false))
            spec.host = fromStd(*host);
        spec.port = readRange(r, "port", 0, 1, 65535, errors);
        if (!r.member("port", false))
            r.integer("port", true);
    } else if (type == "http") {
        spec.type = HealthCheckSpec::Type::Http;
        spec.url = fromStd(r.string("url", true).value_or(""));
    } else if (type == "exec") {
        spec.type = HealthCheckSpec::Type::Exec;
        for (const auto &arg : r.stringArray("command", true).value_or(std::vector<std::string>{}))
            spec.command << fromStd(arg);
    } else if (!type.empty()) {
        errors.addValueError(
            r.pointerOf("type"),
            Message{Ctx,
                    MB_TR_NOOP("mb::daemon",
                               "Health check type \"%1\" is unknown; use \"tcp\", \"http\" or \"exec\"."),
                    {type}});
    }
    spec.intervalSeconds = readRange(r, "intervalSeconds", spec.intervalSeconds, 1, 3600, errors);
    spec.timeoutSeconds = readRange(r, "timeoutSeconds", spec.timeoutSeconds, 1, 600, errors);
    spec.failureThreshold = readRange(r, "failureThreshold", spec.failureThreshold, 1, 100, errors);
    r.finish();
    return spec;
}

ComponentSpec readComponent(const nlohmann::json &value, const std::string &pointer, json::ErrorList &errors)
{
    ComponentSpec spec;
    json::ObjectReader r(value, pointer, errors);
    if (!r.isObject())
        return spec;
    spec.name = fromStd(r.string("name", true).value_or(""));
    spec.enabled = r.boolean("enabled", false).value_or(true);
    const auto command = r.stringArray("command", spec.enabled);
    if (command) {
        if (command->empty() && spec.enabled)
            errors.addValueError(
                r.pointerOf("command"),
                Message{Ctx, MB_TR_NOOP("mb::daemon", "\"command\" needs at least the program."), {}});
        for (const auto &arg : *command)
            spec.command << fromStd(arg);
    }
    if (const nlohmann::json *env = r.member("env", false)) {
        json::ObjectReader er(*env, r.pointerOf("env"), errors);
        if (er.isObject()) {
            for (const auto &[key, unused] : env->items()) {
                if (const auto v = er.string(key, true))
                    spec.env.insert(fromStd(key), fromStd(*v));
            }
        }
        er.finish();
    }
    spec.workingDir = fromStd(r.string("workingDir", false).value_or(""));
    if (const nlohmann::json *check = r.member("healthCheck", false))
        spec.healthCheck = readHealthCheck(*check, r.pointerOf("healthCheck"), errors);
    if (const auto restart = r.string("restart", false)) {
        if (*restart == "always")
            spec.restart = RestartPolicy::Always;
        else if (*restart == "on-failure")
            spec.restart = RestartPolicy::OnFailure;
        else if (*restart == "never")
            spec.restart = RestartPolicy::Never;
        else
            errors.addValueError(
                r.pointerOf("restart"),
                Message{Ctx,
                        MB_TR_NOOP("mb::daemon", "Restart policy \"%1\" is unknown; use \"always\", "
                                                 "\"on-failure\" or \"never\"."),
                        {*restart}});
    }
    spec.optional = r.boolean("optional", false).value_or(false);
    spec.stopGraceSeconds = readRange(r, "stopGraceSeconds", spec.stopGraceSeconds, 1, 600, errors);
    r.finish();
    return spec;
}

} // namespace

QString restartPolicyName(RestartPolicy policy)
{
    switch (policy) {
    case RestartPolicy::Always:
        return QStringLiteral("always");
    case RestartPolicy::OnFailure:
        return QStringLiteral("on-failure");
    case RestartPolicy::Never:
        return QStringLiteral("never");
    }
    return {};
}

QList<ComponentSpec> readComponents(const nlohmann::json &value, const std::string &pointer,
                                    json::ErrorList &errors)
{
    QList<ComponentSpec> out;
    if (!value.is_array()) {
        errors.add(Error{ErrorCode::JsonType,
                         Message{Ctx,
                                 MB_TR_NOOP("mb::daemon", "\"components\" must be an array, not %1."),
                                 {json::describeType(value)}},
                         pointer,
                         0,
                         0,
                         {}});
        return out;
    }
    QSet<QString> names;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string itemPointer = pointer + '/' + std::to_string(i);
        ComponentSpec spec = readComponent(value[i], itemPointer, errors);
        if (spec.name.isEmpty())
            continue;
        if (names.contains(spec.name)) {
            errors.addValueError(itemPointer + "/name",
                                 Message{Ctx,
                                         MB_TR_NOOP("mb::daemon", "Component \"%1\" is listed twice."),
                                         {spec.name.toStdString()}});
            continue;
        }
        names.insert(spec.name);
        out << std::move(spec);
    }
    return out;
}

QList<ComponentSpec> mergeComponents(const QList<ComponentSpec> &fromTemplate,
                                     const QList<ComponentSpec> &fromConfig)
{
    QList<ComponentSpec> merged = fromTemplate;
    for (const ComponentSpec &spec : fromConfig) {
        const auto it = std::find_if(merged.begin(), merged.end(),
                                     [&](const ComponentSpec &c) { return c.name == spec.name; });
        if (it != merged.end())
            *it = spec;
        else
            merged << spec;
    }
    merged.removeIf([](const ComponentSpec &c) { return !c.enabled; });
    return merged;
}

void expandPlaceholders(ComponentSpec &spec, const QMap<QString, QString> &values)
{
    const auto expand = [&](QString &s) {
        if (!s.contains(QLatin1String("${")))
            return;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            s.replace(QLatin1String("${") + it.key() + u'}', it.value());
    };
    for (QString &arg : spec.command)
        expand(arg);
    for (auto it = spec.env.begin(); it != spec.env.end(); ++it)
        expand(it.value());
    expand(spec.workingDir);
    expand(spec.healthCheck.url);
    expand(spec.healthCheck.host);
    for (QString &arg : spec.healthCheck.command)
        expand(arg);
}

} // namespace mb::daemon
