// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Error.h"

namespace mb {

std::string_view errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::IoNotFound:
        return "io-not-found";
    case ErrorCode::IoRead:
        return "io-read";
    case ErrorCode::IoWrite:
        return "io-write";
    case ErrorCode::JsonSyntax:
        return "json-syntax";
    case ErrorCode::JsonTruncated:
        return "json-truncated";
    case ErrorCode::JsonType:
        return "json-type";
    case ErrorCode::JsonUnknownKey:
        return "json-unknown-key";
    case ErrorCode::JsonMissingKey:
        return "json-missing-key";
    case ErrorCode::JsonValue:
        return "json-value";
    case ErrorCode::JsonLimit:
        return "json-limit";
    case ErrorCode::JsonDuplicateKey:
        return "json-duplicate-key";
    case ErrorCode::TopologyVersion:
        return "topology-version";
    case ErrorCode::CatalogueInvalid:
        return "catalogue-invalid";
    case ErrorCode::Internal:
        return "internal";
    case ErrorCode::ProviderTransient:
        return "provider-transient";
    case ErrorCode::ProviderFailed:
        return "provider-failed";
    case ErrorCode::Cancelled:
        return "cancelled";
    case ErrorCode::NodeUnhealthy:
        return "node-unhealthy";
    case ErrorCode::PlanRefused:
        return "plan-refused";
    case ErrorCode::PlanInvalid:
        return "plan-invalid";
    case ErrorCode::StoreOpen:
        return "store-open";
    case ErrorCode::StoreCorrupt:
        return "store-corrupt";
    case ErrorCode::StoreVersion:
        return "store-version";
    case ErrorCode::StoreBusy:
        return "store-busy";
    case ErrorCode::StoreFull:
        return "store-full";
    case ErrorCode::StoreQuery:
        return "store-query";
    case ErrorCode::StoreNotFound:
        return "store-not-found";
    case ErrorCode::NetConnect:
        return "net-connect";
    case ErrorCode::NetTimeout:
        return "net-timeout";
    case ErrorCode::NetTls:
        return "net-tls";
    case ErrorCode::NetRequest:
        return "net-request";
    case ErrorCode::SshConnect:
        return "ssh-connect";
    case ErrorCode::SshHostKey:
        return "ssh-host-key";
    case ErrorCode::SshAuth:
        return "ssh-auth";
    case ErrorCode::SshCommand:
        return "ssh-command";
    case ErrorCode::LogsPushInvalid:
        return "logs-push-invalid";
    case ErrorCode::LogsQueryInvalid:
        return "logs-query-invalid";
    case ErrorCode::LogsLimit:
        return "logs-limit";
    case ErrorCode::LogsRequestInvalid:
        return "logs-request-invalid";
    }
    return "internal";
}

std::string Error::describe() const
{
    std::string out;
    if (line > 0)
        out += "line " + std::to_string(line) + ", column " + std::to_string(column) + ": ";
    out += message.text();
    if (!pointer.empty())
        out += " (at " + pointer + ")";
    return out;
}

} // namespace mb
