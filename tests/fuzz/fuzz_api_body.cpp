// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// A body sent to the control plane's API (topology, plan, apply, scale, resize, heartbeat): read
// as the routes read it, then the fields each route takes, then a topology as PUT /v1/topology
// reads it.
#include "ApiJson.h"
#include "topology/Topology.h"

#include <QJsonDocument>

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto body = mb::controlplane::readBody(bytes);
    if (!body) {
        // A refusal always says why.
        if (body.error()
                .value(QLatin1String("error"))
                .toObject()
                .value(QLatin1String("message"))
                .toString()
                .isEmpty())
            __builtin_trap();
        return 0;
    }
    (void)body->value(QLatin1String("node")).toString();                // heartbeat
    (void)body->value(QLatin1String("planId")).toString().toLongLong(); // apply
    const QJsonValue count = body->value(QLatin1String("count"));       // scale
    (void)(count.isDouble() && count.toDouble() == double(count.toInt()));
    (void)body->value(QLatin1String("plan")).toString();   // resize
    const QByteArray text = QJsonDocument(*body).toJson(); // topology
    (void)mb::topology::parseTopology(
        std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    return 0;
}
