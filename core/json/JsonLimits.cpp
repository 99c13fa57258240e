// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "JsonLimits.h"

#include "JsonLocator.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

namespace mb::json {

namespace {

constexpr const char *Ctx = "mb::json";

/// One open array or object while scanning.
struct Frame
{
    bool object = false;
    std::size_t entries = 0;
    std::string_view key; // the current member's key (decoded), for pointers
    // Keys seen so far: searched linearly while few, then through a hash map.
    std::vector<std::pair<std::string_view, std::size_t>> fewKeys; // key → offset of its quote
    std::unordered_map<std::string_view, std::size_t> manyKeys;
    std::deque<std::string> decodedKeys; // storage for keys that had escapes

    /// Records `key` at `offset`; the offset of its first occurrence when it is a duplicate.
    std::optional<std::size_t> insert(std::string_view k, std::size_t offset)
    {
        constexpr std::size_t Few = 16;
        if (manyKeys.empty()) {
            for (const auto &[seen, at] : fewKeys)
                if (seen == k)
                    return at;
            fewKeys.emplace_back(k, offset);
            if (fewKeys.size() > Few)
                manyKeys.insert(fewKeys.begin(), fewKeys.end());
            return std::nullopt;
        }
        const auto [it, inserted] = manyKeys.emplace(k, offset);
        return inserted ? std::nullopt : std::optional<std::size_t>(it->second);
    }

    void reset(bool isObject)
    {
        object = isObject;
        entries = 0;
        key = {};
        fewKeys.clear();
        // A large table is dropped, not cleared: clearing costs its bucket count every time.
        if (manyKeys.bucket_count() > 64)
            manyKeys = {};
        else
            manyKeys.clear();
        decodedKeys.clear();
    }
};

/// The open containers, innermost last. Frames are reused, so opening one allocates nothing once
/// that depth has been reached before; and they are never copied (a deque does not move its
/// elements), as each one's keys may be views into its own decodedKeys.
class FrameStack
{
public:
    [[nodiscard]] bool empty() const { return m_size == 0; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    Frame &back() { return m_frames[m_size - 1]; }
    [[nodiscard]] const Frame &back() const { return m_frames[m_size - 1]; }
    [[nodiscard]] const Frame &operator[](std::size_t i) const { return m_frames[i]; }
    void push(bool object)
    {
        if (m_size == m_frames.size())
            m_frames.emplace_back();
        m_frames[m_size++].reset(object);
    }
    void pop() { --m_size; }

private:
    std::deque<Frame> m_frames;
    std::size_t m_size = 0;
};

/// Appends code point `cp` to `out` as UTF-8.
void appendUtf8(std::string &out, unsigned cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::optional<unsigned> hex4(std::string_view s)
{
    if (s.size() < 4)
        return std::nullopt;
    unsigned v = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const char c = s[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= static_cast<unsigned>(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= static_cast<unsigned>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= static_cast<unsigned>(c - 'A' + 10);
        else
            return std::nullopt;
    }
    return v;
}

} // namespace

bool decodeJsonString(std::string_view body, std::string &out)
{
    out.clear();
    out.reserve(body.size());
    for (std::size_t i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (c != '\\') {
            out += c;
            continue;
        }
        if (++i >= body.size())
            return false;
        switch (body[i]) {
        case '"':
        case '\\':
        case '/':
            out += body[i];
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            auto cp = hex4(body.substr(i + 1));
            if (!cp)
                return false;
            i += 4;
            if (*cp >= 0xD800 && *cp <= 0xDBFF) {
                if (body.substr(i + 1, 2) != "\\u")
                    return false;
                const auto low = hex4(body.substr(i + 3));
                if (!low || *low < 0xDC00 || *low > 0xDFFF)
                    return false;
                i += 6;
                cp = 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00);
            } else if (*cp >= 0xDC00 && *cp <= 0xDFFF) {
                return false;
            }
            appendUtf8(out, *cp);
            break;
        }
        default:
            return false;
        }
    }
    return true;
}

namespace {

/// RFC 8259's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(std::string_view s)
{
    std::size_t i = 0;
    auto digits = [&] {
        const std::size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        return i > start;
    };
    if (i < s.size() && s[i] == '-')
        ++i;
    if (i < s.size() && s[i] == '0')
        ++i;
    else if (!digits())
        return false;
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == s.size();
}

class Scanner
{
public:
    Scanner(std::string_view text, const JsonLimits &limits)
        : m_t(text)
        , m_limits(limits)
    {}

