// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// Local apply wall time: `madbasectl up` of a cluster with 1, 10 and 50 worker nodes (plus one
// System, Proxy and State node each), real daemons on this machine. Target: 50 workers in
// under 3× the time of 1, which only real parallelism achieves. The sizes run in interleaved
// rounds and the medians are compared, so a busy moment of the machine skews no single size.
//
// Also printed, not judged: the apply alone (the control plane's apply-started to
// apply-finished events, without bootstrapping the System node), and the same `up` with every
// node started by an exec of its own (MADBASE_SPAWN_SERVERS=0) to show what the spawn servers
// save, and how long `down` takes. Every run must end with `down` leaving no process behind.
// `up --no-wait`: this measures the engine (nodes made and their daemons healthy), not the
// software the nodes then start (bench_pillars measures that).
#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <vector>

namespace {

struct Outcome
{
    double upSeconds = -1;
    double applySeconds = -1;
    double downSeconds = -1;
    QString failure; ///< what went wrong, empty when the run was good
};

/// Processes whose command line names something under `root` (a daemon left behind).
int processesUnder(const QString &root)
{
    int count = 0;
    const QByteArray marker = root.toLocal8Bit() + '/';
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        entry.toLongLong(&ok);
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (ok && cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(marker))
            ++count;
    }
    return count;
}

/// Seconds from apply-started to apply-finished in the cluster's event log.
std::optional<double> applySeconds(const QString &ctl, const QString &root, const QProcessEnvironment &env)
{
    QProcess events;
    events.setProcessEnvironment(env);
    events.start(ctl, {QStringLiteral("events"), QStringLiteral("--format"), QStringLiteral("json"),
                       QStringLiteral("--root"), root});
    events.waitForFinished(60000);
    std::optional<QDateTime> started, finished;
    for (const QByteArray &line : events.readAllStandardOutput().split('\n')) {
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        const QString kind = e.value(QStringLiteral("kind")).toString();
        const QDateTime time =
            QDateTime::fromString(e.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        if (kind == u"apply-started" && !started)
            started = time;
        else if (kind == u"apply-finished")
            finished = time;
    }
    if (!started || !finished)
        return std::nullopt;
    return started->msecsTo(*finished) / 1000.0;
}

Outcome upAndDown(const QString &ctl, int workers, bool spawnServers)
{
    QTemporaryDir root;
    // PostgreSQL and Redis run as their own users and pass through the root (docs/pillars.md).
    QFile::setPermissions(root.path(), QFile::permissions(root.path()) | QFile::ExeOther);
    Outcome outcome;
    auto doc = nlohmann::json::parse(mb::bench::sourceFile("resources/examples/starter.json"));
    doc["name"] = "bench" + std::to_string(workers);
    doc["pillars"]["worker"]["count"] = workers;
    const QString file = root.filePath(QStringLiteral("topology.json"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly)) {
        outcome.failure = QStringLiteral("cannot write ") + file;
        return outcome;
    }
    f.write(QByteArray::fromStdString(doc.dump(2)));
    f.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MADBASE_SPAWN_SERVERS"),
               spawnServers ? QStringLiteral("1") : QStringLiteral("0"));

    QProcess up;
    up.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    up.start(ctl, {QStringLiteral("up"), file, QStringLiteral("--yes"), QStringLiteral("--no-wait"),
                   QStringLiteral("--root"), root.path()});
    up.waitForFinished(600000);
    const double seconds = clock.elapsed() / 1000.0;
    if (up.exitCode() != 0)
        outcome.failure = QString::fromUtf8(up.readAllStandardOutput() + up.readAllStandardError());
    else
        outcome.upSeconds = seconds;
    outcome.applySeconds = applySeconds(ctl, root.path(), env).value_or(-1);

    QProcess down;
    down.setProcessEnvironment(env);
    clock.restart();
    down.start(ctl, {QStringLiteral("down"), QStringLiteral("--yes"), QStringLiteral("--root"), root.path()});
    down.waitForFinished(120000);
    outcome.downSeconds = clock.elapsed() / 1000.0;
    if (down.exitCode() != 0)
        outcome.failure += QStringLiteral("down failed: ") +
                           QString::fromUtf8(down.readAllStandardOutput() + down.readAllStandardError());
    // A process ends a moment after it is signalled; give stragglers two seconds.
    QElapsedTimer grace;
    grace.start();
    int left = processesUnder(root.path());
    while (left > 0 && grace.elapsed() < 2000) {
        QThread::msleep(20);
        left = processesUnder(root.path());
    }
    if (left > 0)
        outcome.failure += QStringLiteral("down left %1 processes running").arg(left);
    return outcome;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

struct Series
{
    std::vector<double> up;
    std::vector<double> apply;
    std::vector<double> down;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString ctl = QCoreApplication::applicationDirPath() + QStringLiteral("/madbasectl");
    if (!QFile::exists(ctl)) {
        std::fprintf(stderr, "bench_apply: %s is missing; build madbasectl first\n", qPrintable(ctl));
        return 2;
    }
    const auto run = [&](const std::vector<int> &sizes, int rounds, bool spawnServers,
                         std::map<int, Series> *out) {
        for (int round = 0; round < rounds; ++round) {
            for (const int workers : sizes) {
                const Outcome o = upAndDown(ctl, workers, spawnServers);
                if (!o.failure.isEmpty()) {
                    std::printf("up with %d workers FAILED:\n%s\n", workers, qPrintable(o.failure));
                    return false;
                }
                (*out)[workers].up.push_back(o.upSeconds);
                (*out)[workers].apply.push_back(o.applySeconds);
                (*out)[workers].down.push_back(o.downSeconds);
            }
        }
        return true;
    };

    constexpr int Rounds = 5;
    std::map<int, Series> served;
    if (!run({1, 10, 50}, Rounds, true, &served))
        return 1;
    const double one = median(served[1].up);
    const double oneApply = median(served[1].apply);
    bool met = true;
    for (const int workers : {1, 10, 50}) {
        const Series &s = served[workers];
        const double m = median(s.up);
        std::printf("local apply, %2d workers (%2d nodes): `up` median %5.2f s (range %.2f–%.2f s, %d runs), "
                    "%.2f× the time of 1 worker; the apply alone %.2f s (%.1f×)\n",
                    workers, workers + 3, m, *std::min_element(s.up.begin(), s.up.end()),
                    *std::max_element(s.up.begin(), s.up.end()), Rounds, m / one, median(s.apply),
                    median(s.apply) / oneApply);
        if (workers == 50) {
            met = m / one < 3.0;
            std::printf("target: 50 workers under 3× the time of 1: %s\n", met ? "met" : "MISSED");
        }
    }
    for (const int workers : {1, 10, 50})
        std::printf("  `down` of %2d nodes: median %.2f s\n", workers + 3, median(served[workers].down));

    // The same without spawn servers, for the record.
    std::map<int, Series> execd;
    if (!run({1, 50}, 3, false, &execd))
        return 1;
    const double execOne = median(execd[1].up);
    for (const int workers : {1, 50}) {
        const double m = median(execd[workers].up);
        std::printf("  with an exec per node (MADBASE_SPAWN_SERVERS=0), %2d workers: `up` median %5.2f s "
                    "(%.2f×), the apply alone %.2f s\n",
                    workers, m, m / execOne, median(execd[workers].apply));
    }
    return met ? 0 : 1;
}
