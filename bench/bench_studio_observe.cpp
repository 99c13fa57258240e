// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// Studio's log and metrics views under load: the log explorer following a tail of 50,000 lines/s
// for 30 s (the longest GUI-thread stall, memory once the window is full), and a chart of 20
// series × 1,000 points redrawn.
#include "BenchSupport.h"

#include "common/ControlPlaneClient.h"
#include "logs/LogModel.h"
#include "logs/LogTail.h"
#include "logs/LogsView.h"
#include "metrics/MetricsChart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cmath>
#include <cstdio>
#include <ctime>

using namespace mb;
using namespace mb::studio;

namespace {

constexpr int LinesPerSecond = 50'000;
constexpr int FrameMs = 20;
constexpr int LinesPerFrame = LinesPerSecond * FrameMs / 1000;

/// Sends Loki tail frames at LinesPerSecond to every client, from its own thread.
class FrameSource : public QObject
{
public:
    FrameSource()
        : m_server(QStringLiteral("bench"), QWebSocketServer::NonSecureMode)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection())
                m_clients.append(socket);
        });
        QObject::connect(&m_timer, &QTimer::timeout, this, &FrameSource::send);
    }
    quint16 port() const { return m_server.serverPort(); }
    void start() { m_timer.start(FrameMs); }
    qint64 sent() const { return m_sent; }

private:
    void send()
    {
        if (m_clients.isEmpty())
            return;
        const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
        QByteArray frame = R"({"streams":[)";
        for (int s = 0; s < 4; ++s) {
            if (s)
                frame += ',';
            frame += R"({"stream":{"cluster":"bench","pillar":"worker","node":"bench-worker-)" +
                     QByteArray::number(s + 1) + R"(","component":"deno","level":")" +
                     (s == 3 ? "error" : "info") + R"("},"values":[)";
            for (int i = 0; i < LinesPerFrame / 4; ++i) {
                if (i)
                    frame += ',';
                frame += "[\"" + QByteArray::number(now + m_sent) + "\",\"GET /api/items/" +
                         QByteArray::number(m_sent) +
                         " 200 12ms user=4711 request-id=3f2c9a1e-5b7d-4e8a-9c0f-1a2b3c4d5e6f\"]";
                ++m_sent;
            }
            frame += "]}";
        }
        frame += "]}";
        for (QWebSocket *socket : std::as_const(m_clients))
            socket->sendTextMessage(QString::fromUtf8(frame));
    }

    QWebSocketServer m_server;
    QList<QWebSocket *> m_clients;
    QTimer m_timer;
    qint64 m_sent = 0;
};

/// CPU time the calling thread has used, in nanoseconds.
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

long rssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

