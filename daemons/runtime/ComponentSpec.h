// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"
#include "json/JsonReader.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace mb::daemon {

/// How a component's health is checked while it runs.
struct HealthCheckSpec
{
    enum class Type
    {
        None, ///< running = healthy
        Tcp,  ///< a TCP connect to host:port succeeds
        Http, ///< a GET of url answers 2xx or 3xx
        Exec  ///< a command exits 0
    };
    Type type = Type::None;
    QString host = QStringLiteral("127.0.0.1");
    int port = 0;
    QString url;
    QStringList command;
    int intervalSeconds = 10;
    int timeoutSeconds = 5;
    /// Consecutive failed checks before the component counts as unhealthy.
    int failureThreshold = 3;

    bool operator==(const HealthCheckSpec &) const = default;
};

enum class RestartPolicy
{
    Always,
    OnFailure,
    Never
};

/**
 * One program the daemon supervises, as a node template or the daemon config names it:
 *
 *     {"name":"postgres", "command":["/usr/lib/postgresql/15/bin/postgres","-D","${dataDir}/pg"],
 *      "env":{"LC_ALL":"C.UTF-8"}, "workingDir":"${dataDir}", "restart":"always",
 *      "healthCheck":{"type":"tcp","port":5432,"intervalSeconds":5},
 *      "optional":true, "stopGraceSeconds":30}
 *
 * `${dataDir}`, `${node}`, `${cluster}` and `${pillar}` are expanded in command, env,
 * workingDir and the health check. An optional component whose program is not installed is
 * reported as "absent" and does not degrade the node. A config entry with the name of a
 * template entry replaces it; `"enabled": false` removes it.
 */
struct ComponentSpec
{
    QString name;
    QStringList command;
    QMap<QString, QString> env;
    QString workingDir;
    HealthCheckSpec healthCheck;
    RestartPolicy restart = RestartPolicy::Always;
    bool enabled = true;
    bool optional = false;
    int stopGraceSeconds = 10;

    bool operator==(const ComponentSpec &) const = default;
};

[[nodiscard]] QString restartPolicyName(RestartPolicy policy);

/// Reads the array at `pointer` (config "/components" or a template's) into specs, recording
/// every fault in `errors`.
QList<ComponentSpec> readComponents(const nlohmann::json &value, const std::string &pointer,
                                    json::ErrorList &errors);

/// Template entries first, then config entries; a config entry replaces the template entry
/// of the same name, and entries with enabled=false are dropped.
[[nodiscard]] QList<ComponentSpec> mergeComponents(const QList<ComponentSpec> &fromTemplate,
                                                   const QList<ComponentSpec> &fromConfig);

/// Replaces `${key}` in every string of `spec` with `values[key]`.
void expandPlaceholders(ComponentSpec &spec, const QMap<QString, QString> &values);

} // namespace mb::daemon
