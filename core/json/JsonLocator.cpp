// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "JsonLocator.h"

#include <vector>

namespace mb::json {

TextPosition positionOf(std::string_view text, std::size_t offset)
{
    TextPosition pos{1, 1};
    const std::size_t end = offset < text.size() ? offset : text.size();
    for (std::size_t i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++pos.column; // count UTF-8 lead bytes only, so a column is a character
        }
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

JsonLocator::JsonLocator(std::string_view text)
    : m_text(text)
{
    scan();
}

namespace {

struct Frame
{
    bool isObject = false;
    std::string pointer;
    std::size_t index = 0;  // next array index
    std::string pendingKey; // object: key read, value not yet
    std::size_t pendingKeyOffset = std::string_view::npos;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

void JsonLocator::scan()
{
    const std::string_view t = m_text;
    std::vector<Frame> stack;
    std::size_t i = 0;
    bool expectKey = false;

    // Records the start of a value at the current place in the structure; returns its pointer.
    auto beginValue = [&](std::size_t at) -> std::string {
        std::string pointer;
        Spot spot;
        if (!stack.empty()) {
            Frame &top = stack.back();
            if (top.isObject) {
                pointer = top.pointer + '/' + escapePointerToken(top.pendingKey);
                spot.keyOffset = top.pendingKeyOffset;
            } else {
                pointer = top.pointer + '/' + std::to_string(top.index++);
            }
        }
        spot.valueOffset = at;
        m_spots[pointer] = spot;
        return pointer;
    };
    auto readString = [&](std::size_t &pos, std::string *out) -> bool {
        ++pos; // opening quote
        while (pos < t.size()) {
            const char c = t[pos];
            if (c == '"') {
                ++pos;
                return true;
            }
            if (c == '\\') {
                if (pos + 1 >= t.size())
                    return false;
                const char e = t[pos + 1];
                if (out) {
                    switch (e) {
                    case 'n':
                        *out += '\n';
                        break;
                    case 't':
                        *out += '\t';
                        break;
                    case 'r':
                        *out += '\r';
                        break;
                    case 'b':
                        *out += '\b';
                        break;
                    case 'f':
                        *out += '\f';
                        break;
                    case 'u':
                        *out += "\\u";
                        break; // rare in keys; kept verbatim
                    default:
                        *out += e;
                        break;
                    }
                }
                pos += 2;
                continue;
            }
            if (out)
                *out += c;
            ++pos;
        }
        return false;
    };

    while (i < t.size()) {
        const char c = t[i];
        if (isSpace(c) || c == ',' || c == ':') {
            ++i;
            continue;
        }
        if (expectKey) {
            if (c == '"') {
                Frame &top = stack.back();
                top.pendingKey.clear();
                top.pendingKeyOffset = i;
                if (!readString(i, &top.pendingKey))
                    return;
                expectKey = false;
                continue;
            }
            if (c != '}')
                return; // fault: a key was expected
        }
        if (c == '{' || c == '[') {
            const std::string pointer = beginValue(i);
            stack.push_back(Frame{c == '{', pointer, 0, {}, std::string_view::npos});
            expectKey = (c == '{');
            ++i;
            continue;
        }
        if (c == '}' || c == ']') {
            if (stack.empty())
                return;
            m_spots[stack.back().pointer].endOffset = i + 1;
            stack.pop_back();
            ++i;
            expectKey = !stack.empty() && stack.back().isObject;
            continue;
        }
        const std::string pointer = beginValue(i);
        if (c == '"') {
            if (!readString(i, nullptr))
                return;
        } else {
            while (i < t.size() && !isSpace(t[i]) && t[i] != ',' && t[i] != '}' && t[i] != ']')
                ++i;
        }
        m_spots[pointer].endOffset = i;
        expectKey = !stack.empty() && stack.back().isObject;
    }
}

TextPosition JsonLocator::valuePosition(const std::string &pointer) const
{
    const auto it = m_spots.find(pointer);
    if (it == m_spots.end())
        return {};
    const std::size_t at =
        it->second.valueOffset != std::string_view::npos ? it->second.valueOffset : it->second.keyOffset;
    return at == std::string_view::npos ? TextPosition{} : positionOf(m_text, at);
}

TextPosition JsonLocator::keyPosition(const std::string &pointer) const
{
    const auto it = m_spots.find(pointer);
    if (it == m_spots.end() || it->second.keyOffset == std::string_view::npos)
        return {};
    return positionOf(m_text, it->second.keyOffset);
}

std::string JsonLocator::deepestPointerAt(std::size_t offset) const
{
    // The innermost value that started at or before `offset` and had not ended by then.
    std::string best;
    std::size_t bestStart = 0;
    bool found = false;
    for (const auto &[pointer, spot] : m_spots) {
        if (spot.valueOffset == std::string_view::npos || spot.valueOffset > offset)
            continue;
        if (spot.endOffset != std::string_view::npos && spot.endOffset <= offset)
            continue;
        if (!found || spot.valueOffset >= bestStart) {
            best = pointer;
            bestStart = spot.valueOffset;
            found = true;
        }
    }
    return best;
}

} // namespace mb::json
