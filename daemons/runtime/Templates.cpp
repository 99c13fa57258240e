// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Templates.h"

namespace mb::daemon {

namespace templates {
std::string_view system();
std::string_view proxy();
std::string_view worker();
std::string_view state();
} // namespace templates

namespace {
constexpr const char *Ctx = "mb::daemon";
}

std::string_view templateText(topology::Pillar pillar)
{
    switch (pillar) {
    case topology::Pillar::System:
        return templates::system();
    case topology::Pillar::Proxy:
        return templates::proxy();
    case topology::Pillar::Worker:
        return templates::worker();
    case topology::Pillar::State:
        return templates::state();
    }
    return {};
}

Result<QList<ComponentSpec>> templateComponents(topology::Pillar pillar)
{
    return parseTemplate(templateText(pillar), pillar);
}

Result<QList<ComponentSpec>> parseTemplate(std::string_view text, topology::Pillar pillar)
{
    auto document = json::parseText(text);
    if (!document)
        return std::unexpected(document.error());
    json::ErrorList errors;
    json::ObjectReader r(*document, {}, errors);
    QList<ComponentSpec> components;
    if (const auto version = r.integer("version", true); version && *version != 1)
        errors.add(Error{ErrorCode::JsonValue,
                         Message{Ctx,
                                 MB_TR_NOOP("mb::daemon", "Template version %1 is not supported; use 1."),
                                 {std::to_string(*version)}},
                         "/version",
                         0,
                         0,
                         {}});
    if (const auto name = r.string("pillar", true); name && *name != topology::pillarName(pillar))
        errors.add(Error{ErrorCode::JsonValue,
                         Message{Ctx,
                                 MB_TR_NOOP("mb::daemon", "This template is for the %1 pillar, not %2."),
                                 {*name, std::string(topology::pillarName(pillar))}},
                         "/pillar",
                         0,
                         0,
                         {}});
    r.string("description", false);
    if (const nlohmann::json *list = r.member("components", true))
        components = readComponents(*list, "/components", errors);
    r.finish();
    if (!errors.empty()) {
        errors.locate(text);
        return std::unexpected(errors.take().front());
    }
    return components;
}

} // namespace mb::daemon
