// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "NodeConfig.h"

#include "ComponentSpec.h"
#include "base/Secret.h"
#include "topology/Pillar.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace mb::controlplane {

namespace {

constexpr int ChangesPerRevision = 1000;

Result<QString> secret(const std::filesystem::path &file)
{
    if (!std::filesystem::exists(file)) {
        auto fresh = randomHex(24);
        if (!fresh)
            return std::unexpected(fresh.error());
        if (auto written = writeSecretFile(file, *fresh); !written)
            return std::unexpected(written.error());
    }
    auto text = readSecretFile(file);
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
    config.m_pgPassword = *pg;
    config.m_redisPassword = *redis;
    return config;
}

QJsonObject NodeConfig::valuesFor(const QString &node, const std::vector<providers::NodeInfo> &nodes) const
{
    const auto self = std::find_if(nodes.begin(), nodes.end(), [&](const providers::NodeInfo &n) {
        return n.name == node.toStdString();
    });
    if (self == nodes.end() ||
        (self->pillar != topology::Pillar::State && self->pillar != topology::Pillar::Worker))
        return {};
    QJsonObject values{{QStringLiteral("pgPassword"), m_pgPassword},
                       {QStringLiteral("redisPassword"), m_redisPassword}};
    if (self->pillar == topology::Pillar::Worker) {
        // One-node State: its HAProxy is the entry point (port slots 3 and 4 of its node,
        // resources/templates/state.json).
        for (const providers::NodeInfo &n : nodes) {
            if (n.pillar != topology::Pillar::State || n.state != providers::NodeState::Running)
                continue;
            const auto [host, port] = hostAndPort(n.address);
            values.insert(QStringLiteral("stateHost"), host);
            values.insert(QStringLiteral("statePgPort"), QString::number(daemon::componentPort(port, 3)));
            values.insert(QStringLiteral("stateRedisPort"), QString::number(daemon::componentPort(port, 4)));
            break;
        }
    }
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
