// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <functional>

namespace mb::test {

/// Drives real clusters on this machine through the real madbasectl binary, in a private
/// root directory, and cleans up every process it started whatever happens.
class ClusterHarness
{
public:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    ClusterHarness();
    ~ClusterHarness();

    [[nodiscard]] bool valid() const { return m_root.isValid(); }
    [[nodiscard]] QString root() const { return m_root.path(); }
    /// The node ports this harness's root hands out (its `local-ports` file), disjoint from
    /// those of every other harness alive on this machine, so tests run side by side.
    [[nodiscard]] int firstPort() const { return m_firstPort; }
    [[nodiscard]] int lastPort() const { return m_firstPort + PortsPerHarness - 1; }

    /// Runs madbasectl with `--root` set, waiting up to `timeoutMs`.
    Run ctl(const QStringList &args, int timeoutMs = 180000) const;
    /// Starts madbasectl without waiting (to interrupt it).
    QProcess *startCtl(const QStringList &args) const;

    /// Writes the starter example, changed by `change`, to the root; returns its path.
    QString writeTopology(const QString &name,
                          const std::function<void(nlohmann::json &)> &change = {}) const;

    /// Node records (node.json) of `cluster`, by node name, each with "pid" from its daemon's pid file.
    [[nodiscard]] QMap<QString, QJsonObject> nodes(const QString &cluster) const;
    /// Pids of live pillar daemons (madbase-*) whose command line names `cluster`'s node directory.
    [[nodiscard]] QList<qint64> daemonPids(const QString &cluster) const;
    /// GET on the control plane with the cluster's API token.
    [[nodiscard]] QJsonObject api(const QString &cluster, const QString &path) const;

    /// The last `lines` lines of a node's daemon.log, for failure messages.
    [[nodiscard]] QString logTail(const QString &cluster, const QString &node, int lines = 15) const;

    /// Waits until `predicate` holds, polling every 100 ms, up to `timeoutMs`.
    static bool waitFor(const std::function<bool()> &predicate, int timeoutMs);

    static constexpr int PortsPerHarness = 42;

private:
    QTemporaryDir m_root;
    int m_firstPort = 0;
    int m_slotLock = -1; ///< flock held on this harness's slice of ports while it lives
};

} // namespace mb::test
