// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ClusterRecord.h"

#include "json/JsonReader.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace mb::api {

namespace fs = std::filesystem;
namespace {
constexpr const char *Ctx = "mb::api";
}

fs::path ClusterRecord::recordPath(const fs::path &root, const std::string &cluster)
{
    return root / cluster / "cluster.json";
}

fs::path ClusterRecord::tokenPath(const fs::path &root, const std::string &cluster)
{
    return root / cluster / "api.token";
}

Result<ClusterRecord> ClusterRecord::load(const fs::path &root, const std::string &cluster)
{
    const fs::path path = recordPath(root, cluster);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fail(ErrorCode::IoNotFound,
                    Message{Ctx,
                            MB_TR_NOOP("mb::api", "No cluster named \"%1\" is known here (looked for %2)."),
                            {cluster, path.string()}});
    std::ostringstream text;
    text << in.rdbuf();
    auto root_ = json::parseText(text.str());
    if (!root_)
        return std::unexpected(root_.error());
    json::ErrorList errors;
    json::ObjectReader r(*root_, "", errors);
    ClusterRecord record;
    record.name = r.string("name", true).value_or("");
    record.provider = r.string("provider", true).value_or("");
    record.apiUrl = r.string("apiUrl", true).value_or("");
    record.systemNode = r.string("systemNode", true).value_or("");
    record.topologyFile = r.string("topologyFile", false).value_or("");
    record.created = r.integer("created", false).value_or(0);
    record.caCertificate = r.string("caCertificate", false).value_or("");
    record.endpoint = r.string("endpoint", false).value_or("");
    record.tokenFile = r.string("tokenFile", false).value_or("");
    record.location = r.string("location", false).value_or("");
    r.finish();
    if (!errors.empty()) {
        errors.locate(text.str());
        Error e = errors.take().front();
        e.detail = path.string();
        return std::unexpected(std::move(e));
    }
    return record;
}

Result<void> ClusterRecord::save(const fs::path &root) const
{
    const fs::path path = recordPath(root, name);
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    nlohmann::ordered_json j = {{"name", name},
                                {"provider", provider},
                                {"apiUrl", apiUrl},
                                {"systemNode", systemNode},
                                {"topologyFile", topologyFile},
                                {"created", created}};
    if (!caCertificate.empty())
        j["caCertificate"] = caCertificate;
    for (const auto &[key, value] : {std::pair{"endpoint", &endpoint}, std::pair{"tokenFile", &tokenFile},
                                     std::pair{"location", &location}})
        if (!value->empty())
            j[key] = *value;
    const fs::path temporary = path.string() + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << j.dump(2) << '\n';
        if (!out)
            return fail(ErrorCode::IoWrite,
                        Message{Ctx, MB_TR_NOOP("mb::api", "Cannot write %1."), {temporary.string()}});
    }
    fs::rename(temporary, path, ec);
    if (ec)
        return fail(
            ErrorCode::IoWrite,
            Message{Ctx, MB_TR_NOOP("mb::api", "Cannot write %1: %2"), {path.string(), ec.message()}});
    return {};
}

std::vector<std::string> ClusterRecord::list(const fs::path &root)
{
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto &entry : fs::directory_iterator(root, ec))
        if (fs::exists(entry.path() / "cluster.json"))
            names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace mb::api
