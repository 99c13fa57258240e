// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "CoreText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mb::app {

QString translated(const Message &message)
{
    QString pattern = QCoreApplication::translate(message.context, message.source);
    // Fill %1..%9 in one pass, so a value that itself contains "%2" is never expanded again.
    QString out;
    out.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size() && pattern.at(i + 1) >= u'1' && pattern.at(i + 1) <= u'9') {
            const auto index = static_cast<std::size_t>(pattern.at(i + 1).unicode() - u'1');
            if (index < message.args.size()) {
                const std::string &arg = message.args[index];
                out += QCoreApplication::translate(message.context, arg.c_str());
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString translatedEvent(const QJsonObject &event)
{
    const QJsonObject tr =
        event.value(QStringLiteral("data")).toObject().value(QStringLiteral("tr")).toObject();
    const QByteArray context = tr.value(QStringLiteral("context")).toString().toUtf8();
    const QByteArray source = tr.value(QStringLiteral("source")).toString().toUtf8();
    if (context.isEmpty() || source.isEmpty())
        return event.value(QStringLiteral("message")).toString();
    Message message{context.constData(), source.constData(), {}};
    for (const QJsonValue &arg : tr.value(QStringLiteral("args")).toArray())
        message.args.push_back(arg.isString() ? arg.toString().toStdString()
                                              : QString::number(arg.toDouble()).toStdString());
    return translated(message);
}

QString severityLabel(topology::Severity severity)
{
    switch (severity) {
    case topology::Severity::Error:
        return QCoreApplication::translate("mb::app", "error");
    case topology::Severity::Warning:
        return QCoreApplication::translate("mb::app", "warning");
    case topology::Severity::Info:
        return QCoreApplication::translate("mb::app", "info");
    }
    return {};
}

QString describe(const Error &error)
{
    QString out;
    if (error.line > 0)
        out +=
            QCoreApplication::translate("mb::app", "line %1, column %2: ").arg(error.line).arg(error.column);
    out += translated(error.message);
    if (!error.pointer.empty())
        out += QCoreApplication::translate("mb::app", " (at %1)").arg(fromStd(error.pointer));
    return out;
}

} // namespace mb::app
