// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "NodeConfig.h"

#include "ComponentSpec.h"
#include "base/Secret.h"
#include "net/Pki.h"
#include "topology/Pillar.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>

namespace mb::controlplane {

namespace {

constexpr int ChangesPerRevision = 1000;

Result<QString> secret(const std::filesystem::path &file)
{
    auto text = readOrCreateSecretFile(file, 24);
    if (!text)
        return std::unexpected(text.error());
    return QString::fromStdString(*text);
}

/// "127.0.0.1:24103" → {"127.0.0.1", 24103}.
std::pair<QString, int> hostAndPort(const std::string &address)
{
    const QString text = QString::fromStdString(address);
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0)
        return {text, 0};
    return {text.left(colon), text.mid(colon + 1).toInt()};
}

Result<std::string> readFile(const std::filesystem::path &path)
{
    QFile file(QString::fromStdString(path.string()));
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            ErrorCode::IoRead,
            Message{"mb::controlplane",
                    MB_TR_NOOP("mb::controlplane",
                               "Cannot read %1: bootstrap puts the cluster CA there (docs/pillars.md)."),
                    {path.string()}});
    return file.readAll().toStdString();
}

/// The gateway's certificate (for 127.0.0.1 and localhost) signed by the cluster CA that
/// bootstrap left in `dataDir`, then its key: made once, kept in gateway.pem (0600).
Result<QByteArray> gatewayCertificate(const std::filesystem::path &dataDir)
{
    const std::filesystem::path pem = dataDir / "gateway.pem";
    // readSecretFile drops the final newline a PEM file ends with; it is put back.
    if (std::error_code ec; std::filesystem::exists(pem, ec)) {
        auto existing = readSecretFile(pem);
        if (!existing)
            return std::unexpected(existing.error());
        return QByteArray::fromStdString(*existing + '\n');
    }
    auto caCertificate = readFile(dataDir / "cluster-ca.pem");
    if (!caCertificate)
        return std::unexpected(caCertificate.error());
    auto caKey = readSecretFile(dataDir / "cluster-ca.key");
    if (!caKey)
        return std::unexpected(caKey.error());
    auto issued =
        net::issueServerCertificate({*caCertificate, *caKey + '\n'}, "gateway", {"127.0.0.1"}, {"localhost"});
    if (!issued)
        return std::unexpected(issued.error());
    const std::string bundle = issued->certificatePem + issued->privateKeyPem;
    if (auto written = writeSecretFile(pem, bundle); !written)
        return std::unexpected(written.error());
    return QByteArray::fromStdString(bundle);
}

/// The State pillar's nodes that exist or are being made, by ordinal.
std::vector<const providers::NodeInfo *> stateNodes(const std::vector<providers::NodeInfo> &nodes)
{
    std::vector<const providers::NodeInfo *> out;
    for (const providers::NodeInfo &n : nodes) {
        if (n.pillar == topology::Pillar::State && n.state != providers::NodeState::Deleting &&
            !n.address.empty())
            out.push_back(&n);
    }
    std::sort(out.begin(), out.end(), [](const auto *a, const auto *b) { return a->ordinal < b->ordinal; });
    return out;
}

/**
 * What a State node needs to know of its pillar (resources/templates/state.json, port slots
 * there): its etcd peers, whether it founds the pillar (the first node does: it starts etcd
 * alone and its Redis as master; every other node joins), HAProxy's servers and Sentinel's
 * peers and quorum. The list follows the inventory, so a join or a leave reaches every node.
 */
void insertStateMembers(QJsonObject &values, const providers::NodeInfo &self,
                        const std::vector<const providers::NodeInfo *> &state)
{
    QStringList etcdPeers, pgMembers, redisMembers, sentinels, redisNodes;
    QString founder;
    for (const providers::NodeInfo *n : state) {
        const auto [host, port] = hostAndPort(n->address);
        const QString name = QString::fromStdString(n->name);
        const auto at = [&, host = host, port = port](int slot) -> QString {
            return host + u':' + QString::number(daemon::componentPort(port, slot));
        };
        if (n->name != self.name)
            etcdPeers << QStringLiteral("http://") + at(7);
        pgMembers << name + u' ' + at(1) + u' ' + QString::number(daemon::componentPort(port, 6));
        redisMembers << name + u' ' + at(2);
        redisNodes << at(2);
        sentinels << at(9);
        if (n->ordinal == 1)
            founder = host + u' ' + QString::number(daemon::componentPort(port, 2));
    }
    const int count = static_cast<int>(state.size());
    values.insert(QStringLiteral("etcdFounder"),
                  self.ordinal == 1 ? QStringLiteral("yes") : QStringLiteral("no"));
    values.insert(QStringLiteral("etcdPeers"), etcdPeers.join(u','));
    values.insert(QStringLiteral("pgMembers"), pgMembers.join(u','));
    values.insert(QStringLiteral("redisMembers"), redisMembers.join(u','));
    values.insert(QStringLiteral("redisNodes"), redisNodes.join(u','));
    values.insert(QStringLiteral("sentinels"), sentinels.join(u','));
    values.insert(QStringLiteral("redisFounder"), founder);
    values.insert(QStringLiteral("stateCount"), QString::number(count));
    values.insert(QStringLiteral("stateSolo"), count <= 1 ? QStringLiteral("yes") : QStringLiteral("no"));
    values.insert(QStringLiteral("sentinelQuorum"), QString::number(count / 2 + 1));
}

} // namespace

