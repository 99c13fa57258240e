// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "NodesModel.h"
#include "ReviewPlan.h"
#include "api/ClusterCheck.h"
#include "base/Error.h"
#include "topology/Topology.h"

#include <QMap>
#include <QObject>

#include <functional>

namespace mb::app {
class ControlPlaneClient;
}

namespace mb::studio {

/**
 * What the main window needs from whatever connects it to a cluster's control plane (the
 * Operate half of Studio). The window calls the slots and shows what the signals report;
 * it never blocks on them. An implementation does its network work off the GUI thread and
 * emits from the GUI thread.
 *
 * Give one to MainWindow::setOperateController(): the Cluster menu's Connect and Review
 * actions come alive, the status bar follows connectionStateChanged, a Nodes dock appears
 * and cards show health.
 */
class OperateController : public QObject
{
    Q_OBJECT

public:
    enum class ConnectionState
    {
        NotConnected,
        Connecting,
        Connected,
        /// Was connected and lost it; retrying. The local document is never touched.
        Reconnecting,
    };
    Q_ENUM(ConnectionState)

    using QObject::QObject;

    [[nodiscard]] virtual ConnectionState connectionState() const = 0;
    /// Where the control plane is ("https://127.0.0.1:7443"), for the status bar's tooltip.
    [[nodiscard]] virtual QString endpoint() const = 0;

    /// Finds what Cluster ▸ Check reaches (the API, its token, the cluster CA to pin). It may
    /// read and write the cluster's files, so it is a job to run off the GUI thread; any thread
    /// may run it, and it holds no reference to its controller.
    using CheckTargetJob = std::function<Result<api::CheckTarget>()>;
    /// The job for the connected cluster; empty while not connected (then nothing to check).
    [[nodiscard]] virtual CheckTargetJob checkTarget() const { return {}; }
    /// The connected control plane's client, for the Metrics and Logs views; null while not connected.
    [[nodiscard]] virtual app::ControlPlaneClient *apiClient() const { return nullptr; }
    /// The connected cluster's name (its series' and streams' `cluster` label); empty while not connected.
    [[nodiscard]] virtual QString clusterName() const { return {}; }

public Q_SLOTS:
    /// Bootstraps the design's cluster (its System node) or connects to it if it runs.
    virtual void connectToCluster(const mb::topology::Topology &design) = 0;
    virtual void disconnectFromCluster() = 0;
    /// Asks the control plane for the plan that turns the cluster into `design`;
    /// answers with reviewReady() or reviewFailed().
    virtual void requestReview(const mb::topology::Topology &design) = 0;
    /// Applies a reviewed plan by its id; progress goes to the lead's Activity dock.
    virtual void apply(const QString &planId) = 0;
    virtual void cancelApply() = 0;

Q_SIGNALS:
    /// `detail` is a person's explanation ("retrying in 5 s: connection refused").
    void connectionStateChanged(mb::studio::OperateController::ConnectionState state, const QString &detail);
    void reviewReady(const mb::studio::ReviewPlan &plan);
    void reviewFailed(const QString &message);
    void applyFinished(bool succeeded, const QString &message);
    /// The cluster's inventory changed (every node, as NodesModel::setNodes takes it).
    void nodesChanged(const QList<mb::studio::NodeRow> &nodes);
    void pillarHealthChanged(mb::topology::Pillar pillar, int healthy, int total);
    /// An apply began: every node it touches with the number of steps it takes there.
    void applyStarted(const QString &planId, const QMap<QString, int> &stepsPerNode);
    /// One step on one node: `state` is "started", "done", "failed", "retry" or "cancelled";
    /// `message` is for a person, in the user's language.
    void applyStep(const QString &node, const QString &state, const QString &message);
    /// What differs between the cluster's topology and its nodes while nothing applies:
    /// `count` changes (0: in step) and the plan that converges, in English text.
    void pendingChanged(int count, const QString &plan);
};

} // namespace mb::studio
