// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// A Hetzner Cloud API answer body read as the client reads it: the project's JSON reader with
// the transport's limits, then every object reader of core/providers/hetzner over the answer's
// object or list members ({"server": …}, {"servers": […]}, …). Any input is read or refused
// with an error; none may crash, hang or grow memory beyond its size.
#include "providers/hetzner/ApiObjects.h"
#include "json/JsonReader.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace {

namespace read = mb::providers::hetzner::read;

template <typename Reader>
void readEach(const nlohmann::json &answer, const char *one, const char *many, Reader reader)
{
    if (const auto it = answer.find(one); it != answer.end())
        (void)reader(*it, std::string("/") + one, "GET /fuzz");
    if (const auto it = answer.find(many); it != answer.end() && it->is_array()) {
        std::size_t i = 0;
        for (const nlohmann::json &item : *it)
            (void)reader(item, std::string("/") + many + "/" + std::to_string(i++), "GET /fuzz");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    mb::json::JsonLimits limits;
    limits.maxDocumentBytes = 8U << 20;
    limits.maxDepth = 32;
    limits.maxStringBytes = 256U << 10;
    limits.maxEntries = 100'000;
    const auto answer = mb::json::parseText(text, limits);
    if (!answer || !answer->is_object())
        return 0;
    readEach(*answer, "action", "actions", read::action);
    readEach(*answer, "server", "servers", read::server);
    readEach(*answer, "server_type", "server_types", read::serverType);
    readEach(*answer, "location", "locations", read::location);
    readEach(*answer, "ssh_key", "ssh_keys", read::sshKey);
    readEach(*answer, "network", "networks", read::network);
    readEach(*answer, "firewall", "firewalls", read::firewall);
    readEach(*answer, "floating_ip", "floating_ips", read::floatingIp);
    readEach(*answer, "placement_group", "placement_groups", read::placementGroup);
    return 0;
}
