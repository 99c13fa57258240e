// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LogSpool.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace mb::daemon {

namespace {
constexpr const char *Ctx = "mb::daemon";
}

LogSpool::LogSpool(QString dir, qint64 maxBytes)
    : m_dir(std::move(dir))
    , m_maxBytes(maxBytes)
{}

Result<void> LogSpool::open()
{
    QDir dir(m_dir);
    if (!dir.mkpath(QStringLiteral(".")))
        return fail(ErrorCode::IoWrite,
                    Message{Ctx,
                            MB_TR_NOOP("mb::daemon", "cannot make the log buffer directory %1"),
                            {m_dir.toStdString()}});
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.tmp")}, QDir::Files))
        QFile::remove(info.filePath());
    m_batches.clear();
    m_bytes = 0;
    m_lines = 0;
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.push")}, QDir::Files)) {
        const QStringList parts = info.completeBaseName().split(u'-');
        bool seqOk = false;
        bool linesOk = false;
        Batch batch{info.filePath(), parts.value(0).toLongLong(&seqOk), parts.value(1).toLongLong(&linesOk),
                    info.size()};
        if (parts.size() != 2 || !seqOk || !linesOk) {
            QFile::remove(info.filePath()); // not ours
            continue;
        }
        m_batches.push_back(batch);
    }
    std::sort(m_batches.begin(), m_batches.end(),
              [](const Batch &a, const Batch &b) { return a.seq < b.seq; });
    for (const Batch &batch : m_batches) {
        m_bytes += batch.bytes;
        m_lines += batch.lines;
    }
    m_nextSeq = m_batches.empty() ? 1 : m_batches.back().seq + 1;
    return {};
}

Result<qint64> LogSpool::append(const QByteArray &body, qint64 lines)
{
    qint64 dropped = 0;
    // Room first: the oldest lines go, the newest are what an operator is looking for.
    while (!m_batches.empty() && m_bytes + body.size() > m_maxBytes) {
        dropped += m_batches.front().lines;
        remove(m_batches.front());
    }
    if (body.size() > m_maxBytes)
        return dropped + lines; // larger than the whole buffer: nothing to keep
    Batch batch;
    batch.seq = m_nextSeq++;
    batch.lines = lines;
    batch.bytes = body.size();
    batch.path =
        QStringLiteral("%1/%2-%3.push").arg(m_dir).arg(batch.seq, 16, 10, QLatin1Char('0')).arg(lines);
    const QString temporary = batch.path + QStringLiteral(".tmp");
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(body) != body.size() ||
        !file.flush()) {
        const std::string reason = file.errorString().toStdString();
        file.close();
        QFile::remove(temporary);
        return fail(ErrorCode::IoWrite,
                    Message{Ctx,
                            MB_TR_NOOP("mb::daemon", "cannot write the log buffer file %1: %2"),
                            {temporary.toStdString(), reason}});
    }
    file.close();
    if (!QFile::rename(temporary, batch.path)) {
        QFile::remove(temporary);
        return fail(ErrorCode::IoWrite,
                    Message{Ctx,
                            MB_TR_NOOP("mb::daemon", "cannot write the log buffer file %1"),
                            {batch.path.toStdString()}});
    }
    m_batches.push_back(batch);
    m_bytes += batch.bytes;
    m_lines += batch.lines;
    return dropped;
}

std::optional<LogSpool::Batch> LogSpool::oldest() const
{
    if (m_batches.empty())
        return std::nullopt;
    return m_batches.front();
}

Result<QByteArray> LogSpool::read(const Batch &batch) const
{
    QFile file(batch.path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::IoRead,
                    Message{Ctx,
                            MB_TR_NOOP("mb::daemon", "cannot read the log buffer file %1: %2"),
                            {batch.path.toStdString(), file.errorString().toStdString()}});
    return file.readAll();
}

void LogSpool::remove(const Batch &batch)
{
    QFile::remove(batch.path);
    const auto it =
        std::find_if(m_batches.begin(), m_batches.end(), [&](const Batch &b) { return b.seq == batch.seq; });
    if (it == m_batches.end())
        return;
    m_bytes -= it->bytes;
    m_lines -= it->lines;
    m_batches.erase(it);
}

} // namespace mb::daemon
