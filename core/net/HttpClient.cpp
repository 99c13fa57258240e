// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "HttpClient.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <memory>

namespace mb::net {

namespace {

constexpr const char *Ctx = "mb::net";

bool sameName(std::string_view a, std::string_view b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](unsigned char x, unsigned char y) { return std::tolower(x) == std::tolower(y); });
}

bool containsToken(std::string_view name)
{
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower.find("token") != std::string::npos;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

/// One easy handle per thread, reset before each request: keeps connections alive per thread.
CURL *threadHandle()
{
    struct Handle
    {
        CURL *curl = curl_easy_init();
        ~Handle() { curl_easy_cleanup(curl); }
    };
    thread_local Handle handle;
    if (handle.curl)
        curl_easy_reset(handle.curl);
    return handle.curl;
}

struct Exchange
{
    HttpResponse response;
    std::size_t limit = 0;
    bool tooLarge = false;
};

std::size_t onBody(char *data, std::size_t size, std::size_t count, void *user)
{
    auto *exchange = static_cast<Exchange *>(user);
    const std::size_t bytes = size * count;
    if (exchange->response.body.size() + bytes > exchange->limit) {
        exchange->tooLarge = true;
        return 0;
    }
    exchange->response.body.append(data, bytes);
    return bytes;
}

std::size_t onHeader(char *data, std::size_t size, std::size_t count, void *user)
{
    auto *exchange = static_cast<Exchange *>(user);
    const std::size_t bytes = size * count;
    const std::string_view line(data, bytes);
    if (line.starts_with("HTTP/")) {
        exchange->response.headers = HttpHeaders(); // a new response (after 100 Continue)
        return bytes;
    }
    const auto colon = line.find(':');
    if (colon != std::string_view::npos && colon > 0)
        exchange->response.headers.add(std::string(trim(line.substr(0, colon))),
                                       std::string(trim(line.substr(colon + 1))));
    return bytes;
}

struct SlistDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

Error curlError(CURLcode code, const std::string &url, const char *buffer, std::chrono::milliseconds timeout,
                bool tooLarge)
{
    const std::string curlText = buffer[0] ? buffer : curl_easy_strerror(code);
    std::string detail = std::string(curl_easy_strerror(code)) + " (curl code " + std::to_string(code) + ")";
    if (buffer[0])
        detail += ": " + std::string(buffer);
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT: {
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%.1f", static_cast<double>(timeout.count()) / 1000.0);
        return Error{ErrorCode::NetTimeout,
                     Message{Ctx, MB_TR_NOOP("mb::net", "%1 did not answer within %2 s."), {url, seconds}},
                     {},
                     0,
                     0,
                     detail};
    }
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return Error{ErrorCode::NetConnect,
                     Message{Ctx, MB_TR_NOOP("mb::net", "Cannot connect to %1: %2."), {url, curlText}},
                     {},
                     0,
                     0,
                     detail};
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_PARTIAL_FILE:
        return Error{ErrorCode::NetConnect,
                     Message{Ctx, MB_TR_NOOP("mb::net", "The connection to %1 broke: %2."), {url, curlText}},
                     {},
                     0,
                     0,
                     detail};
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        return Error{
            ErrorCode::NetTls,
            Message{Ctx, MB_TR_NOOP("mb::net", "The TLS connection to %1 failed: %2."), {url, curlText}},
            {},
            0,
            0,
            detail};
    default:
        if (tooLarge) {
            return Error{ErrorCode::NetRequest,
                         Message{Ctx, MB_TR_NOOP("mb::net", "The answer from %1 is too large."), {url}},
                         {},
                         0,
                         0,
                         detail};
        }
        return Error{ErrorCode::NetRequest,
                     Message{Ctx, MB_TR_NOOP("mb::net", "The request to %1 failed: %2."), {url, curlText}},
                     {},
                     0,
                     0,
                     detail};
    }
}

} // namespace

HttpHeaders::HttpHeaders(std::initializer_list<std::pair<std::string, std::string>> fields)
    : m_fields(fields)
{}

void HttpHeaders::add(std::string name, std::string value)
{
    m_fields.emplace_back(std::move(name), std::move(value));
}

void HttpHeaders::set(std::string name, std::string value)
{
    remove(name);
    add(std::move(name), std::move(value));
}

void HttpHeaders::remove(std::string_view name)
{
    std::erase_if(m_fields, [&](const auto &f) { return sameName(f.first, name); });
}

std::optional<std::string> HttpHeaders::value(std::string_view name) const
{
    for (const auto &[n, v] : m_fields) {
        if (sameName(n, name))
            return v;
    }
    return std::nullopt;
}

