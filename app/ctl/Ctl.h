// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QStringList>

class QTextStream;

namespace mb::ctl {

/// Exit codes of madbasectl, documented in `madbasectl --help` and docs/cli.md.
enum ExitCode : int
{
    ExitOk = 0,      ///< success; for validate: the document is valid (warnings allowed)
    ExitInvalid = 1, ///< the document is invalid, or the operation failed
    ExitUsage = 2,   ///< bad command line, or a file could not be read or written
};

/// Runs madbasectl with `arguments` (argv, program name first), writing to stdout/stderr.
int run(const QStringList &arguments);

/// Same, with the output streams given (for tests).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mb::ctl
