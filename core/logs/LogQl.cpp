// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LogQl.h"

#include "logs/LogQlLexer.h"

#include <re2/re2.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <optional>

namespace mb::logs::logql {

using detail::isIdentChar;
using detail::isIdentStart;
using detail::Tok;
using detail::Token;
using detail::tokName;

namespace {

constexpr const char *Ctx = "mb::logs";

class Parser
{
public:
    Parser(std::string_view text, const QueryLimits &limits)
        : m_text(text)
        , m_limits(limits)
    {}

    Result<Query> run()
    {
        if (m_text.size() > m_limits.maxQueryBytes)
            return std::unexpected(
                limitError(0, MB_TR_NOOP("mb::logs", "the query is %1 bytes long, over the limit of %2"),
                           {std::to_string(m_text.size()), std::to_string(m_limits.maxQueryBytes)}));
        if (!advance())
            return std::unexpected(*m_error);
        Query query;
        auto ok = expr(query, 0);
        if (!ok)
            return std::unexpected(ok.error());
        if (m_tok.type != Tok::End)
            return unexpected("end of input");
        return query;
    }

private:
    std::string_view m_text;
    const QueryLimits &m_limits;
    detail::Lexer m_lexer{m_text};
    Token m_tok;
    std::optional<Error> m_error;

    std::pair<int, int> lineCol(std::size_t offset) const
    {
        int line = 1;
        int col = 1;
        for (std::size_t i = 0; i < offset && i < m_text.size(); ++i) {
            if (m_text[i] == '\n') {
                ++line;
                col = 1;
            } else {
                ++col;
            }
        }
        return {line, col};
    }

    Error makeError(ErrorCode code, std::size_t offset, const char *source,
                    std::vector<std::string> args) const
    {
        const auto [line, col] = lineCol(offset);
        args.insert(args.begin(), {std::to_string(line), std::to_string(col)});
        Error error{code, Message{Ctx, source, std::move(args)}, {}, line, col, {}};
        return error;
    }

    Error limitError(std::size_t offset, const char *what, std::vector<std::string> args) const
    {
        // `what` is rendered into the parse-error frame so the position stays in front.
        const std::string detail = Message::substitute(what, args);
        return makeError(ErrorCode::LogsLimit, offset,
                         MB_TR_NOOP("mb::logs", "parse error at line %1, col %2: %3"), {detail});
    }

    std::unexpected<Error> error(std::size_t offset, const char *source,
                                 std::vector<std::string> args = {}) const
    {
        return std::unexpected(makeError(ErrorCode::LogsQueryInvalid, offset, source, std::move(args)));
    }

    std::unexpected<Error> unexpected(const std::string &expecting) const
    {
        std::string got = tokName(m_tok.type);
        if (m_tok.type == Tok::Ident || m_tok.type == Tok::Number)
            got += " " + m_tok.text;
        return error(m_tok.offset,
                     MB_TR_NOOP("mb::logs", "parse error at line %1, col %2: syntax error: unexpected %3, "
                                            "expecting %4"),
                     {got, expecting});
    }

    bool advance()
    {
        detail::LexError lexError;
        if (m_lexer.next(m_tok, lexError))
            return true;
        m_error = makeError(ErrorCode::LogsQueryInvalid, lexError.offset, lexError.source,
                            std::move(lexError.args));
        return false;
    }

    /// Advances, turning a lexing failure into the Result the callers return.
    Result<void> next()
    {
        if (!advance())
            return std::unexpected(*m_error);
        return {};
    }

    Result<void> expect(Tok type)
    {
        if (m_tok.type != type)
            return unexpected(tokName(type));
        return next();
    }

    bool isIdent(std::string_view name) const { return m_tok.type == Tok::Ident && m_tok.text == name; }

