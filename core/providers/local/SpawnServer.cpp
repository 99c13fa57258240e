// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "SpawnServer.h"

#include "DetachedProcess.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstring>
#include <thread>

namespace mb::providers::local {

namespace {

constexpr const char *Ctx = "mb::providers";
static_assert(SpawnServerFd == PassedFd, "the server reads the descriptor spawnDetached() passes on");
/// Room for the titles of the daemons the server forks: the length of its padding argument.
constexpr std::size_t TitleRoom = 4096;

bool sendAll(int fd, const std::string &text)
{
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::send(fd, text.data() + done, text.size() - done, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

enum class LineRead
{
    Line,
    TimedOut,
    Closed, ///< end of file or an error: the server is gone
};

/// One answer line, within `timeout`.
LineRead readLine(int fd, std::string *line, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    line->clear();
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return LineRead::TimedOut;
        pollfd p{fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, static_cast<int>(left.count()));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0)
            return LineRead::TimedOut;
        if (ready < 0)
            return LineRead::Closed;
        char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return LineRead::Closed;
        if (c == '\n')
            return LineRead::Line;
        line->push_back(c);
    }
}

/// The process's argument strings, which Linux lays out one after another: the area that
/// `ps` and /proc/PID/cmdline read. Empty if they are not contiguous.
std::pair<char *, char *> argumentArea(int argc, char **argv)
{
    if (argc < 1)
        return {nullptr, nullptr};
    for (int i = 0; i + 1 < argc; ++i)
        if (argv[i] + std::strlen(argv[i]) + 1 != argv[i + 1])
            return {nullptr, nullptr};
    return {argv[0], argv[argc - 1] + std::strlen(argv[argc - 1]) + 1};
}

} // namespace

SpawnServer::Identity SpawnServer::identity(const std::filesystem::path &binary)
{
    struct stat info
    {};
    if (::stat(binary.c_str(), &info) != 0)
        return {};
    return {info.st_dev, info.st_ino, info.st_mtim.tv_sec, info.st_mtim.tv_nsec};
}

std::optional<std::vector<char *>> serveSpawnRequests(int fd, int argc, char **argv, int *exitCode)
{
    struct stat channel
    {};
    if (::fstat(fd, &channel) != 0 || !S_ISSOCK(channel.st_mode)) {
        static constexpr char Refusal[] = "--spawn-server is started by the local provider, with its request "
                                          "socket on descriptor 3; it is not run by hand.\n";
        (void)!::write(STDERR_FILENO, Refusal, sizeof Refusal - 1);
        *exitCode = 2;
        return std::nullopt;
    }
    const auto [areaBegin, areaEnd] = argumentArea(argc, argv);
    const std::string program = argc > 0 ? argv[0] : "";
    // The daemons we forked are reaped as they end: SIGCHLD arrives through a signalfd, so an
    // idle server sleeps until a request, a child's end or its owner's going.
    sigset_t childSignals;
    sigemptyset(&childSignals);
    sigaddset(&childSignals, SIGCHLD);
    sigset_t previousMask;
    ::sigprocmask(SIG_BLOCK, &childSignals, &previousMask);
    const int signals = ::signalfd(-1, &childSignals, SFD_CLOEXEC | SFD_NONBLOCK);
    std::string buffer;
    for (;;) {
        pollfd p[2] = {{fd, POLLIN, 0}, {signals, POLLIN, 0}};
        const int ready = ::poll(p, signals >= 0 ? 2 : 1, signals >= 0 ? -1 : 250);
        if (signals >= 0 && (p[1].revents & POLLIN)) {
            signalfd_siginfo info{};
            while (::read(signals, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
            }
        }
        while (::waitpid(-1, nullptr, WNOHANG) > 0) {
        }
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0) {
            *exitCode = 1;
            return std::nullopt;
        }
        if (ready == 0 || !(p[0].revents & (POLLIN | POLLHUP | POLLERR | POLLNVAL)))
            continue;
        char chunk[4096];
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) { // our owner is gone: so are we; the daemons go on under init
            *exitCode = n == 0 ? 0 : 1;
            return std::nullopt;
        }
        buffer.append(chunk, static_cast<std::size_t>(n));
        for (std::size_t newline = buffer.find('\n'); newline != std::string::npos;
             newline = buffer.find('\n')) {
            const std::string line = buffer.substr(0, newline);
            buffer.erase(0, newline + 1);
            // CONFIG \t LOGFILE [\t CGROUP_PROCS]
            std::vector<std::string> fields;
            for (std::size_t from = 0;;) {
                const auto tab = line.find('\t', from);
                fields.push_back(
                    line.substr(from, tab == std::string::npos ? std::string::npos : tab - from));
                if (tab == std::string::npos)
                    break;
                from = tab + 1;
            }
            if (fields.size() < 2 || fields.size() > 3 || fields[0].empty() || fields[1].empty()) {
                sendAll(fd, "ERR malformed request\n");
                continue;
            }
            const std::string &config = fields[0];
            const std::string &logFile = fields[1];
            const std::string cgroupProcs = fields.size() == 3 ? fields[2] : std::string();
            const std::vector<std::string> args{program, "--config", config};
            std::string title;
            for (const std::string &a : args)
                title.append(a).push_back('\0');
            if (!areaBegin || title.size() > static_cast<std::size_t>(areaEnd - areaBegin)) {
                // A daemon that could not show its config would not be recognised as its node's.
                sendAll(fd, "ERR the config path is too long for the process title\n");
                continue;
            }
            // The pid is answered once the child carries its title (the provider tells a node's
            // daemon by it) and sits in its node's cgroup, so nothing sees it otherwise.
            int childReady[2];
            if (::pipe2(childReady, O_CLOEXEC) != 0) {
                sendAll(fd, "ERR " + std::string(std::strerror(errno)) + "\n");
                continue;
            }
            const pid_t child = ::fork();
            if (child == 0) {
                ::close(fd);
                ::close(childReady[0]);
                if (signals >= 0)
                    ::close(signals);
                std::memset(areaBegin, 0, static_cast<std::size_t>(areaEnd - areaBegin));
                std::memcpy(areaBegin, title.data(), title.size());
                if (!cgroupProcs.empty()) {
                    const int group = ::open(cgroupProcs.c_str(), O_WRONLY | O_CLOEXEC);
                    if (group >= 0) {
                        (void)!::write(group, "0", 1); // "0": the writing process itself
                        ::close(group);
                    }
                }
                ::close(childReady[1]);                             // the server may answer now
                ::sigprocmask(SIG_SETMASK, &previousMask, nullptr); // the daemon gets its SIGCHLD
                ::setsid();
                const int in = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
                const int out = ::open(logFile.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
                if (in >= 0)
                    ::dup2(in, STDIN_FILENO);
                if (out >= 0) {
                    ::dup2(out, STDOUT_FILENO);
                    ::dup2(out, STDERR_FILENO);
                }
                if (in > STDERR_FILENO)
                    ::close(in);
                if (out > STDERR_FILENO)
                    ::close(out);
                std::vector<char *> childArgs;
                for (const std::string &a : args)
                    childArgs.push_back(::strdup(a.c_str())); // the daemon's for its whole life
                childArgs.push_back(nullptr);
                return childArgs;
            }
            const int forkError = errno;
            ::close(childReady[1]);
            if (child > 0) {
                // The child closes its end when it is ready (or dies); a second at most.
                pollfd wait{childReady[0], POLLIN, 0};
                char ignored = 0;
                if (::poll(&wait, 1, 1000) > 0)
                    (void)!::read(childReady[0], &ignored, 1);
            }
            ::close(childReady[0]);
            sendAll(fd, child > 0 ? std::to_string(child) + "\n"
                                  : "ERR " + std::string(std::strerror(forkError)) + "\n");
        }
    }
}

SpawnServer::SpawnServer(std::filesystem::path binary)
    : m_binary(std::move(binary))
{}

SpawnServer::~SpawnServer()
{
    std::lock_guard guard(m_mutex);
    stop();
}

Result<void> SpawnServer::start()
{
    int channel[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, channel) != 0)
        return fail(ErrorCode::IoWrite, Message{Ctx,
                                                MB_TR_NOOP("mb::providers", "Cannot start %1: %2"),
                                                {m_binary.string(), std::strerror(errno)}});
    const auto pid = spawnDetached({m_binary.string(), SpawnServerFlag, std::string(TitleRoom, ' ')},
                                   "/dev/null", channel[1]);
    ::close(channel[1]);
    if (!pid) {
        ::close(channel[0]);
        return std::unexpected(pid.error());
    }
    m_fd = channel[0];
    m_pid = *pid;
    m_identity = identity(m_binary);
    return {};
}

