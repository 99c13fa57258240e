// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "logs/LokiPush.h"

#include <string>

namespace mb::logs {

/// The protobuf `PushRequest` of `request`, without snappy (the inverse of decodePushMessage());
/// each stream's labels as labelsToString() writes them.
[[nodiscard]] std::string encodePushMessage(const PushRequest &request);

/// Loki's protobuf push body: encodePushMessage() snappy block-compressed, as Promtail sends it
/// (`Content-Type: application/x-protobuf`). Pure function; never throws.
[[nodiscard]] std::string encodePushProtobuf(const PushRequest &request);

} // namespace mb::logs
