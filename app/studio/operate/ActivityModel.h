// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QMap>

namespace mb::studio {

/**
 * Per-node progress of the apply under way: one row per node the plan touches, with its steps
 * done out of its total, the step it is on, the time it has taken and, inline, its error.
 * Fed by OperateController::applyStarted and applyStep; rows are matched by node name.
 */
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NodeColumn,
        ProgressColumn,
        StepColumn,
        ElapsedColumn,
        ColumnCount
    };
    enum Role
    {
        ProgressRole = Qt::UserRole + 1,
        FailedRole
    };

    explicit ActivityModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /// Steps done and in total over every node, for the overall bar.
    [[nodiscard]] std::pair<int, int> overall() const;
    [[nodiscard]] bool running() const { return m_running; }

public Q_SLOTS:
    void start(const QString &planId, const QMap<QString, int> &stepsPerNode);
    void step(const QString &node, const QString &state, const QString &message);
    void finish(bool succeeded);
    /// Re-reads the clock for the elapsed column.
    void tick();

Q_SIGNALS:
    void progressChanged(int done, int total);

private:
    struct Row
    {
        QString node;
        int done = 0;
        int total = 1;
        QString step;
        bool failed = false;
        QDateTime started;
        QDateTime finished;
    };
    int rowFor(const QString &node);

    QList<Row> m_rows;
    bool m_running = false;
};

} // namespace mb::studio
