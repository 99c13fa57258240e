// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ComponentSpec.h"

#include <QRegularExpression>
#include <QSet>

#include <csignal>

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
        const nlohmann::json *port = r.member("port", false);
        if (port && port->is_string())
            spec.portText = fromStd(r.string("port", true).value_or(""));
        else if (port)
            spec.port = readRange(r, "port", 0, 1, 65535, errors);
        else
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

QStringList readStrings(json::ObjectReader &r, std::string_view key)
{
    QStringList out;
    for (const auto &item : r.stringArray(key, false).value_or(std::vector<std::string>{}))
        out << fromStd(item);
    return out;
}

QList<ComponentFile> readFiles(const nlohmann::json &value, const std::string &pointer,
                               json::ErrorList &errors)
{
    QList<ComponentFile> out;
    if (!value.is_array()) {
        errors.addValueError(pointer,
                             Message{Ctx, MB_TR_NOOP("mb::daemon", "\"files\" must be an array."), {}});
        return out;
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        json::ObjectReader r(value[i], pointer + '/' + std::to_string(i), errors);
        if (!r.isObject())
            continue;
        ComponentFile file;
        file.path = fromStd(r.string("path", true).value_or(""));
        if (!file.path.isEmpty() && !file.path.startsWith(u'/') && !file.path.startsWith(QLatin1String("${")))
            errors.addValueError(
                r.pointerOf("path"),
                Message{Ctx, MB_TR_NOOP("mb::daemon", "A file's path must be absolute."), {}});
        if (const auto mode = r.string("mode", false)) {
            bool ok = false;
            file.mode = QString::fromStdString(*mode).toInt(&ok, 8);
            if (!ok || file.mode < 0 || file.mode > 0777)
                errors.addValueError(
                    r.pointerOf("mode"),
                    Message{Ctx, MB_TR_NOOP("mb::daemon", "\"mode\" must be octal, like \"0600\"."), {}});
        }
        for (const auto &line : r.stringArray("lines", true).value_or(std::vector<std::string>{}))
            file.lines << fromStd(line);
        file.base64 = r.boolean("base64", false).value_or(false);
        r.finish();
        out << file;
    }
    return out;
}

