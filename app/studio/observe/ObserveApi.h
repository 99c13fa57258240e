// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "common/ControlPlaneClient.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QPointer>
#include <QStringList>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace mb::studio {

/// Where the metrics and logs views find the control plane: the connected cluster's client, or
/// null while none is connected. Asked at every request, so a reconnect needs no rewiring.
using ClientSource = std::function<app::ControlPlaneClient *()>;

/// The status fetchDecoded() hands `decode` when no cluster is connected.
constexpr int NotConnectedStatus = -1;

/// Why an answer of the metrics or logs API carries no data, for a person.
struct ApiFailure
{
    enum class Kind
    {
        None,
        NotConnected, ///< no cluster connected
        StoreDown, ///< no answer, or 503: the store (VictoriaMetrics, the log store) or the control plane is
                   ///< down
        BadQuery,  ///< 400/422: the server's reason is about the query
        Other,
    };
    Kind kind = Kind::None;
    QString message;
    [[nodiscard]] bool failed() const { return kind != Kind::None; }
};

/// Reads the failure in an answer, whatever shape its server gave it: the control plane's
/// `{"error":{"message":…}}`, Prometheus' `{"status":"error","error":…}`, or Loki's plain text.
/// Kind::None for a 2xx answer whose body is not a Prometheus-style error.
[[nodiscard]] ApiFailure readFailure(const app::RawReply &reply);

/// `{"status":"success","data":[…strings…]}` (labels, label values) decoded; empty on any failure.
[[nodiscard]] QStringList decodeStringList(const QByteArray &body);

/// GETs `path` and decodes its answer with `decode` on the thread pool, then calls `done` with the
/// result on `context`'s thread (not at all when `context` is gone). Without a client, `decode`
/// gets a reply of status 0 saying so.
template <typename T>
void fetchDecoded(app::ControlPlaneClient *client, const QString &path, const QUrlQuery &query,
                  QObject *context, std::function<T(const app::RawReply &)> decode,
                  std::function<void(T)> done)
{
    const auto decodeAndDeliver = [context, decode = std::move(decode),
                                   done = std::move(done)](const app::RawReply &reply) {
        auto *watcher = new QFutureWatcher<T>(context);
        QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done] {
            watcher->deleteLater();
            done(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run([decode, reply] { return decode(reply); }));
    };
    if (!client) {
        app::RawReply none;
        none.status = NotConnectedStatus;
        none.networkError = QCoreApplication::translate("mb::studio", "Not connected to a cluster.");
        decodeAndDeliver(none);
        return;
    }
    client->getRaw(path, query, context, decodeAndDeliver);
}

} // namespace mb::studio
