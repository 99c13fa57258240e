// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "DaemonConfig.h"

#include "json/JsonReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <sys/stat.h>

namespace mb::daemon {

namespace {

constexpr const char *Ctx = "mb::daemon";

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

QString absolutePath(json::ObjectReader &r, std::string_view key, json::ErrorList &errors)
{
    const auto value = r.string(key, true);
    if (!value)
        return {};
    const QString path = fromStd(*value);
    if (!QDir::isAbsolutePath(path)) {
        errors.addValueError(r.pointerOf(key),
                             Message{Ctx,
                                     MB_TR_NOOP("mb::daemon", "\"%1\" must be an absolute path, not \"%2\"."),
                                     {std::string(key), *value}});
        return {};
    }
    return QDir::cleanPath(path);
}

bool validName(const std::string &name)
{
    if (name.empty() || name.size() > 63)
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    });
}

void readName(json::ObjectReader &r, std::string_view key, QString &out, json::ErrorList &errors)
{
    const auto value = r.string(key, true);
    if (!value)
        return;
    if (!validName(*value)) {
        errors.addValueError(
            r.pointerOf(key),
            Message{Ctx,
                    MB_TR_NOOP("mb::daemon", "\"%1\" must be 1 to 63 characters of a-z, 0-9, \"-\", "
                                             "\"_\" or \".\", not \"%2\"."),
                    {std::string(key), *value}});
        return;
    }
    out = fromStd(*value);
}

void readListen(const nlohmann::json &value, DaemonConfig &config, json::ErrorList &errors)
{
    json::ObjectReader r(value, "/listen", errors);
    if (const auto address = r.string("address", true)) {
        const QHostAddress parsed(fromStd(*address));
        if (parsed.isNull())
            errors.addValueError(
                r.pointerOf("address"),
                Message{Ctx,
                        MB_TR_NOOP("mb::daemon", "\"%1\" is not an IP address (for example 127.0.0.1)."),
                        {*address}});
        else
            config.listenAddress = parsed;
    }
    if (const auto port = r.integer("port", true)) {
        if (*port < 0 || *port > 65535)
            errors.addValueError(r.pointerOf("port"),
                                 Message{Ctx,
                                         MB_TR_NOOP("mb::daemon", "Port %1 is out of range (0 to 65535)."),
                                         {std::to_string(*port)}});
        else
            config.listenPort = static_cast<quint16>(*port);
    }
    r.finish();
}

void readControlPlane(const nlohmann::json &value, DaemonConfig &config, json::ErrorList &errors)
{
    json::ObjectReader r(value, "/controlPlane", errors);
    if (const auto url = r.string("url", true)) {
        const QUrl parsed(fromStd(*url), QUrl::StrictMode);
        const QString scheme = parsed.scheme();
        if (!parsed.isValid() || parsed.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            errors.addValueError(
                r.pointerOf("url"),
                Message{Ctx,
                        MB_TR_NOOP("mb::daemon",
                                   "\"%1\" is not an http(s) URL (for example http://127.0.0.1:24100)."),
                        {*url}});
        else
            config.controlPlaneUrl = parsed;
    }
    r.finish();
}

void readLog(const nlohmann::json &value, DaemonConfig &config, json::ErrorList &errors)
{
    json::ObjectReader r(value, "/log", errors);
    if (const auto level = r.string("level", false)) {
        if (*level == "debug" || *level == "info" || *level == "warning")
            config.logLevel = fromStd(*level);
        else
            errors.addValueError(
                r.pointerOf("level"),
                Message{Ctx,
                        MB_TR_NOOP("mb::daemon",
                                   "Log level \"%1\" is unknown; use \"debug\", \"info\" or \"warning\"."),
                        {*level}});
    }
    if (const auto file = r.string("file", false))
        config.logFile = fromStd(*file); // made absolute against dataDir once that is known
    r.finish();
}

} // namespace

