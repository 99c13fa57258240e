// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LogStoreServer.h"

#include "LimitedTcpServer.h"
#include "Logging.h"
#include "logs/LogQl.h"

#include <QDir>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QWebSocket>

#include <chrono>

namespace mb::logstore {

namespace {

using Status = QHttpServerResponder::StatusCode;

std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

/// The query string's parameters as Loki reads them (`+` is a space, as in a form).
std::vector<std::pair<std::string, std::string>> queryParameters(const QUrl &url)
{
    return logs::parseFormEncoded(url.query(QUrl::FullyEncoded).toStdString());
}

const std::string *parameter(const std::vector<std::pair<std::string, std::string>> &params,
                             std::string_view name)
{
    for (const auto &[key, value] : params)
        if (key == name)
            return &value;
    return nullptr;
}

/// What a tail needs across polls; shared with the pool's jobs, so a client that leaves while
/// a poll runs frees nothing under it.
struct TailState
{
    logs::TailSession session;
    std::size_t limit = 100;
    bool polling = false;
};

} // namespace

LogStoreServer::LogStoreServer(LogStoreServerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    // SQLite serializes the store's calls; two threads let a query's parsing and encoding run
    // beside a push.
    m_pool.setMaxThreadCount(2);
    m_pool.setObjectName(QStringLiteral("log-store"));
}

LogStoreServer::~LogStoreServer()
{
    m_pool.waitForDone();
}

Result<void> LogStoreServer::start()
{
    QDir().mkpath(m_options.dataDir);
    logs::LogStoreOptions storeOptions;
    storeOptions.maxAgeNs = m_options.maxAgeNs;
    storeOptions.maxBytes = m_options.maxBytes;
    auto store = logs::LogStore::open(
        QString(m_options.dataDir + QStringLiteral("/logs.sqlite")).toStdString(), storeOptions);
    if (!store)
        return std::unexpected(store.error());
    m_store = std::move(*store);
    m_api = std::make_unique<logs::LokiApi>(*m_store);

    m_http.route(QStringLiteral("/loki/api/v1/tail"), QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     // An upgrade writes nothing here (QHttpServer sends the 101 after the route);
                     // one that may not become a tail is closed before it does.
                     if (request.value("Upgrade").isEmpty()) {
                         responder.write(QByteArrayLiteral("The tail is a WebSocket: send an upgrade.\n"),
                                         QByteArrayLiteral("text/plain; charset=utf-8"), Status::BadRequest);
                         return;
                     }
                     if (!authorized(request.value("Authorization")) || m_tails >= MaxTails) {
                         if (QTcpSocket *socket = responder.socket())
                             socket->abort();
                     }
                 });
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
    connect(&m_http, &QHttpServer::newWebSocketConnection, this, &LogStoreServer::acceptTails);

    m_tcp = new daemon::LimitedTcpServer(this);
    m_tcp->setMaxRequestBytes(MaxRequestBytes);
    m_tcp->setRequestTimeout(std::chrono::seconds(30));
    if (!m_tcp->listen(m_options.address, m_options.port))
        return fail(ErrorCode::IoRead,
                    Message{"mb::logstore",
                            MB_TR_NOOP("mb::logstore", "cannot listen on %1:%2: %3"),
                            {m_options.address.toString().toStdString(), std::to_string(m_options.port),
                             m_tcp->errorString().toStdString()}});
    m_http.bind(m_tcp);

    m_retention.setInterval(m_options.retentionIntervalMs);
    connect(&m_retention, &QTimer::timeout, this, [this] {
        m_pool.start([this] {
            if (auto deleted = m_store->applyRetention(nowNs()); !deleted)
                qCWarning(daemon::lcDaemon).noquote() << daemon::logfmt(
                    QStringLiteral("retention failed"),
                    {{QStringLiteral("error"), QString::fromStdString(deleted.error().describe())}});
        });
    });
    if (m_options.maxAgeNs > 0)
        m_retention.start();
    return {};
}