    Result<std::shared_ptr<const re2::RE2>> compile(const std::string &pattern, std::size_t offset,
                                                    bool anchored)
    {
        if (pattern.size() > m_limits.maxRegexBytes)
            return std::unexpected(limitError(
                offset,
                MB_TR_NOOP("mb::logs", "the regular expression is %1 bytes long, over the limit of %2"),
                {std::to_string(pattern.size()), std::to_string(m_limits.maxRegexBytes)}));
        RE2::Options options;
        options.set_log_errors(false);
        options.set_max_mem(m_limits.maxRegexMemory);
        auto regex = std::make_shared<const re2::RE2>(anchored ? "^(?:" + pattern + ")$" : pattern, options);
        if (regex->error_code() == RE2::ErrorPatternTooLarge)
            return std::unexpected(limitError(
                offset, MB_TR_NOOP("mb::logs", "the regular expression compiles to more than %1 bytes"),
                {std::to_string(m_limits.maxRegexMemory)}));
        if (!regex->ok())
            return error(offset,
                         MB_TR_NOOP("mb::logs", "parse error at line %1, col %2: invalid regular "
                                                "expression: %3"),
                         {regex->error()});
        return regex;
    }

    Result<Matcher> matcher()
    {
        Matcher m;
        if (m_tok.type != Tok::Ident)
            return unexpected("IDENTIFIER");
        m.name = m_tok.text;
        if (auto ok = next(); !ok)
            return std::unexpected(ok.error());
        switch (m_tok.type) {
        case Tok::Eq:
            m.op = MatchOp::Equal;
            break;
        case Tok::Neq:
            m.op = MatchOp::NotEqual;
            break;
        case Tok::Re:
            m.op = MatchOp::Regex;
            break;
        case Tok::Nre:
            m.op = MatchOp::NotRegex;
            break;
        default:
            return unexpected("= or != or =~ or !~");
        }
        if (auto ok = next(); !ok)
            return std::unexpected(ok.error());
        if (m_tok.type != Tok::String)
            return unexpected("STRING");
        m.value = m_tok.text;
        if (m.op == MatchOp::Regex || m.op == MatchOp::NotRegex) {
            auto regex = compile(m.value, m_tok.offset, true);
            if (!regex)
                return std::unexpected(regex.error());
            m.regex = *regex;
        }
        if (auto ok = next(); !ok)
            return std::unexpected(ok.error());
        return m;
    }

    Result<void> selector(LogExpr &log)
    {
        const std::size_t start = m_tok.offset;
        if (auto ok = expect(Tok::LBrace); !ok)
            return ok;
        while (m_tok.type != Tok::RBrace) {
            auto m = matcher();
            if (!m)
                return std::unexpected(m.error());
            log.selector.push_back(std::move(*m));
            if (log.selector.size() > m_limits.maxMatchers)
                return std::unexpected(
                    limitError(start, MB_TR_NOOP("mb::logs", "the selector has more than %1 matchers"),
                               {std::to_string(m_limits.maxMatchers)}));
            if (m_tok.type == Tok::Comma) {
                if (auto ok = next(); !ok)
                    return ok;
            } else if (m_tok.type != Tok::RBrace) {
                return unexpected(", or }");
            }
        }
        if (log.selector.empty())
            return error(start,
                         MB_TR_NOOP("mb::logs", "parse error at line %1, col %2: syntax error: a stream "
                                                "selector needs at least one matcher"));
        bool anyNonEmpty = false;
        for (const auto &m : log.selector)
            anyNonEmpty |= !m.matches("");
        if (!anyNonEmpty)
            return error(start,
                         MB_TR_NOOP("mb::logs", "parse error at line %1, col %2: queries require at least "
                                                "one regexp or equality matcher that does not have an "
                                                "empty-compatible value"));
        return next();
    }

    Result<double> numberValue(const Token &t, ValueKind *kind)
    {
        const std::string &s = t.text;
        std::int64_t ns = 0;
        char *end = nullptr;
        const double plain = std::strtod(s.c_str(), &end);
        if (end && *end == '\0' && std::isfinite(plain)) {
            *kind = ValueKind::Number;
            return plain;
        }
        if (parseDuration(s, &ns)) {
            *kind = ValueKind::Duration;
            return static_cast<double>(ns) / 1e9;
        }
        static constexpr std::pair<const char *, double> Units[] = {
            {"B", 1},           {"KB", 1e3},
            {"MB", 1e6},        {"GB", 1e9},
            {"TB", 1e12},       {"KiB", 1024.0},
            {"MiB", 1048576.0}, {"GiB", 1073741824.0},
            {"kB", 1e3},        {"TiB", 1099511627776.0}};
        for (const auto &[unit, factor] : Units) {
            const std::size_t len = std::strlen(unit);
            if (s.size() > len && s.compare(s.size() - len, len, unit) == 0) {
                const std::string digits = s.substr(0, s.size() - len);
                const double v = std::strtod(digits.c_str(), &end);
                if (end && *end == '\0' && std::isfinite(v)) {
                    *kind = ValueKind::Bytes;
                    return v * factor;
                }
            }
        }
        return error(t.offset,
                     MB_TR_NOOP("mb::logs", "parse error at line %1, col %2: %3 is not a number, a "
                                            "duration or a size"),
                     {s});
    }

