// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "JsonReader.h"

#include "JsonLocator.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace mb::json {

namespace {

constexpr const char *Ctx = "mb::json";

// Levenshtein distance, for "did you mean" hints on unknown keys.
std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The parser's own reason, without nlohmann's "[json.exception…] parse error at …:" prefix.
std::string parserReason(const std::string &what)
{
    const auto colon = what.find(": ");
    std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
    return reason;
}

} // namespace

Result<nlohmann::json> parseText(std::string_view text, const JsonLimits &limits)
{
    const LimitCheck check = checkJsonLimits(text, limits);
    if (check.violation)
        return std::unexpected(*check.violation);
    try {
        nlohmann::json value =
            limits.buildDepth >= limits.maxDepth
                ? nlohmann::json::parse(text.begin(), text.end())
                : nlohmann::json::parse(text.begin(), text.end(),
                                        [depth = static_cast<int>(limits.buildDepth)](
                                            int at, nlohmann::json::parse_event_t event, nlohmann::json &) {
                                            return at <= depth ||
                                                   (event != nlohmann::json::parse_event_t::object_start &&
                                                    event != nlohmann::json::parse_event_t::array_start);
                                        });
        // The limits were checked only as far as the text was JSON; the parser must then refuse it.
        if (check.notJson)
            return fail(ErrorCode::Internal,
                        Message{Ctx,
                                MB_TR_NOOP("mb::json", "The document could not be checked against the "
                                                       "reading limits; it is refused."),
                                {}});
        return value;
    } catch (const nlohmann::json::parse_error &e) {
        // e.byte is 1-based and points just past the character that broke the parse.
        const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        const bool truncated = e.byte >= text.size() && !text.empty();
        const JsonLocator locator(text);
        Error error;
        if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
            error.code = ErrorCode::JsonTruncated;
            error.message =
                Message{Ctx, MB_TR_NOOP("mb::json", "The file is empty: expected a JSON object."), {}};
        } else if (truncated) {
            error.code = ErrorCode::JsonTruncated;
            error.message = Message{Ctx,
                                    MB_TR_NOOP("mb::json", "The file ends too early; it looks truncated "
                                                           "(%1)."),
                                    {parserReason(e.what())}};
        } else {
            error.code = ErrorCode::JsonSyntax;
            error.message = Message{
                Ctx, MB_TR_NOOP("mb::json", "The file is not valid JSON: %1."), {parserReason(e.what())}};
        }
        error.pointer = locator.deepestPointerAt(offset);
        const TextPosition pos = positionOf(text, offset);
        error.line = pos.line;
        error.column = pos.column;
        error.detail = e.what();
        return std::unexpected(std::move(error));
    } catch (const std::exception &e) {
        // Out of memory or an exception type the parser is not documented to throw.
        return fail(
            ErrorCode::JsonSyntax,
            Message{Ctx, MB_TR_NOOP("mb::json", "The file could not be read as JSON: %1."), {e.what()}}, {},
            e.what());
    }
}

void ErrorList::locate(std::string_view text, std::size_t maxDepth)
{
    if (m_errors.empty())
        return;
    const JsonLocator locator(text, maxDepth);
    for (Error &error : m_errors) {
        const TextPosition pos = error.code == ErrorCode::JsonUnknownKey
                                     ? locator.keyPosition(error.pointer)
                                     : locator.valuePosition(error.pointer);
        if (pos.line > 0) {
            error.line = pos.line;
            error.column = pos.column;
            continue;
        }
        // A missing key: point at the object that lacks it.
        const auto slash = error.pointer.rfind('/');
        if (slash != std::string::npos) {
            const TextPosition parent = locator.valuePosition(error.pointer.substr(0, slash));
            error.line = parent.line;
            error.column = parent.column;
        }
    }
}

std::string describeType(const nlohmann::json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::object:
        return MB_TR_NOOP("mb::json", "an object");
    case nlohmann::json::value_t::array:
        return MB_TR_NOOP("mb::json", "an array");
    case nlohmann::json::value_t::string:
        return MB_TR_NOOP("mb::json", "a string");
    case nlohmann::json::value_t::boolean:
        return MB_TR_NOOP("mb::json", "a boolean");
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
        return MB_TR_NOOP("mb::json", "an integer");
    case nlohmann::json::value_t::number_float:
        return MB_TR_NOOP("mb::json", "a number with a fraction");
    default:
        return MB_TR_NOOP("mb::json", "an unsupported value");
    }
}