quint16 LogStoreServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

bool LogStoreServer::authorized(QByteArrayView header) const
{
    static constexpr QByteArrayView prefix = "Bearer ";
    if (m_options.token.isEmpty() || !header.startsWith(prefix))
        return false;
    const QByteArrayView presented = header.sliced(prefix.size()).trimmed();
    const QByteArray &expected = m_options.token;
    unsigned char difference = presented.size() == expected.size() ? 0 : 1;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected[i] ^ (i < presented.size() ? presented[i] : 0));
    return difference == 0;
}

void LogStoreServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QString path = request.url().path();
    if (path == u"/ready") {
        // Loki's readiness, without a token: it says nothing but that the store answers.
        responder.write(QByteArrayLiteral("ready\n"), QByteArrayLiteral("text/plain; charset=utf-8"));
        return;
    }
    if (!authorized(request.value("Authorization"))) {
        responder.write(QByteArrayLiteral("unauthorized: send \"Authorization: Bearer <token>\"\n"),
                        {{"Content-Type", "text/plain; charset=utf-8"}, {"WWW-Authenticate", "Bearer"}},
                        Status::Unauthorized);
        return;
    }
    logs::ApiRequest in;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        in.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        in.method = "POST";
        break;
    default:
        in.method = "OTHER";
        break;
    }
    in.path = path.toStdString();
    in.query = queryParameters(request.url());
    in.contentType = request.value("Content-Type").toStdString();
    in.contentEncoding = request.value("Content-Encoding").toStdString();
    in.body = request.body().toStdString();

    auto reply = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = reply->socket();
    m_pool.start([this, in = std::move(in), reply, socket]() mutable {
        auto out = std::make_shared<logs::ApiResponse>(m_api->handle(in));
        QMetaObject::invokeMethod(this, [reply, socket, out] {
            if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                return; // the client left; QHttpServer deleted its socket
            if (out->status == 204)
                reply->write(Status::NoContent);
            else
                reply->write(QByteArray::fromStdString(out->body),
                             QByteArray::fromStdString(out->contentType), static_cast<Status>(out->status));
        });
    });
}

void LogStoreServer::acceptTails()
{
    while (m_http.hasPendingWebSocketConnections()) {
        QWebSocket *socket = m_http.nextPendingWebSocketConnection().release();
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->requestUrl().path() != u"/loki/api/v1/tail" ||
            !authorized(socket->request().rawHeader("Authorization")) || m_tails >= MaxTails) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("not allowed"));
            continue;
        }
        startTail(socket);
    }
}

