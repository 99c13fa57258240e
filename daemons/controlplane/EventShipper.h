// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QLoggingCategory>
#include <QObject>

#include <cstdint>

namespace mb::store {
class Store;
}

namespace mb::controlplane {

class EventLog;

/// The category of the control plane's events in the daemon's log; the log shipper labels its
/// lines component="control-plane" (docs/observability.md).
Q_DECLARE_LOGGING_CATEGORY(lcEvents)

/**
 * Writes every event the control plane stores (its own and the reconciler's) into the daemon's
 * log, one logfmt line each (`msg=… kind=… node=… plan=… seq=…`), so the events reach the log
 * store with the daemon's other lines. Reads after the last one it wrote on each
 * EventLog::stored(); main thread only.
 */
class EventShipper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventShipper)

public:
    EventShipper(store::Store &store, EventLog &events, QObject *parent = nullptr);

private:
    void writeNew();

    store::Store &m_store;
    std::int64_t m_last = 0;
    bool m_scheduled = false;
};

} // namespace mb::controlplane
