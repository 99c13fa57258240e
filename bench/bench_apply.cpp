// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// Local apply wall time: `madbasectl up` of a cluster with 1, 10 and 50 worker nodes (plus one
// System, Proxy and State node each), real daemons on this machine. Target: 50 workers in
// under 3× the time of 1, which only real parallelism achieves.
#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace {

struct Outcome
{
    double seconds = -1;
    QString output;
};

Outcome upAndDown(const QString &ctl, int workers)
{
    QTemporaryDir root;
    auto doc = nlohmann::json::parse(mb::bench::sourceFile("resources/examples/starter.json"));
    doc["name"] = "bench" + std::to_string(workers);
    doc["pillars"]["worker"]["count"] = workers;
    const QString file = root.filePath(QStringLiteral("topology.json"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QByteArray::fromStdString(doc.dump(2)));
    f.close();

    QProcess up;
    QElapsedTimer clock;
    clock.start();
    up.start(ctl, {QStringLiteral("up"), file, QStringLiteral("--yes"), QStringLiteral("--root"), root.path()});
    up.waitForFinished(600000);
    Outcome outcome;
    outcome.seconds = up.exitCode() == 0 ? clock.elapsed() / 1000.0 : -1;
    outcome.output = QString::fromUtf8(up.readAllStandardOutput() + up.readAllStandardError());
    QProcess down;
    down.start(ctl, {QStringLiteral("down"), QStringLiteral("--yes"), QStringLiteral("--root"), root.path()});
    down.waitForFinished(120000);
    return outcome;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString ctl = QCoreApplication::applicationDirPath() + QStringLiteral("/madbasectl");
    if (!QFile::exists(ctl)) {
        std::fprintf(stderr, "bench_apply: %s is missing; build madbasectl first\n", qPrintable(ctl));
        return 2;
    }
    double one = 0;
    bool met = true;
    for (const int workers : {1, 10, 50}) {
        const Outcome o = upAndDown(ctl, workers);
        if (o.seconds < 0) {
            std::printf("up with %d workers FAILED:\n%s\n", workers, qPrintable(o.output));
            return 1;
        }
        if (workers == 1)
            one = o.seconds;
        const double ratio = o.seconds / one;
        std::printf("local apply, %2d workers (%2d nodes): %6.2f s   (%.2f× the time of 1 worker)\n", workers, workers + 3,
                    o.seconds, ratio);
        if (workers == 50) {
            met = ratio < 3.0;
            std::printf("target: 50 workers under 3× the time of 1: %s\n", met ? "met" : "MISSED");
        }
    }
    return met ? 0 : 1;
}