    Result<std::shared_ptr<const LabelFilter>> labelPrimary(int depth)
    {
        if (depth > m_limits.maxDepth)
            return std::unexpected(limitError(m_tok.offset,
                                              MB_TR_NOOP("mb::logs", "nesting is deeper than %1"),
                                              {std::to_string(m_limits.maxDepth)}));
        if (m_tok.type == Tok::LParen) {
            if (auto ok = next(); !ok)
                return std::unexpected(ok.error());
            auto inner = labelOr(depth + 1);
            if (!inner)
                return inner;
            if (auto ok = expect(Tok::RParen); !ok)
                return std::unexpected(ok.error());
            return inner;
        }
        if (m_tok.type != Tok::Ident)
            return unexpected("IDENTIFIER");
        auto filter = std::make_shared<LabelFilter>();
        const std::string name = m_tok.text;
        if (auto ok = next(); !ok)
            return std::unexpected(ok.error());
        const Tok op = m_tok.type;
        const bool stringOp = op == Tok::Eq || op == Tok::Neq || op == Tok::Re || op == Tok::Nre;
        const bool numberOp = op == Tok::Eq || op == Tok::EqEq || op == Tok::Neq || op == Tok::Gt ||
                              op == Tok::Ge || op == Tok::Lt || op == Tok::Le;
        if (!stringOp && !numberOp)
            return unexpected("a comparison (=, !=, =~, !~, ==, >, >=, <, <=)");
        if (auto ok = next(); !ok)
            return std::unexpected(ok.error());
        if (m_tok.type == Tok::String && stringOp) {
            filter->kind = LabelFilter::Kind::String;
            filter->matcher.name = name;
            filter->matcher.op = op == Tok::Eq    ? MatchOp::Equal
                                 : op == Tok::Neq ? MatchOp::NotEqual
                                 : op == Tok::Re  ? MatchOp::Regex
                                                  : MatchOp::NotRegex;
            filter->matcher.value = m_tok.text;
            if (op == Tok::Re || op == Tok::Nre) {
                auto regex = compile(m_tok.text, m_tok.offset, true);
                if (!regex)
                    return std::unexpected(regex.error());
                filter->matcher.regex = *regex;
            }
            if (auto ok = next(); !ok)
                return std::unexpected(ok.error());
            return filter;
        }
        if (m_tok.type == Tok::Number && numberOp) {
            auto value = numberValue(m_tok, &filter->valueKind);
            if (!value)
                return std::unexpected(value.error());
            filter->kind = LabelFilter::Kind::Numeric;
            filter->name = name;
            filter->number = *value;
            filter->compare = op == Tok::Eq || op == Tok::EqEq ? CompareOp::Equal
                              : op == Tok::Neq                 ? CompareOp::NotEqual
                              : op == Tok::Gt                  ? CompareOp::Greater
                              : op == Tok::Ge                  ? CompareOp::GreaterEqual
                              : op == Tok::Lt                  ? CompareOp::Less
                                                               : CompareOp::LessEqual;
            if (auto ok = next(); !ok)
                return std::unexpected(ok.error());
            return filter;
        }
        return unexpected(stringOp && numberOp ? "STRING or NUMBER" : stringOp ? "STRING" : "NUMBER");
    }

