// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "PushEncoding.h"

#include <zlib.h>

#include <algorithm>

namespace mb::logs {

namespace {

constexpr const char *Ctx = "mb::logs";

std::unexpected<Error> invalid(const char *source, std::vector<std::string> args)
{
    return fail(ErrorCode::LogsPushInvalid, Message{Ctx, source, std::move(args)});
}

} // namespace

bool isPushEncodingSupported(std::string_view encoding)
{
    return encoding.empty() || encoding == "identity" || encoding == "snappy" || encoding == "gzip" ||
           encoding == "deflate";
}

bool isPushBodyDeflated(std::string_view encoding)
{
    return encoding == "gzip" || encoding == "deflate";
}

Result<std::string> inflatePushBody(std::string_view body, std::string_view encoding,
                                    const PushLimits &limits)
{
    const bool gzip = encoding == "gzip";
    if (!isPushBodyDeflated(encoding))
        return invalid(MB_TR_NOOP("mb::logs", "The push body's Content-Encoding %1 cannot be inflated."),
                       {std::string(encoding)});
    if (body.size() > limits.maxBodyBytes)
        return invalid(MB_TR_NOOP("mb::logs", "The push body is %1 bytes, over the limit of %2."),
                       {std::to_string(body.size()), std::to_string(limits.maxBodyBytes)});
    z_stream stream{};
    // 16 + 15: a gzip header and trailer around the deflate stream; -15: the raw stream alone.
    if (inflateInit2(&stream, gzip ? 16 + MAX_WBITS : -MAX_WBITS) != Z_OK)
        return invalid(MB_TR_NOOP("mb::logs", "The %1 push body cannot be inflated: zlib did not start."),
                       {std::string(encoding)});
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.data()));
    stream.avail_in = static_cast<uInt>(body.size());
    std::string out;
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        if (out.size() >= limits.maxDecodedBytes) {
            inflateEnd(&stream);
            return invalid(
                MB_TR_NOOP("mb::logs", "The %1 push body inflates to more than the limit of %2 bytes."),
                {std::string(encoding), std::to_string(limits.maxDecodedBytes)});
        }
        const std::size_t chunk = std::min<std::size_t>(std::max<std::size_t>(body.size() * 4, 64u << 10),
                                                        limits.maxDecodedBytes + 1 - out.size());
        const std::size_t before = out.size();
        out.resize(before + chunk);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + before);
        stream.avail_out = static_cast<uInt>(chunk);
        rc = inflate(&stream, Z_NO_FLUSH);
        out.resize(before + chunk - stream.avail_out);
        if (rc == Z_BUF_ERROR && stream.avail_in == 0)
            rc = Z_DATA_ERROR; // the input ended before the stream did
        if (rc != Z_OK && rc != Z_STREAM_END) {
            const std::size_t at = body.size() - stream.avail_in;
            inflateEnd(&stream);
            return invalid(
                MB_TR_NOOP("mb::logs", "The %1 push body is corrupt or truncated at byte %2 of %3."),
                {std::string(encoding), std::to_string(at), std::to_string(body.size())});
        }
    }
    inflateEnd(&stream);
    if (out.size() > limits.maxDecodedBytes)
        return invalid(
            MB_TR_NOOP("mb::logs", "The %1 push body inflates to more than the limit of %2 bytes."),
            {std::string(encoding), std::to_string(limits.maxDecodedBytes)});
    return out;
}

} // namespace mb::logs
