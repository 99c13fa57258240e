// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "LogLine.h"

#include <QAbstractListModel>

#include <vector>

namespace mb::studio {

/**
 * The log explorer's lines: a bounded ring buffer (default 100,000 lines, configurable). Lines
 * come in batches, each one beginRemoveRows for the oldest lines it pushes out and one
 * beginInsertRows for itself, so a view relayouts once per batch whatever its size. Lines pushed
 * out of the window are counted (evictedCount), never dropped silently. GUI thread only.
 */
class LogModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    static constexpr qsizetype DefaultCapacity = 100'000;

    enum Role
    {
        TimestampRole = Qt::UserRole + 1, ///< qint64 unix nanoseconds
        LevelRole,                        ///< LogLevel as int
        LabelsRole,                       ///< QVariantMap of every label
        NodeRole,                         ///< the `node` label
        ComponentRole,                    ///< the `component` label
    };

    explicit LogModel(qsizetype capacity = DefaultCapacity, QObject *parent = nullptr);

    [[nodiscard]] qsizetype capacity() const { return m_capacity; }
    /// Keeps the newest `capacity` lines (the rest count as evicted).
    void setCapacity(qsizetype capacity);
    /// Appends `lines` (oldest first) as one batch.
    void appendLines(const QList<LogLine> &lines);
    void clear();
    [[nodiscard]] const LogLine &lineAt(int row) const;
    /// Lines pushed out of the window since the last clear().
    [[nodiscard]] qint64 evictedCount() const { return m_evicted; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void evictedCountChanged(qint64 count);

private:
    [[nodiscard]] qsizetype slot(qsizetype row) const { return (m_head + row) % qsizetype(m_buffer.size()); }

    std::vector<LogLine> m_buffer;
    qsizetype m_capacity;
    qsizetype m_head = 0; ///< slot of the oldest line
    qsizetype m_count = 0;
    qint64 m_evicted = 0;
};

} // namespace mb::studio