    /// `operand (op operand)*`, folded to the left into `kind` nodes: `and` binds tighter than `or`.
    template <typename Operand, typename IsOperator>
    Result<std::shared_ptr<const LabelFilter>> labelChain(LabelFilter::Kind kind, Operand operand,
                                                          IsOperator isOperator)
    {
        auto left = operand();
        if (!left)
            return left;
        while (isOperator()) {
            if (auto ok = next(); !ok)
                return std::unexpected(ok.error());
            auto right = operand();
            if (!right)
                return right;
            auto joined = std::make_shared<LabelFilter>();
            joined->kind = kind;
            joined->left = *left;
            joined->right = *right;
            left = joined;
        }
        return left;
    }

    Result<std::shared_ptr<const LabelFilter>> labelAnd(int depth)
    {
        return labelChain(
            LabelFilter::Kind::And, [&] { return labelPrimary(depth); },
            [&] { return isIdent("and") || m_tok.type == Tok::Comma; });
    }

    Result<std::shared_ptr<const LabelFilter>> labelOr(int depth)
    {
        return labelChain(
            LabelFilter::Kind::Or, [&] { return labelAnd(depth); }, [&] { return isIdent("or"); });
    }

    Result<std::vector<TemplatePart>> lineTemplate(const std::string &text, std::size_t offset)
    {
        if (text.size() > m_limits.maxTemplateBytes)
            return std::unexpected(limitError(
                offset,
                MB_TR_NOOP("mb::logs", "the line_format template is %1 bytes long, over the limit of %2"),
                {std::to_string(text.size()), std::to_string(m_limits.maxTemplateBytes)}));
        std::vector<TemplatePart> parts;
        std::size_t i = 0;
        while (i < text.size()) {
            const std::size_t open = text.find("{{", i);
            if (open == std::string::npos) {
                parts.push_back({false, text.substr(i)});
                break;
            }
            if (open > i)
                parts.push_back({false, text.substr(i, open - i)});
            const std::size_t close = text.find("}}", open + 2);
            if (close == std::string::npos)
                return error(offset, MB_TR_NOOP("mb::logs", "parse error at line %1, col %2: the line_format "
                                                            "template has an unclosed {{"));
            std::string action = text.substr(open + 2, close - open - 2);
            const auto first = action.find_first_not_of(' ');
            const auto last = action.find_last_not_of(' ');
            action = first == std::string::npos ? std::string() : action.substr(first, last - first + 1);
            bool valid = action.size() > 1 && action[0] == '.' && isIdentStart(action[1]);
            for (std::size_t k = 1; valid && k < action.size(); ++k)
                valid = isIdentChar(action[k]);
            if (!valid)
                return error(offset,
                             MB_TR_NOOP("mb::logs", "parse error at line %1, col %2: the line_format "
                                                    "template action {{%3}} is not supported: only "
                                                    "{{.label}} is"),
                             {action});
            parts.push_back({true, action.substr(1)});
            i = close + 2;
        }
        return parts;
    }

