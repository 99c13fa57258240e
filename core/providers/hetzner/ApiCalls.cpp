// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ApiCalls.h"

namespace mb::providers::hetzner::calls {

namespace {
constexpr const char *Ctx = "mb::providers::hetzner";
} // namespace

bool unknownOutcome(const Error &e)
{
    return e.code == ErrorCode::ProviderTransient || e.code == ErrorCode::NetTimeout ||
           e.code == ErrorCode::NetConnect;
}

nlohmann::json labelsJson(const Labels &labels)
{
    nlohmann::json out = nlohmann::json::object();
    for (const auto &[k, v] : labels)
        out[k] = v;
    return out;
}

Error invalidAnswer(const std::string &request, const std::string &what, const std::string &pointer)
{
    return Error{ErrorCode::ProviderFailed,
                 Message{Ctx,
                         MB_TR_NOOP("mb::providers::hetzner", "The Hetzner API's answer to %1 is not what it "
                                                              "documents: %2 (at %3)."),
                         {request, what, pointer}},
                 pointer,
                 0,
                 0,
                 {}};
}

/// The member `key` of an answer, which must be there.
Result<const nlohmann::json *> member(const nlohmann::json &answer, const std::string &key,
                                      const std::string &request)
{
    if (!answer.is_object() || !answer.contains(key))
        return std::unexpected(invalidAnswer(request, "\"" + key + "\" is missing", "/" + key));
    return &answer[key];
}

Result<std::vector<std::int64_t>> actionIds(const nlohmann::json &list, const std::string &pointer,
                                            const std::string &request)
{
    std::vector<std::int64_t> out;
    if (!list.is_array())
        return std::unexpected(invalidAnswer(request, "expected a list of actions", pointer));
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto a = read::action(list[i], pointer + "/" + std::to_string(i), request);
        if (!a)
            return std::unexpected(a.error());
        out.push_back(a->id);
    }
    return out;
}

Error timedOut(const std::string &what, std::chrono::milliseconds timeout)
{
    return Error{ErrorCode::ProviderTransient,
                 Message{Ctx,
                         MB_TR_NOOP("mb::providers::hetzner", "%1 did not happen within %2 s."),
                         {what, std::to_string(timeout.count() / 1000)}},
                 {},
                 0,
                 0,
                 {}};
}
Result<Action> postAction(ApiTransport &transport, const std::string &path, const nlohmann::json &body,
                          Repeat repeat)
{
    auto answer = transport.send("POST", path, body.is_null() ? std::string() : body.dump(), repeat);
    if (!answer)
        return std::unexpected(answer.error());
    return readMember(*answer, "action", "POST " + path, read::action);
}

Result<std::vector<std::int64_t>> postActions(ApiTransport &transport, const std::string &path,
                                              const nlohmann::json &body)
{
    auto answer = transport.send("POST", path, body.dump(), Repeat::Safe);
    if (!answer)
        return std::unexpected(answer.error());
    auto a = member(*answer, "actions", "POST " + path);
    if (!a)
        return std::unexpected(a.error());
    return actionIds(**a, "/actions", "POST " + path);
}

} // namespace mb::providers::hetzner::calls
