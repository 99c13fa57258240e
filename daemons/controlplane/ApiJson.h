// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "plan/Plan.h"
#include "store/Store.h"
#include "topology/Rules.h"

#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>

#include <expected>

class QHttpServerRequest;

namespace mb::controlplane {

/// {"error": {"code": …, "message": …}}
[[nodiscard]] QJsonObject errorJson(QStringView code, const QString &message);
[[nodiscard]] QHttpServerResponse
jsonResponse(const QJsonObject &body,
             QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
/// Answers a parked request (long-poll) with compact JSON.
void respondJson(QHttpServerResponder &responder, const QJsonObject &body,
                 QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok);
/// A request body as a JSON object, or the error body ({"error": …}) that says why not: a
/// duplicate key, a reading limit passed (both with their positions), not JSON, not an object.
/// Never throws, linear in the body (the fuzz target `api_body` holds it to that).
[[nodiscard]] std::expected<QJsonObject, QJsonObject> readBody(QByteArrayView body);
/// The request body as a JSON object, or the 400 response that says why not.
[[nodiscard]] std::expected<QJsonObject, QHttpServerResponse> parseBody(const QHttpServerRequest &request);

[[nodiscard]] QJsonArray diagnosticsJson(const std::vector<topology::Diagnostic> &diagnostics);
/// {"events": […], "last": seq} for events after `after`.
[[nodiscard]] QJsonObject eventsJson(const std::vector<store::Event> &events, qint64 after);
/// The desired config an agent pulls: the topology revision and the node's plan.
[[nodiscard]] QJsonObject agentConfigJson(qint64 version, const QString &node, store::Store &store);
/// The plan as the API answers it: id, hash, revision, user-level changes, summary, cost,
/// the English text and the raw actions.
[[nodiscard]] QJsonObject planJson(const plan::Plan &plan, qint64 planId, qint64 revision);

} // namespace mb::controlplane
