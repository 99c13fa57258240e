// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ScrapeConfig.h"

#include "NodeInventory.h"
#include "base/Secret.h"
#include "topology/Pillar.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace mb::controlplane {

namespace {

QString str(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QJsonObject job(const QString &name, const QUrl &url, const QJsonObject &labels, const QString &token)
{
    QJsonObject out{
        {QStringLiteral("job_name"), name},
        {QStringLiteral("scheme"), url.scheme()},
        {QStringLiteral("metrics_path"), url.path().isEmpty() ? QStringLiteral("/metrics") : url.path()},
        {QStringLiteral("static_configs"),
         QJsonArray{QJsonObject{{QStringLiteral("targets"),
                                 QJsonArray{QString(url.host() + u':' + QString::number(url.port(80)))}},
                                {QStringLiteral("labels"), labels}}}}};
    if (!token.isEmpty())
        out.insert(QStringLiteral("bearer_token"), token);
    return out;
}

} // namespace

QByteArray renderScrapeConfig(const ScrapeInputs &inputs)
{
    QJsonArray jobs;
    for (const providers::NodeInfo &node : inputs.nodes) {
        if (node.state != providers::NodeState::Running || node.address.empty())
            continue;
        const QJsonObject labels{
            {QStringLiteral("cluster"), str(inputs.cluster)},
            {QStringLiteral("pillar"), str(topology::pillarName(node.pillar))},
            {QStringLiteral("node"), str(node.name)},
            {QStringLiteral("zone"), str(topology::zoneName(topology::zoneOf(node.pillar)))}};
        QJsonObject daemonLabels = labels;
        daemonLabels.insert(QStringLiteral("component"), QStringLiteral("daemon"));
        jobs.append(job(str(node.name),
                        QUrl(QStringLiteral("http://") + str(node.address) + QStringLiteral("/metrics")),
                        daemonLabels, inputs.token ? str(inputs.token(node.name)) : QString()));
        if (!inputs.components)
            continue;
        for (const QJsonValue &c : inputs.components(node.name)) {
            const QJsonObject component = c.toObject();
            const QUrl url(component.value(QStringLiteral("metrics")).toString());
            const QString name = component.value(QStringLiteral("name")).toString();
            // Only what a component of this node serves on plain HTTP at a loopback or the node's
            // own host: a heartbeat cannot point the scraper elsewhere.
            const QString host = QUrl(QStringLiteral("http://") + str(node.address)).host();
            if (!url.isValid() || url.scheme() != u"http" || url.port() <= 0 || name.isEmpty() ||
                (url.host() != host && url.host() != u"127.0.0.1"))
                continue;
            QJsonObject componentLabels = labels;
            componentLabels.insert(QStringLiteral("component"), name);
            jobs.append(job(QString(str(node.name) + u'/' + name), url, componentLabels, {}));
        }
    }
    const QString interval = QString::number(inputs.intervalSeconds) + u's';
    const QString timeout = QString::number(std::max(1, inputs.intervalSeconds - 1)) + u's';
    const QJsonObject config{
        {QStringLiteral("global"), QJsonObject{{QStringLiteral("scrape_interval"), interval},
                                               {QStringLiteral("scrape_timeout"), timeout}}},
        {QStringLiteral("scrape_configs"), jobs}};
    return QJsonDocument(config).toJson(QJsonDocument::Indented);
}

ScrapeConfigWriter::ScrapeConfigWriter(QString path, ScrapeInputs inputs, NodeInventory &inventory,
                                       QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_inputs(std::move(inputs))
    , m_inventory(inventory)
{
    // No target yet, but a file VictoriaMetrics can start with.
    ScrapeInputs none = m_inputs;
    none.nodes.clear();
    const QByteArray empty = renderScrapeConfig(none);
    if (writeSecretFile(m_path.toStdString(),
                        std::string_view(empty.constData(), static_cast<std::size_t>(empty.size()))))
        m_written = empty;
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_inventory.refreshIfOlder(std::chrono::seconds(2));
        update();
    });
    m_timer.start();
}

bool ScrapeConfigWriter::update()
{
    if (!m_inventory.readAt().isValid())
        return false; // nothing read yet: an empty config would drop every target
    m_inputs.nodes = m_inventory.nodes();
    const QByteArray text = renderScrapeConfig(m_inputs);
    if (text == m_written)
        return true;
    if (!writeSecretFile(m_path.toStdString(),
                         std::string_view(text.constData(), static_cast<std::size_t>(text.size()))))
        return false;
    m_written = text;
    ++m_writes;
    return true;
}

} // namespace mb::controlplane
