// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LokiPush.h"

#include "json/JsonLocator.h"
#include "json/JsonReader.h"

#include <nlohmann/json.hpp>
#include <snappy.h>

#include <algorithm>
#include <cctype>
#include <charconv>

namespace mb::logs {

namespace {

constexpr const char *Ctx = "mb::logs";

std::unexpected<Error> invalid(const char *source, std::vector<std::string> args, std::string pointer = {})
{
    return fail(ErrorCode::LogsPushInvalid, Message{Ctx, source, std::move(args)}, std::move(pointer));
}

std::unexpected<Error> atOffset(std::size_t offset, std::string what)
{
    return invalid(MB_TR_NOOP("mb::logs", "The protobuf push body is malformed at byte %1: %2."),
                   {std::to_string(offset), std::move(what)});
}

Result<void> checkLabel(const std::string &name, const std::string &value, const PushLimits &limits,
                        const std::string &pointer)
{
    if (name.empty())
        return invalid(MB_TR_NOOP("mb::logs", "A label name is empty."), {}, pointer);
    if (name.size() > limits.maxLabelNameBytes)
        return invalid(MB_TR_NOOP("mb::logs", "The label name is %1 bytes long, over the limit of %2."),
                       {std::to_string(name.size()), std::to_string(limits.maxLabelNameBytes)}, pointer);
    if (value.size() > limits.maxLabelValueBytes)
        return invalid(
            MB_TR_NOOP("mb::logs", "The value of label %1 is %2 bytes long, over the limit of %3."),
            {name, std::to_string(value.size()), std::to_string(limits.maxLabelValueBytes)}, pointer);
    return {};
}

Result<void> checkStream(const PushStream &stream, const PushLimits &limits, const std::string &pointer)
{
    if (stream.labels.empty())
        return invalid(MB_TR_NOOP("mb::logs", "A stream has no labels: Loki needs at least one."), {},
                       pointer);
    if (stream.labels.size() > limits.maxLabelNames)
        return invalid(MB_TR_NOOP("mb::logs", "A stream has %1 labels, over the limit of %2."),
                       {std::to_string(stream.labels.size()), std::to_string(limits.maxLabelNames)}, pointer);
    return {};
}

Result<std::int64_t> parseNanos(const std::string &text, const std::string &pointer)
{
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc{} || end != text.data() + text.size() || value < 0)
        return invalid(MB_TR_NOOP("mb::logs",
                                  "The timestamp \"%1\" is not a whole number of unix nanoseconds in range."),
                       {text.substr(0, 64)}, pointer);
    return value;
}

Result<PushEntry> jsonEntry(const nlohmann::json &value, const PushLimits &limits, const std::string &pointer)
{
    if (!value.is_array() || value.size() < 2 || value.size() > 3)
        return invalid(MB_TR_NOOP("mb::logs", "An entry must be [\"<unix ns>\", \"<line>\"] or "
                                              "[\"<unix ns>\", \"<line>\", {metadata}]."),
                       {}, pointer);
    if (!value[0].is_string())
        return invalid(MB_TR_NOOP("mb::logs", "The timestamp must be a string of unix nanoseconds."), {},
                       pointer + "/0");
    PushEntry entry;
    auto ns = parseNanos(value[0].get_ref<const std::string &>(), pointer + "/0");
    if (!ns)
        return std::unexpected(ns.error());
    entry.timestampNs = *ns;
    if (!value[1].is_string())
        return invalid(MB_TR_NOOP("mb::logs", "The line must be a string."), {}, pointer + "/1");
    entry.line = value[1].get<std::string>();
    if (entry.line.size() > limits.maxLineBytes)
        return invalid(MB_TR_NOOP("mb::logs", "The line is %1 bytes long, over the limit of %2."),
                       {std::to_string(entry.line.size()), std::to_string(limits.maxLineBytes)},
                       pointer + "/1");
    if (value.size() == 3) {
        if (!value[2].is_object())
            return invalid(MB_TR_NOOP("mb::logs", "Structured metadata must be an object of strings."), {},
                           pointer + "/2");
        for (const auto &[key, meta] : value[2].items()) {
            const std::string at = pointer + "/2/" + json::escapePointerToken(key);
            if (!meta.is_string())
                return invalid(MB_TR_NOOP("mb::logs", "Structured metadata values must be strings."), {}, at);
            auto ok = checkLabel(key, meta.get<std::string>(), limits, at);
            if (!ok)
                return std::unexpected(ok.error());
            entry.structuredMetadata[key] = meta.get<std::string>();
        }
    }
    return entry;
}

} // namespace