    Result<void> pipeline(LogExpr &log)
    {
        while (true) {
            Stage stage;
            const std::size_t at = m_tok.offset;
            if (m_tok.type == Tok::PipeEq || m_tok.type == Tok::Neq || m_tok.type == Tok::PipeRe ||
                m_tok.type == Tok::Nre) {
                stage.kind = Stage::Kind::LineFilter;
                stage.lineFilter.op = m_tok.type == Tok::PipeEq   ? LineFilterOp::Contains
                                      : m_tok.type == Tok::Neq    ? LineFilterOp::NotContains
                                      : m_tok.type == Tok::PipeRe ? LineFilterOp::Regex
                                                                  : LineFilterOp::NotRegex;
                if (auto ok = next(); !ok)
                    return ok;
                if (m_tok.type != Tok::String)
                    return unexpected("STRING");
                stage.lineFilter.text = m_tok.text;
                if (stage.lineFilter.op == LineFilterOp::Regex ||
                    stage.lineFilter.op == LineFilterOp::NotRegex) {
                    auto regex = compile(m_tok.text, m_tok.offset, false);
                    if (!regex)
                        return std::unexpected(regex.error());
                    stage.lineFilter.regex = *regex;
                }
                if (auto ok = next(); !ok)
                    return ok;
            } else if (m_tok.type == Tok::Pipe) {
                if (auto ok = next(); !ok)
                    return ok;
                if (isIdent("json") || isIdent("logfmt")) {
                    stage.kind = isIdent("json") ? Stage::Kind::Json : Stage::Kind::Logfmt;
                    if (auto ok = next(); !ok)
                        return ok;
                } else if (isIdent("line_format")) {
                    stage.kind = Stage::Kind::LineFormat;
                    if (auto ok = next(); !ok)
                        return ok;
                    if (m_tok.type != Tok::String)
                        return unexpected("STRING");
                    auto parts = lineTemplate(m_tok.text, m_tok.offset);
                    if (!parts)
                        return std::unexpected(parts.error());
                    stage.lineFormat = std::move(*parts);
                    if (auto ok = next(); !ok)
                        return ok;
                } else if (m_tok.type == Tok::Ident || m_tok.type == Tok::LParen) {
                    stage.kind = Stage::Kind::LabelFilter;
                    auto filter = labelOr(0);
                    if (!filter)
                        return std::unexpected(filter.error());
                    stage.labelFilter = *filter;
                } else {
                    return unexpected("json, logfmt, line_format or a label filter");
                }
            } else {
                return {};
            }
            log.pipeline.push_back(std::move(stage));
            if (log.pipeline.size() > m_limits.maxStages)
                return std::unexpected(
                    limitError(at, MB_TR_NOOP("mb::logs", "the pipeline has more than %1 stages"),
                               {std::to_string(m_limits.maxStages)}));
        }
    }

    Result<std::int64_t> range()
    {
        if (auto ok = expect(Tok::LBracket); !ok)
            return std::unexpected(ok.error());
        std::int64_t ns = 0;
        if (m_tok.type != Tok::Number || !parseDuration(m_tok.text, &ns) || ns <= 0)
            return m_tok.type == Tok::Number
                       ? error(m_tok.offset,
                               MB_TR_NOOP("mb::logs", "parse error at line %1, col %2: %3 is not a "
                                                      "positive duration"),
                               {m_tok.text})
                       : unexpected("a duration such as 5m");
        if (auto ok = next(); !ok)
            return std::unexpected(ok.error());
        if (auto ok = expect(Tok::RBracket); !ok)
            return std::unexpected(ok.error());
        return ns;
    }

    Result<void> grouping(MetricExpr &m)
    {
        m.grouped = true;
        m.without = isIdent("without");
        if (auto ok = next(); !ok)
            return ok;
        if (auto ok = expect(Tok::LParen); !ok)
            return ok;
        while (m_tok.type != Tok::RParen) {
            if (m_tok.type != Tok::Ident)
                return unexpected("IDENTIFIER");
            m.grouping.push_back(m_tok.text);
            if (auto ok = next(); !ok)
                return ok;
            if (m_tok.type == Tok::Comma) {
                if (auto ok = next(); !ok)
                    return ok;
            } else if (m_tok.type != Tok::RParen) {
                return unexpected(", or )");
            }
        }
        return next();
    }

