// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "OperateController.h"
#include "common/ControlPlaneClient.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>

#include <filesystem>
#include <memory>
#include <optional>

namespace mb::studio {

/**
 * The real Operate half: connects Studio to a cluster's control plane, bootstrapping the
 * System node on this machine (local provider) when the design's cluster is not up yet, exactly
 * as `madbasectl up` does. Reviews ask the control plane for a plan; applies follow its event
 * stream; the Nodes view and the cards' health follow GET /v1/nodes.
 *
 * The System node cannot restart the server it runs on, so a change to its plan appears in the
 * review as a resize Studio drives itself, through the provider, before the control plane
 * applies the rest.
 *
 * Nothing here blocks the GUI thread: provider calls run on the thread pool, HTTP is
 * asynchronous. Clusters live under $MADBASE_ROOT, else ~/.local/share/madbase/clusters.
 */
class ClusterConnection final : public OperateController
{
    Q_OBJECT

public:
    explicit ClusterConnection(QObject *parent = nullptr);
    ~ClusterConnection() override;

    [[nodiscard]] ConnectionState connectionState() const override { return m_state; }
    [[nodiscard]] QString endpoint() const override;
    /// From the cluster's record, pinning the cluster CA there first as `madbasectl check` does.
    [[nodiscard]] CheckTargetJob checkTarget() const override;
    [[nodiscard]] app::ControlPlaneClient *apiClient() const override
    {
        return m_state == ConnectionState::NotConnected ? nullptr : m_client.get();
    }
    [[nodiscard]] QString clusterName() const override { return m_cluster; }

    void connectToCluster(const mb::topology::Topology &design) override;
    void disconnectFromCluster() override;
    void requestReview(const mb::topology::Topology &design) override;
    void apply(const QString &planId) override;
    void cancelApply() override;

    /// Where clusters are kept (for tests: a private root).
    void setRoot(const std::filesystem::path &root) { m_root = root; }

private:
    struct Endpoint
    {
        QString url;
        QString token;
        QString systemNode;
        QString error; ///< set when neither connecting nor bootstrapping worked
    };

    void setState(ConnectionState state, const QString &detail = {});
    void onEndpoint(const Endpoint &endpoint);
    void waitForHealth(int attemptsLeft);
    void pollNodes();
    void onEvents(const QJsonArray &events);
    void postApply(const QString &planId);
    void resizeSystemThenApply(const QString &planId);

    std::filesystem::path m_root;
    ConnectionState m_state = ConnectionState::NotConnected;
    std::unique_ptr<app::ControlPlaneClient> m_client;
    QString m_cluster;
    QString m_systemNode;
    QString m_systemPlan;        ///< what the System node runs now (from /v1/nodes)
    QString m_pendingSystemPlan; ///< the reviewed System resize, done by Studio on apply
    QString m_applyingPlanId;
    QMap<QString, int> m_planSteps; ///< of the last reviewed plan, per node
    QString m_reviewedPlanId;
    QString m_reviewedHash;
    QTimer m_nodesTimer;
    bool m_busy = false;
};

} // namespace mb::studio
