// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// One pillar daemon beside prometheus-node-exporter on the same machine: idle resident memory
// after 2 s, then 200 sequential GET /metrics on a kept-alive connection to each.
// Targets: the daemon's RSS below node_exporter's, its scrape no slower.
#include "BenchSupport.h"
#include "providers/local/SpawnServer.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {

constexpr const char *NodeExporter = "/usr/bin/prometheus-node-exporter";
constexpr int Scrapes = 200;

int connectTo(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

int freePort()
{
    static std::mt19937 random(static_cast<unsigned>(::getpid()));
    for (int attempt = 0; attempt < 200; ++attempt) {
        const int port = 20000 + static_cast<int>(random() % 12000);
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(static_cast<uint16_t>(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const bool free = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
        ::close(fd);
        if (free)
            return port;
    }
    std::fprintf(stderr, "no free loopback port below 32768\n");
    std::exit(2);
}

/// A kept-alive HTTP/1.1 connection that reads Content-Length and chunked bodies.
class HttpClient
{
public:
    HttpClient(int port, std::string authorization)
        : m_port(port)
        , m_authorization(std::move(authorization))
    {}
    ~HttpClient()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    /// GET path; returns the body, or std::nullopt on anything but 200.
    std::optional<std::string> get(const std::string &path)
    {
        if (m_fd < 0 && (m_fd = connectTo(m_port)) < 0)
            return std::nullopt;
        std::string request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        if (!m_authorization.empty())
            request += "Authorization: " + m_authorization + "\r\n";
        request += "\r\n";
        if (::send(m_fd, request.data(), request.size(), MSG_NOSIGNAL) !=
            static_cast<ssize_t>(request.size()))
            return reset();
        std::string head;
        std::size_t end;
        while ((end = m_buffer.find("\r\n\r\n")) == std::string::npos)
            if (!fill())
                return reset();
        head = m_buffer.substr(0, end);
        m_buffer.erase(0, end + 4);
        const bool ok = head.compare(0, 12, "HTTP/1.1 200") == 0;
        std::string lower = head;
        for (char &c : lower)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        std::string body;
        if (const auto at = lower.find("content-length:"); at != std::string::npos) {
            const std::size_t length = std::strtoull(lower.c_str() + at + 15, nullptr, 10);
            while (m_buffer.size() < length)
                if (!fill())
                    return reset();
            body = m_buffer.substr(0, length);
            m_buffer.erase(0, length);
        } else if (lower.find("transfer-encoding: chunked") != std::string::npos) {
            for (;;) {
                std::size_t lineEnd;
                while ((lineEnd = m_buffer.find("\r\n")) == std::string::npos)
                    if (!fill())
                        return reset();
                const std::size_t size = std::strtoull(m_buffer.c_str(), nullptr, 16);
                while (m_buffer.size() < lineEnd + 2 + size + 2)
                    if (!fill())
                        return reset();
                body.append(m_buffer, lineEnd + 2, size);
                m_buffer.erase(0, lineEnd + 2 + size + 2);
                if (size == 0)
                    break;
            }
        } else {
            return reset();
        }
        if (!ok)
            return std::nullopt;
        return body;
    }

private:
    bool fill()
    {
        char chunk[65536];
        const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return false;
        m_buffer.append(chunk, static_cast<std::size_t>(n));
        return true;
    }
    std::nullopt_t reset()
    {
        ::close(m_fd);
        m_fd = -1;
        m_buffer.clear();
        return std::nullopt;
    }

    int m_port;
    std::string m_authorization;
    int m_fd = -1;
    std::string m_buffer;
};

pid_t spawn(const std::vector<std::string> &argv, const std::string &logFile)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int log = ::open(logFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(log, 2);
        ::dup2(log, 1);
        std::vector<char *> args;
        for (const std::string &a : argv)
            args.push_back(const_cast<char *>(a.c_str()));
        args.push_back(nullptr);
        ::execv(args[0], args.data());
        std::_Exit(127);
    }
    return pid;
}

bool waitListening(int port, pid_t pid)
{
    for (int i = 0; i < 200; ++i) {
        if (const int fd = connectTo(port); fd >= 0) {
            ::close(fd);
            return true;
        }
        if (::waitpid(pid, nullptr, WNOHANG) == pid)
            return false;
        std::this_thread::sleep_for(25ms);
    }
    return false;
}

double statusKiB(pid_t pid, const char *field)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    const std::string key = std::string(field) + ":";
    while (std::getline(in, line))
        if (line.compare(0, key.size(), key) == 0)
            return std::strtod(line.c_str() + key.size(), nullptr);
    return 0;
}

/// Proportional set size: the process's share of the pages it maps (shared ones divided).
double pssKiB(pid_t pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/smaps_rollup");
    std::string line;
    while (std::getline(in, line))
        if (line.compare(0, 4, "Pss:") == 0)
            return std::strtod(line.c_str() + 4, nullptr);
    return 0;
}

void stop(pid_t pid)
{
    ::kill(pid, SIGTERM);
    ::waitpid(pid, nullptr, 0);
}

std::string human(double us)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, us >= 1000 ? "%.2f ms" : "%.0f µs", us >= 1000 ? us / 1000 : us);
    return buffer;
}

} // namespace