    Result<void> expr(Query &out, int depth)
    {
        if (depth > m_limits.maxDepth)
            return std::unexpected(limitError(m_tok.offset,
                                              MB_TR_NOOP("mb::logs", "nesting is deeper than %1"),
                                              {std::to_string(m_limits.maxDepth)}));
        if (m_tok.type == Tok::LParen) {
            if (auto ok = next(); !ok)
                return ok;
            if (auto ok = expr(out, depth + 1); !ok)
                return ok;
            return expect(Tok::RParen);
        }
        if (m_tok.type == Tok::LBrace) {
            out.isMetric = false;
            if (auto ok = selector(out.log); !ok)
                return ok;
            return pipeline(out.log);
        }
        if (m_tok.type != Tok::Ident)
            return unexpected("{ or a function such as count_over_time");
        const std::string name = m_tok.text;
        static constexpr std::pair<const char *, RangeOp> RangeOps[] = {
            {"count_over_time", RangeOp::CountOverTime},
            {"rate", RangeOp::Rate},
            {"bytes_over_time", RangeOp::BytesOverTime},
            {"bytes_rate", RangeOp::BytesRate}};
        static constexpr std::pair<const char *, AggregateOp> AggregateOps[] = {{"sum", AggregateOp::Sum},
                                                                                {"count", AggregateOp::Count},
                                                                                {"min", AggregateOp::Min},
                                                                                {"max", AggregateOp::Max},
                                                                                {"avg", AggregateOp::Avg}};
        for (const auto &[fn, op] : RangeOps) {
            if (name != fn)
                continue;
            out.isMetric = true;
            out.metric.kind = MetricExpr::Kind::Range;
            out.metric.rangeOp = op;
            if (auto ok = next(); !ok)
                return ok;
            if (auto ok = expect(Tok::LParen); !ok)
                return ok;
            if (m_tok.type != Tok::LBrace)
                return unexpected("{");
            if (auto ok = selector(out.metric.log); !ok)
                return ok;
            if (auto ok = pipeline(out.metric.log); !ok)
                return ok;
            auto ns = range();
            if (!ns)
                return std::unexpected(ns.error());
            out.metric.rangeNs = *ns;
            // Loki also takes the pipeline after the range: {app="a"}[5m] |= "x".
            if (out.metric.log.pipeline.empty())
                if (auto ok = pipeline(out.metric.log); !ok)
                    return ok;
            if (isIdent("offset")) {
                if (auto ok = next(); !ok)
                    return ok;
                if (m_tok.type != Tok::Number || !parseDuration(m_tok.text, &out.metric.offsetNs))
                    return unexpected("a duration such as 5m");
                if (auto ok = next(); !ok)
                    return ok;
            }
            return expect(Tok::RParen);
        }
        for (const auto &[fn, op] : AggregateOps) {
            if (name != fn)
                continue;
            MetricExpr m;
            m.kind = MetricExpr::Kind::Aggregate;
            m.aggregateOp = op;
            if (auto ok = next(); !ok)
                return ok;
            if (isIdent("by") || isIdent("without"))
                if (auto ok = grouping(m); !ok)
                    return ok;
            const std::size_t innerAt = m_tok.offset;
            if (auto ok = expect(Tok::LParen); !ok)
                return ok;
            Query inner;
            if (auto ok = expr(inner, depth + 1); !ok)
                return ok;
            if (!inner.isMetric)
                return error(innerAt,
                             MB_TR_NOOP("mb::logs", "parse error at line %1, col %2: %3 needs a metric "
                                                    "query such as count_over_time({…}[5m]), not a log "
                                                    "query"),
                             {name});
            if (auto ok = expect(Tok::RParen); !ok)
                return ok;
            if (!m.grouped && (isIdent("by") || isIdent("without")))
                if (auto ok = grouping(m); !ok)
                    return ok;
            m.inner = std::make_shared<const MetricExpr>(std::move(inner.metric));
            out.isMetric = true;
            out.metric = std::move(m);
            return {};
        }
        return error(m_tok.offset,
                     MB_TR_NOOP("mb::logs", "parse error at line %1, col %2: syntax error: unknown "
                                            "function %3 (count_over_time, rate, bytes_over_time, "
                                            "bytes_rate, sum, count, min, max, avg are supported)"),
                     {name});
    }
};

} // namespace

bool Matcher::matches(std::string_view text) const
{
    switch (op) {
    case MatchOp::Equal:
        return text == value;
    case MatchOp::NotEqual:
        return text != value;
    case MatchOp::Regex:
        return regex && RE2::FullMatch(text, *regex);
    case MatchOp::NotRegex:
        return !regex || !RE2::FullMatch(text, *regex);
    }
    return false;
}

bool LineFilter::keeps(std::string_view line) const
{
    switch (op) {
    case LineFilterOp::Contains:
        return line.find(text) != std::string_view::npos;
    case LineFilterOp::NotContains:
        return line.find(text) == std::string_view::npos;
    case LineFilterOp::Regex:
        return regex && RE2::PartialMatch(line, *regex);
    case LineFilterOp::NotRegex:
        return !regex || !RE2::PartialMatch(line, *regex);
    }
    return false;
}

Result<Query> parse(std::string_view text, const QueryLimits &limits)
{
    return Parser(text, limits).run();
}

} // namespace mb::logs::logql
