// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "api/ClusterCheck.h"

#include <QAbstractTableModel>

#include <array>
#include <optional>

namespace mb::studio {

/**
 * The hops of Cluster ▸ Check (core/api/ClusterCheck.h), one row each in the order of a request
 * through the cluster (gateway, worker, State entry, PostgreSQL, Redis): result, latency and what
 * happened there. Every row is there from the start; a hop's row fills in when it arrives.
 */
class CheckHopsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckHopsModel)

public:
    enum Column
    {
        HopColumn,
        ResultColumn,
        LatencyColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        /// "passed", "failed", "skipped" (not reached), "waiting" (not known yet), "not-run".
        OutcomeRole = Qt::UserRole + 1,
    };

    explicit CheckHopsModel(QObject *parent = nullptr);

    /// Forgets every hop; `running` says whether the rows not known yet are awaited or not run.
    void reset(bool running);
    /// The check ended without these rows (cancelled or failed before them): they say so.
    void markUnreached();
    void setHop(const api::CheckHop &hop);
    [[nodiscard]] const std::optional<api::CheckHop> &hop(api::CheckHopKind kind) const;
    /// How many hops have arrived.
    [[nodiscard]] int known() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    static constexpr int HopCount = 5;
    /// The hop's name for people ("Gateway", "State entry (HAProxy)").
    [[nodiscard]] static QString hopTitle(api::CheckHopKind kind);

private:
    [[nodiscard]] QString outcome(int row) const;

    std::array<std::optional<api::CheckHop>, HopCount> m_hops;
    bool m_running = false;
};

} // namespace mb::studio