void SpawnServer::stop()
{
    if (m_fd >= 0) {
        ::close(m_fd); // the server sees the end of its channel and exits
        m_fd = -1;
    }
    if (m_pid <= 0)
        return;
    for (int i = 0; i < 100; ++i) {
        if (::waitpid(m_pid, nullptr, WNOHANG) != 0) {
            m_pid = 0;
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ::kill(m_pid, SIGKILL);
    ::waitpid(m_pid, nullptr, 0);
    m_pid = 0;
}

Result<pid_t> SpawnServer::spawn(const std::string &config, const std::filesystem::path &logFile,
                                 const std::filesystem::path &cgroupProcs)
{
    const std::string log = logFile.string();
    const std::string group = cgroupProcs.string();
    if ((config + log + group).find_first_of("\t\n") != std::string::npos)
        return fail(
            ErrorCode::Internal,
            Message{Ctx,
                    MB_TR_NOOP("mb::providers", "Cannot start a daemon for %1: the path holds a tab or a "
                                                "line break."),
                    {config}});
    std::lock_guard guard(m_mutex);
    // A rebuilt or upgraded daemon binary gets a fresh server: a running one would go on forking
    // the program it loaded.
    if (m_fd >= 0 && identity(m_binary) != m_identity)
        stop();
    std::string answer = m_failure;
    for (int attempt = 0; attempt < 2 && m_failure.empty(); ++attempt) {
        if (m_fd < 0)
            if (auto started = start(); !started)
                return std::unexpected(started.error());
        LineRead read = LineRead::Closed;
        if (sendAll(m_fd, config + '\t' + log + (group.empty() ? "" : "\t" + group) + '\n')) {
            read = readLine(m_fd, &answer, std::chrono::seconds(5));
            if (read == LineRead::Line) {
                if (answer.starts_with("ERR "))
                    return fail(ErrorCode::IoWrite,
                                Message{Ctx,
                                        MB_TR_NOOP("mb::providers", "Cannot start %1: %2"),
                                        {m_binary.string(), answer.substr(4)}});
                pid_t pid = 0;
                const auto [end, ec] = std::from_chars(answer.data(), answer.data() + answer.size(), pid);
                if (ec == std::errc() && end == answer.data() + answer.size() && pid > 0)
                    return pid;
            }
        }
        stop();
        // A server that went away gets a fresh one; one that took too long may have started the
        // daemon all the same, so it is not asked again and the caller checks before it starts one.
        if (attempt == 1 || read == LineRead::TimedOut)
            m_failure = read == LineRead::TimedOut ? std::string("no answer within 5 s")
                        : answer.empty()           ? std::string("no answer")
                                                   : answer;
    }
    return fail(ErrorCode::IoWrite,
                Message{Ctx,
                        MB_TR_NOOP("mb::providers", "Cannot start %1: its spawn server did not answer (%2)."),
                        {m_binary.string(), m_failure.empty() ? answer : m_failure}});
}

} // namespace mb::providers::local
