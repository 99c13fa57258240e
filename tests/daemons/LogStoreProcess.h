// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>

namespace mb::test {

/// The real madbase-logstore ($MB_LOGSTORE) on a free loopback port, with its own token and
/// data directory; stopped (SIGTERM) with the object.
class LogStoreProcess
{
public:
    LogStoreProcess(QString dataDir, QString tokenFile, QByteArray token);
    ~LogStoreProcess();

    /// Starts it (on the same port as before, after a stop) and waits for /ready.
    bool start(const QStringList &extraArgs = {});
    void stop();
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString url(const QString &path) const;
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }
    /// The process's peak resident memory (VmHWM) in bytes, 0 when unknown.
    [[nodiscard]] qint64 peakRssBytes() const;
    [[nodiscard]] QString output() { return QString::fromUtf8(m_process.readAll()); }

    struct Answer
    {
        int status = 0;
        QByteArray body;
    };
    Answer request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                   const QByteArray &contentType = "application/json", bool withToken = true);
    /// The lines (all streams) a LogQL log query finds in the last hour, oldest first.
    QStringList lines(const QString &query, int limit = 5000);

private:
    QString m_dataDir;
    QString m_tokenFile;
    QByteArray m_token;
    quint16 m_port = 0;
    QProcess m_process;
    QNetworkAccessManager m_network;
};

/// Writes `token` to `path` with mode 0600.
bool writeTokenFile(const QString &path, const QByteArray &token);

} // namespace mb::test
