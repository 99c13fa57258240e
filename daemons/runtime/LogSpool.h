// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"

#include <QByteArray>
#include <QString>

#include <deque>
#include <optional>

namespace mb::daemon {

/**
 * The log shipper's bounded buffer on disk (docs/observability.md, "Shipping"): one file per
 * batch, a push body ready to send, named `<seq>-<lines>.push` so a restart knows the order and
 * the count without reading them. A batch is written to a temporary name and renamed, so a
 * daemon killed mid-write leaves no half batch. Past `maxBytes` the oldest batches are deleted
 * and their lines counted as dropped: the buffer never grows without bound and never blocks.
 * Not thread-safe: one owner (the shipper's thread).
 */
class LogSpool
{
public:
    struct Batch
    {
        QString path;
        qint64 seq = 0;
        qint64 lines = 0;
        qint64 bytes = 0;
    };

    LogSpool(QString dir, qint64 maxBytes);

    /// Makes the directory and takes up the batches a previous run left (a temporary file is a
    /// batch that was never complete and goes).
    [[nodiscard]] Result<void> open();
    /// Adds a batch; the lines of older batches it pushed out of the bound, if any.
    [[nodiscard]] Result<qint64> append(const QByteArray &body, qint64 lines);

    [[nodiscard]] bool empty() const { return m_batches.empty(); }
    [[nodiscard]] std::optional<Batch> oldest() const;
    [[nodiscard]] Result<QByteArray> read(const Batch &batch) const;
    /// Deletes a batch (sent, or refused for good).
    void remove(const Batch &batch);

    [[nodiscard]] qint64 bytes() const { return m_bytes; }
    [[nodiscard]] qint64 lines() const { return m_lines; }
    [[nodiscard]] std::size_t batches() const { return m_batches.size(); }

private:
    QString m_dir;
    qint64 m_maxBytes;
    qint64 m_nextSeq = 1;
    qint64 m_bytes = 0;
    qint64 m_lines = 0;
    std::deque<Batch> m_batches; ///< oldest first
};

} // namespace mb::daemon
