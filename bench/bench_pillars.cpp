// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// The starter cluster running its real software (docs/pillars.md), on this machine:
//  - time from `madbasectl up` to the first passing `madbasectl check` (target < 10 s), median
//    of 3 rounds, each ended by `down`;
//  - requests per second to hello through the gateway (TLS, HAProxy) beside the same requests
//    straight to the worker runtime, in the same run (wrk, 2 threads, 16 connections, 5 s
//    each; target: gateway ≥ 0.8× direct);
//  - the idle cluster's memory (PSS) and CPU over 10 s, per component (its process tree) and
//    per daemon.
#include "BenchSupport.h"
#include "providers/local/LocalPorts.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <map>
#include <unistd.h>

namespace {

struct Ctl
{
    QString binary;
    QProcessEnvironment env;

    int run(const QStringList &args, QString *out = nullptr, int timeoutMs = 120000) const
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(binary, args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        return p.exitCode();
    }
};

/// pid → parent pid of every process.
std::map<qint64, qint64> parents()
{
    std::map<qint64, qint64> out;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!ok || !stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        out[pid] = fields.value(1).toLongLong();
    }
    return out;
}

QList<qint64> tree(qint64 root, const std::map<qint64, qint64> &parent)
{
    QList<qint64> out{root};
    for (qsizetype i = 0; i < out.size(); ++i)
        for (const auto &[pid, ppid] : parent)
            if (ppid == out[i])
                out << pid;
    return out;
}

double pssMiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

double cpuTicks(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = f.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.value(11).toDouble() + fields.value(12).toDouble();
}

