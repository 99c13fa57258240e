// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "LogLine.h"
#include "observe/ObserveApi.h"

#include <QHash>

namespace mb::studio {

/// Log lines decoded from a Loki answer (`streams`) or a tail frame.
struct LokiLines
{
    ApiFailure failure;
    QList<LogLine> lines;      ///< in time order (forward), ties in the order the answer gave them
    qint64 droppedEntries = 0; ///< a tail frame's `dropped_entries`: lines the server could not send
};

/**
 * Decodes Loki's log answers: `/v1/logs/query_range` bodies (`data.result` of type `streams`) and
 * tail frames (`{"streams":[…],"dropped_entries":[…]}`). Streams' label sets are shared between
 * their lines and, across calls, between frames of the same stream. Not thread-safe: one decoder
 * per thread (the tail's worker, or one per export job).
 */
class LokiDecoder
{
public:
    [[nodiscard]] LokiLines decode(const app::RawReply &reply);
    /// A tail frame (always a 2xx body).
    [[nodiscard]] LokiLines decodeFrame(const QByteArray &frame);

private:
    LabelSet intern(const QJsonObject &labels);
    LokiLines decodeStreams(const QJsonArray &streams);

    QHash<QString, LabelSet> m_labelSets;
};

} // namespace mb::studio
