// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"

#include <chrono>
#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mb::net {

/// HTTP header fields in the order they were added or received; names compare
/// case-insensitively ("content-type" finds "Content-Type").
class HttpHeaders
{
public:
    HttpHeaders() = default;
    HttpHeaders(std::initializer_list<std::pair<std::string, std::string>> fields);

    void add(std::string name, std::string value);
    /// Replaces every field called `name` with one.
    void set(std::string name, std::string value);
    void remove(std::string_view name);
    [[nodiscard]] std::optional<std::string> value(std::string_view name) const;
    [[nodiscard]] std::vector<std::string> values(std::string_view name) const;
    [[nodiscard]] bool contains(std::string_view name) const { return value(name).has_value(); }
    [[nodiscard]] const std::vector<std::pair<std::string, std::string>> &fields() const { return m_fields; }
    [[nodiscard]] bool empty() const { return m_fields.empty(); }

    /// A copy safe to log: Authorization, Proxy-Authorization, Cookie and Set-Cookie values
    /// and any header whose name contains "token" become "<redacted>".
    [[nodiscard]] HttpHeaders redacted() const;

private:
    std::vector<std::pair<std::string, std::string>> m_fields;
};

struct HttpRequest
{
    std::string method = "GET";
    std::string url;
    HttpHeaders headers;
    std::string body;
    std::chrono::milliseconds timeout{30'000}; ///< the whole exchange, connect included
};

struct HttpResponse
{
    int status = 0;
    HttpHeaders headers;
    std::string body;
    [[nodiscard]] bool ok() const { return status >= 200 && status < 300; }
};

struct HttpClientOptions
{
    std::string userAgent = "madbase/" MB_VERSION;
    std::chrono::milliseconds connectTimeout{10'000};
    /// PEM file with the only CAs to trust (pinning the cluster's own CA); empty = the system's.
    std::string caFile{};
    /// The same as PEM text held in memory (a cluster CA from its ClusterRecord); wins over caFile.
    std::string caPem{};
    std::size_t maxResponseBytes = 64u << 20;
};

/**
 * A small blocking HTTP(S) client over libcurl.
 *
 * Every status is a response (a 404 is not an Error); Errors are for exchanges that did not
 * complete: NetConnect (refused, unresolved, connection broken), NetTimeout, NetTls and
 * NetRequest, each with curl's own text in `detail` and the URL without query or user info.
 *
 * Secrets: the bearer token is sent as `Authorization: Bearer …` and never appears in an
 * Error; HttpHeaders::redacted() and redactedUrl() make requests safe to log.
 *
 * Threads: request() may be called from any number of threads at once; each thread reuses
 * its own curl handle (so connections are kept alive per thread). curl_global_init runs once.
 * Redirects are not followed.
 */
class HttpClient
{
public:
    explicit HttpClient(HttpClientOptions options = {});

    /// Sends `Authorization: Bearer <token>` with every request that has no Authorization.
    void setBearerToken(std::string token);
    void clearBearerToken();

    [[nodiscard]] Result<HttpResponse> request(const HttpRequest &request) const;
    [[nodiscard]] Result<HttpResponse>
    request(std::string_view method, const std::string &url, const HttpHeaders &headers = {},
            std::string_view body = {}, std::chrono::milliseconds timeout = std::chrono::seconds{30}) const;

    /// `url` without user info, query or fragment: "https://host:8443/v1/nodes".
    [[nodiscard]] static std::string redactedUrl(std::string_view url);

private:
    HttpClientOptions m_options;
    mutable std::mutex m_tokenMutex;
    std::string m_token;
};

} // namespace mb::net
