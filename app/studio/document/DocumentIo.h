// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"
#include "topology/Topology.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace mb::studio {

/// What reading a topology file gave: the document, or every error found in it.
struct LoadResult
{
    QString path;
    std::optional<topology::Topology> topology;
    /// Parser errors (with line, column and pointer) or the one I/O error.
    std::vector<Error> errors;
};

/// Whether a save worked, and if not, why (in the user's language).
struct SaveResult
{
    QString path;
    bool ok = false;
    QString error;
};

/**
 * Reading and writing topology files. The functions block on the disk: call them through
 * QtConcurrent::run, never on the GUI thread (FileController does). Thread-safe.
 */
namespace DocumentIo {

/// Largest file Studio opens; anything bigger is not a topology someone wrote.
inline constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

/// Reads and parses `path` (a file or a Qt resource such as ":/examples/starter.json").
[[nodiscard]] LoadResult load(const QString &path);
/// Parses a document already in memory; `path` only labels the result.
[[nodiscard]] LoadResult parse(const QByteArray &text, const QString &path);
/// The canonical bytes of a topology (core's serializeTopology).
[[nodiscard]] QByteArray serialize(const topology::Topology &topology);
/// Writes `bytes` to `path` atomically (QSaveFile): the old file survives a failed write.
[[nodiscard]] SaveResult save(const QString &path, const QByteArray &bytes);

} // namespace DocumentIo

} // namespace mb::studio
