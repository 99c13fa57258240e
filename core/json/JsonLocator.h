// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

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
 * fault and `deepestPointerAt()` tells which value was being read there. Memory is linear in
 * the text (a few dozen bytes per value, no pointer strings kept); a lookup costs the depth of
 * its pointer plus at most one checkpoint interval of text for the column.
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
    /// Line and column of byte `offset`, from the checkpoints.
    [[nodiscard]] TextPosition position(std::size_t offset) const;

private:
    static constexpr std::size_t None = static_cast<std::size_t>(-1);
    struct Node
    {
        std::size_t parent = None;
        std::size_t keyOffset = None;   // object members: the key's opening quote
        std::size_t valueOffset = None; // None while a member's value is not yet seen
        std::size_t endOffset = None;   // just past the value; None while open
        std::size_t index = 0;          // array elements: their index
        bool array = false;
        std::size_t firstChild = None; // arrays: into m_arrayChildren, filled when closed
        std::size_t childCount = 0;
    };
    struct MemberKey
    {
        std::size_t parent;
        std::string_view key;
        bool operator==(const MemberKey &) const = default;
    };
    struct MemberKeyHash
    {
        std::size_t operator()(const MemberKey &k) const noexcept;
    };

    void scan();
    [[nodiscard]] std::size_t find(const std::string &pointer) const;
    [[nodiscard]] std::string tokenOf(std::size_t node) const;

    std::string_view m_text;
    std::vector<Node> m_nodes; // in document order; the root is node 0
    std::vector<std::size_t> m_arrayChildren;
    std::unordered_map<MemberKey, std::size_t, MemberKeyHash> m_members;
    std::deque<std::string> m_decodedKeys;   // keys that had escapes
    std::vector<TextPosition> m_checkpoints; // position of every CheckpointBytes-th byte
};

} // namespace mb::json