std::expected<DaemonConfig, ConfigErrors> parseDaemonConfig(std::string_view text)
{
    auto document = json::parseText(text);
    if (!document)
        return std::unexpected(ConfigErrors{document.error()});
    DaemonConfig config;
    json::ErrorList errors;
    json::ObjectReader r(*document, {}, errors);
    if (!r.isObject())
        return std::unexpected(errors.take());

    if (const auto version = r.integer("version", true); version && *version != 1)
        errors.addValueError(
            "/version",
            Message{Ctx,
                    MB_TR_NOOP("mb::daemon", "Config version %1 is not supported; this daemon reads 1."),
                    {std::to_string(*version)}});
    readName(r, "cluster", config.cluster, errors);
    readName(r, "node", config.node, errors);
    if (const auto pillar = r.string("pillar", true)) {
        if (const auto p = topology::pillarFromName(*pillar))
            config.pillar = *p;
        else
            errors.addValueError(
                "/pillar",
                Message{Ctx,
                        MB_TR_NOOP("mb::daemon", "\"%1\" is not a pillar; use system, proxy, worker or "
                                                 "state."),
                        {*pillar}});
    }
    config.plan = fromStd(r.string("plan", true).value_or(""));
    if (const nlohmann::json *listen = r.member("listen", true))
        readListen(*listen, config, errors);
    config.tokenFile = absolutePath(r, "tokenFile", errors);
    if (const nlohmann::json *controlPlane = r.member("controlPlane", false))
        readControlPlane(*controlPlane, config, errors);
    config.dataDir = absolutePath(r, "dataDir", errors);
    if (const auto seconds = r.integer("heartbeatSeconds", false)) {
        if (*seconds < 1 || *seconds > 3600)
            errors.addValueError(
                "/heartbeatSeconds",
                Message{
                    Ctx, MB_TR_NOOP("mb::daemon", "\"heartbeatSeconds\" must be between 1 and 3600."), {}});
        else
            config.heartbeatSeconds = static_cast<int>(*seconds);
    }
    if (const nlohmann::json *log = r.member("log", false))
        readLog(*log, config, errors);
    if (const nlohmann::json *components = r.member("components", false))
        config.components = readComponents(*components, "/components", errors);
    if (const nlohmann::json *extensions = r.member("extensions", false)) {
        if (!extensions->is_object()) {
            json::ObjectReader typeCheck(*extensions, "/extensions", errors); // records the type error
        } else {
            const std::string dumped = extensions->dump();
            config.extensions = QJsonDocument::fromJson(QByteArray::fromStdString(dumped)).object();
        }
    }
    r.finish();

    if (!errors.empty()) {
        errors.locate(text);
        return std::unexpected(errors.take());
    }
    if (!config.logFile.isEmpty() && !QDir::isAbsolutePath(config.logFile))
        config.logFile = QDir(config.dataDir).filePath(config.logFile);
    return config;
}

std::expected<DaemonConfig, ConfigErrors> loadDaemonConfig(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return std::unexpected(ConfigErrors{Error{
            ErrorCode::IoNotFound,
            Message{
                Ctx, MB_TR_NOOP("mb::daemon", "The config file %1 does not exist."), {path.toStdString()}},
            {},
            0,
            0,
            {}}});
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            ConfigErrors{Error{ErrorCode::IoRead,
                               Message{Ctx,
                                       MB_TR_NOOP("mb::daemon", "The config file %1 cannot be read: %2."),
                                       {path.toStdString(), file.errorString().toStdString()}},
                               {},
                               0,
                               0,
                               {}}});
    const QByteArray text = file.readAll();
    auto config =
        parseDaemonConfig(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    if (config)
        config->path = QFileInfo(path).absoluteFilePath();
    return config;
}

Result<QByteArray> readTokenFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat info
    {};
    if (::stat(native.constData(), &info) != 0)
        return fail(ErrorCode::IoNotFound,
                    Message{Ctx,
                            MB_TR_NOOP("mb::daemon", "The token file %1 does not exist."),
                            {path.toStdString()}});
    if ((info.st_mode & 0077) != 0) {
        char mode[8];
        std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(info.st_mode & 07777));
        return fail(
            ErrorCode::IoRead,
            Message{Ctx,
                    MB_TR_NOOP("mb::daemon", "The token file %1 has mode %2, so other users can read it; "
                                             "it must be 0600 (run: chmod 600 %1)."),
                    {path.toStdString(), mode}});
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::IoRead,
                    Message{Ctx,
                            MB_TR_NOOP("mb::daemon", "The token file %1 cannot be read: %2."),
                            {path.toStdString(), file.errorString().toStdString()}});
    const QByteArray token = file.read(4096).trimmed();
    if (token.size() < 16)
        return fail(ErrorCode::IoRead,
                    Message{Ctx,
                            MB_TR_NOOP("mb::daemon", "The token file %1 must hold a token of at least 16 "
                                                     "characters."),
                            {path.toStdString()}});
    return token;
}

QString describeConfigError(const QString &file, const Error &error)
{
    QString out = file;
    if (error.line > 0)
        out += u':' + QString::number(error.line) + u':' + QString::number(error.column);
    out += QLatin1String(": ") + QString::fromStdString(error.message.text());
    if (!error.pointer.empty())
        out += QLatin1String(" (at ") + QString::fromStdString(error.pointer) + u')';
    return out;
}

} // namespace mb::daemon