bool benchTail(int seconds)
{
    // The frames are made and sent on a thread of their own, as a server would.
    QThread sourceThread;
    sourceThread.start();
    QObject anchor;
    anchor.moveToThread(&sourceThread);
    FrameSource *source = nullptr;
    QMetaObject::invokeMethod(
        &anchor, [&source] { source = new FrameSource; }, Qt::BlockingQueuedConnection);
    app::ControlPlaneClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(source->port())),
                                   QStringLiteral("bench"));
    LogsView view([&client] { return &client; });
    view.resize(1400, 900);
    view.show();
    view.setQuery(QStringLiteral("{cluster=\"bench\"}"));
    view.setLive(true);
    QMetaObject::invokeMethod(source, &FrameSource::start);

    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 lastCpu = 0;
    qint64 longestStall = 0;
    qint64 longestStallCpu = 0; // of the longest stall, the time the GUI thread was on a CPU
    qint64 longestBusy = 0;     // the most CPU time the GUI thread spent between two probe ticks
    QList<long> rss;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, &view, [&] {
        const qint64 now = clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        if (last > 0 && clock.elapsed() > 1000) {
            if (now - last > longestStall) {
                longestStall = now - last;
                longestStallCpu = cpu - lastCpu;
            }
            longestBusy = std::max(longestBusy, cpu - lastCpu);
        }
        last = now;
        lastCpu = cpu;
    });
    QTimer sample;
    QObject::connect(&sample, &QTimer::timeout, &view, [&] {
        if (view.model()->rowCount() >= view.model()->capacity())
            rss.append(rssKib());
    });
    probe.start();
    sample.start(1000);
    QTimer::singleShot(seconds * 1000, qApp, &QCoreApplication::quit);
    QApplication::exec();
    const qint64 shown = view.model()->rowCount() + view.droppedCount();
    QMetaObject::invokeMethod(
        source, [source] { delete source; }, Qt::BlockingQueuedConnection);
    sourceThread.quit();
    sourceThread.wait();

    const double stallMs = double(longestStall) / 1e6 - 5.0; // the probe's own interval is not a stall
    std::printf(
        "log view, tail of %d lines/s for %d s: %lld lines reached the view (%lld in the window, %lld "
        "dropped from it)\n",
        LinesPerSecond, seconds, static_cast<long long>(shown),
        static_cast<long long>(view.model()->rowCount()), static_cast<long long>(view.droppedCount()));
    std::printf("  longest GUI-thread stall: %.1f ms — target < 50 ms: %s\n", stallMs,
                stallMs < 50 ? "met" : "MISSED");
    // A stall is either work on the GUI thread or the thread waiting for a CPU (other processes,
    // the decoder and the source thread compete for the same cores); thread CPU time tells them apart.
    std::printf("  of that stall, GUI-thread CPU time: %.1f ms; most GUI-thread CPU time between two "
                "5 ms ticks anywhere in the run: %.1f ms\n",
                double(longestStallCpu) / 1e6, double(longestBusy) / 1e6);
    if (rss.size() >= 2) {
        const long first = rss.first();
        const long peak = *std::max_element(rss.begin(), rss.end());
        std::printf(
            "  RSS at the cap: first %.1f MiB, last %.1f MiB, peak %.1f MiB over %lld samples (flat: %s)\n",
            double(first) / 1024, double(rss.last()) / 1024, double(peak) / 1024,
            static_cast<long long>(rss.size()), double(peak) < double(first) * 1.15 ? "yes" : "NO");
    }
    return stallMs < 50;
}

bool benchChart()
{
    MetricsChart chart(QStringLiteral("bench"), MetricUnit::BytesPerSecond);
    chart.resize(1200, 500);
    QList<ChartLine> lines;
    const qint64 start = 1'700'000'000'000;
    for (int s = 0; s < 20; ++s) {
        ChartLine line{QStringLiteral("series %1").arg(s), {}};
        for (int i = 0; i < 1000; ++i)
            line.points.append(
                QPointF(double(start + qint64(i) * 10'000), 1e6 * (s + 1) * (1.5 + std::sin(i / 40.0 + s))));
        lines.append(line);
    }
    QImage image(chart.size(), QImage::Format_ARGB32_Premultiplied);
    int round = 0;
    QList<double> setLinesMs;
    QList<double> renderMs;
    const auto timing = bench::measure(
        [&] {
            // New values every round, as a refresh brings.
            for (ChartLine &line : lines)
                line.points.first().setY(double(++round));
            QElapsedTimer phase;
            phase.start();
            chart.setLines(lines, start, start + 999 * 10'000, 10'000);
            setLinesMs.append(double(phase.nsecsElapsed()) / 1e6);
            phase.restart();
            QPainter painter(&image);
            chart.render(&painter);
            renderMs.append(double(phase.nsecsElapsed()) / 1e6);
        },
        30);
    const bool met =
        bench::report("dashboard chart, 20 series x 1,000 points: setLines + full redraw", timing, 16'000);
    // Where the time goes: setLines hands the points to QtCharts (QLineSeries::replace, after which
    // QtCharts rebuilds each line's path and its hover shape); render paints the scene.
    const auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0.0 : v.at(v.size() / 2);
    };
    std::printf("  of which setLines (QLineSeries::replace and QtCharts' geometry update) median %.2f ms, "
                "render median %.2f ms\n",
                median(setLinesMs), median(renderMs));
    return met;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? std::atoi(argv[1]) : 30;
    const bool chartOk = benchChart();
    const bool tailOk = benchTail(seconds);
    return chartOk && tailOk ? 0 : 1;
}