void LogStoreServer::startTail(QWebSocket *socket)
{
    const auto params = queryParameters(socket->requestUrl());
    const std::string *query = parameter(params, "query");
    auto state = std::make_shared<TailState>();
    QString error;
    if (const std::string *limit = parameter(params, "limit")) {
        bool ok = false;
        const qlonglong n = QString::fromStdString(*limit).toLongLong(&ok);
        if (!ok || n <= 0 || n > 5000)
            error = QStringLiteral("limit must be a positive value of at most 5000");
        state->limit = static_cast<std::size_t>(n);
    }
    if (const std::string *delay = parameter(params, "delay_for")) {
        bool ok = false;
        const int seconds = QString::fromStdString(*delay).toInt(&ok);
        if (!ok || seconds < 0 || seconds > 5)
            error = QStringLiteral("delay_for can't be greater than 5");
    }
    std::int64_t startNs = 0;
    if (const std::string *start = parameter(params, "start");
        start && !logs::parseLokiTime(*start, &startNs))
        error = QStringLiteral("cannot parse start: %1").arg(QString::fromStdString(*start));
    if (error.isEmpty()) {
        auto session = m_api->startTail(query ? *query : std::string());
        if (session)
            state->session = std::move(*session);
        else
            error = QString::fromStdString(session.error().describe());
    }
    if (!error.isEmpty()) {
        // Loki refuses these with a 400 before the upgrade; after it, the close says why.
        socket->close(QWebSocketProtocol::CloseCodeBadOperation, error.left(120));
        return;
    }
    ++m_tails;
    connect(socket, &QObject::destroyed, this, [this] { --m_tails; });
    QPointer<QWebSocket> guarded(socket);
    auto send = [this, guarded](std::string frame) {
        QMetaObject::invokeMethod(this, [guarded, frame = std::move(frame)] {
            if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
                guarded->sendTextMessage(QString::fromStdString(frame));
        });
    };
    if (startNs > 0) {
        // The replay from `start`: the lines already stored, oldest first, as one frame.
        logs::ApiRequest replay;
        replay.method = "GET";
        replay.path = "/loki/api/v1/query_range";
        replay.query = {{"query", *query},
                        {"start", std::to_string(startNs)},
                        {"limit", std::to_string(state->limit)},
                        {"direction", "forward"}};
        m_pool.start([this, replay, send] {
            const logs::ApiResponse out = m_api->handle(replay);
            if (out.status != 200)
                return;
            const QJsonObject body = QJsonDocument::fromJson(QByteArray::fromStdString(out.body)).object();
            const QJsonArray result = body.value(u"data").toObject().value(u"result").toArray();
            if (!result.isEmpty())
                send(QJsonDocument(QJsonObject{{QStringLiteral("streams"), result}})
                         .toJson(QJsonDocument::Compact)
                         .toStdString());
        });
    }
    auto *poll = new QTimer(socket);
    poll->setInterval(m_options.tailIntervalMs);
    connect(poll, &QTimer::timeout, this, [this, state, send, guarded] {
        if (state->polling || !guarded)
            return;
        state->polling = true;
        // A client that has not read what it was sent gets no more: the lines read meanwhile are
        // named in the next frame's dropped_entries, as Loki's tail does.
        const bool slow = guarded->bytesToWrite() > m_options.tailBacklogBytes;
        m_pool.start([this, state, send, guarded, slow] {
            auto frame = m_api->pollTail(state->session, state->limit, slow);
            QMetaObject::invokeMethod(this, [state] { state->polling = false; });
            if (!frame) {
                const QString reason = QString::fromStdString(frame.error().describe()).left(120);
                QMetaObject::invokeMethod(this, [guarded, reason] {
                    if (guarded)
                        guarded->close(QWebSocketProtocol::CloseCodeBadOperation, reason);
                });
                return;
            }
            if (!frame->empty())
                send(std::move(*frame));
        });
    });
    poll->start();
    auto *ping = new QTimer(socket);
    ping->setInterval(1000);
    connect(ping, &QTimer::timeout, socket, [socket] { socket->ping(); });
    ping->start();
}

bool parseDuration(QStringView text, std::int64_t *ns)
{
    if (text == u"0") {
        *ns = 0;
        return true;
    }
    return logs::logql::parseDuration(text.toString().toStdString(), ns) && *ns > 0;
}

bool parseSize(QStringView text, std::int64_t *bytes)
{
    static const std::pair<QStringView, std::int64_t> units[] = {{u"GiB", std::int64_t{1} << 30},
                                                                 {u"MiB", std::int64_t{1} << 20},
                                                                 {u"KiB", std::int64_t{1} << 10},
                                                                 {u"GB", 1'000'000'000},
                                                                 {u"MB", 1'000'000},
                                                                 {u"KB", 1'000}};
    std::int64_t unit = 1;
    for (const auto &[suffix, size] : units) {
        if (text.endsWith(suffix)) {
            text.chop(suffix.size());
            unit = size;
            break;
        }
    }
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < 0 || n > std::numeric_limits<std::int64_t>::max() / unit)
        return false;
    *bytes = n * unit;
    return true;
}

} // namespace mb::logstore
