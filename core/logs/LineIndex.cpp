// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LineIndex.h"

#include <algorithm>
#include <cstdint>

namespace mb::logs::detail {

namespace {

/// A bijection on 32 bits (murmur3's finalizer): distinct trigrams never tie.
std::uint32_t trigramHash(const char *p)
{
    std::uint32_t h = static_cast<unsigned char>(p[0]) |
                      static_cast<std::uint32_t>(static_cast<unsigned char>(p[1])) << 8 |
                      static_cast<std::uint32_t>(static_cast<unsigned char>(p[2])) << 16;
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

/// Calls `emit(position)` for the winnowed trigrams of `text`: in every window of Window
/// consecutive trigrams, the one of smallest hash (the rightmost on a tie), each position once.
/// A text with fewer trigrams than a window yields all of them.
template <typename Emit> void winnow(std::string_view text, Emit &&emit)
{
    if (text.size() < 3)
        return;
    const std::size_t count = text.size() - 2;
    if (count < Window) {
        for (std::size_t i = 0; i < count; ++i)
            emit(i);
        return;
    }
    thread_local std::vector<std::uint32_t> hashes;
    hashes.resize(count);
    for (std::size_t i = 0; i < count; ++i)
        hashes[i] = trigramHash(text.data() + i);
    std::size_t last = count; // none yet
    for (std::size_t start = 0; start + Window <= count; ++start) {
        std::size_t best = start;
        for (std::size_t k = start + 1; k < start + Window; ++k)
            if (hashes[k] <= hashes[best])
                best = k;
        if (best != last) {
            emit(best);
            last = best;
        }
    }
}

struct Tokenizer
{};

int createTokenizer(void *, const char **, int, Fts5Tokenizer **out)
{
    static Tokenizer instance; // stateless: one serves every table
    *out = reinterpret_cast<Fts5Tokenizer *>(&instance);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *) {}

int tokenize(Fts5Tokenizer *, void *context, int flags, const char *text, int size,
             int (*token)(void *, int, const char *, int, int, int))
{
    const std::string_view view(text, static_cast<std::size_t>(std::max(size, 0)));
    int rc = SQLITE_OK;
    if (flags & FTS5_TOKENIZE_QUERY) {
        // A query term is a trigram lineIndexTerms() picked: every trigram of it, as written.
        for (std::size_t i = 0; rc == SQLITE_OK && i + 3 <= view.size(); ++i)
            rc = token(context, 0, text + i, 3, static_cast<int>(i), static_cast<int>(i + 3));
        return rc;
    }
    winnow(view, [&](std::size_t i) {
        if (rc == SQLITE_OK)
            rc = token(context, 0, text + i, 3, static_cast<int>(i), static_cast<int>(i + 3));
    });
    return rc;
}

} // namespace

bool registerTokenizer(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return false; // no FTS5 in this SQLite
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (!api || api->iVersion < 2)
        return false;
    static fts5_tokenizer functions{createTokenizer, deleteTokenizer, tokenize};
    return api->xCreateTokenizer(api, TokenizerName, nullptr, &functions, nullptr) == SQLITE_OK;
}

std::vector<std::string> lineIndexTerms(std::string_view text)
{
    std::vector<std::string> terms;
    if (text.size() < Window + 2)
        return terms;
    winnow(text, [&](std::size_t i) {
        std::string term(text.substr(i, 3));
        // A NUL cannot travel through the MATCH text; fewer terms only narrow less.
        if (term.find('\0') == std::string::npos)
            terms.push_back(std::move(term));
    });
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    return terms;
}

std::string matchExpression(const std::vector<std::string> &terms)
{
    std::string out;
    for (const auto &term : terms) {
        if (!out.empty())
            out += " AND ";
        out += '"';
        for (const char c : term) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
    }
    return out;
}

} // namespace mb::logs::detail