Result<PushRequest> decodePushJson(std::string_view body, const PushLimits &limits)
{
    if (body.size() > limits.maxBodyBytes)
        return invalid(MB_TR_NOOP("mb::logs", "The push body is %1 bytes, over the limit of %2."),
                       {std::to_string(body.size()), std::to_string(limits.maxBodyBytes)});
    json::JsonLimits jsonLimits;
    jsonLimits.maxDocumentBytes = limits.maxBodyBytes;
    jsonLimits.maxStringBytes = std::max(limits.maxLineBytes, limits.maxLabelValueBytes);
    auto parsed = json::parseText(body, jsonLimits);
    if (!parsed)
        return std::unexpected(parsed.error());
    const nlohmann::json &doc = *parsed;
    if (!doc.is_object() || !doc.contains("streams") || !doc["streams"].is_array())
        return invalid(MB_TR_NOOP("mb::logs", "A JSON push body is {\"streams\":[…]}."), {}, "/streams");
    PushRequest request;
    const auto &streams = doc["streams"];
    request.streams.reserve(streams.size());
    for (std::size_t i = 0; i < streams.size(); ++i) {
        const std::string at = "/streams/" + std::to_string(i);
        const auto &item = streams[i];
        if (!item.is_object() || !item.contains("stream") || !item["stream"].is_object())
            return invalid(MB_TR_NOOP("mb::logs", "A stream needs a \"stream\" object of labels."), {},
                           at + "/stream");
        PushStream stream;
        for (const auto &[name, value] : item["stream"].items()) {
            const std::string labelAt = at + "/stream/" + json::escapePointerToken(name);
            if (!value.is_string())
                return invalid(MB_TR_NOOP("mb::logs", "Label values must be strings."), {}, labelAt);
            auto ok = checkLabel(name, value.get<std::string>(), limits, labelAt);
            if (!ok)
                return std::unexpected(ok.error());
            stream.labels[name] = value.get<std::string>();
        }
        auto ok = checkStream(stream, limits, at + "/stream");
        if (!ok)
            return std::unexpected(ok.error());
        if (!item.contains("values") || !item["values"].is_array())
            return invalid(MB_TR_NOOP("mb::logs", "A stream needs a \"values\" array."), {}, at + "/values");
        const auto &values = item["values"];
        stream.entries.reserve(values.size());
        for (std::size_t k = 0; k < values.size(); ++k) {
            auto entry = jsonEntry(values[k], limits, at + "/values/" + std::to_string(k));
            if (!entry)
                return std::unexpected(entry.error());
            stream.entries.push_back(std::move(*entry));
        }
        request.streams.push_back(std::move(stream));
    }
    return request;
}

