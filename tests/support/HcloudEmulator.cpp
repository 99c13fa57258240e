// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "HcloudEmulator.h"

#include "TestSupport.h"
#include "net/HttpClient.h"

#include <QDeadlineTimer>

namespace mb::test {

HcloudEmulator::~HcloudEmulator()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

bool HcloudEmulator::start(const QStringList &arguments, QString *error)
{
    QStringList args{QString::fromStdString(sourcePath("tests/support/hcloud-emulator/hcloud_emulator.py")),
                     QStringLiteral("--port"),
                     QStringLiteral("0"),
                     QStringLiteral("--exit-with-stdin"),
                     QStringLiteral("--token"),
                     QString::fromStdString(token())};
    args += arguments;
    m_process.start(QStringLiteral("python3"), args);
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("cannot run python3: ") + m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(10'000);
    QByteArray line;
    while (!line.contains('\n') && !deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(static_cast<int>(std::max<qint64>(deadline.remainingTime(), 1))))
            break;
        line += m_process.readAllStandardOutput();
    }
    const QByteArray marker = "listening on ";
    const qsizetype at = line.indexOf(marker);
    if (at < 0) {
        *error = QStringLiteral("the emulator did not start: ") + errorOutput();
        return false;
    }
    m_endpoint = line.mid(at + marker.size()).trimmed().toStdString();
    return true;
}

std::string HcloudEmulator::controlUrl(const char *path) const
{
    return m_endpoint.substr(0, m_endpoint.size() - std::string_view("/v1").size()) + path;
}

nlohmann::json HcloudEmulator::stats() const
{
    const net::HttpClient client;
    const auto response = client.request("GET", controlUrl("/_emulator/stats"));
    if (!response || response->status != 200)
        return {};
    return nlohmann::json::parse(response->body, nullptr, false);
}

nlohmann::json HcloudEmulator::backing() const
{
    const net::HttpClient client;
    const auto response = client.request("GET", controlUrl("/_emulator/backing"));
    if (!response || response->status != 200)
        return {};
    return nlohmann::json::parse(response->body, nullptr, false);
}

bool HcloudEmulator::setFaults(const nlohmann::json &faults) const
{
    const net::HttpClient client;
    const auto response = client.request("POST", controlUrl("/_emulator/faults"),
                                         {{"Content-Type", "application/json"}}, faults.dump());
    return response && response->status == 200;
}

QString HcloudEmulator::errorOutput()
{
    m_stderr += QString::fromUtf8(m_process.readAllStandardError());
    return m_stderr;
}

} // namespace mb::test