std::vector<std::string> HttpHeaders::values(std::string_view name) const
{
    std::vector<std::string> out;
    for (const auto &[n, v] : m_fields) {
        if (sameName(n, name))
            out.push_back(v);
    }
    return out;
}

HttpHeaders HttpHeaders::redacted() const
{
    HttpHeaders out;
    for (const auto &[n, v] : m_fields) {
        const bool secret = sameName(n, "Authorization") || sameName(n, "Proxy-Authorization") ||
                            sameName(n, "Cookie") || sameName(n, "Set-Cookie") || containsToken(n);
        out.add(n, secret ? "<redacted>" : v);
    }
    return out;
}

HttpClient::HttpClient(HttpClientOptions options)
    : m_options(std::move(options))
{
    initCurlOnce();
}

void HttpClient::setBearerToken(std::string token)
{
    std::scoped_lock lock(m_tokenMutex);
    m_token = std::move(token);
}

void HttpClient::clearBearerToken()
{
    std::scoped_lock lock(m_tokenMutex);
    m_token.clear();
}

std::string HttpClient::redactedUrl(std::string_view url)
{
    url = url.substr(0, url.find_first_of("?#"));
    const auto scheme = url.find("://");
    const std::size_t hostStart = scheme == std::string_view::npos ? 0 : scheme + 3;
    const auto pathStart = url.find('/', hostStart);
    const auto at = url.substr(0, pathStart).rfind('@');
    if (at != std::string_view::npos && at >= hostStart)
        return std::string(url.substr(0, hostStart)) + std::string(url.substr(at + 1));
    return std::string(url);
}

Result<HttpResponse> HttpClient::request(std::string_view method, const std::string &url,
                                         const HttpHeaders &headers, std::string_view body,
                                         std::chrono::milliseconds timeout) const
{
    return request(HttpRequest{std::string(method), url, headers, std::string(body), timeout});
}

Result<HttpResponse> HttpClient::request(const HttpRequest &request) const
{
    initCurlOnce();
    const std::string shownUrl = redactedUrl(request.url);
    CURL *curl = threadHandle();
    if (!curl) {
        return fail(ErrorCode::NetRequest,
                    Message{Ctx, MB_TR_NOOP("mb::net", "Cannot prepare a request to %1."), {shownUrl}}, {},
                    "curl_easy_init failed");
    }

    Exchange exchange;
    exchange.limit = m_options.maxResponseBytes;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    std::vector<std::string> lines;
    for (const auto &[name, value] : request.headers.fields())
        lines.push_back(name + ": " + value);
    lines.emplace_back("Expect:"); // no 100-continue round trip for bodies
    if (!request.headers.contains("Authorization")) {
        std::scoped_lock lock(m_tokenMutex);
        if (!m_token.empty())
            lines.push_back("Authorization: Bearer " + m_token);
    }
    curl_slist *raw = nullptr;
    for (const std::string &line : lines) {
        if (curl_slist *next = curl_slist_append(raw, line.c_str()))
            raw = next;
    }
    const std::unique_ptr<curl_slist, SlistDeleter> list(raw);

    const long timeoutMs = static_cast<long>(std::max<long long>(request.timeout.count(), 1));
    const long connectMs = std::min(timeoutMs, static_cast<long>(m_options.connectTimeout.count()));
    curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, timeoutMs);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, connectMs);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, m_options.userAgent.c_str());
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &exchange);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &exchange);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list.get());
    if (!m_options.caPem.empty()) {
        curl_blob blob{const_cast<char *>(m_options.caPem.data()), m_options.caPem.size(), CURL_BLOB_NOCOPY};
        curl_easy_setopt(curl, CURLOPT_CAINFO_BLOB, &blob);
    } else if (!m_options.caFile.empty()) {
        curl_easy_setopt(curl, CURLOPT_CAINFO, m_options.caFile.c_str());
    }

    const std::string &method = request.method;
    if (method == "HEAD") {
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    } else if (method == "GET" && request.body.empty()) {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    } else {
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.c_str());
        if (!request.body.empty() || method == "POST" || method == "PUT" || method == "PATCH") {
            curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
            curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.data());
        }
    }

    const CURLcode code = curl_easy_perform(curl);
    // Nothing of this request may outlive it in the reused handle.
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    if (code != CURLE_OK)
        return std::unexpected(curlError(code, shownUrl, errorBuffer, request.timeout, exchange.tooLarge));
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    exchange.response.status = static_cast<int>(status);
    return std::move(exchange.response);
}

} // namespace mb::net
