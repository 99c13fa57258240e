// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

namespace mb::json {

/// A 1-based line and column in a text (column counts characters, not bytes).
struct TextPosition
{
    int line = 0;
    int column = 0;
};

/// Line and column of byte `offset` in `text`.
[[nodiscard]] TextPosition positionOf(std::string_view text, std::size_t offset);

/// Escapes one reference token for a JSON pointer (RFC 6901: `~` → `~0`, `/` → `~1`).
[[nodiscard]] std::string escapePointerToken(std::string_view token);

/**
 * Maps JSON pointers to where their values (and, for object members, their keys) start in a
 * JSON text. nlohmann::json keeps no positions, so diagnostics find theirs here.
 *
 * Built by one tolerant scan: on text that is not valid JSON the scan stops at the first
 * fault and `deepestPointerAt()` tells which value was being read there.
 * Not thread-safe; cheap enough to build only when there is something to report.
 */
class JsonLocator
{
public:
    explicit JsonLocator(std::string_view text);

    /// Where the value at `pointer` starts; for a pointer to an object member whose value
    /// cannot be found, where its key starts. {0, 0} when the pointer is not in the text.
    [[nodiscard]] TextPosition valuePosition(const std::string &pointer) const;
    /// Where the key of the object member at `pointer` starts ({0, 0} if none).
    [[nodiscard]] TextPosition keyPosition(const std::string &pointer) const;
    /// The pointer of the innermost value that was open at byte `offset` (for syntax errors).
    [[nodiscard]] std::string deepestPointerAt(std::size_t offset) const;

private:
    struct Spot
    {
        std::size_t keyOffset = std::string_view::npos;
        std::size_t valueOffset = std::string_view::npos;
        std::size_t endOffset = std::string_view::npos;
    };
    void scan();

    std::string_view m_text;
    std::unordered_map<std::string, Spot> m_spots;
};

} // namespace mb::json