    std::optional<Error> run()
    {
        if (m_t.size() > m_limits.maxDocumentBytes)
            return limitError(
                m_limits.maxDocumentBytes,
                Message{Ctx,
                        MB_TR_NOOP("mb::json", "The document is %1 bytes, more than the limit "
                                               "of %2 bytes; nothing past this point is read."),
                        {std::to_string(m_t.size()), std::to_string(m_limits.maxDocumentBytes)}});
        bool needValue = true;
        while (!m_error && !m_fault) {
            if (needValue) {
                value();
                needValue = false;
                continue;
            }
            skipSpace();
            if (m_opened) {
                // A container just opened: it is empty, or its first entry follows.
                m_opened = false;
                if (peek() == closer()) {
                    ++m_pos;
                    m_stack.pop();
                } else {
                    needValue = nextEntry();
                }
                continue;
            }
            // A value has just ended.
            if (m_stack.empty())
                break; // anything after the root value is the parser's to refuse
            if (peek() == ',') {
                ++m_pos;
                needValue = nextEntry();
            } else if (peek() == closer()) {
                ++m_pos;
                m_stack.pop();
            } else {
                m_fault = true;
            }
        }
        return m_error;
    }

    [[nodiscard]] bool faulted() const { return m_fault; }

private:
    char peek() const { return m_pos < m_t.size() ? m_t[m_pos] : '\0'; }
    char closer() const { return m_stack.back().object ? '}' : ']'; }

    void skipSpace()
    {
        while (m_pos < m_t.size() &&
               (m_t[m_pos] == ' ' || m_t[m_pos] == '\t' || m_t[m_pos] == '\n' || m_t[m_pos] == '\r'))
            ++m_pos;
    }

    /// The pointer of the value being read: every open container's current token.
    std::string pointer() const
    {
        std::string out;
        // While a key is read, the value it names has no place yet: point at its object.
        const std::size_t open = m_readingKey ? m_stack.size() - 1 : m_stack.size();
        for (std::size_t i = 0; i < open; ++i)
            out += '/' + (m_stack[i].object
                              ? escapePointerToken(m_stack[i].key)
                              : std::to_string(m_stack[i].entries > 0 ? m_stack[i].entries - 1 : 0));
        return out;
    }

    std::optional<Error> limitError(std::size_t at, Message message, ErrorCode code = ErrorCode::JsonLimit)
    {
        const TextPosition pos = positionOf(m_t, at);
        return Error{code, std::move(message), pointer(), pos.line, pos.column, {}};
    }

    /// Starts the next entry of the innermost container (after '[', '{' or ','): counts it against
    /// the limit, and for objects reads its key and colon. True when a value is to be read next.
    bool nextEntry()
    {
        Frame &f = m_stack.back();
        skipSpace();
        ++f.entries;
        if (f.entries > m_limits.maxEntries) {
            m_readingKey = f.object; // an object's entry has no key yet: point at the object
            m_error = limitError(
                m_pos,
                Message{Ctx,
                        MB_TR_NOOP("mb::json", "More than %1 entries in one array or object (the limit)."),
                        {std::to_string(m_limits.maxEntries)}});
            return false;
        }
        if (!f.object)
            return true;
        if (peek() != '"') {
            m_fault = true;
            return false;
        }
        const std::size_t keyAt = m_pos;
        std::string_view body;
        bool escaped = false;
        m_readingKey = true;
        const bool read = string(body, escaped);
        m_readingKey = false;
        if (!read)
            return false;
        std::string_view key = body;
        if (escaped) {
            std::string decoded;
            if (!decodeJsonString(body, decoded)) {
                m_fault = true;
                return false;
            }
            key = f.decodedKeys.emplace_back(std::move(decoded));
        }
        f.key = key;
        if (const auto firstAt = f.insert(key, keyAt)) {
            const TextPosition first = positionOf(m_t, *firstAt);
            const TextPosition again = positionOf(m_t, keyAt);
            m_error =
                Error{ErrorCode::JsonDuplicateKey,
                      Message{Ctx,
                              MB_TR_NOOP("mb::json",
                                         "The key \"%1\" appears twice in one object: first at line %2, "
                                         "column %3, again at line %4, column %5. Keep one of them."),
                              {clipForMessage(key), std::to_string(first.line), std::to_string(first.column),
                               std::to_string(again.line), std::to_string(again.column)}},
                      pointer(),
                      again.line,
                      again.column,
                      {}};
            return false;
        }
        skipSpace();
        if (peek() != ':') {
            m_fault = true;
            return false;
        }
        ++m_pos;
        return true;
    }

