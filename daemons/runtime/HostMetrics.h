// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "MetricsText.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace mb::daemon {

/// One line of /proc/stat for a CPU, in seconds.
struct CpuTimes
{
    QByteArray cpu; ///< "0", "1"… as node_exporter labels it
    double user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0;
};

struct ProcStat
{
    QList<CpuTimes> cpus;
    double bootTime = 0; ///< seconds since the epoch
};

struct MountEntry
{
    QByteArray device;
    QByteArray mountPoint;
    QByteArray fsType;
};

struct NetDevice
{
    QByteArray device;
    double receiveBytes = 0, receivePackets = 0, transmitBytes = 0, transmitPackets = 0;
};

struct LoadAverage
{
    double one = 0, five = 0, fifteen = 0;
};

struct ProcessStat
{
    double cpuSeconds = 0;
    double residentBytes = 0;
    double startTicks = 0; ///< clock ticks after boot
};

/// Per-CPU lines of /proc/stat (the aggregate "cpu" line is skipped) and btime.
[[nodiscard]] ProcStat parseProcStat(QByteArrayView text, double ticksPerSecond);
/// /proc/meminfo as (key, bytes) pairs: "kB" values are multiplied by 1024.
[[nodiscard]] QList<std::pair<QByteArray, double>> parseMeminfo(QByteArrayView text);
/// /proc/mounts with octal escapes (\040) decoded.
[[nodiscard]] QList<MountEntry> parseMounts(QByteArrayView text);
/// Whether node_exporter's default filters keep this mount (no proc, sysfs, cgroup, overlay…).
[[nodiscard]] bool isRealFilesystem(const MountEntry &mount);
/// /proc/net/dev receive and transmit counters per device.
[[nodiscard]] QList<NetDevice> parseNetDev(QByteArrayView text);
[[nodiscard]] std::optional<LoadAverage> parseLoadavg(QByteArrayView text);
/// /proc/<pid>/stat: utime+stime in seconds, rss in bytes, start time in ticks.
[[nodiscard]] std::optional<ProcessStat> parseProcessStat(QByteArrayView text, double ticksPerSecond,
                                                          double pageSize);

/// Whole file, read with plain read(2) (procfs files report size 0). Empty on error.
[[nodiscard]] QByteArray readWholeFile(const QByteArray &path);

/**
 * Host and process metrics under node_exporter's names, read from a proc root ("/proc", or
 * a fixture directory in tests) and statfs(2). Cheap enough for every scrape; no state.
 */
class HostMetrics
{
public:
    explicit HostMetrics(QString procRoot = QStringLiteral("/proc"));

    void collect(MetricsText &out) const;

private:
    void collectCpu(MetricsText &out, double &bootTime) const;
    void collectMemory(MetricsText &out) const;
    void collectFilesystems(MetricsText &out) const;
    void collectNetwork(MetricsText &out) const;
    void collectLoad(MetricsText &out) const;
    void collectProcess(MetricsText &out, double bootTime) const;

    QByteArray m_root;
    double m_ticks;
    double m_pageSize;
};

} // namespace mb::daemon