ObjectReader::ObjectReader(const nlohmann::json &value, std::string pointer, ErrorList &errors)
    : m_pointer(std::move(pointer))
    , m_errors(errors)
{
    if (value.is_object()) {
        m_object = &value;
        return;
    }
    m_errors.add(Error{
        ErrorCode::JsonType,
        Message{Ctx, MB_TR_NOOP("mb::json", "Expected an object here, found %1."), {describeType(value)}},
        m_pointer.empty() ? std::string{} : m_pointer,
        0,
        0,
        {}});
}

std::string ObjectReader::pointerOf(std::string_view key) const
{
    return m_pointer + '/' + escapePointerToken(key);
}

const nlohmann::json *ObjectReader::member(std::string_view key, bool required)
{
    if (!m_object)
        return nullptr;
    const auto it = m_object->find(key);
    m_known.push_back(it != m_object->end() ? std::string_view(it.key()) : key);
    if (it == m_object->end()) {
        if (required)
            m_errors.add(Error{ErrorCode::JsonMissingKey,
                               Message{Ctx,
                                       MB_TR_NOOP("mb::json", "The required key \"%1\" is missing."),
                                       {std::string(key)}},
                               pointerOf(key),
                               0,
                               0,
                               {}});
        return nullptr;
    }
    return &*it;
}

void ObjectReader::typeError(std::string_view key, const nlohmann::json &value, const char *expected)
{
    m_errors.add(Error{ErrorCode::JsonType,
                       Message{Ctx,
                               MB_TR_NOOP("mb::json", "\"%1\" must be %2, not %3."),
                               {std::string(key), expected, describeType(value)}},
                       pointerOf(key),
                       0,
                       0,
                       {}});
}

std::optional<std::string> ObjectReader::string(std::string_view key, bool required)
{
    const nlohmann::json *value = member(key, required);
    if (!value)
        return std::nullopt;
    if (!value->is_string()) {
        typeError(key, *value, MB_TR_NOOP("mb::json", "a string"));
        return std::nullopt;
    }
    return value->get<std::string>();
}

namespace {

/// The largest magnitude a double holds every whole number up to (2^53).
constexpr long long ExactDoubleLimit = 9'007'199'254'740'992;

} // namespace

void ObjectReader::rangeError(std::string_view key, const nlohmann::json &value, std::string min,
                              std::string max)
{
    m_errors.add(
        Error{ErrorCode::JsonValue,
              Message{Ctx,
                      MB_TR_NOOP("mb::json", "\"%1\" must be from %2 to %3, not %4."),
                      {std::string(key), std::move(min), std::move(max), clipForMessage(value.dump())}},
              pointerOf(key),
              0,
              0,
              {}});
}

std::optional<long long> ObjectReader::integer(std::string_view key, bool required)
{
    return integer(key, required, -ExactDoubleLimit, ExactDoubleLimit);
}

std::optional<long long> ObjectReader::integer(std::string_view key, bool required, long long min,
                                               long long max)
{
    const nlohmann::json *value = member(key, required);
    if (!value)
        return std::nullopt;
    std::optional<long long> whole;
    bool outOfRange = false;
    if (value->is_number_integer()) {
        whole = value->get<long long>();
    } else if (value->is_number_unsigned()) {
        const auto u = value->get<unsigned long long>();
        if (u <= static_cast<unsigned long long>(std::numeric_limits<long long>::max()))
            whole = static_cast<long long>(u);
        else
            outOfRange = true;
    } else if (value->is_number_float()) {
        const double d = value->get<double>();
        if (!std::isfinite(d) || std::trunc(d) != d) {
            typeError(key, *value, MB_TR_NOOP("mb::json", "a whole number"));
            return std::nullopt;
        }
        // Compared as doubles: a cast of a double outside long long's range is undefined.
        if (std::fabs(d) <= static_cast<double>(ExactDoubleLimit))
            whole = static_cast<long long>(d);
        else
            outOfRange = true;
    } else {
        typeError(key, *value, MB_TR_NOOP("mb::json", "a whole number"));
        return std::nullopt;
    }
    if (outOfRange || *whole < min || *whole > max) {
        rangeError(key, *value, std::to_string(min), std::to_string(max));
        return std::nullopt;
    }
    return whole;
}