Result<std::map<std::string, std::string>> parseLabelString(std::string_view text, const PushLimits &limits)
{
    std::map<std::string, std::string> labels;
    std::size_t i = 0;
    const auto skipSpace = [&] {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
            ++i;
    };
    const auto bad = [&](const char *what) {
        return invalid(MB_TR_NOOP("mb::logs", "The label string is malformed at character %1: %2."),
                       {std::to_string(i + 1), what});
    };
    skipSpace();
    if (i >= text.size() || text[i] != '{')
        return bad("expected '{'");
    ++i;
    skipSpace();
    if (i < text.size() && text[i] == '}') {
        ++i;
    } else {
        for (;;) {
            skipSpace();
            const std::size_t start = i;
            while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_'))
                ++i;
            if (i == start || std::isdigit(static_cast<unsigned char>(text[start])))
                return bad("expected a label name");
            std::string name(text.substr(start, i - start));
            skipSpace();
            if (i >= text.size() || text[i] != '=')
                return bad("expected '='");
            ++i;
            skipSpace();
            if (i >= text.size() || text[i] != '"')
                return bad("expected '\"'");
            ++i;
            std::string value;
            for (;;) {
                if (i >= text.size())
                    return bad("unterminated value");
                const char c = text[i++];
                if (c == '"')
                    break;
                if (c == '\\') {
                    if (i >= text.size())
                        return bad("unterminated escape");
                    const char e = text[i++];
                    value += e == 'n' ? '\n' : e == 't' ? '\t' : e;
                } else {
                    value += c;
                }
            }
            auto ok = checkLabel(name, value, limits, {});
            if (!ok)
                return std::unexpected(ok.error());
            if (!labels.emplace(std::move(name), std::move(value)).second)
                return bad("a label appears twice");
            skipSpace();
            if (i < text.size() && text[i] == ',') {
                ++i;
                continue;
            }
            if (i < text.size() && text[i] == '}') {
                ++i;
                break;
            }
            return bad("expected ',' or '}'");
        }
    }
    skipSpace();
    if (i != text.size())
        return bad("unexpected text after '}'");
    return labels;
}

namespace {

/// A bounded reader of the protobuf wire format over one message (or sub-message).
class WireReader
{
public:
    WireReader(std::string_view data, std::size_t base)
        : m_data(data)
        , m_base(base)
    {}

    [[nodiscard]] bool atEnd() const { return m_pos >= m_data.size(); }
    [[nodiscard]] std::size_t offset() const { return m_base + m_pos; }

    Result<std::uint64_t> varint()
    {
        std::uint64_t value = 0;
        const std::size_t start = offset();
        for (int shift = 0; shift < 64; shift += 7) {
            if (atEnd())
                return atOffset(start, "a varint runs past the end of its message");
            const auto byte = static_cast<std::uint8_t>(m_data[m_pos++]);
            value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
            if ((byte & 0x80) == 0)
                return value;
        }
        return atOffset(start, "a varint is longer than 10 bytes");
    }

    /// The payload of a length-delimited field, with its offset.
    Result<std::pair<std::string_view, std::size_t>> bytes()
    {
        const std::size_t start = offset();
        auto length = varint();
        if (!length)
            return std::unexpected(length.error());
        if (*length > m_data.size() - m_pos)
            return atOffset(start,
                            "a length of " + std::to_string(*length) + " runs past the end of its message");
        const std::size_t at = offset();
        const auto view = m_data.substr(m_pos, static_cast<std::size_t>(*length));
        m_pos += static_cast<std::size_t>(*length);
        return std::pair{view, at};
    }

