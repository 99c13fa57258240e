// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace mb::studio {

/// A server of the project, as the connection test lists it.
struct HetznerServerRow
{
    QString name;
    QString type;
    QString location;
    QString status;
    QString ipv4;
};

/// What "Test connection" found out about a token.
struct ConnectionReport
{
    enum class Outcome
    {
        Connected,
        Unauthorized, ///< the API refused the token (401)
        Unreachable,  ///< no answer: network, DNS, TLS, timeout
        RateLimited,  ///< 429: the project's request budget is spent
        Failed,       ///< any other refusal or an answer that cannot be read
    };
    Outcome outcome = Outcome::Failed;
    QString message; ///< for a person, in their language; never the token
    QList<HetznerServerRow> servers;
    int limit = 0;     ///< RateLimit-Limit; 0 when no answer carried it
    int remaining = 0; ///< requests left, by the answer's RateLimit-Remaining

    [[nodiscard]] bool ok() const { return outcome == Outcome::Connected; }

    Q_DECLARE_TR_FUNCTIONS(ConnectionReport)
};

/**
 * Lists the project's servers with `token` at `endpoint` (empty: Hetzner's API) and reads the
 * rate budget from the answers' RateLimit headers. Asks once, without the client's retries (a
 * person is waiting), with a 15 s timeout. Blocking: run it off the GUI thread.
 */
[[nodiscard]] ConnectionReport testHetznerConnection(const QString &endpoint, const QString &token);

} // namespace mb::studio

Q_DECLARE_METATYPE(mb::studio::ConnectionReport)