std::optional<double> ObjectReader::number(std::string_view key, bool required)
{
    const nlohmann::json *value = member(key, required);
    if (!value)
        return std::nullopt;
    if (!value->is_number()) {
        typeError(key, *value, MB_TR_NOOP("mb::json", "a number"));
        return std::nullopt;
    }
    const double d = value->get<double>();
    if (!std::isfinite(d)) {
        rangeError(key, *value, "-1.7976931348623157e308", "1.7976931348623157e308");
        return std::nullopt;
    }
    return d;
}

std::optional<double> ObjectReader::number(std::string_view key, bool required, double min, double max)
{
    const nlohmann::json *value = member(key, required);
    const auto d = number(key, required);
    if (!d)
        return std::nullopt;
    if (*d < min || *d > max) {
        rangeError(key, *value, nlohmann::json(min).dump(), nlohmann::json(max).dump());
        return std::nullopt;
    }
    return d;
}

std::optional<bool> ObjectReader::boolean(std::string_view key, bool required)
{
    const nlohmann::json *value = member(key, required);
    if (!value)
        return std::nullopt;
    if (!value->is_boolean()) {
        typeError(key, *value, MB_TR_NOOP("mb::json", "true or false"));
        return std::nullopt;
    }
    return value->get<bool>();
}

std::optional<std::vector<std::string>> ObjectReader::stringArray(std::string_view key, bool required)
{
    const nlohmann::json *value = member(key, required);
    if (!value)
        return std::nullopt;
    if (!value->is_array()) {
        typeError(key, *value, MB_TR_NOOP("mb::json", "an array of strings"));
        return std::nullopt;
    }
    std::vector<std::string> out;
    bool ok = true;
    for (std::size_t i = 0; i < value->size(); ++i) {
        const nlohmann::json &element = (*value)[i];
        if (!element.is_string()) {
            m_errors.add(
                Error{ErrorCode::JsonType,
                      Message{Ctx,
                              MB_TR_NOOP("mb::json", "Each entry of \"%1\" must be a string, not %2."),
                              {std::string(key), describeType(element)}},
                      pointerOf(key) + '/' + std::to_string(i),
                      0,
                      0,
                      {}});
            ok = false;
            continue;
        }
        out.push_back(element.get<std::string>());
    }
    if (!ok)
        return std::nullopt;
    return out;
}

void ObjectReader::finish()
{
    if (!m_object)
        return;
    // A set only pays off for large objects (per-node overrides); small ones search linearly.
    const bool large = m_object->size() > 16;
    std::unordered_set<std::string_view> known;
    if (large)
        known.insert(m_known.begin(), m_known.end());
    for (const auto &[key, value] : m_object->items()) {
        if (large ? known.contains(key) : std::find(m_known.begin(), m_known.end(), key) != m_known.end())
            continue;
        std::string best;
        std::size_t bestDistance = 3; // suggest only close matches
        for (const std::string_view candidate : m_known) {
            // The distance is at least the difference in length: skip the quadratic work then.
            const std::size_t gap =
                key.size() > candidate.size() ? key.size() - candidate.size() : candidate.size() - key.size();
            if (gap >= bestDistance)
                continue;
            const std::size_t d = editDistance(key, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        Message message =
            best.empty() ? Message{Ctx, MB_TR_NOOP("mb::json", "Unknown key \"%1\"."), {clipForMessage(key)}}
                         : Message{Ctx,
                                   MB_TR_NOOP("mb::json", "Unknown key \"%1\": did you mean \"%2\"?"),
                                   {clipForMessage(key), best}};
        m_errors.add(Error{ErrorCode::JsonUnknownKey, std::move(message), pointerOf(key), 0, 0, {}});
    }
}

} // namespace mb::json