    /// Skips a field of `wireType` that the decoder does not use.
    Result<void> skip(std::uint64_t wireType)
    {
        const std::size_t start = offset();
        switch (wireType) {
        case 0: {
            auto v = varint();
            if (!v)
                return std::unexpected(v.error());
            return {};
        }
        case 1:
        case 5: {
            const std::size_t n = wireType == 1 ? 8 : 4;
            if (m_data.size() - m_pos < n)
                return atOffset(start, "a fixed-width field runs past the end of its message");
            m_pos += n;
            return {};
        }
        case 2: {
            auto b = bytes();
            if (!b)
                return std::unexpected(b.error());
            return {};
        }
        default:
            return atOffset(start,
                            "wire type " + std::to_string(wireType) + " is not one protobuf uses here");
        }
    }

private:
    std::string_view m_data;
    std::size_t m_base;
    std::size_t m_pos = 0;
};

struct Tag
{
    std::uint64_t field = 0;
    std::uint64_t wireType = 0;
    std::size_t offset = 0;
};

Result<Tag> readTag(WireReader &reader)
{
    const std::size_t at = reader.offset();
    auto key = reader.varint();
    if (!key)
        return std::unexpected(key.error());
    Tag tag{*key >> 3, *key & 7, at};
    if (tag.field == 0)
        return atOffset(at, "field number 0 is not valid");
    return tag;
}

Result<std::pair<std::string_view, std::size_t>> expectBytes(WireReader &reader, const Tag &tag,
                                                             const char *what)
{
    if (tag.wireType != 2)
        return atOffset(tag.offset, std::string(what) + " must be length-delimited (wire type 2)");
    return reader.bytes();
}

Result<std::pair<std::string, std::string>> decodeLabelPair(std::string_view data, std::size_t base)
{
    WireReader reader(data, base);
    std::pair<std::string, std::string> pair;
    while (!reader.atEnd()) {
        auto tag = readTag(reader);
        if (!tag)
            return std::unexpected(tag.error());
        if (tag->field == 1 || tag->field == 2) {
            auto b = expectBytes(reader, *tag, "a label name or value");
            if (!b)
                return std::unexpected(b.error());
            (tag->field == 1 ? pair.first : pair.second) = std::string(b->first);
        } else if (auto ok = reader.skip(tag->wireType); !ok) {
            return std::unexpected(ok.error());
        }
    }
    return pair;
}

Result<std::int64_t> decodeTimestamp(std::string_view data, std::size_t base)
{
    WireReader reader(data, base);
    std::int64_t seconds = 0;
    std::int64_t nanos = 0;
    while (!reader.atEnd()) {
        auto tag = readTag(reader);
        if (!tag)
            return std::unexpected(tag.error());
        if (tag->field == 1 || tag->field == 2) {
            if (tag->wireType != 0)
                return atOffset(tag->offset, "a timestamp's seconds and nanos are varints");
            auto v = reader.varint();
            if (!v)
                return std::unexpected(v.error());
            (tag->field == 1 ? seconds : nanos) = static_cast<std::int64_t>(*v);
        } else if (auto ok = reader.skip(tag->wireType); !ok) {
            return std::unexpected(ok.error());
        }
    }
    constexpr std::int64_t MaxSeconds = 9'000'000'000; // keeps seconds * 1e9 + nanos inside int64
    if (seconds < 0 || seconds > MaxSeconds || nanos < 0 || nanos > 999'999'999)
        return atOffset(base, "the timestamp (" + std::to_string(seconds) + " s, " + std::to_string(nanos) +
                                  " ns) is out of range");
    return seconds * 1'000'000'000 + nanos;
}

Result<PushEntry> decodeEntry(std::string_view data, std::size_t base, const PushLimits &limits)
{
    WireReader reader(data, base);
    PushEntry entry;
    while (!reader.atEnd()) {
        auto tag = readTag(reader);
        if (!tag)
            return std::unexpected(tag.error());
        if (tag->field == 1) {
            auto b = expectBytes(reader, *tag, "an entry's timestamp");
            if (!b)
                return std::unexpected(b.error());
            auto ns = decodeTimestamp(b->first, b->second);
            if (!ns)
                return std::unexpected(ns.error());
            entry.timestampNs = *ns;
        } else if (tag->field == 2) {
            auto b = expectBytes(reader, *tag, "an entry's line");
            if (!b)
                return std::unexpected(b.error());
            if (b->first.size() > limits.maxLineBytes)
                return atOffset(b->second, "a line of " + std::to_string(b->first.size()) +
                                               " bytes is over the limit of " +
                                               std::to_string(limits.maxLineBytes));
            entry.line = std::string(b->first);
        } else if (tag->field == 3) {
            auto b = expectBytes(reader, *tag, "structured metadata");
            if (!b)
                return std::unexpected(b.error());
            auto pair = decodeLabelPair(b->first, b->second);
            if (!pair)
                return std::unexpected(pair.error());
            if (auto ok = checkLabel(pair->first, pair->second, limits, {}); !ok)
                return atOffset(b->second, ok.error().message.text());
            entry.structuredMetadata[pair->first] = pair->second;
        } else if (auto ok = reader.skip(tag->wireType); !ok) {
            return std::unexpected(ok.error());
        }
    }
    return entry;
}

Result<PushStream> decodeStream(std::string_view data, std::size_t base, const PushLimits &limits)
{
    WireReader reader(data, base);
    PushStream stream;
    bool haveLabels = false;
    while (!reader.atEnd()) {
        auto tag = readTag(reader);
        if (!tag)
            return std::unexpected(tag.error());
        if (tag->field == 1) {
            auto b = expectBytes(reader, *tag, "a stream's labels");
            if (!b)
                return std::unexpected(b.error());
            auto labels = parseLabelString(b->first, limits);
            if (!labels)
                return atOffset(b->second, labels.error().message.text());
            stream.labels = std::move(*labels);
            haveLabels = true;
        } else if (tag->field == 2) {
            auto b = expectBytes(reader, *tag, "a stream's entry");
            if (!b)
                return std::unexpected(b.error());
            auto entry = decodeEntry(b->first, b->second, limits);
            if (!entry)
                return std::unexpected(entry.error());
            stream.entries.push_back(std::move(*entry));
        } else if (auto ok = reader.skip(tag->wireType); !ok) {
            return std::unexpected(ok.error());
        }
    }
    if (!haveLabels || stream.labels.empty())
        return atOffset(base, "a stream has no labels");
    if (auto ok = checkStream(stream, limits, {}); !ok)
        return atOffset(base, ok.error().message.text());
    return stream;
}

} // namespace

