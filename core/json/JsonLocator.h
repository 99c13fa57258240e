// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <cstddef>
#include <cstdint>
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
    /// Scans `text`; values nested deeper than `maxDepth` (the root is 0) are skipped, not
    /// recorded, so their pointers are not found.
    explicit JsonLocator(std::string_view text, std::size_t maxDepth = static_cast<std::size_t>(-1));

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
    // Offsets and indexes in 32 bits: a document past 4 GiB is not scanned (the reading limits
    // stop far below that), and a node costs 28 bytes.
    using Index = std::uint32_t;
    static constexpr Index None = static_cast<Index>(-1);
    struct Node
    {
        Index parent = None;
        Index keyOffset = None;   // object members: the key's opening quote
        Index valueOffset = None; // None while a member's value is not yet seen
        Index endOffset = None;   // just past the value; None while open
        Index index = 0;          // array elements: their index
        Index firstChild = None;  // arrays: into m_arrayChildren, filled when closed
        Index childCount = None;  // arrays only: None marks objects and scalars
        [[nodiscard]] bool isArray() const { return childCount != None; }
    };
    struct MemberKey
    {
        Index parent;
        std::string_view key;
        bool operator==(const MemberKey &) const = default;
    };
    struct MemberKeyHash
    {
        std::size_t operator()(const MemberKey &k) const noexcept;
    };

    void scan(std::size_t maxDepth);
    [[nodiscard]] Index find(const std::string &pointer) const;
    [[nodiscard]] std::string tokenOf(Index node) const;

    std::string_view m_text;
    std::vector<Node> m_nodes; // in document order; the root is node 0
    std::vector<Index> m_arrayChildren;
    std::unordered_map<MemberKey, Index, MemberKeyHash> m_members;
    std::deque<std::string> m_decodedKeys;   // keys that had escapes
    std::vector<TextPosition> m_checkpoints; // position of every CheckpointBytes-th byte
};

} // namespace mb::json
