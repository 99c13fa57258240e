// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "AccessTokens.h"

#include "base/Secret.h"
#include "plan/Sha256.h"

#include <QHttpServerRequest>

namespace mb::controlplane {

AccessTokens::AccessTokens(QByteArray apiToken, std::string clusterSecret)
    : m_apiToken(std::move(apiToken))
    , m_secret(std::move(clusterSecret))
{}

bool AccessTokens::api(const QHttpServerRequest &request) const
{
    return check(request.value("Authorization"), nullptr);
}

bool AccessTokens::api(QByteArrayView authorization) const
{
    return check(authorization, nullptr);
}

bool AccessTokens::agent(const QHttpServerRequest &request, const QString &node) const
{
    return check(request.value("Authorization"), &node);
}

bool AccessTokens::check(QByteArrayView header, const QString *node) const
{
    if (!header.startsWith("Bearer "))
        return false;
    const std::string_view token(header.constData() + 7, static_cast<std::size_t>(header.size() - 7));
    if (constantTimeEquals(
            token, std::string_view(m_apiToken.constData(), static_cast<std::size_t>(m_apiToken.size()))))
        return true; // the operator's token opens every route
    // An agent speaks for one node: its token is the one derived for the node it names. A node
    // made before per-node tokens holds the cluster's secret itself, which no newer node has.
    if (!node || node->isEmpty())
        return false;
    const bool own = constantTimeEquals(token, plan::hmacSha256Hex(m_secret, node->toStdString()));
    const bool legacy = constantTimeEquals(token, m_secret);
    return own || legacy;
}

} // namespace mb::controlplane
