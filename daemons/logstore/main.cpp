// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
// madbase-logstore: the System node's embedded log store, serving Loki's HTTP API.
#include "DaemonConfig.h"
#include "LogStoreServer.h"
#include "Logging.h"
#include "SignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

int refuse(const QString &message)
{
    std::fprintf(stderr, "madbase-logstore: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("madbase-logstore"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Serves the embedded log store over Loki's HTTP API."));
    parser.addHelpOption();
    const QCommandLineOption data(QStringLiteral("data"),
                                  QCoreApplication::translate("main", "The store's directory."),
                                  QStringLiteral("dir"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QCoreApplication::translate("main", "Address and port to listen on."),
                                    QStringLiteral("address:port"));
    const QCommandLineOption tokenFile(
        QStringLiteral("token-file"),
        QCoreApplication::translate("main", "File holding the bearer token every request must carry (0600)."),
        QStringLiteral("file"));
    const QCommandLineOption maxAge(
        QStringLiteral("max-age"),
        QCoreApplication::translate("main", "Lines older than this are deleted (7d)."),
        QStringLiteral("duration"), QStringLiteral("7d"));
    const QCommandLineOption maxBytes(
        QStringLiteral("max-bytes"),
        QCoreApplication::translate("main", "The oldest lines go past this many bytes of lines (1GiB)."),
        QStringLiteral("size"), QStringLiteral("1GiB"));
    parser.addOptions({data, listen, tokenFile, maxAge, maxBytes});
    parser.process(app);

    mb::logstore::LogStoreServerOptions options;
    options.dataDir = parser.value(data);
    if (options.dataDir.isEmpty())
        return refuse(QCoreApplication::translate("main", "--data is required."));
    const QString where = parser.value(listen);
    const qsizetype colon = where.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? where.mid(colon + 1).toUInt(&portOk) : 0;
    if (!portOk || port > 65535 || !options.address.setAddress(where.left(colon)))
        return refuse(
            QCoreApplication::translate("main", "--listen must be address:port, not \"%1\".").arg(where));
    options.port = static_cast<quint16>(port);
    auto token = mb::daemon::readTokenFile(parser.value(tokenFile));
    if (!token)
        return refuse(QString::fromStdString(token.error().describe()));
    options.token = *token;
    if (!mb::logstore::parseDuration(parser.value(maxAge), &options.maxAgeNs))
        return refuse(
            QCoreApplication::translate("main", "--max-age must be a duration such as 7d or 12h, not \"%1\".")
                .arg(parser.value(maxAge)));
    if (!mb::logstore::parseSize(parser.value(maxBytes), &options.maxBytes))
        return refuse(QCoreApplication::translate(
                          "main", "--max-bytes must be a size such as 1GiB or 500MiB, not \"%1\".")
                          .arg(parser.value(maxBytes)));

    (void)mb::daemon::installLogHandler(QStringLiteral("log-store"), QStringLiteral("info"), QString(),
                                        *token);
    mb::daemon::SignalWatcher watcher;
    QObject::connect(&watcher, &mb::daemon::SignalWatcher::stopRequested, &app,
                     [] { QCoreApplication::quit(); });
    mb::logstore::LogStoreServer server(options);
    if (auto started = server.start(); !started)
        return refuse(QString::fromStdString(
            started.error().describe() +
            (started.error().detail.empty() ? "" : " (" + started.error().detail + ")")));
    qCInfo(mb::daemon::lcDaemon).noquote() << mb::daemon::logfmt(
        QStringLiteral("log store listening"), {{QStringLiteral("address"), options.address.toString()},
                                                {QStringLiteral("port"), QString::number(server.port())}});
    return app.exec();
}
