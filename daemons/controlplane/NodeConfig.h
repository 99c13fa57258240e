// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"
#include "providers/Provider.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <filesystem>
#include <vector>

namespace mb::controlplane {

/**
 * What each node needs from the inventory, rendered into the "values" of its desired config
 * (docs/pillars.md): the State entry points for workers (every State node's), the State
 * pillar's members for each State node (etcd peers, HAProxy's servers, Sentinels), the
 * cluster's PostgreSQL and Redis
 * credentials for the State node and the workers only (never for the proxy or the System
 * node), and for the gateway the running workers and its certificate. The credentials and
 * the cluster CA (made with the openssl CLI) are generated once per cluster and kept in the
 * System node's data directory (keys and passwords 0600); they never go into a log line, an
 * event or an error. The CA's certificate, cluster-ca.pem, is what clients pin.
 *
 * A node's config version is the topology revision times 1000 plus how often its values
 * changed since (a State node that appears changes the workers' values), so a join or a
 * leave reaches the peers with the next long-poll answer. Lives on the control plane's thread.
 */
class NodeConfig final
{
public:
    /// Reads or creates the credentials in `dataDir` (the cluster CA must be there).
    [[nodiscard]] static Result<NodeConfig> open(const std::filesystem::path &dataDir);

    /// The values for `node` given the cluster's nodes (empty for a node that needs none).
    [[nodiscard]] QJsonObject valuesFor(const QString &node,
                                        const std::vector<providers::NodeInfo> &nodes) const;
    /// The version of `node`'s config for `topologyVersion` and its current values.
    [[nodiscard]] qint64 versionFor(const QString &node, qint64 topologyVersion, const QJsonObject &values);

private:
    struct Seen
    {
        qint64 topologyVersion = 0;
        QByteArray digest;
        int changes = 0;
    };

    QString m_pgPassword;
    QString m_redisPassword;
    QString m_gatewayPem; ///< base64 of the gateway's certificate and key
    QHash<QString, Seen> m_seen;
};

} // namespace mb::controlplane
