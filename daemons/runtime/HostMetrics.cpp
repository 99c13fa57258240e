// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "HostMetrics.h"

#include <QFile>

#include <charconv>
#include <chrono>

#include <fcntl.h>
#include <sys/statfs.h>
#include <unistd.h>

namespace mb::daemon {

namespace {

// Splits on runs of spaces and tabs.
QList<QByteArrayView> fields(QByteArrayView line)
{
    QList<QByteArrayView> out;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const qsizetype start = i;
        while (i < n && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > start)
            out << line.sliced(start, i - start);
    }
    return out;
}

double number(QByteArrayView text)
{
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

template <typename F> void forEachLine(QByteArrayView text, F &&f)
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        f(text.sliced(start, end - start));
        start = end + 1;
    }
}

QByteArray unescapeOctal(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '\\' && i + 3 < in.size() && in[i + 1] >= '0' && in[i + 1] <= '3') {
            out += static_cast<char>((in[i + 1] - '0') * 64 + (in[i + 2] - '0') * 8 + (in[i + 3] - '0'));
            i += 3;
        } else {
            out += in[i];
        }
    }
    return out;
}

} // namespace

ProcStat parseProcStat(QByteArrayView text, double ticksPerSecond)
{
    ProcStat stat;
    forEachLine(text, [&](QByteArrayView line) {
        if (line.startsWith("cpu") && line.size() > 3 && line[3] >= '0' && line[3] <= '9') {
            const auto f = fields(line);
            if (f.size() < 9)
                return;
            CpuTimes cpu;
            cpu.cpu = f[0].sliced(3).toByteArray();
            double *targets[] = {&cpu.user,   &cpu.nice, &cpu.system,  &cpu.idle,
                                 &cpu.iowait, &cpu.irq,  &cpu.softirq, &cpu.steal};
            for (int i = 0; i < 8; ++i)
                *targets[i] = number(f[i + 1]) / ticksPerSecond;
            stat.cpus << std::move(cpu);
        } else if (line.startsWith("btime ")) {
            stat.bootTime = number(line.sliced(6).trimmed());
        }
    });
    return stat;
}

QList<std::pair<QByteArray, double>> parseMeminfo(QByteArrayView text)
{
    QList<std::pair<QByteArray, double>> out;
    forEachLine(text, [&](QByteArrayView line) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return;
        const auto f = fields(line.sliced(colon + 1));
        if (f.isEmpty())
            return;
        double value = number(f[0]);
        if (f.size() > 1 && f[1] == "kB")
            value *= 1024;
        QByteArray key = line.first(colon).toByteArray();
        // node_exporter's names: "Active(anon)" becomes "Active_anon".
        key.replace('(', '_');
        key.replace(")", "");
        out.emplace_back(std::move(key), value);
    });
    return out;
}

QList<MountEntry> parseMounts(QByteArrayView text)
{
    QList<MountEntry> out;
    forEachLine(text, [&](QByteArrayView line) {
        const auto f = fields(line);
        if (f.size() < 3)
            return;
        out << MountEntry{unescapeOctal(f[0]), unescapeOctal(f[1]), f[2].toByteArray()};
    });
    return out;
}

bool isRealFilesystem(const MountEntry &mount)
{
    static constexpr QByteArrayView pseudo[] = {
        "autofs",   "binfmt_misc", "bpf",        "cgroup",     "cgroup2",   "configfs", "debugfs", "devpts",
        "devtmpfs", "fusectl",     "hugetlbfs",  "iso9660",    "mqueue",    "nsfs",     "overlay", "proc",
        "procfs",   "pstore",      "rpc_pipefs", "securityfs", "selinuxfs", "squashfs", "sysfs",   "tracefs"};
    for (const QByteArrayView type : pseudo) {
        if (mount.fsType == type)
            return false;
    }
    static constexpr QByteArrayView excludedRoots[] = {"/dev", "/proc", "/sys"};
    for (const QByteArrayView root : excludedRoots) {
        if (mount.mountPoint == root ||
            (mount.mountPoint.startsWith(root) && mount.mountPoint.size() > root.size() &&
             mount.mountPoint[root.size()] == '/'))
            return false;
    }
    static constexpr QByteArrayView excludedPrefixes[] = {"/run/credentials/", "/var/lib/docker/",
                                                          "/var/lib/containers/storage/"};
    for (const QByteArrayView prefix : excludedPrefixes) {
        if (mount.mountPoint.startsWith(prefix))
            return false;
    }
    return true;
}

