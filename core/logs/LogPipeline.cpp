// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LogPipeline.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>

namespace mb::logs {

using namespace logql;

namespace {

constexpr const char *ErrorLabel = "__error__";
/// Nesting of a JSON line the flattener follows; deeper members are skipped.
constexpr int MaxJsonDepth = 32;

std::string sanitize(std::string_view key)
{
    std::string out;
    out.reserve(key.size());
    for (const char c : key) {
        const bool ok =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        out += ok ? c : '_';
    }
    if (!out.empty() && out[0] >= '0' && out[0] <= '9')
        out.insert(out.begin(), '_');
    return out;
}

void flatten(const nlohmann::json &value, const std::string &prefix, int depth,
             std::vector<std::pair<std::string, std::string>> &out)
{
    if (depth > MaxJsonDepth)
        return;
    for (const auto &[key, member] : value.items()) {
        const std::string name = prefix.empty() ? sanitize(key) : prefix + "_" + sanitize(key);
        if (name.empty())
            continue;
        if (member.is_object())
            flatten(member, name, depth + 1, out);
        else if (member.is_string())
            out.emplace_back(name, member.get<std::string>());
        else if (member.is_boolean())
            out.emplace_back(name, member.get<bool>() ? "true" : "false");
        else if (member.is_number())
            out.emplace_back(name, member.dump());
        // arrays and null are skipped, as Loki's json parser does
    }
}

void addExtracted(Labels &labels, const Labels &stream, const std::string &name, std::string value)
{
    // A name the stream already carries keeps the stream's value; Loki files the parsed one
    // under `<name>_extracted`.
    if (stream.contains(name))
        labels[name + "_extracted"] = std::move(value);
    else
        labels[name] = std::move(value);
}

bool parseNumber(const std::string &text, ValueKind kind, double *value)
{
    if (text.empty())
        return false;
    if (kind == ValueKind::Duration) {
        std::int64_t ns = 0;
        if (!parseDuration(text, &ns))
            return false;
        *value = static_cast<double>(ns) / 1e9;
        return true;
    }
    char *end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (end == text.c_str())
        return false;
    std::string_view unit(end);
    if (kind == ValueKind::Number) {
        if (!unit.empty())
            return false;
        *value = v;
        return true;
    }
    static constexpr std::pair<std::string_view, double> Units[] = {
        {"", 1},     {"B", 1},     {"KB", 1e3},     {"kB", 1e3},        {"MB", 1e6},
        {"GB", 1e9}, {"TB", 1e12}, {"KiB", 1024.0}, {"MiB", 1048576.0}, {"GiB", 1073741824.0}};
    for (const auto &[name, factor] : Units) {
        if (unit == name) {
            *value = v * factor;
            return true;
        }
    }
    return false;
}

bool compare(CompareOp op, double a, double b)
{
    switch (op) {
    case CompareOp::Equal:
        return a == b;
    case CompareOp::NotEqual:
        return a != b;
    case CompareOp::Greater:
        return a > b;
    case CompareOp::GreaterEqual:
        return a >= b;
    case CompareOp::Less:
        return a < b;
    case CompareOp::LessEqual:
        return a <= b;
    }
    return false;
}

bool evaluate(const LabelFilter &filter, Labels &labels)
{
    switch (filter.kind) {
    case LabelFilter::Kind::String: {
        const auto it = labels.find(filter.matcher.name);
        return filter.matcher.matches(it == labels.end() ? std::string_view() : std::string_view(it->second));
    }
    case LabelFilter::Kind::Numeric: {
        const auto it = labels.find(filter.name);
        if (it == labels.end())
            return false;
        double value = 0;
        if (!parseNumber(it->second, filter.valueKind, &value)) {
            labels[ErrorLabel] = "LabelFilterErr";
            return true;
        }
        return compare(filter.compare, value, filter.number);
    }
    case LabelFilter::Kind::And:
        return evaluate(*filter.left, labels) && evaluate(*filter.right, labels);
    case LabelFilter::Kind::Or:
        return evaluate(*filter.left, labels) || evaluate(*filter.right, labels);
    }
    return false;
}

} // namespace

bool extractJson(std::string_view line, std::vector<std::pair<std::string, std::string>> &out)
{
    const auto doc = nlohmann::json::parse(line, nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return false;
    flatten(doc, {}, 0, out);
    return true;
}

bool extractLogfmt(std::string_view line, std::vector<std::pair<std::string, std::string>> &out)
{
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        if (i >= line.size())
            break;
        const std::size_t keyStart = i;
        while (i < line.size() && line[i] != '=' && line[i] != ' ' && line[i] != '\t')
            ++i;
        const std::string key = sanitize(line.substr(keyStart, i - keyStart));
        if (key.empty())
            return false;
        std::string value;
        if (i < line.size() && line[i] == '=') {
            ++i;
            if (i < line.size() && line[i] == '"') {
                ++i;
                bool closed = false;
                while (i < line.size()) {
                    const char c = line[i++];
                    if (c == '"') {
                        closed = true;
                        break;
                    }
                    if (c == '\\' && i < line.size()) {
                        const char e = line[i++];
                        value += e == 'n' ? '\n' : e == 't' ? '\t' : e;
                    } else {
                        value += c;
                    }
                }
                if (!closed)
                    return false;
            } else {
                const std::size_t valueStart = i;
                while (i < line.size() && line[i] != ' ' && line[i] != '\t')
                    ++i;
                value = std::string(line.substr(valueStart, i - valueStart));
            }
        }
        out.emplace_back(key, std::move(value));
    }
    return true;
}

LogPipeline::LogPipeline(std::vector<Stage> stages)
    : m_stages(std::move(stages))
{
    for (const auto &stage : m_stages)
        m_onlyLineFilters &= stage.kind == Stage::Kind::LineFilter;
}

bool LogPipeline::keepsLine(std::string_view line) const
{
    for (const auto &stage : m_stages)
        if (stage.kind == Stage::Kind::LineFilter && !stage.lineFilter.keeps(line))
            return false;
    return true;
}

std::vector<std::string> LogPipeline::requiredSubstrings() const
{
    std::vector<std::string> out;
    for (const auto &stage : m_stages) {
        if (stage.kind == Stage::Kind::LineFormat)
            break;
        if (stage.kind == Stage::Kind::LineFilter && stage.lineFilter.op == LineFilterOp::Contains &&
            !stage.lineFilter.text.empty())
            out.push_back(stage.lineFilter.text);
    }
    return out;
}

bool LogPipeline::run(Labels &labels, std::string &line) const
{
    const Labels stream = labels;
    std::vector<std::pair<std::string, std::string>> extracted;
    for (const auto &stage : m_stages) {
        switch (stage.kind) {
        case Stage::Kind::LineFilter:
            if (!stage.lineFilter.keeps(line))
                return false;
            break;
        case Stage::Kind::Json:
        case Stage::Kind::Logfmt: {
            extracted.clear();
            const bool ok = stage.kind == Stage::Kind::Json ? extractJson(line, extracted)
                                                            : extractLogfmt(line, extracted);
            if (!ok && !labels.contains(ErrorLabel))
                labels[ErrorLabel] = stage.kind == Stage::Kind::Json ? "JSONParserErr" : "LogfmtParserErr";
            for (auto &[name, value] : extracted)
                addExtracted(labels, stream, name, std::move(value));
            break;
        }
        case Stage::Kind::LabelFilter:
            if (!evaluate(*stage.labelFilter, labels))
                return false;
            break;
        case Stage::Kind::LineFormat: {
            std::string formatted;
            for (const auto &part : stage.lineFormat) {
                if (!part.isLabel) {
                    formatted += part.text;
                } else if (const auto it = labels.find(part.text); it != labels.end()) {
                    formatted += it->second;
                }
            }
            line = std::move(formatted);
            break;
        }
        }
    }
    return true;
}

} // namespace mb::logs
