// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LogQlLexer.h"

#include "logs/LogQl.h"

#include <cmath>
#include <cstdlib>

namespace mb::logs::logql {

namespace detail {

namespace {

bool fail(LexError &error, std::size_t offset, const char *source, std::vector<std::string> args = {})
{
    error = LexError{offset, source, std::move(args)};
    return false;
}

} // namespace

const char *tokName(Tok t)
{
    switch (t) {
    case Tok::End:
        return "end of input";
    case Tok::LBrace:
        return "{";
    case Tok::RBrace:
        return "}";
    case Tok::LParen:
        return "(";
    case Tok::RParen:
        return ")";
    case Tok::LBracket:
        return "[";
    case Tok::RBracket:
        return "]";
    case Tok::Comma:
        return ",";
    case Tok::Eq:
        return "=";
    case Tok::EqEq:
        return "==";
    case Tok::Neq:
        return "!=";
    case Tok::Re:
        return "=~";
    case Tok::Nre:
        return "!~";
    case Tok::PipeEq:
        return "|=";
    case Tok::PipeRe:
        return "|~";
    case Tok::Pipe:
        return "|";
    case Tok::Gt:
        return ">";
    case Tok::Ge:
        return ">=";
    case Tok::Lt:
        return "<";
    case Tok::Le:
        return "<=";
    case Tok::Ident:
        return "IDENTIFIER";
    case Tok::String:
        return "STRING";
    case Tok::Number:
        return "NUMBER";
    case Tok::Bad:
        return "character";
    }
    return "token";
}

Lexer::Lexer(std::string_view text)
    : m_text(text)
{}

bool Lexer::lexString(Token &t, LexError &error)
{
    const char quote = m_text[m_pos++];
    while (true) {
        if (m_pos >= m_text.size())
            return fail(error, t.offset,
                        MB_TR_NOOP("mb::logs", "parse error at line %1, col %2: a string is "
                                               "not closed"));
        const char c = m_text[m_pos++];
        if (c == quote)
            return true;
        if (quote == '`' || c != '\\') {
            t.text += c;
            continue;
        }
        if (m_pos >= m_text.size())
            return fail(error, t.offset,
                        MB_TR_NOOP("mb::logs", "parse error at line %1, col %2: a string is "
                                               "not closed"));
        const char e = m_text[m_pos++];
        switch (e) {
        case 'n':
            t.text += '\n';
            break;
        case 't':
            t.text += '\t';
            break;
        case 'r':
            t.text += '\r';
            break;
        case '\\':
        case '"':
        case '\'':
            t.text += e;
            break;
        default:
            // Go keeps unknown escapes an error; regexes need `\\d`, written as in Loki.
            return fail(error, m_pos - 2,
                        MB_TR_NOOP("mb::logs", "parse error at line %1, col %2: invalid escape "
                                               "\\%3 in a string (write \\\\ for a backslash)"),
                        {std::string(1, e)});
        }
    }
}

bool Lexer::next(Token &out, LexError &error)
{
    while (m_pos < m_text.size() &&
           (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
        ++m_pos;
    Token t;
    t.offset = m_pos;
    if (m_pos >= m_text.size()) {
        t.type = Tok::End;
        out = std::move(t);
        return true;
    }
    const char c = m_text[m_pos];
    const char n = m_pos + 1 < m_text.size() ? m_text[m_pos + 1] : '\0';
    const auto two = [&](Tok type) {
        t.type = type;
        m_pos += 2;
    };
    const auto one = [&](Tok type) {
        t.type = type;
        m_pos += 1;
    };
    if (c == '"' || c == '`') {
        t.type = Tok::String;
        if (!lexString(t, error))
            return false;
    } else if (isIdentStart(c)) {
        t.type = Tok::Ident;
        while (m_pos < m_text.size() && isIdentChar(m_text[m_pos]))
            t.text += m_text[m_pos++];
    } else if (isDigit(c) || (c == '.' && isDigit(n))) {
        t.type = Tok::Number;
        while (m_pos < m_text.size() && (isIdentChar(m_text[m_pos]) || m_text[m_pos] == '.'))
            t.text += m_text[m_pos++];
    } else if (c == '=' && n == '~') {
        two(Tok::Re);
    } else if (c == '=' && n == '=') {
        two(Tok::EqEq);
    } else if (c == '!' && n == '=') {
        two(Tok::Neq);
    } else if (c == '!' && n == '~') {
        two(Tok::Nre);
    } else if (c == '|' && n == '=') {
        two(Tok::PipeEq);
    } else if (c == '|' && n == '~') {
        two(Tok::PipeRe);
    } else if (c == '>' && n == '=') {
        two(Tok::Ge);
    } else if (c == '<' && n == '=') {
        two(Tok::Le);
    } else {
        switch (c) {
        case '{':
            one(Tok::LBrace);
            break;
        case '}':
            one(Tok::RBrace);
            break;
        case '(':
            one(Tok::LParen);
            break;
        case ')':
            one(Tok::RParen);
            break;
        case '[':
            one(Tok::LBracket);
            break;
        case ']':
            one(Tok::RBracket);
            break;
        case ',':
            one(Tok::Comma);
            break;
        case '=':
            one(Tok::Eq);
            break;
        case '|':
            one(Tok::Pipe);
            break;
        case '>':
            one(Tok::Gt);
            break;
        case '<':
            one(Tok::Lt);
            break;
        default:
            return fail(error, m_pos,
                        MB_TR_NOOP("mb::logs", "parse error at line %1, col %2: syntax error: "
                                               "unexpected character %3"),
                        {std::string(1, c)});
        }
    }
    out = std::move(t);
    return true;
}

} // namespace detail

bool parseDuration(std::string_view text, std::int64_t *ns)
{
    if (text.empty())
        return false;
    static constexpr std::pair<const char *, double> Units[] = {
        {"ns", 1},   {"us", 1e3},   {"µs", 1e3},    {"ms", 1e6},     {"s", 1e9},
        {"m", 60e9}, {"h", 3600e9}, {"d", 86400e9}, {"w", 604800e9}, {"y", 31536000e9}};
    double total = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t start = i;
        while (i < text.size() && (detail::isDigit(text[i]) || text[i] == '.'))
            ++i;
        if (i == start)
            return false;
        const std::string number(text.substr(start, i - start));
        char *end = nullptr;
        const double value = std::strtod(number.c_str(), &end);
        if (!end || *end != '\0')
            return false;
        const std::size_t unitStart = i;
        while (i < text.size() && !detail::isDigit(text[i]) && text[i] != '.')
            ++i;
        const std::string_view unit = text.substr(unitStart, i - unitStart);
        bool known = false;
        for (const auto &[name, factor] : Units) {
            if (unit == name) {
                total += value * factor;
                known = true;
                break;
            }
        }
        if (!known)
            return false;
    }
    if (!std::isfinite(total) || total > 9.2e18)
        return false;
    *ns = static_cast<std::int64_t>(total);
    return true;
}

} // namespace mb::logs::logql
