// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "JsonLimits.h"
#include "base/Error.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mb::json {

/// Parses `text` as JSON, strictly: a duplicate key, or a document past one of `limits`, is an
/// error before any value is built (JsonLimits.h). Syntax faults and truncation become an Error
/// with line, column and the pointer of the value being read; no exception escapes.
[[nodiscard]] Result<nlohmann::json> parseText(std::string_view text, const JsonLimits &limits = {});

/// Errors collected while reading a document against its schema, so one pass reports every
/// typo and wrong type at once instead of the first only.
class ErrorList
{
public:
    void add(Error error) { m_errors.push_back(std::move(error)); }
    /// A value of the right type that is not allowed there (json-value), at `pointer`.
    void addValueError(std::string pointer, Message message)
    {
        add(Error{ErrorCode::JsonValue, std::move(message), std::move(pointer), 0, 0, {}});
    }
    [[nodiscard]] bool empty() const { return m_errors.empty(); }
    [[nodiscard]] const std::vector<Error> &errors() const { return m_errors; }
    /// Fills line and column of every error from the text it was read from; values nested
    /// deeper than `maxDepth` are not looked at (a reader passes the depth it built).
    void locate(std::string_view text, std::size_t maxDepth = static_cast<std::size_t>(-1));
    [[nodiscard]] std::vector<Error> take() { return std::move(m_errors); }

private:
    std::vector<Error> m_errors;
};

/// Name of a JSON value's type as a person says it ("a number", "an object").
[[nodiscard]] std::string describeType(const nlohmann::json &value);

/**
 * Reads one JSON object strictly: typed getters record wrong types and missing required keys,
 * and `finish()` reports every key that no getter asked for (with a "did you mean" hint),
 * so a typo never vanishes silently. Errors go to the shared ErrorList; getters then
 * return std::nullopt.
 */
class ObjectReader
{
public:
    /// Reads `value` at `pointer`; records a type error if it is not an object.
    ObjectReader(const nlohmann::json &value, std::string pointer, ErrorList &errors);

    [[nodiscard]] bool isObject() const { return m_object != nullptr; }
    [[nodiscard]] const std::string &pointer() const { return m_pointer; }
    [[nodiscard]] std::string pointerOf(std::string_view key) const;

    /// The raw member `key`, marked as known; nullptr when absent (an error if `required`).
    const nlohmann::json *member(std::string_view key, bool required);

    std::optional<std::string> string(std::string_view key, bool required);
    /// A whole number (2.0 counts as one); a fraction is a type error, a value beyond ±2^53 a
    /// range error.
    std::optional<long long> integer(std::string_view key, bool required);
    /// A whole number from `min` to `max`; a value outside is an error naming the range.
    std::optional<long long> integer(std::string_view key, bool required, long long min, long long max);
    std::optional<double> number(std::string_view key, bool required);
    /// A number from `min` to `max`; a value outside is an error naming the range.
    std::optional<double> number(std::string_view key, bool required, double min, double max);
    std::optional<bool> boolean(std::string_view key, bool required);
    /// An array of strings; each wrong element is reported with its own pointer.
    std::optional<std::vector<std::string>> stringArray(std::string_view key, bool required);

    /// Reports every member that no getter asked for. Call once, after reading.
    void finish();

private:
    void typeError(std::string_view key, const nlohmann::json &value, const char *expected);
    void rangeError(std::string_view key, const nlohmann::json &value, std::string min, std::string max);

    const nlohmann::json *m_object = nullptr;
    std::string m_pointer;
    ErrorList &m_errors;
    std::vector<std::string_view> m_known; // keys asked for; point into the JSON value or literals
};

} // namespace mb::json
