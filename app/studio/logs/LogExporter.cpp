// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LogExporter.h"

#include "LokiDecode.h"

namespace mb::studio {

LogExporter::LogExporter(ClientSource client, QObject *parent)
    : QObject(parent)
    , m_client(std::move(client))
{}

LogExporter::~LogExporter()
{
    m_cancel = true;
}

bool LogExporter::start(const QString &query, qint64 startNs, qint64 endNs, const QString &path, int pageSize)
{
    if (m_running)
        return false;
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        Q_EMIT finished(false, 0, tr("Cannot write %1: %2").arg(path, file->errorString()));
        return false;
    }
    m_file = std::move(file);
    m_query = query;
    m_startNs = startNs;
    m_endNs = endNs;
    m_cursorNs = startNs;
    m_skipAtCursor = 0;
    m_written = 0;
    m_pageSize = std::max(pageSize, 2);
    m_cancel = false;
    m_running = true;
    requestPage();
    return true;
}

void LogExporter::cancel()
{
    m_cancel = true;
}

void LogExporter::requestPage()
{
    if (m_cancel) {
        finish(true, {});
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("query"), m_query);
    query.addQueryItem(QStringLiteral("start"), QString::number(m_cursorNs));
    query.addQueryItem(QStringLiteral("end"), QString::number(m_endNs));
    query.addQueryItem(QStringLiteral("direction"), QStringLiteral("forward"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    const qint64 skip = m_skipAtCursor;
    const qint64 cursor = m_cursorNs;
    std::shared_ptr<QFile> file = m_file;
    fetchDecoded<Page>(
        m_client(), QStringLiteral("/v1/logs/query_range"), query, this,
        [file, skip, cursor](const app::RawReply &reply) {
            Page page;
            LokiDecoder decoder;
            const LokiLines lines = decoder.decode(reply);
            if (lines.failure.failed()) {
                page.error = lines.failure.message;
                return page;
            }
            page.lines = lines.lines.size();
            qint64 skipped = 0;
            QByteArray chunk;
            for (const LogLine &line : lines.lines) {
                if (line.timestampNs == cursor && skipped < skip) {
                    ++skipped;
                    continue;
                }
                chunk += exportLine(line);
                ++page.written;
                if (chunk.size() > (1 << 20)) {
                    if (file->write(chunk) != chunk.size()) {
                        page.error = file->errorString();
                        return page;
                    }
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty() && file->write(chunk) != chunk.size())
                page.error = file->errorString();
            if (!lines.lines.isEmpty()) {
                page.lastNs = lines.lines.last().timestampNs;
                page.atLastNs = std::count_if(lines.lines.begin(), lines.lines.end(),
                                              [&](const LogLine &l) { return l.timestampNs == page.lastNs; });
            }
            return page;
        },
        [this](const Page &page) {
            if (!page.error.isEmpty()) {
                finish(false, page.error);
                return;
            }
            m_written += page.written;
            if (page.lines < m_pageSize) {
                Q_EMIT progress(1.0, m_written);
                finish(false, {});
                return;
            }
            if (page.lastNs == m_cursorNs) {
                // A whole page at one timestamp: the next page must skip all of it and more.
                m_skipAtCursor += page.written;
                if (page.written == 0) {
                    finish(false,
                           tr("More than %1 lines share the timestamp %2; export them with a larger page.")
                               .arg(m_pageSize)
                               .arg(m_cursorNs));
                    return;
                }
            } else {
                m_cursorNs = page.lastNs;
                m_skipAtCursor = page.atLastNs;
            }
            const double span = double(std::max<qint64>(m_endNs - m_startNs, 1));
            Q_EMIT progress(std::clamp(double(m_cursorNs - m_startNs) / span, 0.0, 1.0), m_written);
            requestPage();
        });
}

void LogExporter::finish(bool cancelled, const QString &error)
{
    m_running = false;
    if (m_file) {
        m_file->close();
        if (cancelled || !error.isEmpty())
            m_file->remove();
        m_file.reset();
    }
    Q_EMIT finished(cancelled, m_written, error);
}

} // namespace mb::studio