double wrk(const QString &url)
{
    QProcess p;
    p.start(QStringLiteral("wrk"),
            {QStringLiteral("-t2"), QStringLiteral("-c16"), QStringLiteral("-d5s"), url});
    if (!p.waitForFinished(30000))
        return -1;
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const auto m = QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)")).match(out);
    const auto errors = QRegularExpression(QStringLiteral("Non-2xx or 3xx responses: (\\d+)")).match(out);
    if (errors.hasMatch())
        std::printf("  (%s: %s non-2xx answers)\n", qPrintable(url), qPrintable(errors.captured(1)));
    return m.hasMatch() ? m.captured(1).toDouble() : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir root;
    // PostgreSQL and Redis run as their own users and pass through the root (docs/pillars.md).
    QFile::setPermissions(root.path(), QFile::permissions(root.path()) | QFile::ExeOther);
    Ctl ctl{QStringLiteral(MB_CTL_BINARY), QProcessEnvironment::systemEnvironment()};
    ctl.env.insert(QStringLiteral("MADBASE_ROOT"), root.path());
    const QString starter = QStringLiteral(MB_SOURCE_DIR "/resources/examples/starter.json");

    std::vector<double> upToCheck;
    bool ok = true;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        if (ctl.run({QStringLiteral("up"), QStringLiteral("--yes"), starter}) != 0) {
            std::printf("up failed\n");
            return 1;
        }
        bool passed = false;
        while (!passed && timer.elapsed() < 60000) {
            passed = ctl.run({QStringLiteral("check")}, nullptr, 30000) == 0;
            if (!passed)
                QThread::msleep(100);
        }
        upToCheck.push_back(passed ? static_cast<double>(timer.elapsed()) / 1000.0 : 999);
        std::printf("round %d: up to passing check %.2f s\n", round + 1, upToCheck.back());
        if (round < 2)
            ctl.run({QStringLiteral("down"), QStringLiteral("--yes")});
    }
    std::sort(upToCheck.begin(), upToCheck.end());
    std::printf("up to passing check: median %.2f s (min %.2f, max %.2f) — target < 10 s: %s\n", upToCheck[1],
                upToCheck[0], upToCheck[2], upToCheck[1] < 10 ? "met" : "MISSED");
    ok = ok && upToCheck[1] < 10;

    // The components as the heartbeats report them, once every one runs (has a pid).
    QJsonArray nodes;
    for (int i = 0; i < 100; ++i) {
        QString statusText;
        ctl.run({QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json")}, &statusText);
        nodes = QJsonDocument::fromJson(statusText.toUtf8())
                    .object()
                    .value(QStringLiteral("nodes"))
                    .toObject()
                    .value(QStringLiteral("nodes"))
                    .toArray();
        const bool allPids = std::all_of(nodes.begin(), nodes.end(), [](const QJsonValue &n) {
            const QJsonArray cs = n.toObject().value(QStringLiteral("components")).toArray();
            return std::all_of(cs.begin(), cs.end(), [](const QJsonValue &c) {
                return c.toObject().value(QStringLiteral("pid")).toInteger() > 0;
            });
        });
        if (allPids)
            break;
        QThread::msleep(200);
    }
    int proxyPort = 0;
    int workerPort = 0;
    for (const QJsonValue &v : nodes) {
        const QJsonObject n = v.toObject();
        const int port = n.value(QStringLiteral("address")).toString().section(u':', -1).toInt();
        if (n.value(QStringLiteral("pillar")).toString() == u"proxy")
            proxyPort = port;
        if (n.value(QStringLiteral("pillar")).toString() == u"worker")
            workerPort = port;
    }
    // Interleaved (direct, gateway, direct, gateway), the best of each compared: a busy moment
    // of the machine then costs neither side alone.
    const QString directUrl = QStringLiteral("http://127.0.0.1:%1/functions/hello")
                                  .arg(mb::providers::local::componentPort(workerPort, 1));
    const QString gatewayUrl = QStringLiteral("https://127.0.0.1:%1/functions/hello")
                                   .arg(mb::providers::local::componentPort(proxyPort, 1));
    double direct = 0;
    double gateway = 0;
    for (int i = 0; i < 2; ++i) {
        const double d = wrk(directUrl);
        const double g = wrk(gatewayUrl);
        std::printf("  round %d: %.0f req/s direct, %.0f req/s through the gateway\n", i + 1, d, g);
        direct = std::max(direct, d);
        gateway = std::max(gateway, g);
    }
    std::printf("hello: %.0f req/s through the gateway (TLS), %.0f req/s straight to the worker runtime — "
                "%.2f× — target ≥ 0.8×: %s\n",
                gateway, direct, gateway / direct, gateway >= 0.8 * direct ? "met" : "MISSED");
    ok = ok && gateway >= 0.8 * direct;

    // Idle: components (process trees) and daemons, PSS now and CPU over 10 s.
    QThread::sleep(3);
    struct Part
    {
        QString name;
        QList<qint64> pids;
        double ticks = 0;
        std::map<qint64, double> start; ///< ticks at the first sample, per process
    };
    QList<Part> parts;
    const auto parent = parents();
    for (const QJsonValue &v : nodes) {
        const QJsonObject n = v.toObject();
        const QString node = n.value(QStringLiteral("name")).toString();
        QFile pidFile(root.path() + QStringLiteral("/starter/nodes/") + node +
                      QStringLiteral("/data/daemon.pid"));
        if (pidFile.open(QIODevice::ReadOnly))
            parts << Part{
                node + QStringLiteral(" daemon"), {pidFile.readAll().trimmed().toLongLong()}, 0, {}};
        for (const QJsonValue &c : n.value(QStringLiteral("components")).toArray())
            if (c.toObject().value(QStringLiteral("pid")).toInteger() > 0)
                parts << Part{node + u' ' + c.toObject().value(QStringLiteral("name")).toString(),
                              tree(c.toObject().value(QStringLiteral("pid")).toInteger(), parent),
                              0,
                              {}};
    }
    for (Part &p : parts)
        for (qint64 pid : std::as_const(p.pids))
            p.start[pid] = cpuTicks(pid);
    QThread::sleep(10);
    double totalPss = 0;
    double totalCpu = 0;
    const double hz = static_cast<double>(::sysconf(_SC_CLK_TCK));
    std::printf("idle, per part: PSS MiB, CPU %% of one core over 10 s\n");
    for (Part &p : parts) {
        double pss = 0;
        for (qint64 pid : std::as_const(p.pids)) {
            // A process that ended in between (a PostgreSQL backend) counts for nothing.
            if (const double end = cpuTicks(pid); end > 0)
                p.ticks += end - p.start[pid];
            pss += pssMiB(pid);
        }
        const double cpu = p.ticks / hz / 10.0 * 100.0;
        totalPss += pss;
        totalCpu += cpu;
        std::printf("  %-36s %7.1f MiB %6.2f %% (%lld processes)\n", qPrintable(p.name), pss, cpu,
                    static_cast<long long>(p.pids.size()));
    }
    std::printf("idle starter cluster: %.1f MiB PSS, %.2f %% of one core\n", totalPss, totalCpu);
    ctl.run({QStringLiteral("down"), QStringLiteral("--yes")});
    return ok ? 0 : 1;
}
