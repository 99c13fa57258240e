// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LogStoreProcess.h"

#include "DaemonTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <algorithm>

namespace mb::test {

bool writeTokenFile(const QString &path, const QByteArray &token)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(token) != token.size())
        return false;
    file.close();
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

LogStoreProcess::LogStoreProcess(QString dataDir, QString tokenFile, QByteArray token)
    : m_dataDir(std::move(dataDir))
    , m_tokenFile(std::move(tokenFile))
    , m_token(std::move(token))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

LogStoreProcess::~LogStoreProcess()
{
    stop();
}

bool LogStoreProcess::start(const QStringList &extraArgs)
{
    if (m_port == 0)
        m_port = freeLoopbackPort();
    m_process.start(qEnvironmentVariable("MB_LOGSTORE"),
                    QStringList{QStringLiteral("--data"), m_dataDir, QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--token-file"),
                                m_tokenFile} +
                        extraArgs);
    if (!m_process.waitForStarted(10000))
        return false;
    for (int i = 0; i < 100; ++i) {
        if (request("GET", QStringLiteral("/ready"), {}, {}, false).status == 200)
            return true;
        if (m_process.state() != QProcess::Running)
            return false;
        QTest::qWait(50);
    }
    return false;
}

void LogStoreProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString LogStoreProcess::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

qint64 LogStoreProcess::peakRssBytes() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    return 0;
}

LogStoreProcess::Answer LogStoreProcess::request(const QByteArray &method, const QString &pathAndQuery,
                                                 const QByteArray &body, const QByteArray &contentType,
                                                 bool withToken)
{
    QNetworkRequest request{QUrl(url(pathAndQuery), QUrl::StrictMode)};
    if (withToken)
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(contentType));
    request.setTransferTimeout(60000);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(61000);
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return answer;
}

QStringList LogStoreProcess::lines(const QString &query, int limit)
{
    const Answer answer =
        request("GET", QStringLiteral("/loki/api/v1/query_range?direction=forward&limit=%1&query=%2")
                           .arg(limit)
                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(query))));
    std::vector<std::pair<qint64, QString>> entries;
    const QJsonArray result =
        QJsonDocument::fromJson(answer.body).object().value(u"data").toObject().value(u"result").toArray();
    for (const QJsonValue &stream : result)
        for (const QJsonValue &value : stream.toObject().value(u"values").toArray())
            entries.emplace_back(value.toArray().at(0).toString().toLongLong(),
                                 value.toArray().at(1).toString());
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList out;
    for (const auto &[ns, line] : entries)
        out << line;
    return out;
}

} // namespace mb::test
