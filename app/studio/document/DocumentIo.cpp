// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "DocumentIo.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace mb::studio::DocumentIo {

namespace {
constexpr const char *Ctx = "mb::studio::DocumentIo";
}

LoadResult load(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return LoadResult{path,
                          std::nullopt,
                          {Error{ErrorCode::IoNotFound,
                                 Message{Ctx,
                                         MB_TR_NOOP("mb::studio::DocumentIo", "The file %1 does not exist."),
                                         {path.toStdString()}},
                                 {},
                                 0,
                                 0,
                                 {}}}};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return LoadResult{path,
                          std::nullopt,
                          {Error{ErrorCode::IoRead,
                                 Message{Ctx,
                                         MB_TR_NOOP("mb::studio::DocumentIo", "Cannot read %1: %2."),
                                         {path.toStdString(), file.errorString().toStdString()}},
                                 {},
                                 0,
                                 0,
                                 {}}}};
    }
    if (file.size() > MaxFileSize) {
        return LoadResult{
            path,
            std::nullopt,
            {Error{ErrorCode::IoRead,
                   Message{
                       Ctx,
                       MB_TR_NOOP("mb::studio::DocumentIo",
                                  "%1 is %2 MB; a topology document is at most %3 MB. Is it the right file?"),
                       {path.toStdString(), std::to_string(file.size() / (1024 * 1024)),
                        std::to_string(MaxFileSize / (1024 * 1024))}},
                   {},
                   0,
                   0,
                   {}}}};
    }
    return parse(file.readAll(), path);
}

LoadResult parse(const QByteArray &text, const QString &path)
{
    LoadResult result;
    result.path = path;
    auto parsed =
        topology::parseTopology(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    if (parsed)
        result.topology = std::move(*parsed);
    else
        result.errors = std::move(parsed.error());
    return result;
}

QByteArray serialize(const topology::Topology &topology)
{
    return QByteArray::fromStdString(topology::serializeTopology(topology));
}

SaveResult save(const QString &path, const QByteArray &bytes)
{
    SaveResult result;
    result.path = path;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = QCoreApplication::translate("mb::studio::DocumentIo", "Cannot write %1: %2.")
                           .arg(path, file.errorString());
        return result;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        result.error = QCoreApplication::translate("mb::studio::DocumentIo", "Cannot write %1: %2.")
                           .arg(path, file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace mb::studio::DocumentIo
