// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "JsonReader.h"

#include "JsonLocator.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
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

/**
 * Builds the value nlohmann::json's own parser would, except that arrays and objects starting
 * deeper than `buildDepth` (the root is level 0) are left out. nlohmann's callback parser
 * could do this, but it searches the parent for the dropped value after every object it
 * closes, which is quadratic in an object's members. Parse errors are thrown as the parser
 * reports them, so callers see the same exceptions as from `json::parse`.
 */
class ShallowBuilder
{
public:
    using json = nlohmann::json;

    ShallowBuilder(json &root, std::size_t buildDepth)
        : m_root(root)
        , m_buildDepth(buildDepth)
    {}

    bool null() { return add(json(nullptr)); }
    bool boolean(bool v) { return add(json(v)); }
    bool number_integer(json::number_integer_t v) { return add(json(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return add(json(v)); }
    bool number_float(json::number_float_t v, const json::string_t &) { return add(json(v)); }
    bool string(json::string_t &v) { return add(json(std::move(v))); }
    bool binary(json::binary_t &v) { return add(json(std::move(v))); }
    bool start_object(std::size_t) { return open(json::value_t::object); }
    bool start_array(std::size_t) { return open(json::value_t::array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(json::string_t &k)
    {
        if (m_skipped == 0)
            m_key = std::move(k);
        return true;
    }
    [[noreturn]] bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &e)
    {
        if (const auto *syntax = dynamic_cast<const json::parse_error *>(&e))
            throw *syntax;
        if (const auto *range = dynamic_cast<const json::out_of_range *>(&e))
            throw *range;
        throw std::runtime_error(e.what());
    }

private:
    json *place(json &&v)
    {
        if (m_open.empty()) {
            m_root = std::move(v);
            return &m_root;
        }
        json &top = *m_open.back();
        if (top.is_array()) {
            auto &array = top.get_ref<json::array_t &>();
            array.push_back(std::move(v));
            return &array.back();
        }
        auto &object = top.get_ref<json::object_t &>();
        return &object.insert_or_assign(std::move(m_key), std::move(v)).first->second;
    }
    bool add(json &&v)
    {
        if (m_skipped == 0)
            place(std::move(v));
        return true;
    }
    bool open(json::value_t type)
    {
        if (m_skipped > 0 || m_open.size() > m_buildDepth) {
            ++m_skipped;
            return true;
        }
        m_open.push_back(place(json(type)));
        return true;
    }
    bool close()
    {
        if (m_skipped > 0)
            --m_skipped;
        else
            m_open.pop_back();
        return true;
    }

    json &m_root;
    std::size_t m_buildDepth;
    std::vector<json *> m_open; // the containers being filled, innermost last
    std::size_t m_skipped = 0;  // containers open below the build depth
    std::string m_key;
};

} // namespace

Result<nlohmann::json> parseText(std::string_view text, const JsonLimits &limits)
{
    const LimitCheck check = checkJsonLimits(text, limits);
    if (check.violation)
        return std::unexpected(*check.violation);
    try {
        nlohmann::json value;
        ShallowBuilder builder(value, limits.buildDepth);
        nlohmann::json::sax_parse(text.begin(), text.end(), &builder);
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
