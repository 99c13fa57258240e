// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "plan/Plan.h"
#include "providers/Provider.h"
#include "store/Store.h"
#include "topology/Rules.h"
#include "topology/Topology.h"

#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>

#include <expected>
#include <optional>
#include <utility>

class QHttpServer;
class QHttpServerRequest;

Q_DECLARE_LOGGING_CATEGORY(lcControlPlane)

namespace mb::controlplane {

/// {"error": {"code": …, "message": …}}
[[nodiscard]] QJsonObject errorJson(QStringView code, const QString &message);
[[nodiscard]] QHttpServerResponse
jsonResponse(const QJsonObject &body,
             QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
/**
 * A request answered later (after a provider read, or a long-poll's news): its responder and a
 * guard on the connection's socket, which QHttpServer 6.4 deletes under the responder when the
 * client leaves first. A reply to a client that left is dropped. Main thread only.
 */
class PendingReply final
{
public:
    explicit PendingReply(QHttpServerResponder &&responder)
        : m_socket(responder.socket())
        , m_responder(std::move(responder))
    {}

    /// Whether the client still waits (and nothing was sent yet).
    [[nodiscard]] bool waiting() const
    {
        return !m_sent && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
    }
    /// Sends `response` as a route that returns it would (same bytes), once.
    void send(const QHttpServerResponse &response);
    /// Sends compact JSON, as respondJson() does, once.
    void sendJson(const QJsonObject &body,
                  QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok);
    /// Sends a status without a body (204), once.
    void sendStatus(QHttpServerResponder::StatusCode status);

private:
    QPointer<QTcpSocket> m_socket;
    QHttpServerResponder m_responder;
    bool m_sent = false;
};

/// Answers a parked request (long-poll) with compact JSON.
void respondJson(QHttpServerResponder &responder, const QJsonObject &body,
                 QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok);
/// A request body as a JSON object, or the error body ({"error": …}) that says why not: a
/// duplicate key, a reading limit passed (both with their positions), not JSON, not an object.
/// Never throws, linear in the body (the fuzz target `api_body` holds it to that).
[[nodiscard]] std::expected<QJsonObject, QJsonObject> readBody(QByteArrayView body);
/// The request body as a JSON object, or the 400 response that says why not.
[[nodiscard]] std::expected<QJsonObject, QHttpServerResponse> parseBody(const QHttpServerRequest &request);

/// Answers 405 with `Allow` to any other method on each of `paths` (path, allowed methods). Rules
/// are tried in order: register these after the routes of those paths.
void routeWrongMethods(QHttpServer &http, std::initializer_list<std::pair<const char *, const char *>> paths);
[[nodiscard]] QHttpServerResponse wrongMethodResponse(const QByteArray &allow);

/// The latest stored topology and its revision, or nothing when there is none (or it does not
/// parse).
[[nodiscard]] std::optional<topology::Topology> latestTopology(store::Store &store, qint64 *revision);
[[nodiscard]] qint64 latestTopologyVersion(store::Store &store);
/// What differs between the latest topology revision and `observed`, the nodes that exist
/// (System node included): {"count", "revision", "changes", "summary", "text"}, or {"error"}
/// when it cannot be computed. Nothing is stored.
[[nodiscard]] QJsonObject pendingJson(store::Store &store,
                                      const Result<std::vector<providers::NodeInfo>> &observed);

[[nodiscard]] QJsonArray diagnosticsJson(const std::vector<topology::Diagnostic> &diagnostics);
/// {"events": […], "last": seq} for events after `after`.
[[nodiscard]] QJsonObject eventsJson(const std::vector<store::Event> &events, qint64 after);
/// The desired config an agent pulls: the topology revision and the node's plan.
[[nodiscard]] QJsonObject agentConfigJson(qint64 version, const QString &node, store::Store &store);
/// The plan as the API answers it: id, hash, revision, user-level changes, summary, cost,
/// the English text and the raw actions.
[[nodiscard]] QJsonObject planJson(const plan::Plan &plan, qint64 planId, qint64 revision);

} // namespace mb::controlplane
