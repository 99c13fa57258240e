// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "LokiPush.h"

#include <string>
#include <string_view>

namespace mb::logs {

/// True for the `Content-Encoding` values a push may carry: none, `identity`, `snappy` (the
/// protobuf body's own compression), `gzip` and `deflate` (as Loki accepts them).
[[nodiscard]] bool isPushEncodingSupported(std::string_view encoding);

/// True for the encodings `inflatePushBody` removes: `gzip` and `deflate`.
[[nodiscard]] bool isPushBodyDeflated(std::string_view encoding);

/**
 * The body of a push with its `Content-Encoding` removed: `gzip` (RFC 1952) or `deflate` (a raw
 * RFC 1951 stream, as Loki reads it) inflated; any other encoding is an error.
 *
 * The compressed body is held to `limits.maxBodyBytes` and the inflated one to
 * `limits.maxDecodedBytes`; a corrupt or truncated stream is an error (`LogsPushInvalid`) naming
 * the encoding and the byte it failed at. Pure function, thread-safe; never throws.
 */
[[nodiscard]] Result<std::string> inflatePushBody(std::string_view body, std::string_view encoding,
                                                  const PushLimits &limits = {});

} // namespace mb::logs
