// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "NodeConfig.h"

#include "ComponentSpec.h"
#include "base/Secret.h"
#include "topology/Pillar.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

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

/// The cluster CA and the gateway's certificate (for 127.0.0.1 and localhost) signed by it;
/// made once. Returns gateway.pem (certificate then key).
Result<QByteArray> gatewayCertificate(const std::filesystem::path &dataDir)
{
    const QString dir = QString::fromStdString(dataDir.string());
    const QString pem = dir + QStringLiteral("/gateway.pem");
    if (!QFile::exists(pem)) {
        // umask 077: keys are never readable by others, not even between creation and chmod.
        const QString script = QStringLiteral(
            "set -e; umask 077; cd \"$1\"; "
            "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 "
            "-subj '/CN=MadBase cluster CA' -keyout cluster-ca.key -out cluster-ca.pem 2>/dev/null; "
            "openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj '/CN=gateway' "
            "-keyout gateway.key -out gateway.csr 2>/dev/null; "
            "printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\\n' > gateway.ext; "
            "openssl x509 -req -in gateway.csr -CA cluster-ca.pem -CAkey cluster-ca.key -CAcreateserial "
            "-days 825 -extfile gateway.ext -out gateway.crt 2>/dev/null; "
            "cat gateway.crt gateway.key > gateway.pem.new; mv gateway.pem.new gateway.pem; "
            "rm -f gateway.csr gateway.ext gateway.key gateway.crt cluster-ca.srl; chmod 0644 "
            "cluster-ca.pem");
        QProcess openssl;
        openssl.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script, QStringLiteral("sh"), dir});
        if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit ||
            openssl.exitCode() != 0)
            return fail(
                ErrorCode::IoWrite,
                Message{"mb::controlplane",
                        MB_TR_NOOP("mb::controlplane", "Cannot make the cluster CA in %1 with openssl."),
                        {dataDir.string()}});
    }
    QFile file(pem);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::IoRead, Message{"mb::controlplane",
                                               MB_TR_NOOP("mb::controlplane", "Cannot read %1."),
                                               {pem.toStdString()}});
    return file.readAll();
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
