// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"
#include "base/Message.h"
#include "topology/Rules.h"

#include <QJsonObject>
#include <QString>

namespace mb::app {

/// A core message in the user's language: the template is translated in its context, then
/// each argument is put in (arguments marked with MB_TR_NOOP are translated too).
[[nodiscard]] QString translated(const Message &message);

/// "error", "warning", "info" in the user's language.
[[nodiscard]] QString severityLabel(topology::Severity severity);

/// An Error for a person: "line 3, column 7: <message> (at /pointer)".
[[nodiscard]] QString describe(const Error &error);

/// An event of the control plane in the user's language: its `data.tr` template (context,
/// source, args) translated, else its English `message`.
[[nodiscard]] QString translatedEvent(const QJsonObject &event);

[[nodiscard]] inline QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace mb::app
