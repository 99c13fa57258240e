// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

// Internal to core/logs: LogQL's tokens. Not part of the public API.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mb::logs::logql::detail {

enum class Tok
{
    End,
    LBrace,
    RBrace,
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Eq,     // =
    EqEq,   // ==
    Neq,    // !=
    Re,     // =~
    Nre,    // !~
    PipeEq, // |=
    PipeRe, // |~
    Pipe,   // |
    Gt,
    Ge,
    Lt,
    Le,
    Ident,
    String,
    Number, // digits with an optional unit suffix: 500, 0.5, 5m, 10KB
    Bad,
};

/// The display name of a token type in a syntax error (`IDENTIFIER`, `|=`).
[[nodiscard]] const char *tokName(Tok t);

struct Token
{
    Tok type = Tok::End;
    std::size_t offset = 0;
    std::string text; ///< identifier, number, or the decoded string
};

/// Where a token could not be read: the byte offset and the message (a parse-error template
/// whose %1, %2 are the line and column, then `args`).
struct LexError
{
    std::size_t offset = 0;
    const char *source = "";
    std::vector<std::string> args;
};

inline bool isIdentStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isIdentChar(char c)
{
    return isIdentStart(c) || isDigit(c);
}

/// Splits a query into tokens, one call at a time; strings come decoded (Go escapes,
/// back-quoted raw strings).
class Lexer
{
public:
    explicit Lexer(std::string_view text);

    /// The next token (Tok::End at the end), or false with `error` set.
    bool next(Token &out, LexError &error);

private:
    bool lexString(Token &t, LexError &error);

    std::string_view m_text;
    std::size_t m_pos = 0;
};

} // namespace mb::logs::logql::detail
