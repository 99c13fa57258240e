// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "RunDaemon.h"

#include "base/PidLock.h"
#include "providers/local/SpawnServer.h"

#include "DaemonRuntime.h"
#include "LogShipping.h"
#include "Logging.h"
#include "SdNotify.h"
#include "SignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <vector>

namespace mb::daemon {

namespace {

void printLine(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
}

// Whether anything this daemon talks to needs TLS. The System node may reach cloud APIs from
// the control plane it hosts, so it always keeps TLS.
bool usesTls(const DaemonConfig &config)
{
    if (config.pillar == topology::Pillar::System ||
        config.controlPlaneUrl.scheme() == QLatin1String("https"))
        return true;
    return std::any_of(config.components.begin(), config.components.end(), [](const ComponentSpec &c) {
        return c.healthCheck.url.startsWith(QLatin1String("https:"));
    });
}

QString tr(const char *text)
{
    return QCoreApplication::translate("mb::daemon", text);
}

} // namespace

int runDaemon(int argc, char **argv, topology::Pillar pillar, std::function<bool(DaemonRuntime &)> customize)
{
    // The local provider's spawn server (providers/local/SpawnServer.h): it forks a process per
    // node, which goes on below exactly like a daemon started with `--config FILE`.
    if (argc == 3 && std::strcmp(argv[1], providers::local::SpawnServerFlag) == 0) {
        int exitCode = 0;
        auto childArgs =
            providers::local::serveSpawnRequests(providers::local::SpawnServerFd, argc, argv, &exitCode);
        if (!childArgs)
            return exitCode;
        static std::vector<char *> arguments; // QCoreApplication keeps argv for the process's life
        arguments = std::move(*childArgs);
        argc = static_cast<int>(arguments.size()) - 1;
        argv = arguments.data();
    }
    // A daemon has no use for the GLib event loop integration; Qt's own UNIX dispatcher touches
    // fewer pages (about 0.3 MB less resident memory). An explicit setting still wins.
    const bool setNoGlib = !qEnvironmentVariableIsSet("QT_NO_GLIB");
    if (setNoGlib)
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    if (setNoGlib)
        qunsetenv("QT_NO_GLIB"); // chosen now; the components must not inherit it
    const QString pillarName = QString::fromUtf8(topology::pillarName(pillar));
    QCoreApplication::setApplicationName(QStringLiteral("madbase-") + pillarName);
    QCoreApplication::setApplicationVersion(QStringLiteral(MB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("MadBase %1 node daemon: health, metrics, heartbeats and the "
                                        "node's components.")
                                         .arg(pillarName));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(QStringLiteral("config"), tr("Read the daemon config from <file>."),
                                          tr("file"));
    const QCommandLineOption checkOption(
        QStringLiteral("check-config"),
        tr("Validate the config and the token file, then exit (0 valid, 1 not)."));
    parser.addOption(configOption);
    parser.addOption(checkOption);
    parser.process(app);

    if (!parser.isSet(configOption)) {
        printLine(stderr,
                  tr("%1: --config FILE is required (see --help).").arg(QCoreApplication::applicationName()));
        return 2;
    }
    const QString configPath = parser.value(configOption);
    auto config = loadDaemonConfig(configPath);
    if (!config) {
        for (const Error &error : config.error())
            printLine(stderr, describeConfigError(configPath, error));
        return 1;
    }
    if (config->pillar != pillar) {
        printLine(stderr,
                  tr("%1: this config is for the %2 pillar; this daemon runs %3 nodes.")
                      .arg(configPath, QString::fromUtf8(topology::pillarName(config->pillar)), pillarName));
        return 1;
    }
    auto token = readTokenFile(config->tokenFile);
    if (!token) {
        printLine(stderr,
                  configPath + QLatin1String(": ") + QString::fromStdString(token.error().message.text()));
        return 1;
    }
    if (parser.isSet(checkOption)) {
        printLine(stdout, tr("%1: valid (%2 node %3)").arg(configPath, pillarName, config->node));
        return 0;
    }

    if (!QDir().mkpath(config->dataDir)) {
        printLine(stderr, tr("Cannot create the data directory %1.").arg(config->dataDir));
        return 1;
    }
    // One daemon per node: the lock lives as long as this process.
    auto pidLock = PidLock::acquire(QString(config->dataDir + QStringLiteral("/daemon.pid")).toStdString());
    if (!pidLock) {
        printLine(stderr,
                  configPath + QLatin1String(": ") + QString::fromStdString(pidLock.error().message.text()));
        return 1;
    }
    const bool tls = usesTls(*config);
    if (!tls) {
        // A plain-HTTP node never loads the TLS plugins, and so not OpenSSL either: about 4 MB
        // less resident memory per daemon. (QHttpServer's constructor would load them.)
        QCoreApplication::setLibraryPaths({});
    }
    QStringList rules;
    if (config->logLevel == QLatin1String("debug"))
        rules << QStringLiteral("madbase.*.debug=true");
    if (!tls)
        rules << QStringLiteral("qt.network.ssl.warning=false");
    QLoggingCategory::setFilterRules(rules.join(u'\n'));
    if (const auto installed = installLogHandler(config->node, config->logLevel, config->logFile, *token);
        !installed)
        qCWarning(lcDaemon).noquote()
            << logfmt(QStringLiteral("cannot open the log file; logging to stderr only"),
                      {{QStringLiteral("file"), config->logFile},
                       {QStringLiteral("error"), QString::fromStdString(installed.error().message.text())}});

    int exitCode = 0;
    {
        SignalWatcher signalWatcher;
        const QByteArray shippingToken = *token;
        DaemonRuntime runtime(std::move(*config), std::move(*token));
        QObject::connect(&signalWatcher, &SignalWatcher::stopRequested, &runtime, [&runtime](int number) {
            qCInfo(lcDaemon).noquote() << logfmt(QStringLiteral("signal received; stopping"),
                                                 {{QStringLiteral("signal"), QString::number(number)}});
            runtime.stop(0);
        });
        // SIGHUP (systemctl reload): the config file's components again, or its error reported.
        QObject::connect(&signalWatcher, &SignalWatcher::reloadRequested, &runtime,
                         [&runtime] { runtime.reloadConfigFile(); });
        QObject::connect(&runtime, &DaemonRuntime::stopped, &app,
                         [](int code) { QCoreApplication::exit(code); });

        if (customize && !customize(runtime)) {
            qCCritical(lcDaemon).noquote() << logfmt(QStringLiteral("the pillar's setup failed; exiting"));
            removeLogHandler();
            return 1;
        }
        startLogShipping(runtime, shippingToken);
        if (const auto started = runtime.start(); !started) {
            qCCritical(lcDaemon).noquote() << logfmt(
                QStringLiteral("cannot start"),
                {{QStringLiteral("error"), QString::fromStdString(started.error().message.text())}});
            removeLogHandler();
            return 1;
        }
        qCInfo(lcDaemon).noquote() << logfmt(QStringLiteral("ready"),
                                             {{QStringLiteral("pillar"), pillarName},
                                              {QStringLiteral("version"), QStringLiteral(MB_VERSION)}});
        sdNotify("READY=1");
        const Watchdog watchdog;
        exitCode = QCoreApplication::exec();
    }
    removeLogHandler();
    return exitCode;
}

} // namespace mb::daemon
