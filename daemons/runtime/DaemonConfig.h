// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "ComponentSpec.h"
#include "base/Error.h"
#include "topology/Pillar.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <expected>
#include <string_view>
#include <vector>

namespace mb::daemon {

/**
 * A daemon's configuration file (version 1), read strictly: unknown keys, wrong types and bad
 * values are errors with a JSON pointer, line and column.
 *
 *     {"version":1, "cluster":"starter", "node":"starter-worker-1", "pillar":"worker", "plan":"cx23",
 *      "listen":{"address":"127.0.0.1","port":24101}, "tokenFile":"/abs/agent.token",
 *      "controlPlane":{"url":"http://127.0.0.1:24100"}, "dataDir":"/abs/data", "heartbeatSeconds":5,
 *      "log":{"level":"info","file":"daemon.log"}, "components":[…], "extensions":{…}}
 *
 * `controlPlane` is absent on the System node itself; `log.file` is relative to dataDir.
 */
struct DaemonConfig
{
    QString path; ///< the file it was read from
    QString cluster;
    QString node;
    topology::Pillar pillar = topology::Pillar::Worker;
    QString plan;
    QHostAddress listenAddress;
    quint16 listenPort = 0;
    QString tokenFile;
    QUrl controlPlaneUrl; ///< empty when there is no control plane to report to
    QString dataDir;
    int heartbeatSeconds = 5;
    QString logLevel = QStringLiteral("info");
    QString logFile; ///< absolute; empty when logging to stderr only
    QList<ComponentSpec> components;
    QJsonObject extensions;
};

using ConfigErrors = std::vector<Error>;

/// Reads a config document from text (no file-system checks).
[[nodiscard]] std::expected<DaemonConfig, ConfigErrors> parseDaemonConfig(std::string_view text);

/// Reads the config file at `path`; a missing or unreadable file is one error.
[[nodiscard]] std::expected<DaemonConfig, ConfigErrors> loadDaemonConfig(const QString &path);

/// Reads the bearer token. Refused when the file is missing, empty, or readable by group or
/// others (it must be mode 0600 or 0400); the token itself never appears in an error.
[[nodiscard]] Result<QByteArray> readTokenFile(const QString &path);

/// "<file>:<line>:<column>: <message> (at <pointer>)" for one config error.
[[nodiscard]] QString describeConfigError(const QString &file, const Error &error);

} // namespace mb::daemon
