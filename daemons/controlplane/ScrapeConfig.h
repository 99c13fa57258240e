// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "providers/Provider.h"

#include <QByteArray>
#include <QJsonArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <string>
#include <vector>

namespace mb::controlplane {

class NodeInventory;
class NodeMonitor;

/// What a scrape config is made of: the cluster's nodes, each node's components as its last
/// heartbeat reported them (their `metrics` URLs), and each node's token for its daemon's
/// /metrics.
struct ScrapeInputs
{
    std::string cluster;
    std::vector<providers::NodeInfo> nodes;
    std::function<QJsonArray(const std::string &node)> components;
    std::function<std::string(const std::string &node)> token;
    int intervalSeconds = 10;
};

/**
 * VictoriaMetrics' scrape config for the cluster (docs/observability.md, "Metrics"): one job per
 * running node's daemon (/metrics with that node's bearer token) and one per component that
 * names a metrics URL, every series labelled cluster, pillar, node, zone and component. JSON
 * (which VictoriaMetrics' YAML reader takes as it is), with only the fields it accepts in strict
 * mode. Holds tokens: written 0600, never logged.
 */
[[nodiscard]] QByteArray renderScrapeConfig(const ScrapeInputs &inputs);

/**
 * Keeps the scrape config file of the System node's VictoriaMetrics in step with the inventory
 * and the heartbeats: rendered every second, written (atomically, 0600) only when it changed;
 * VictoriaMetrics picks the change up without a restart (-promscrape.configCheckInterval,
 * resources/templates/system.json). Until the first read of the inventory the file holds no
 * target, so VictoriaMetrics can start before it.
 */
class ScrapeConfigWriter final : public QObject
{
    Q_OBJECT

public:
    ScrapeConfigWriter(QString path, ScrapeInputs inputs, NodeInventory &inventory,
                       QObject *parent = nullptr);
    /// Renders and writes now if it changed; whether the file is current.
    bool update();
    [[nodiscard]] int writes() const { return m_writes; }

private:
    QString m_path;
    ScrapeInputs m_inputs;
    NodeInventory &m_inventory;
    QByteArray m_written;
    QTimer m_timer;
    int m_writes = 0;
};

} // namespace mb::controlplane
