// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// A daemon's cost of shipping its log: 10,000 lines/s through the log handler for 20 s, once
// logging only and once shipping to a real madbase-logstore; CPU time of this process (the
// shipper's thread included) and peak resident memory, and whether every line arrived.
#include "LogShipper.h"
#include "LogShipping.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>

namespace {

constexpr int LinesPerSecond = 10000;
constexpr int Seconds = 20;

double cpuSeconds()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long rssKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(std::strlen(field))).trimmed().split(' ').value(0).toLong();
    return 0;
}

/// Logs LinesPerSecond lines a second, in 10 ms ticks, for Seconds; returns the CPU seconds used.
double logFor(QCoreApplication &app)
{
    const double before = cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    qint64 written = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        const qint64 due = std::min<qint64>(qint64(LinesPerSecond) * clock.elapsed() / 1000,
                                            qint64(LinesPerSecond) * Seconds);
        for (; written < due; ++written)
            qCInfo(mb::daemon::lcDaemon).noquote()
                << mb::daemon::logfmt(QStringLiteral("request served"),
                                      {{QStringLiteral("path"), QStringLiteral("/v1/functions/hello")},
                                       {QStringLiteral("status"), QStringLiteral("200")},
                                       {QStringLiteral("seq"), QString::number(written)}});
        if (written >= qint64(LinesPerSecond) * Seconds)
            app.quit();
    });
    tick.start(10);
    app.exec();
    return cpuSeconds() - before;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    // The daemon's log goes to a file, as the local provider's daemons do.
    if (!std::freopen(QFile::encodeName(dir.filePath(QStringLiteral("daemon.log"))).constData(), "a", stderr))
        return 1;
    (void)mb::daemon::installLogHandler(QStringLiteral("bench-node"), QStringLiteral("info"), QString(), {});

    const double idleRss = double(rssKiB("VmRSS:")) / 1024;
    const double logOnly = logFor(app);
    const double rssLogOnly = double(rssKiB("VmHWM:")) / 1024;

    const QByteArray token = "bench-token-0123456789abcdef";
    const QString tokenFile = dir.filePath(QStringLiteral("token"));
    QFile tf(tokenFile);
    if (!tf.open(QIODevice::WriteOnly) || tf.write(token) != token.size())
        return 1;
    tf.close();
    tf.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess store;
    store.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    store.start(QStringLiteral(MB_LOGSTORE_BINARY),
                {QStringLiteral("--data"), dir.filePath(QStringLiteral("store")), QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--token-file"), tokenFile});
    if (!store.waitForStarted())
        return 1;
    QThread::msleep(500);

    mb::daemon::LogShipperOptions options;
    options.target = QUrl(QStringLiteral("http://127.0.0.1:%1/loki/api/v1/push").arg(port));
    options.token = token;
    options.cluster = QStringLiteral("bench");
    options.pillar = QStringLiteral("worker");
    options.node = QStringLiteral("bench-node");
    options.spoolDir = dir.filePath(QStringLiteral("log-buffer"));
    auto shipper = std::make_unique<mb::daemon::LogShipper>(options);
    mb::daemon::setLogSink([&shipper](QtMsgType type, const char *, QByteArrayView line, QByteArrayView) {
        shipper->enqueue("daemon", mb::daemon::lokiLevel(type), line);
    });
    shipper->start();
    const double shipping = logFor(app);
    // Let it catch up, then count what arrived.
    QElapsedTimer wait;
    wait.start();
    while (shipper->counters().shipped < shipper->counters().queued && wait.elapsed() < 30000) {
        QCoreApplication::processEvents();
        QThread::msleep(50);
    }
    const double rssShipping = double(rssKiB("VmHWM:")) / 1024;
    const auto counters = shipper->counters();
    mb::daemon::setLogSink({});
    shipper.reset();
    store.terminate();
    store.waitForFinished();

    const double lines = double(LinesPerSecond) * Seconds;
    std::printf("daemon logging %d lines/s for %d s (logfmt lines of ~130 bytes)\n", LinesPerSecond, Seconds);
    std::printf("  logging only:        %.1f %% of a core, %.1f µs per line, peak RSS %.1f MiB (idle %.1f)\n",
                100 * logOnly / Seconds, 1e6 * logOnly / lines, rssLogOnly, idleRss);
    std::printf("  logging + shipping:  %.1f %% of a core, %.1f µs per line, peak RSS %.1f MiB\n",
                100 * shipping / Seconds, 1e6 * shipping / lines, rssShipping);
    std::printf("  shipping's own cost: %.1f %% of a core, %.1f µs per line\n",
                100 * (shipping - logOnly) / Seconds, 1e6 * (shipping - logOnly) / lines);
    std::printf("  lines queued %lld, shipped %lld, dropped %lld, push failures %lld\n",
                static_cast<long long>(counters.queued), static_cast<long long>(counters.shipped),
                static_cast<long long>(counters.dropped), static_cast<long long>(counters.failures));
    return counters.shipped == counters.queued ? 0 : 1;
}