int readSignal(json::ObjectReader &r, json::ErrorList &errors)
{
    const auto name = r.string("reload", false);
    if (!name || *name == "restart")
        return 0;
    if (*name == "SIGHUP")
        return SIGHUP;
    if (*name == "SIGUSR1")
        return SIGUSR1;
    if (*name == "SIGUSR2")
        return SIGUSR2;
    errors.addValueError(
        r.pointerOf("reload"),
        Message{Ctx,
                MB_TR_NOOP("mb::daemon", "Reload \"%1\" is unknown; use \"restart\", \"SIGHUP\", "
                                         "\"SIGUSR1\" or \"SIGUSR2\"."),
                {*name}});
    return 0;
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
    spec.packages = readStrings(r, "packages");
    spec.user = fromStd(r.string("user", false).value_or(""));
    spec.role = fromStd(r.string("role", false).value_or(""));
    spec.dependsOn = readStrings(r, "dependsOn");
    if (const nlohmann::json *ports = r.member("ports", false)) {
        json::ObjectReader pr(*ports, r.pointerOf("ports"), errors);
        if (pr.isObject()) {
            for (const auto &[key, unused] : ports->items())
                spec.ports.insert(fromStd(key), readRange(pr, key, 0, 0, PortSlots - 1, errors));
        }
        pr.finish();
    }
    spec.metricsUrl = fromStd(r.string("metrics", false).value_or(""));
    spec.logFiles = readStrings(r, "logFiles");
    if (const nlohmann::json *files = r.member("files", false))
        spec.files = readFiles(*files, r.pointerOf("files"), errors);
    spec.reloadSignal = readSignal(r, errors);
    spec.origin = pointer;
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
    for (const ComponentSpec &spec : std::as_const(out)) {
        for (qsizetype d = 0; d < spec.dependsOn.size(); ++d) {
            if (!names.contains(spec.dependsOn[d]) || spec.dependsOn[d] == spec.name)
                errors.addValueError(
                    spec.origin + "/dependsOn/" + std::to_string(d),
                    Message{Ctx,
                            MB_TR_NOOP("mb::daemon", "\"%1\" is not another component of this list."),
                            {spec.dependsOn[d].toStdString()}});
        }
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

namespace {

/// Expands one string; false with `error` set on an unknown key.
bool expandOne(QString &s, const QMap<QString, QString> &values, const std::string &pointer, bool &waiting,
               std::optional<Error> &error)
{
    if (!s.contains(u'$'))
        return true;
    QString out;
    qsizetype i = 0;
    while (i < s.size()) {
        if (s.at(i) == u'$' && s.mid(i, 3) == QLatin1String("$${")) {
            out += QLatin1String("${");
            i += 3;
            continue;
        }
        if (s.at(i) != u'$' || s.mid(i, 2) != QLatin1String("${")) {
            out += s.at(i++);
            continue;
        }
        const qsizetype end = s.indexOf(u'}', i + 2);
        const QString key = end < 0 ? QString() : s.mid(i + 2, end - i - 2);
        static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_.]*$"));
        if (end < 0 || !keyPattern.match(key).hasMatch()) {
            error = Error{
                ErrorCode::JsonValue,
                Message{
                    Ctx, MB_TR_NOOP("mb::daemon", "\"${\" must start a placeholder like ${dataDir}."), {}},
                pointer,
                0,
                0,
                {}};
            return false;
        }
        if (const auto it = values.constFind(key); it != values.cend()) {
            out += it.value();
        } else if (key.startsWith(QLatin1String("values."))) {
            waiting = true;
        } else {
            error = Error{
                ErrorCode::JsonValue,
                Message{Ctx, MB_TR_NOOP("mb::daemon", "Placeholder ${%1} is unknown."), {key.toStdString()}},
                pointer,
                0,
                0,
                {}};
            return false;
        }
        i = end + 1;
    }
    s = out;
    return true;
}

/// Replaces each `${each values.KEY}REST` line by one line per item of the value.
bool expandEach(QStringList &lines, const QMap<QString, QString> &values, bool &waiting)
{
    static const QRegularExpression each(QStringLiteral("^\\$\\{each (values\\.[A-Za-z0-9_]+)\\}(.*)$"));
    QStringList out;
    for (const QString &line : std::as_const(lines)) {
        const auto match = each.match(line);
        if (!match.hasMatch()) {
            out << line;
            continue;
        }
        const auto value = values.constFind(match.captured(1));
        if (value == values.cend()) {
            waiting = true;
            continue;
        }
        int index = 0;
        for (const QString &item : value->split(u',', Qt::SkipEmptyParts)) {
            QString rest = match.captured(2);
            const QStringList fields = item.trimmed().split(u' ', Qt::SkipEmptyParts);
            for (qsizetype f = fields.size(); f >= 1; --f)
                rest.replace(QStringLiteral("${item.%1}").arg(f), fields[f - 1]);
            rest.replace(QLatin1String("${item}"), item.trimmed());
            rest.replace(QLatin1String("${index}"), QString::number(++index));
            out << rest;
        }
    }
    lines = out;
    return true;
}

} // namespace

Result<void> expandPlaceholders(ComponentSpec &spec, const QMap<QString, QString> &values)
{
    std::optional<Error> error;
    bool waiting = false;
    const auto at = [&](std::string_view field) { return spec.origin + '/' + std::string(field); };
    const auto list = [&](QStringList &items, const std::string &pointer) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!expandOne(items[i], values, pointer + '/' + std::to_string(i), waiting, error))
                return false;
        }
        return true;
    };
    bool ok = list(spec.command, at("command"));
    for (auto it = spec.env.begin(); ok && it != spec.env.end(); ++it)
        ok = expandOne(it.value(), values, at("env/" + it.key().toStdString()), waiting, error);
    ok = ok && expandOne(spec.workingDir, values, at("workingDir"), waiting, error);
    ok = ok && expandOne(spec.healthCheck.url, values, at("healthCheck/url"), waiting, error);
    ok = ok && expandOne(spec.healthCheck.host, values, at("healthCheck/host"), waiting, error);
    ok = ok && list(spec.healthCheck.command, at("healthCheck/command"));
    if (ok && !spec.healthCheck.portText.isEmpty()) {
        QString port = spec.healthCheck.portText;
        ok = expandOne(port, values, at("healthCheck/port"), waiting, error);
        bool number = false;
        spec.healthCheck.port = port.toInt(&number);
        if (ok && !waiting && (!number || spec.healthCheck.port < 1 || spec.healthCheck.port > 65535)) {
            error = Error{ErrorCode::JsonValue,
                          Message{Ctx,
                                  MB_TR_NOOP("mb::daemon", "\"port\" must become a port number, not \"%1\"."),
                                  {port.toStdString()}},
                          at("healthCheck/port"),
                          0,
                          0,
                          {}};
            ok = false;
        }
    }
    ok = ok && expandOne(spec.metricsUrl, values, at("metrics"), waiting, error);
    ok = ok && list(spec.logFiles, at("logFiles"));
    for (qsizetype f = 0; ok && f < spec.files.size(); ++f) {
        const std::string file = at("files/" + std::to_string(f));
        ok = expandOne(spec.files[f].path, values, file + "/path", waiting, error) &&
             expandEach(spec.files[f].lines, values, waiting) && list(spec.files[f].lines, file + "/lines");
    }
    if (!ok)
        return std::unexpected(*error);
    spec.waiting = waiting;
    return {};
}

void readValues(const nlohmann::json &value, const std::string &pointer, QMap<QString, QString> &out,
                json::ErrorList &errors)
{
    json::ObjectReader r(value, pointer, errors);
    if (!r.isObject())
        return;
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    for (const auto &[key, unused] : value.items()) {
        const auto text = r.string(key, true);
        if (!text)
            continue;
        const QString v = fromStd(*text);
        const bool control = std::any_of(v.begin(), v.end(),
                                         [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
        if (!keyPattern.match(fromStd(key)).hasMatch() || control) {
            // The value may be a secret: the error names the field, never its content.
            errors.addValueError(
                r.pointerOf(key),
                Message{Ctx,
                        MB_TR_NOOP("mb::daemon", "A value needs a name of letters, digits and "
                                                 "\"_\" and must not contain control characters."),
                        {}});
            continue;
        }
        out.insert(QStringLiteral("values.") + fromStd(key), v);
    }
}

} // namespace mb::daemon
