// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "HealthProbe.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpSocket>

namespace mb::daemon {

HealthProbe::HealthProbe(HealthCheckSpec spec, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , m_network(network)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { done(false, QStringLiteral("timed out")); });
}

void HealthProbe::done(bool healthy, const QString &detail)
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    if (m_current) {
        if (auto *process = qobject_cast<QProcess *>(m_current.data());
            process && process->state() != QProcess::NotRunning)
            process->kill();
        m_current->disconnect(this);
        m_current->deleteLater();
    }
    Q_EMIT finished(healthy, detail);
}

void HealthProbe::run()
{
    if (m_running)
        return;
    m_running = true;
    m_timeout.start(m_spec.timeoutSeconds * 1000);
    switch (m_spec.type) {
    case HealthCheckSpec::Type::None:
        done(true, {});
        return;
    case HealthCheckSpec::Type::Tcp: {
        auto *socket = new QTcpSocket(this);
        m_current = socket;
        connect(socket, &QTcpSocket::connected, this, [this, socket] {
            socket->abort();
            done(true, {});
        });
        connect(socket, &QTcpSocket::errorOccurred, this,
                [this, socket] { done(false, socket->errorString()); });
        socket->connectToHost(m_spec.host, static_cast<quint16>(m_spec.port));
        return;
    }
    case HealthCheckSpec::Type::Http: {
        if (!m_network) {
            done(false, QStringLiteral("no network access"));
            return;
        }
        QNetworkRequest request{QUrl(m_spec.url)};
        request.setTransferTimeout(m_spec.timeoutSeconds * 1000);
        QNetworkReply *reply = m_network->get(request);
        m_current = reply;
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 200 && status < 400)
                done(true, {});
            else
                done(false, status > 0 ? QStringLiteral("HTTP %1").arg(status) : reply->errorString());
        });
        return;
    }
    case HealthCheckSpec::Type::Exec: {
        auto *process = new QProcess(this);
        m_current = process;
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->setStandardOutputFile(QProcess::nullDevice());
        connect(process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
            if (status == QProcess::NormalExit && code == 0)
                done(true, {});
            else
                done(false, QStringLiteral("exit code %1").arg(code));
        });
        connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                done(false, process->errorString());
        });
        process->start(m_spec.command.value(0), m_spec.command.mid(1));
        return;
    }
    }
}

} // namespace mb::daemon
