// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <string>

class QHttpServerRequest;

namespace mb::controlplane {

/**
 * The control plane's bearer tokens (docs/operations.md, "The control-plane API"): the API
 * token opens every route; an agent route also takes the token of the node it names, which is
 * HMAC-SHA-256 of the cluster's secret and the node's name (or the secret itself, which only
 * nodes made before per-node tokens hold). Tokens are compared in constant time.
 */
class AccessTokens final
{
public:
    AccessTokens(QByteArray apiToken, std::string clusterSecret);

    /// Whether the request carries the API token.
    [[nodiscard]] bool api(const QHttpServerRequest &request) const;
    /// Whether an `Authorization` header value (a WebSocket handshake's) is the API token.
    [[nodiscard]] bool api(QByteArrayView authorization) const;
    /// Whether the request carries the API token or the token of `node`.
    [[nodiscard]] bool agent(const QHttpServerRequest &request, const QString &node) const;
    [[nodiscard]] const std::string &clusterSecret() const { return m_secret; }

private:
    [[nodiscard]] bool check(QByteArrayView authorization, const QString *node) const;

    QByteArray m_apiToken;
    std::string m_secret; ///< the cluster's secret; nodes hold only tokens derived from it
};

} // namespace mb::controlplane