QList<NetDevice> parseNetDev(QByteArrayView text)
{
    QList<NetDevice> out;
    forEachLine(text, [&](QByteArrayView line) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.contains('|'))
            return;
        const auto f = fields(line.sliced(colon + 1));
        if (f.size() < 10)
            return;
        NetDevice device;
        device.device = line.first(colon).trimmed().toByteArray();
        device.receiveBytes = number(f[0]);
        device.receivePackets = number(f[1]);
        device.transmitBytes = number(f[8]);
        device.transmitPackets = number(f[9]);
        out << std::move(device);
    });
    return out;
}

std::optional<LoadAverage> parseLoadavg(QByteArrayView text)
{
    const auto f = fields(text.trimmed());
    if (f.size() < 3)
        return std::nullopt;
    return LoadAverage{number(f[0]), number(f[1]), number(f[2])};
}

std::optional<ProcessStat> parseProcessStat(QByteArrayView text, double ticksPerSecond, double pageSize)
{
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const auto f = fields(text.sliced(close + 1).trimmed());
    // f[0] is field 3 (state); utime = field 14, stime 15, starttime 22, rss 24.
    if (f.size() < 22)
        return std::nullopt;
    ProcessStat stat;
    stat.cpuSeconds = (number(f[11]) + number(f[12])) / ticksPerSecond;
    stat.startTicks = number(f[19]);
    stat.residentBytes = number(f[21]) * pageSize;
    return stat;
}

QByteArray readWholeFile(const QByteArray &path)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    QByteArray out;
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        out.append(buffer, n);
    }
    ::close(fd);
    return out;
}

HostMetrics::HostMetrics(QString procRoot)
    : m_root(QFile::encodeName(procRoot))
    , m_ticks(static_cast<double>(::sysconf(_SC_CLK_TCK)))
    , m_pageSize(static_cast<double>(::sysconf(_SC_PAGESIZE)))
{}

void HostMetrics::collect(MetricsText &out) const
{
    double bootTime = 0;
    collectCpu(out, bootTime);
    collectMemory(out);
    collectFilesystems(out);
    collectNetwork(out);
    collectLoad(out);
    out.family("node_time_seconds", "System time in seconds since epoch (1970).", "gauge");
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    out.sample("node_time_seconds", {}, std::chrono::duration<double>(now).count());
    collectProcess(out, bootTime);
}

void HostMetrics::collectCpu(MetricsText &out, double &bootTime) const
{
    const ProcStat stat = parseProcStat(readWholeFile(m_root + "/stat"), m_ticks);
    bootTime = stat.bootTime;
    out.family("node_cpu_seconds_total", "Seconds the CPUs spent in each mode.", "counter");
    static constexpr QByteArrayView modes[] = {"user",   "nice", "system",  "idle",
                                               "iowait", "irq",  "softirq", "steal"};
    for (const CpuTimes &cpu : stat.cpus) {
        const double values[] = {cpu.user,   cpu.nice, cpu.system,  cpu.idle,
                                 cpu.iowait, cpu.irq,  cpu.softirq, cpu.steal};
        for (int i = 0; i < 8; ++i)
            out.sample("node_cpu_seconds_total", {{"cpu", cpu.cpu}, {"mode", modes[i]}}, values[i]);
    }
    if (stat.bootTime > 0) {
        out.family("node_boot_time_seconds", "Node boot time, in unixtime.", "gauge");
        out.sample("node_boot_time_seconds", {}, stat.bootTime);
    }
}

void HostMetrics::collectMemory(MetricsText &out) const
{
    const auto info = parseMeminfo(readWholeFile(m_root + "/meminfo"));
    static constexpr QByteArrayView wanted[] = {"MemTotal", "MemFree",   "MemAvailable", "Buffers",
                                                "Cached",   "SwapTotal", "SwapFree"};
    for (const QByteArrayView key : wanted) {
        for (const auto &[name, value] : info) {
            if (name != key)
                continue;
            const QByteArray metric = "node_memory_" + name + "_bytes";
            const QByteArray help = "Memory information field " + name + "_bytes.";
            out.family(metric, help, "gauge");
            out.sample(metric, {}, value);
            break;
        }
    }
}

