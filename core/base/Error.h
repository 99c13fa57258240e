// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "Message.h"

#include <expected>
#include <string>
#include <string_view>

namespace mb {

/// Every failure `core` can report, grouped by area prefix.
enum class ErrorCode
{
    // I/O
    IoNotFound,
    IoRead,
    IoWrite,
    // JSON documents
    JsonSyntax,
    JsonTruncated,
    JsonType,
    JsonUnknownKey,
    JsonMissingKey,
    JsonValue,
    /// A document passes one of the reading limits (size, depth, string, entries, number).
    JsonLimit,
    /// An object has the same key twice.
    JsonDuplicateKey,
    // Topology and catalogue
    TopologyVersion,
    CatalogueInvalid,
    // Internal invariant broken: a bug, reported instead of crashing
    Internal,
    // Providers and the executor
    /// A failure worth retrying (timeout, rate limit, 5xx, lock contention).
    ProviderTransient,
    /// A provider failure that retrying will not fix.
    ProviderFailed,
    /// The operation was cancelled; its state is resumable.
    Cancelled,
    /// A node did not become healthy in time.
    NodeUnhealthy,
    // Plans
    /// The topology cannot be planned (rule errors).
    PlanRefused,
    /// A plan document is malformed or inconsistent.
    PlanInvalid,
    // Store (SQLite)
    StoreOpen,
    StoreCorrupt,
    StoreVersion,
    StoreBusy,
    StoreFull,
    StoreQuery,
    StoreNotFound,
    // Network (HTTP client)
    NetConnect,
    NetTimeout,
    NetTls,
    NetRequest,
    // SSH (core/ssh)
    /// The host could not be reached, or the connection broke.
    SshConnect,
    /// The host's key is not the one pinned for it: nothing was sent or run there.
    SshHostKey,
    /// The cluster's key was refused, or it is unreadable or readable by others.
    SshAuth,
    /// A remote command failed or a transfer did not arrive intact.
    SshCommand,
    // Log store (Loki API)
    /// A Loki push body is malformed (JSON or protobuf + snappy); the message says what and where.
    LogsPushInvalid,
    /// A LogQL query does not parse; the message gives Loki's `parse error at line L, col C`.
    LogsQueryInvalid,
    /// A query or request passes one of the log store's limits (docs/observability.md).
    LogsLimit,
    /// A Loki API request is malformed (a parameter, a path, a method).
    LogsRequestInvalid,
};

/// Stable, lower-case, hyphenated name of a code (`json-syntax`), for output and logs.
[[nodiscard]] std::string_view errorCodeName(ErrorCode code);

/**
 * A failure as a value: a code, a message a person can act on, and where it happened.
 *
 * `pointer` is the JSON pointer of the offending value when there is one; `line` and `column`
 * (1-based, 0 when unknown) locate it in the file; `detail` carries technical context (an HTTP
 * body, a SQLite message) and never secrets; `providerCode` a cloud API's own error code.
 */
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    Message message;
    std::string pointer;
    int line = 0;
    int column = 0;
    std::string detail;
    /// The provider's own code for the failure when it gave one (Hetzner's `server_not_stopped`,
    /// `locked`, `uniqueness_error`), so callers can act on it; empty otherwise.
    std::string providerCode{};

    /// One line for a person: "line 3, column 7: <message> (at /pillars/state/count)".
    [[nodiscard]] std::string describe() const;
};

template <typename T> using Result = std::expected<T, Error>;

/// Shorthand for `std::unexpected(Error{...})`.
[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, Message message, std::string pointer = {},
                                                 std::string detail = {})
{
    return std::unexpected(Error{code, std::move(message), std::move(pointer), 0, 0, std::move(detail)});
}

} // namespace mb
