// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "JsonLocator.h"

#include "JsonLimits.h"

#include <functional>

namespace mb::json {

namespace {

/// Moves `pos` past character byte `byte`; only UTF-8 lead bytes count, so a column is a character.
void advance(TextPosition &pos, char byte)
{
    const auto c = static_cast<unsigned char>(byte);
    if (c == '\n') {
        ++pos.line;
        pos.column = 1;
    } else if ((c & 0xC0) != 0x80) {
        ++pos.column;
    }
}

} // namespace

TextPosition positionOf(std::string_view text, std::size_t offset)
{
    TextPosition pos{1, 1};
    const std::size_t end = offset < text.size() ? offset : text.size();
    for (std::size_t i = 0; i < end; ++i) {
        advance(pos, text[i]);
    }
    return pos;
}

std::string escapePointerToken(std::string_view token)
{
    std::string out;
    out.reserve(token.size());
    for (const char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

namespace {

/// Bytes between two position checkpoints: a lookup scans at most this much text.
constexpr std::size_t CheckpointBytes = 64;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// Skips the string whose opening quote is at `pos`; its body (between the quotes) goes to
/// `body`. False when the text ends first.
bool skipString(std::string_view t, std::size_t &pos, std::string_view &body, bool &escaped)
{
    const std::size_t start = ++pos;
    escaped = false;
    while (pos < t.size()) {
        const char c = t[pos];
        if (c == '"') {
            body = t.substr(start, pos - start);
            ++pos;
            return true;
        }
        if (c == '\\') {
            escaped = true;
            ++pos;
        }
        ++pos;
    }
    return false;
}

} // namespace

std::size_t JsonLocator::MemberKeyHash::operator()(const MemberKey &k) const noexcept
{
    return std::hash<std::string_view>{}(k.key) ^ (k.parent * 0x9E3779B97F4A7C15ULL);
}

JsonLocator::JsonLocator(std::string_view text, std::size_t maxDepth)
    : m_text(text)
{
    if (text.size() >= None)
        return;
    m_checkpoints.reserve(text.size() / CheckpointBytes + 1);
    TextPosition pos{1, 1};
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i % CheckpointBytes == 0)
            m_checkpoints.push_back(pos);
        advance(pos, text[i]);
    }
    scan(maxDepth);
}

TextPosition JsonLocator::position(std::size_t offset) const
{
    if (m_checkpoints.empty())
        return TextPosition{1, 1};
    const std::size_t end = offset < m_text.size() ? offset : m_text.size();
    std::size_t i = end / CheckpointBytes;
    if (i >= m_checkpoints.size())
        i = m_checkpoints.size() - 1;
    TextPosition pos = m_checkpoints[i];
    for (std::size_t at = i * CheckpointBytes; at < end; ++at) {
        advance(pos, m_text[at]);
    }
    return pos;
}

void JsonLocator::scan(std::size_t maxDepth)
{
    const std::string_view t = m_text;
    struct Open
    {
        Index node;
        std::vector<Index> children; // arrays only
        Index pendingMember = None;  // objects: the member whose key was read
    };
    std::vector<Open> stack;
    // Containers deeper than maxDepth are skipped: only whether each is an object is kept.
    std::vector<bool> skippedObjects;
    std::size_t i = 0;
    bool expectKey = false;
    auto innermostIsObject = [&] {
        if (!skippedObjects.empty())
            return static_cast<bool>(skippedObjects.back());
        return !stack.empty() && !m_nodes[stack.back().node].isArray();
    };
    auto recording = [&] { return skippedObjects.empty() && stack.size() <= maxDepth; };

    // The node for a value starting at `at` in the current place of the structure.
    auto beginValue = [&](std::size_t at) -> Index {
        if (!stack.empty() && stack.back().pendingMember != None) {
            const Index member = stack.back().pendingMember;
            stack.back().pendingMember = None;
            m_nodes[member].valueOffset = static_cast<Index>(at);
            return member;
        }
        Node node;
        node.valueOffset = static_cast<Index>(at);
        if (!stack.empty()) {
            Open &top = stack.back();
            node.parent = top.node;
            node.index = static_cast<Index>(top.children.size());
            top.children.push_back(static_cast<Index>(m_nodes.size()));
        }
        m_nodes.push_back(node);
        return static_cast<Index>(m_nodes.size() - 1);
    };

    while (i < t.size()) {
        const char c = t[i];
        if (isSpace(c) || c == ',' || c == ':') {
            ++i;
            continue;
        }
        if (expectKey) {
            if (c == '"') {
                const std::size_t keyAt = i;
                std::string_view body;
                bool escaped = false;
                if (!skipString(t, i, body, escaped))
                    return;
                expectKey = false;
                if (!recording())
                    continue;
                std::string_view key = body;
                if (escaped) {
                    std::string decoded;
                    if (!decodeJsonString(body, decoded))
                        return;
                    key = m_decodedKeys.emplace_back(std::move(decoded));
                }
                Node member;
                member.parent = stack.back().node;
                member.keyOffset = static_cast<Index>(keyAt);
                m_nodes.push_back(member);
                stack.back().pendingMember = static_cast<Index>(m_nodes.size() - 1);
                m_members.emplace(MemberKey{member.parent, key}, stack.back().pendingMember);
                continue;
            }
            if (c != '}')
                return; // fault: a key was expected
        }
        if (c == '{' || c == '[') {
            ++i;
            expectKey = (c == '{');
            if (!recording()) {
                skippedObjects.push_back(c == '{');
                continue;
            }
            const Index node = beginValue(i - 1);
            if (c == '[')
                m_nodes[node].childCount = 0;
            stack.push_back(Open{node, {}, None});
            continue;
        }
        if (c == '}' || c == ']') {
            ++i;
            if (!skippedObjects.empty()) {
                skippedObjects.pop_back();
            } else {
                if (stack.empty())
                    return;
                Open &top = stack.back();
                Node &node = m_nodes[top.node];
                node.endOffset = static_cast<Index>(i);
                if (node.isArray()) {
                    node.firstChild = static_cast<Index>(m_arrayChildren.size());
                    node.childCount = static_cast<Index>(top.children.size());
                    m_arrayChildren.insert(m_arrayChildren.end(), top.children.begin(), top.children.end());
                }
                stack.pop_back();
            }
            expectKey = innermostIsObject();
            continue;
        }
        const bool record = recording();
        const Index node = record ? beginValue(i) : None;
        if (c == '"') {
            std::string_view body;
            bool escaped = false;
            if (!skipString(t, i, body, escaped))
                return;
        } else {
            while (i < t.size() && !isSpace(t[i]) && t[i] != ',' && t[i] != '}' && t[i] != ']')
                ++i;
        }
        if (record)
            m_nodes[node].endOffset = static_cast<Index>(i);
        expectKey = innermostIsObject();
    }
}

JsonLocator::Index JsonLocator::find(const std::string &pointer) const
{
    if (m_nodes.empty())
        return None;
    Index node = 0;
    std::size_t at = 0;
    std::string token;
    while (at < pointer.size()) {
        if (pointer[at] != '/')
            return None;
        const std::size_t next = pointer.find('/', at + 1);
        const std::string_view raw = std::string_view(pointer).substr(
            at + 1, next == std::string::npos ? std::string::npos : next - at - 1);
        at = next == std::string::npos ? pointer.size() : next;
        token.clear();
        for (std::size_t k = 0; k < raw.size(); ++k) {
            if (raw[k] == '~' && k + 1 < raw.size() && (raw[k + 1] == '0' || raw[k + 1] == '1')) {
                token += raw[k + 1] == '0' ? '~' : '/';
                ++k;
            } else {
                token += raw[k];
            }
        }
        const Node &n = m_nodes[node];
        if (n.isArray()) {
            std::size_t index = 0;
            if (token.empty() || token.size() > 9)
                return None;
            for (const char c : token) {
                if (c < '0' || c > '9')
                    return None;
                index = index * 10 + static_cast<std::size_t>(c - '0');
            }
            if (n.firstChild == None || index >= n.childCount)
                return None;
            node = m_arrayChildren[n.firstChild + index];
        } else {
            const auto it = m_members.find(MemberKey{node, token});
            if (it == m_members.end())
                return None;
            node = it->second;
        }
    }
    return node;
}

TextPosition JsonLocator::valuePosition(const std::string &pointer) const
{
    const Index node = find(pointer);
    if (node == None)
        return {};
    const Node &n = m_nodes[node];
    const Index at = n.valueOffset != None ? n.valueOffset : n.keyOffset;
    return at == None ? TextPosition{} : position(at);
}

TextPosition JsonLocator::keyPosition(const std::string &pointer) const
{
    const Index node = find(pointer);
    if (node == None || m_nodes[node].keyOffset == None)
        return {};
    return position(m_nodes[node].keyOffset);
}

std::string JsonLocator::tokenOf(Index node) const
{
    const Node &n = m_nodes[node];
    if (n.keyOffset == None)
        return std::to_string(n.index);
    std::size_t pos = n.keyOffset;
    std::string_view body;
    bool escaped = false;
    skipString(m_text, pos, body, escaped);
    std::string decoded;
    if (!escaped || !decodeJsonString(body, decoded))
        return std::string(body);
    return decoded;
}

std::string JsonLocator::deepestPointerAt(std::size_t offset) const
{
    // The innermost value that started at or before `offset` and had not ended by then: nodes
    // are in document order, so the last such one.
    Index best = None;
    for (Index i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes[i];
        if (n.valueOffset == None || n.valueOffset > offset)
            continue;
        if (n.endOffset != None && n.endOffset <= offset)
            continue;
        best = i;
    }
    std::vector<std::string> tokens;
    for (Index n = best; n != None && m_nodes[n].parent != None; n = m_nodes[n].parent)
        tokens.push_back(tokenOf(n));
    std::string out;
    for (auto it = tokens.rbegin(); it != tokens.rend(); ++it)
        out += '/' + escapePointerToken(*it);
    return out;
}

} // namespace mb::json