Result<NodeConfig> NodeConfig::open(const std::filesystem::path &dataDir)
{
    NodeConfig config;
    auto pg = secret(dataDir / "postgres.password");
    if (!pg)
        return std::unexpected(pg.error());
    auto redis = secret(dataDir / "redis.password");
    if (!redis)
        return std::unexpected(redis.error());
    auto gateway = gatewayCertificate(dataDir);
    if (!gateway)
        return std::unexpected(gateway.error());
    config.m_gatewayPem = QString::fromLatin1(gateway->toBase64());
    config.m_pgPassword = *pg;
    config.m_redisPassword = *redis;
    return config;
}

QJsonObject NodeConfig::valuesFor(const QString &node, const std::vector<providers::NodeInfo> &nodes) const
{
    const auto self = std::find_if(nodes.begin(), nodes.end(), [&](const providers::NodeInfo &n) {
        return n.name == node.toStdString();
    });
    if (self == nodes.end())
        return {};
    if (self->pillar == topology::Pillar::Proxy) {
        QStringList workers;
        for (const providers::NodeInfo &n : nodes) {
            if (n.pillar != topology::Pillar::Worker || n.state != providers::NodeState::Running)
                continue;
            const auto [host, port] = hostAndPort(n.address);
            // The runtime's port slot (resources/templates/worker.json).
            workers << host + u':' + QString::number(daemon::componentPort(port, 1));
        }
        return QJsonObject{{QStringLiteral("workers"), workers.join(u',')},
                           {QStringLiteral("gatewayPem"), m_gatewayPem}};
    }
    if (self->pillar != topology::Pillar::State && self->pillar != topology::Pillar::Worker)
        return {};
    QJsonObject values{{QStringLiteral("pgPassword"), m_pgPassword},
                       {QStringLiteral("redisPassword"), m_redisPassword}};
    const std::vector<const providers::NodeInfo *> state = stateNodes(nodes);
    if (self->pillar == topology::Pillar::Worker) {
        // Every State node's HAProxy is an entry point (port slots 3 and 4 of its node,
        // resources/templates/state.json); the runtime moves to the next when one fails.
        QStringList entries;
        for (const providers::NodeInfo *n : state) {
            if (n->state != providers::NodeState::Running)
                continue;
            const auto [host, port] = hostAndPort(n->address);
            entries << host + u':' + QString::number(daemon::componentPort(port, 3)) + u':' +
                           QString::number(daemon::componentPort(port, 4));
            if (!values.contains(QStringLiteral("stateHost"))) {
                values.insert(QStringLiteral("stateHost"), host);
                values.insert(QStringLiteral("statePgPort"), QString::number(daemon::componentPort(port, 3)));
                values.insert(QStringLiteral("stateRedisPort"),
                              QString::number(daemon::componentPort(port, 4)));
            }
        }
        if (!entries.isEmpty())
            values.insert(QStringLiteral("stateEntries"), entries.join(u','));
        return values;
    }
    insertStateMembers(values, *self, state);
    return values;
}

qint64 NodeConfig::versionFor(const QString &node, qint64 topologyVersion, const QJsonObject &values)
{
    const QByteArray digest = QCryptographicHash::hash(QJsonDocument(values).toJson(QJsonDocument::Compact),
                                                       QCryptographicHash::Sha256);
    Seen &seen = m_seen[node];
    if (seen.topologyVersion != topologyVersion) {
        seen = Seen{topologyVersion, digest, 0};
    } else if (seen.digest != digest) {
        seen.digest = digest;
        seen.changes = std::min(seen.changes + 1, ChangesPerRevision - 1);
    }
    return topologyVersion * ChangesPerRevision + seen.changes;
}

} // namespace mb::controlplane
