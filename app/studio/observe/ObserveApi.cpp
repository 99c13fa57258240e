// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ObserveApi.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace mb::studio {

ApiFailure readFailure(const app::RawReply &reply)
{
    ApiFailure failure;
    if (reply.status <= 0) {
        failure.kind =
            reply.status == NotConnectedStatus ? ApiFailure::Kind::NotConnected : ApiFailure::Kind::StoreDown;
        failure.message = reply.networkError;
        return failure;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
    QString message;
    if (doc.isObject()) {
        const QJsonObject body = doc.object();
        const QJsonValue error = body.value(QStringLiteral("error"));
        if (error.isObject())
            message = error.toObject().value(QStringLiteral("message")).toString();
        else if (error.isString())
            message = error.toString();
        if (reply.status >= 200 && reply.status < 300 &&
            body.value(QStringLiteral("status")).toString() != u"error")
            return failure;
    } else if (reply.status >= 200 && reply.status < 300) {
        return failure;
    } else {
        message = QString::fromUtf8(reply.body.left(2000)).trimmed();
    }
    if (message.isEmpty())
        message = QCoreApplication::translate("mb::studio", "The control plane answered HTTP %1.")
                      .arg(reply.status);
    failure.message = message;
    if (reply.status == 503 || reply.status == 502 || reply.status == 504)
        failure.kind = ApiFailure::Kind::StoreDown;
    else if (reply.status == 400 || reply.status == 422)
        failure.kind = ApiFailure::Kind::BadQuery;
    else
        failure.kind = ApiFailure::Kind::Other;
    return failure;
}

QStringList decodeStringList(const QByteArray &body)
{
    QStringList out;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return out;
    for (const QJsonValue &value : doc.object().value(QStringLiteral("data")).toArray())
        if (value.isString())
            out.append(value.toString());
    return out;
}

} // namespace mb::studio