    /// Reads a string at m_pos (an opening quote), checking its length; `body` is what lies
    /// between the quotes.
    bool string(std::string_view &body, bool &escaped)
    {
        const std::size_t start = m_pos++;
        escaped = false;
        while (m_pos < m_t.size()) {
            const char c = m_t[m_pos];
            if (c != '"' && m_pos - start - 1 >= m_limits.maxStringBytes) {
                m_error = limitError(
                    start,
                    Message{Ctx,
                            MB_TR_NOOP("mb::json", "A string of more than %1 bytes starts here (the limit)."),
                            {std::to_string(m_limits.maxStringBytes)}});
                return false;
            }
            if (c == '"') {
                body = m_t.substr(start + 1, m_pos - start - 1);
                ++m_pos;
                return true;
            }
            if (c == '\\') {
                escaped = true;
                ++m_pos;
            }
            ++m_pos;
        }
        m_fault = true; // unterminated: the parser reports the truncation
        return false;
    }

    void number()
    {
        const std::size_t start = m_pos;
        while (m_pos < m_t.size()) {
            const char c = m_t[m_pos];
            if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'))
                break;
            if (m_pos - start >= m_limits.maxNumberChars) {
                m_error = limitError(
                    start, Message{Ctx,
                                   MB_TR_NOOP("mb::json", "A number of more than %1 characters starts here "
                                                          "(the limit)."),
                                   {std::to_string(m_limits.maxNumberChars)}});
                return;
            }
            ++m_pos;
        }
        const std::string token(m_t.substr(start, m_pos - start));
        if (!isJsonNumber(token)) {
            m_fault = true;
            return;
        }
        if (token.find_first_of(".eE") == std::string::npos && token.size() < 19)
            return; // fits a 64-bit integer
        errno = 0;
        const double value = std::strtod(token.c_str(), nullptr);
        if (std::isinf(value))
            m_error = limitError(
                start, Message{Ctx,
                               MB_TR_NOOP("mb::json", "The number %1 is out of range: no number here can be "
                                                      "larger than %2 in magnitude."),
                               {clipForMessage(token), "1.7976931348623157e308"}});
    }

    /// Reads one value at m_pos; opening a container pushes its frame and sets m_opened.
    void value()
    {
        skipSpace();
        const char c = peek();
        if (c == '{' || c == '[') {
            if (m_stack.size() >= m_limits.maxDepth) {
                m_error = limitError(
                    m_pos,
                    Message{Ctx,
                            MB_TR_NOOP("mb::json", "Values nest more than %1 levels deep here (the limit)."),
                            {std::to_string(m_limits.maxDepth)}});
                return;
            }
            m_stack.push(c == '{');
            ++m_pos;
            m_opened = true;
            return;
        }
        if (c == '"') {
            std::string_view body;
            bool escaped = false;
            string(body, escaped);
            return;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            number();
            return;
        }
        for (const std::string_view literal : {"true", "false", "null"}) {
            if (m_t.substr(m_pos, literal.size()) == literal) {
                m_pos += literal.size();
                return;
            }
        }
        m_fault = true;
    }

    std::string_view m_t;
    const JsonLimits &m_limits;
    std::size_t m_pos = 0;
    FrameStack m_stack;
    bool m_opened = false;
    bool m_readingKey = false;
    bool m_fault = false; // not JSON from here on: the parser says why
    std::optional<Error> m_error;
};

} // namespace

LimitCheck checkJsonLimits(std::string_view text, const JsonLimits &limits)
{
    Scanner scanner(text, limits);
    LimitCheck check;
    check.violation = scanner.run();
    check.notJson = scanner.faulted();
    return check;
}

std::string clipForMessage(std::string_view text, std::size_t maxChars)
{
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
            continue; // a continuation byte: part of the character before
        if (chars++ == maxChars)
            return std::string(text.substr(0, i)) + "…";
    }
    return std::string(text);
}

} // namespace mb::json