int main()
{
    if (::access(NodeExporter, X_OK) != 0) {
        std::fprintf(stderr,
                     "%s is missing: install the Debian package prometheus-node-exporter "
                     "(scripts/dev deps)\n",
                     NodeExporter);
        return 2;
    }
    char dirTemplate[] = "/tmp/bench_daemon-XXXXXX";
    const std::string dir = ::mkdtemp(dirTemplate);
    const std::string token = "bench-token-" + std::to_string(::getpid()) + "-0123456789abcdef";
    {
        std::ofstream(dir + "/agent.token") << token << '\n';
        ::chmod((dir + "/agent.token").c_str(), 0600);
    }
    const int daemonPort = freePort();
    int exporterPort = freePort();
    while (exporterPort == daemonPort)
        exporterPort = freePort();
    {
        std::ofstream config(dir + "/worker.json");
        config << "{\"version\":1,\"cluster\":\"bench\",\"node\":\"bench-worker-1\",\"pillar\":\"worker\","
                  "\"plan\":\"cx23\",\"listen\":{\"address\":\"127.0.0.1\",\"port\":"
               << daemonPort << "},\"tokenFile\":\"" << dir << "/agent.token\",\"dataDir\":\"" << dir
               << "/data\"}\n";
    }

    const pid_t daemon = spawn({MB_WORKER_BINARY, "--config", dir + "/worker.json"}, dir + "/worker.log");
    const pid_t exporter = spawn(
        {NodeExporter, "--web.listen-address=127.0.0.1:" + std::to_string(exporterPort)}, dir + "/ne.log");
    if (!waitListening(daemonPort, daemon) || !waitListening(exporterPort, exporter)) {
        std::fprintf(stderr, "a server did not start; logs in %s\n", dir.c_str());
        stop(daemon);
        stop(exporter);
        return 2;
    }
    std::this_thread::sleep_for(2s);
    const double daemonIdle = statusKiB(daemon, "VmRSS");
    const double exporterIdle = statusKiB(exporter, "VmRSS");

    HttpClient daemonClient(daemonPort, "Bearer " + token);
    HttpClient exporterClient(exporterPort, {});
    std::size_t daemonBytes = 0, exporterBytes = 0;
    bool failed = false;
    const auto daemonTiming = mb::bench::measure(
        [&] {
            const auto body = daemonClient.get("/metrics");
            failed |= !body;
            daemonBytes = body ? body->size() : 0;
        },
        Scrapes);
    const auto exporterTiming = mb::bench::measure(
        [&] {
            const auto body = exporterClient.get("/metrics");
            failed |= !body;
            exporterBytes = body ? body->size() : 0;
        },
        Scrapes);
    const double daemonAfter = statusKiB(daemon, "VmRSS");
    const double exporterAfter = statusKiB(exporter, "VmRSS");
    const double daemonPss = pssKiB(daemon);
    stop(daemon);
    stop(exporter);

    // The same worker as the control plane starts it on this machine: forked by a spawn server.
    const int forkedPort = freePort();
    {
        std::ofstream config(dir + "/forked.json");
        config << "{\"version\":1,\"cluster\":\"bench\",\"node\":\"bench-worker-2\",\"pillar\":\"worker\","
                  "\"plan\":\"cx23\",\"listen\":{\"address\":\"127.0.0.1\",\"port\":"
               << forkedPort << "},\"tokenFile\":\"" << dir << "/agent.token\",\"dataDir\":\"" << dir
               << "/forked-data\"}\n";
    }
    double forkedRss = 0, forkedPss = 0;
    {
        mb::providers::local::SpawnServer server(MB_WORKER_BINARY);
        const auto forked = server.spawn(dir + "/forked.json", dir + "/forked.log");
        if (forked && waitListening(forkedPort, *forked)) {
            std::this_thread::sleep_for(2s);
            forkedRss = statusKiB(*forked, "VmRSS");
            forkedPss = pssKiB(*forked);
        }
        if (forked)
            ::kill(*forked, SIGTERM);
    }
    if (failed) {
        std::fprintf(stderr, "a scrape failed; logs in %s\n", dir.c_str());
        return 1;
    }

    std::printf("%-44s %7.1f MiB idle, %7.1f MiB after %d scrapes\n", "madbase-worker RSS", daemonIdle / 1024,
                daemonAfter / 1024, Scrapes);
    std::printf("%-44s %7.1f MiB idle, %7.1f MiB after %d scrapes\n", "prometheus-node-exporter RSS",
                exporterIdle / 1024, exporterAfter / 1024, Scrapes);
    if (forkedRss > 0)
        std::printf("%-44s %7.1f MiB RSS, %.1f MiB PSS (exec'd: %.1f MiB PSS)\n",
                    "madbase-worker forked by a spawn server", forkedRss / 1024, forkedPss / 1024,
                    daemonPss / 1024);
    const bool rssMet = daemonIdle < exporterIdle && daemonAfter < exporterAfter;
    std::printf("%-44s %.2f idle, %.2f after  target < 1: %s\n", "RSS ratio daemon / node_exporter",
                daemonIdle / exporterIdle, daemonAfter / exporterAfter, rssMet ? "met" : "MISSED");
    std::printf("%-44s median %10s  (min %s, p95 %s, %d runs, %zu bytes)\n", "node_exporter GET /metrics",
                human(exporterTiming.medianUs).c_str(), human(exporterTiming.minUs).c_str(),
                human(exporterTiming.p95Us).c_str(), exporterTiming.runs, exporterBytes);
    const bool scrapeMet =
        mb::bench::report("madbase-worker GET /metrics (" + std::to_string(daemonBytes) + " bytes)",
                          daemonTiming, exporterTiming.medianUs);
    std::printf("%-44s %.2f median, %.2f p95  target <= 1: %s\n", "scrape ratio daemon / node_exporter",
                daemonTiming.medianUs / exporterTiming.medianUs, daemonTiming.p95Us / exporterTiming.p95Us,
                scrapeMet ? "met" : "MISSED");
    std::filesystem::remove_all(dir);
    return rssMet && scrapeMet ? 0 : 1;
}