void HostMetrics::collectFilesystems(MetricsText &out) const
{
    QList<MountEntry> mounts = parseMounts(readWholeFile(m_root + "/mounts"));
    mounts.removeIf([](const MountEntry &m) { return !isRealFilesystem(m); });
    struct Sizes
    {
        const MountEntry *mount;
        double size, free, avail;
    };
    QList<Sizes> sizes;
    for (qsizetype i = 0; i < mounts.size(); ++i) {
        const MountEntry &m = mounts[i];
        // A later mount on the same point hides the earlier one, as the kernel does.
        bool hidden = false;
        for (qsizetype j = i + 1; j < mounts.size() && !hidden; ++j)
            hidden = mounts[j].mountPoint == m.mountPoint;
        struct statfs fs
        {};
        if (hidden || ::statfs(m.mountPoint.constData(), &fs) != 0)
            continue;
        const double block = static_cast<double>(fs.f_bsize);
        sizes << Sizes{&m, static_cast<double>(fs.f_blocks) * block, static_cast<double>(fs.f_bfree) * block,
                       static_cast<double>(fs.f_bavail) * block};
    }
    const auto write = [&](QByteArrayView name, QByteArrayView help, double Sizes::*field) {
        out.family(name, help, "gauge");
        for (const Sizes &s : sizes)
            out.sample(name,
                       {{"device", s.mount->device},
                        {"fstype", s.mount->fsType},
                        {"mountpoint", s.mount->mountPoint}},
                       s.*field);
    };
    write("node_filesystem_size_bytes", "Filesystem size in bytes.", &Sizes::size);
    write("node_filesystem_free_bytes", "Filesystem free space in bytes.", &Sizes::free);
    write("node_filesystem_avail_bytes", "Filesystem space available to non-root users in bytes.",
          &Sizes::avail);
}

void HostMetrics::collectNetwork(MetricsText &out) const
{
    const auto devices = parseNetDev(readWholeFile(m_root + "/net/dev"));
    const auto write = [&](QByteArrayView name, QByteArrayView help, double NetDevice::*field) {
        out.family(name, help, "counter");
        for (const NetDevice &d : devices)
            out.sample(name, "device", d.device, d.*field);
    };
    write("node_network_receive_bytes_total", "Network device statistic receive_bytes.",
          &NetDevice::receiveBytes);
    write("node_network_receive_packets_total", "Network device statistic receive_packets.",
          &NetDevice::receivePackets);
    write("node_network_transmit_bytes_total", "Network device statistic transmit_bytes.",
          &NetDevice::transmitBytes);
    write("node_network_transmit_packets_total", "Network device statistic transmit_packets.",
          &NetDevice::transmitPackets);
}

void HostMetrics::collectLoad(MetricsText &out) const
{
    const auto load = parseLoadavg(readWholeFile(m_root + "/loadavg"));
    if (!load)
        return;
    out.family("node_load1", "1m load average.", "gauge");
    out.sample("node_load1", {}, load->one);
    out.family("node_load5", "5m load average.", "gauge");
    out.sample("node_load5", {}, load->five);
    out.family("node_load15", "15m load average.", "gauge");
    out.sample("node_load15", {}, load->fifteen);
}

void HostMetrics::collectProcess(MetricsText &out, double bootTime) const
{
    const auto self = parseProcessStat(readWholeFile(m_root + "/self/stat"), m_ticks, m_pageSize);
    if (!self)
        return;
    out.family("process_cpu_seconds_total", "Total user and system CPU time spent in seconds.", "counter");
    out.sample("process_cpu_seconds_total", {}, self->cpuSeconds);
    out.family("process_resident_memory_bytes", "Resident memory size in bytes.", "gauge");
    out.sample("process_resident_memory_bytes", {}, self->residentBytes);
    if (bootTime > 0) {
        out.family("process_start_time_seconds", "Start time of the process since unix epoch in seconds.",
                   "gauge");
        out.sample("process_start_time_seconds", {}, bootTime + self->startTicks / m_ticks);
    }
}

} // namespace mb::daemon
