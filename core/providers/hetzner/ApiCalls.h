// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "ApiObjects.h"
#include "ApiTransport.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

/// What every typed call of the Hetzner client does the same way: read a member of an answer,
/// follow pagination, post an action. Internal to core/providers/hetzner.
namespace mb::providers::hetzner::calls {

/// A failure after which the API may or may not have acted (timeouts, 5xx, broken connections).
[[nodiscard]] bool unknownOutcome(const Error &e);
[[nodiscard]] nlohmann::json labelsJson(const Labels &labels);
[[nodiscard]] Error invalidAnswer(const std::string &request, const std::string &what,
                                  const std::string &pointer);
/// The member `key` of an answer, which must be there.
[[nodiscard]] Result<const nlohmann::json *> member(const nlohmann::json &answer, const std::string &key,
                                                    const std::string &request);
/// The member `key` of an answer, which must be there, read by `readFn` (a read:: function).
template <typename ReadFn>
auto readMember(const nlohmann::json &answer, const std::string &key, const std::string &request,
                ReadFn readFn) -> decltype(readFn(answer, key, request))
{
    auto value = member(answer, key, request);
    if (!value)
        return std::unexpected(value.error());
    return readFn(**value, "/" + key, request);
}
[[nodiscard]] Result<std::vector<std::int64_t>>
actionIds(const nlohmann::json &list, const std::string &pointer, const std::string &request);
[[nodiscard]] Error timedOut(const std::string &what, std::chrono::milliseconds timeout);
/// POST to an action endpoint answering `{"action": …}`.
[[nodiscard]] Result<Action> postAction(ApiTransport &transport, const std::string &path,
                                        const nlohmann::json &body, Repeat repeat);
/// POST to an action endpoint answering `{"actions": […]}` (firewalls); the actions' IDs.
[[nodiscard]] Result<std::vector<std::int64_t>> postActions(ApiTransport &transport, const std::string &path,
                                                            const nlohmann::json &body);

/// Every item of a list endpoint, page after page until `meta.pagination.next_page` is null.
template <typename T, typename ReadFn>
Result<std::vector<T>> listAll(ApiTransport &transport, const std::string &path, const std::string &key,
                               const std::string &labelSelector, ReadFn readFn)
{
    std::vector<T> out;
    const std::string request = "GET " + path.substr(0, path.find('?'));
    const char separator = path.find('?') == std::string::npos ? '?' : '&';
    for (int page = 1; page <= 1000; ++page) {
        std::string query = path + separator + "page=" + std::to_string(page) +
                            "&per_page=" + std::to_string(transport.options().perPage);
        if (!labelSelector.empty())
            query += "&label_selector=" + ApiTransport::encode(labelSelector);
        auto answer = transport.send("GET", query, {}, Repeat::Safe);
        if (!answer)
            return std::unexpected(answer.error());
        auto items = member(*answer, key, request);
        if (!items)
            return std::unexpected(items.error());
        if (!(*items)->is_array())
            return std::unexpected(invalidAnswer(request, "expected a list", "/" + key));
        for (std::size_t i = 0; i < (*items)->size(); ++i) {
            auto item = readFn((**items)[i], "/" + key + "/" + std::to_string(i), request);
            if (!item)
                return std::unexpected(item.error());
            out.push_back(std::move(*item));
        }
        // No `meta.pagination.next_page` (or null) means this was the last page.
        const nlohmann::json *next = nullptr;
        if (answer->contains("meta") && (*answer)["meta"].is_object() &&
            (*answer)["meta"].contains("pagination") && (*answer)["meta"]["pagination"].is_object() &&
            (*answer)["meta"]["pagination"].contains("next_page"))
            next = &(*answer)["meta"]["pagination"]["next_page"];
        if (!next || next->is_null())
            return out;
        if (!next->is_number_integer() || next->get<long long>() != page + 1)
            return std::unexpected(invalidAnswer(request, "next_page is not the page after this one",
                                                 "/meta/pagination/next_page"));
    }
    return std::unexpected(invalidAnswer(request, "more than 1000 pages", "/meta/pagination"));
}

} // namespace mb::providers::hetzner::calls
