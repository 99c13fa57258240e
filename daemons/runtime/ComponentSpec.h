// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"
#include "providers/local/LocalPorts.h"
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
    /// The port as a placeholder ("${port.pg}"), set into `port` by expandPlaceholders().
    QString portText;
    QString url;
    QStringList command;
    int intervalSeconds = 10;
    int timeoutSeconds = 5;
    /// Consecutive failed checks before the component counts as unhealthy.
    int failureThreshold = 3;

    bool operator==(const HealthCheckSpec &) const = default;
};

/// A config file a component reads, rendered by the daemon before each start.
struct ComponentFile
{
    QString path;
    int mode = 0600;
    /// Lines as written; with `base64`, their concatenation is decoded (a certificate and its
    /// key arrive as one value). A line `${each values.KEY}REST` becomes one line per
    /// comma-separated item of the value, `${item}` and `${index}` (from 1) in REST, and
    /// `${item.N}` for the item's N-th space-separated field.
    QStringList lines;
    bool base64 = false;

    bool operator==(const ComponentFile &) const = default;
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
 * and, as the node templates use them (docs/pillars.md):
 *
 *      "packages":["postgresql-15"], "user":"postgres", "role":"primary",
 *      "dependsOn":["redis"], "ports":{"pg":1}, "metrics":"http://…/metrics",
 *      "logFiles":["${dataDir}/pg/log"], "reload":"SIGHUP",
 *      "files":[{"path":"${dataDir}/pg/extra.conf","mode":"0600","lines":["port = ${port.pg}"]}]
 *
 * Placeholders `${name}` are expanded in command, env, workingDir, the health check, the
 * metrics URL, log files and files (see expandPlaceholders()). An optional component whose
 * program is not installed is reported as "absent" and does not degrade the node. A config
 * entry with the name of a template entry replaces it; `"enabled": false` removes it.
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
    QStringList packages;
    /// Run as this user (with its group) when the daemon runs as root; else as the daemon.
    QString user;
    /// What the component is on its node ("primary", "entry", …), shown in status.
    QString role;
    QStringList dependsOn;
    /// Named port slots of the node (see componentPort()); `${port.NAME}` in any component.
    QMap<QString, int> ports;
    QString metricsUrl;
    QStringList logFiles;
    QList<ComponentFile> files;
    /// Signal that makes the program re-read changed files (0: restart it instead).
    int reloadSignal = 0;
    /// Where the entry came from, for errors ("/components/2").
    std::string origin;
    /// Set by expandPlaceholders() when a `${values.…}` it needs has not arrived yet.
    bool waiting = false;
    /// Secrets among the values (passwords, keys): replaced by "***" in every output line the
    /// daemon logs or reports, should the program print them.
    QStringList redact;

    bool operator==(const ComponentSpec &) const = default;
};

using providers::local::componentPort;
using providers::local::PortSlots;

[[nodiscard]] QString restartPolicyName(RestartPolicy policy);

/// Reads the array at `pointer` (config "/components" or a template's) into specs, recording
/// every fault in `errors`.
QList<ComponentSpec> readComponents(const nlohmann::json &value, const std::string &pointer,
                                    json::ErrorList &errors);

/// Template entries first, then config entries; a config entry replaces the template entry
/// of the same name, and entries with enabled=false are dropped.
[[nodiscard]] QList<ComponentSpec> mergeComponents(const QList<ComponentSpec> &fromTemplate,
                                                   const QList<ComponentSpec> &fromConfig);

/**
 * Replaces `${key}` in every string of `spec` with `values[key]`; `$${` stands for a literal
 * `${`. A key that starts with "values." and is missing marks the spec `waiting` (the node's
 * desired config has not brought it yet); any other unknown key is an error naming the
 * field's JSON pointer. Values never contain control characters (readValues() refuses them),
 * so they cannot add lines to a rendered file.
 */
[[nodiscard]] Result<void> expandPlaceholders(ComponentSpec &spec, const QMap<QString, QString> &values);

/// Reads the desired config's "values" object (string → string, no control characters) at
/// `pointer` into `out` as "values.<key>".
void readValues(const nlohmann::json &value, const std::string &pointer, QMap<QString, QString> &out,
                json::ErrorList &errors);

} // namespace mb::daemon
