// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ClusterCheck.h"

#include "net/HttpClient.h"
#include "providers/local/LocalPorts.h"
#include "json/JsonReader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mb::api {

namespace {

constexpr const char *Ctx = "mb::api";
using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct NodeRef
{
    std::string name;
    int port = 0; ///< the daemon's port, from which the components' ports follow (LocalPorts.h)
};

/// The first running node of `pillar`.
NodeRef firstRunning(const nlohmann::json &nodes, const std::string &pillar)
{
    for (const auto &n : nodes) {
        if (!n.is_object() || n.value("pillar", "") != pillar || n.value("state", "") != "running")
            continue;
        const std::string address = n.value("address", "");
        const auto colon = address.rfind(':');
        return {n.value("name", ""), colon == std::string::npos ? 0 : std::atoi(address.c_str() + colon + 1)};
    }
    return {};
}

/// The component `name` as the control plane last heard of it from `node` (its heartbeat).
nlohmann::json componentOf(const nlohmann::json &nodes, const std::string &node, const std::string &name)
{
    for (const auto &n : nodes) {
        if (!n.is_object() || n.value("name", "") != node || !n.contains("components") ||
            !n["components"].is_array())
            continue;
        for (const auto &c : n["components"])
            if (c.is_object() && c.value("name", "") == name)
                return c;
    }
    return nlohmann::json::object();
}

std::string stringOf(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

double numberOf(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number() ? it->get<double>() : -1;
}

/// "postgres on demo-state-1 is backoff (exit 1): <its last line>".
Message componentDetail(const nlohmann::json &component, const std::string &name, const std::string &node)
{
    if (component.empty())
        return {Ctx, MB_TR_NOOP("mb::api", "%1 is not reported by %2"), {name, node}};
    const std::string state = stringOf(component, "state");
    std::string why = stringOf(component, "detail");
    if (const auto it = component.find("lastLines");
        it != component.end() && it->is_array() && !it->empty() && it->back().is_string())
        why += (why.empty() ? "" : ": ") + it->back().get<std::string>();
    if (why.empty())
        return {Ctx, MB_TR_NOOP("mb::api", "%1 on %2 is %3"), {name, node, state}};
    return {Ctx, MB_TR_NOOP("mb::api", "%1 on %2 is %3 (%4)"), {name, node, state, why}};
}

/// Milliseconds to open a TCP connection to 127.0.0.1:`port`, or the reason it failed.
std::expected<double, std::string> tcpConnectMs(int port)
{
    const auto start = Clock::now();
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return std::unexpected(std::string(std::strerror(errno)));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
    int error = rc == 0 ? 0 : errno;
    if (rc != 0 && error == EINPROGRESS) {
        pollfd p{fd, POLLOUT, 0};
        rc = ::poll(&p, 1, 2000);
        if (rc == 0) {
            error = ETIMEDOUT;
        } else {
            socklen_t length = sizeof error;
            if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
                error = errno;
        }
    }
    ::close(fd);
    if (error != 0)
        return std::unexpected(std::string(std::strerror(error)));
    return msSince(start);
}

} // namespace

const char *checkHopName(CheckHopKind kind)
{
    switch (kind) {
    case CheckHopKind::Gateway:
        return "gateway";
    case CheckHopKind::Worker:
        return "worker";
    case CheckHopKind::Haproxy:
        return "haproxy";
    case CheckHopKind::Postgres:
        return "postgres";
    case CheckHopKind::Redis:
        return "redis";
    }
    return "?";
}

bool CheckReport::ok() const
{
    return !hops.empty() && std::all_of(hops.begin(), hops.end(), [](const CheckHop &h) { return h.ok; });
}

const CheckHop *CheckReport::failing() const
{
    auto it = std::find_if(hops.begin(), hops.end(), [](const CheckHop &h) { return !h.ok && !h.skipped; });
    if (it == hops.end())
        it = std::find_if(hops.begin(), hops.end(), [](const CheckHop &h) { return !h.ok; });
    return it == hops.end() ? nullptr : &*it;
}

Result<CheckReport> runClusterCheck(const CheckTarget &target,
                                    const std::function<void(const CheckHop &)> &progress,
                                    const std::atomic<bool> *cancel)
{
    const auto cancelled = [&] { return cancel && cancel->load(); };
    const auto stop = [] {
        return fail(ErrorCode::Cancelled,
                    Message{Ctx, MB_TR_NOOP("mb::api", "The check was cancelled."), {}});
    };
    CheckReport report;
    const auto add = [&](CheckHop hop) {
        report.hops.push_back(std::move(hop));
        if (progress)
            progress(report.hops.back());
    };

    net::HttpClientOptions apiOptions;
    apiOptions.connectTimeout = std::chrono::seconds(3);
    net::HttpClient api(apiOptions);
    api.setBearerToken(target.token);
    const auto listed = api.request("GET", target.apiUrl + "/v1/nodes", {}, {}, std::chrono::seconds(5));
    if (!listed)
        return std::unexpected(listed.error());
    auto parsed = json::parseText(listed->body);
    if (!listed->ok() || !parsed || !(*parsed).is_object())
        return fail(ErrorCode::NetRequest,
                    Message{Ctx,
                            MB_TR_NOOP("mb::api", "The control plane did not list the nodes (HTTP %1)."),
                            {std::to_string(listed->status)}},
                    {}, net::HttpClient::redactedUrl(target.apiUrl + "/v1/nodes"));
    const nlohmann::json nodes = parsed->value("nodes", nlohmann::json::array());
    const NodeRef proxy = firstRunning(nodes, "proxy");
    const NodeRef state = firstRunning(nodes, "state");
    if (cancelled())
        return stop();

    CheckHop gateway{CheckHopKind::Gateway, false, -1, {}, false};
    nlohmann::json answer = nlohmann::json::object();
    if (proxy.name.empty()) {
        gateway.detail = {Ctx, MB_TR_NOOP("mb::api", "no running Proxy node"), {}};
    } else if (target.caCertificate.empty()) {
        gateway.detail = {Ctx, MB_TR_NOOP("mb::api", "this machine keeps no CA for the cluster to pin"), {}};
    } else {
        net::HttpClientOptions pinned;
        // The cluster CA is the only one trusted (docs/pillars.md).
        pinned.caPem = target.caCertificate;
        pinned.connectTimeout = std::chrono::seconds(3);
        const net::HttpClient gatewayClient(pinned);
        const int port = providers::local::componentPort(proxy.port, 1);
        const std::string url = "https://127.0.0.1:" + std::to_string(port) + "/functions/hello";
        const auto start = Clock::now();
        const auto r = gatewayClient.request("POST", url, {}, {}, std::chrono::seconds(10));
        gateway.ms = msSince(start);
        if (!r) {
            // The message already says what failed; the detail (curl's own text) repeats it.
            gateway.detail = r.error().message;
        } else {
            if (auto body = json::parseText(r->body); body && body->is_object())
                answer = *body;
            gateway.ok = r->status == 200;
            if (gateway.ok) {
                gateway.detail = {Ctx, MB_TR_NOOP("mb::api", "HTTP 200 over TLS from %1"), {proxy.name}};
            } else {
                std::string why = stringOf(answer, "message");
                if (why.empty())
                    why = r->body.substr(0, 200);
                gateway.detail = {
                    Ctx, MB_TR_NOOP("mb::api", "HTTP %1: %2"), {std::to_string(r->status), why}};
            }
        }
    }
    // A worker that answered with the function's error passed the request on: the gateway and
    // the worker did their part, the store named below did not.
    const std::string worker = stringOf(answer, "worker");
    const std::string functionError = stringOf(answer, "message");
    if (!gateway.ok && !worker.empty()) {
        gateway.ok = true;
        gateway.detail = {Ctx, MB_TR_NOOP("mb::api", "passed the request to %1"), {worker}};
    }
    const bool gatewayOk = gateway.ok;
    add(std::move(gateway));

    CheckHop workerHop{CheckHopKind::Worker,
                       !worker.empty() && functionError.empty(),
                       numberOf(answer, "workerMs"),
                       {},
                       false};
    if (worker.empty())
        workerHop.detail = {Ctx, MB_TR_NOOP("mb::api", "no answer from a worker"), {}};
    else if (!functionError.empty())
        workerHop.detail = {Ctx, MB_TR_NOOP("mb::api", "hello on %1 failed: %2"), {worker, functionError}};
    else
        workerHop.detail = {Ctx, MB_TR_NOOP("mb::api", "hello ran on %1"), {worker}};
    // The worker's failure is a store's, when a store hop below names one.
    workerHop.skipped = !gatewayOk || !functionError.empty();
    add(std::move(workerHop));
    if (cancelled())
        return stop();

    CheckHop entry{CheckHopKind::Haproxy, false, -1, {}, false};
    if (state.name.empty()) {
        entry.detail = {Ctx, MB_TR_NOOP("mb::api", "no running State node"), {}};
    } else {
        const auto connected = tcpConnectMs(providers::local::componentPort(state.port, 3));
        const nlohmann::json haproxy = componentOf(nodes, state.name, "haproxy");
        entry.ms = connected ? *connected : -1;
        entry.ok = connected && stringOf(haproxy, "state") == "running";
        entry.detail = connected
                           ? componentDetail(haproxy, "haproxy", state.name)
                           : Message{Ctx,
                                     MB_TR_NOOP("mb::api", "the State entry point refuses connections: %1"),
                                     {connected.error()}};
    }
    add(std::move(entry));

    const auto storeHop = [&](CheckHopKind kind, const char *valueKey, const char *msKey, Message passed) {
        CheckHop hop{kind, answer.contains(valueKey), numberOf(answer, msKey), {}, false};
        const std::string name = checkHopName(kind);
        if (hop.ok) {
            passed.args = {answer[valueKey].dump()};
            hop.detail = std::move(passed);
        } else if (state.name.empty()) {
            hop.detail = {Ctx, MB_TR_NOOP("mb::api", "no running State node"), {}};
        } else {
            const nlohmann::json c = componentOf(nodes, state.name, name);
            hop.skipped = stringOf(c, "state") == "running";
            hop.detail = hop.skipped ? Message{Ctx,
                                               MB_TR_NOOP("mb::api", "%1 on %2 is running; not reached"),
                                               {name, state.name}}
                                     : componentDetail(c, name, state.name);
        }
        return hop;
    };
    add(storeHop(CheckHopKind::Postgres, "row", "postgresMs",
                 {Ctx, MB_TR_NOOP("mb::api", "inserted row %1"), {}}));
    add(storeHop(CheckHopKind::Redis, "counter", "redisMs",
                 {Ctx, MB_TR_NOOP("mb::api", "counter is %1"), {}}));
    return report;
}

} // namespace mb::api