Result<PushRequest> decodePushMessage(std::string_view message, const PushLimits &limits)
{
    WireReader reader(message, 0);
    PushRequest request;
    while (!reader.atEnd()) {
        auto tag = readTag(reader);
        if (!tag)
            return std::unexpected(tag.error());
        if (tag->field == 1) {
            auto b = expectBytes(reader, *tag, "a stream");
            if (!b)
                return std::unexpected(b.error());
            auto stream = decodeStream(b->first, b->second, limits);
            if (!stream)
                return std::unexpected(stream.error());
            request.streams.push_back(std::move(*stream));
        } else if (auto ok = reader.skip(tag->wireType); !ok) {
            return std::unexpected(ok.error());
        }
    }
    return request;
}

Result<PushRequest> decodePushProtobuf(std::string_view body, const PushLimits &limits)
{
    if (body.size() > limits.maxBodyBytes)
        return invalid(MB_TR_NOOP("mb::logs", "The push body is %1 bytes, over the limit of %2."),
                       {std::to_string(body.size()), std::to_string(limits.maxBodyBytes)});
    std::size_t length = 0;
    if (!snappy::GetUncompressedLength(body.data(), body.size(), &length))
        return invalid(MB_TR_NOOP("mb::logs", "The push body is not snappy block-compressed protobuf "
                                              "(its length header is unreadable)."),
                       {});
    if (length > limits.maxDecodedBytes)
        return invalid(
            MB_TR_NOOP("mb::logs", "The push body decompresses to %1 bytes, over the limit of %2."),
            {std::to_string(length), std::to_string(limits.maxDecodedBytes)});
    std::string message;
    if (!snappy::Uncompress(body.data(), body.size(), &message))
        return invalid(MB_TR_NOOP("mb::logs", "The push body is corrupt snappy data."), {});
    return decodePushMessage(message, limits);
}

} // namespace mb::logs
