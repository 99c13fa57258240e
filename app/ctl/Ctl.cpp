// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Ctl.h"

#include "CheckCommand.h"
#include "ClusterCommands.h"
#include "CtlOutput.h"
#include "LogsCommand.h"
#include "MetricsCommand.h"
#include "ProviderCommands.h"
#include "TopologyCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace mb::ctl {

namespace {

struct Command
{
    const char *name;
    const char *summary; // marked for translation in the table below
    const char *arguments;
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(QCommandLineParser &, Context &)> run;
};

void addClusterOptions(QCommandLineParser &p, bool changes)
{
    p.addOption(QCommandLineOption(QStringList{QStringLiteral("cluster"), QStringLiteral("c")},
                                   Ctl::tr("The cluster to work on (default: the only one)."),
                                   QStringLiteral("NAME")));
    p.addOption(QCommandLineOption(
        QStringList{QStringLiteral("root")},
        Ctl::tr("Where clusters are kept (default: $MADBASE_ROOT, else /var/lib/madbase/clusters for root "
                "and ~/.local/share/madbase/clusters for others)."),
        QStringLiteral("DIR")));
    if (changes) {
        p.addOption(QCommandLineOption(QStringList{QStringLiteral("yes"), QStringLiteral("y")},
                                       Ctl::tr("Do not ask before changing the cluster.")));
        p.addOption(QCommandLineOption(QStringList{QStringLiteral("no-wait")},
                                       Ctl::tr("Return when the apply ends, without waiting for the nodes' "
                                               "components to run.")));
    }
}

ClusterOptions clusterOptions(const QCommandLineParser &p)
{
    return ClusterOptions{p.value(QStringLiteral("root")), p.value(QStringLiteral("cluster")),
                          p.optionNames().contains(QStringLiteral("yes")) ||
                              p.optionNames().contains(QStringLiteral("y")),
                          p.optionNames().contains(QStringLiteral("no-wait"))};
}

QCommandLineOption formatOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("format")},
                              Ctl::tr("Output format: text (default) or json."), QStringLiteral("text|json"),
                              QStringLiteral("text"));
}

const QList<Command> &commands()
{
    static const QList<Command> list{
        {"validate",
         QT_TRANSLATE_NOOP("mb::ctl::Ctl", "Check topology documents against the kernel's rules."), "FILE...",
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("FILE"), Ctl::tr("Topology documents (JSON) to check."),
                                     QStringLiteral("FILE..."));
         },
         [](QCommandLineParser &p, Context &ctx) { return validateCommand(p.positionalArguments(), ctx); }},
        {"cost",
         QT_TRANSLATE_NOOP("mb::ctl::Ctl", "Show what a topology costs per pillar, per month and per hour."),
         "FILE",
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("FILE"), Ctl::tr("Topology document (JSON) to price."));
         },
         [](QCommandLineParser &p, Context &ctx) {
             return costCommand(p.positionalArguments().value(0), ctx);
         }},
        {"plans", QT_TRANSLATE_NOOP("mb::ctl::Ctl", "List the server plans, their sizes and prices."), "",
         [](QCommandLineParser &p) {
             p.addOption(
                 QCommandLineOption(QStringList{QStringLiteral("location"), QStringLiteral("l")},
                                    Ctl::tr("Show only plans offered in this location, with its prices."),
                                    QStringLiteral("LOCATION")));
         },
         [](QCommandLineParser &p, Context &ctx) {
             return plansCommand(p.value(QStringLiteral("location")), ctx);
         }},
        {"up",
         QT_TRANSLATE_NOOP("mb::ctl::Ctl", "Bootstrap a cluster from a topology document and apply it."),
         "FILE",
         [](QCommandLineParser &p) {
             addClusterOptions(p, true);
             p.addPositionalArgument(QStringLiteral("FILE"),
                                     Ctl::tr("Topology document (JSON) of the cluster."));
         },
         [](QCommandLineParser &p, Context &ctx) {
             return upCommand(p.positionalArguments().value(0), clusterOptions(p), ctx);
         }},
        {"plan", QT_TRANSLATE_NOOP("mb::ctl::Ctl", "Show what applying the topology would change."), "[FILE]",
         [](QCommandLineParser &p) {
             addClusterOptions(p, true);
             p.addPositionalArgument(QStringLiteral("FILE"),
                                     Ctl::tr("New topology document (default: the current one)."),
                                     QStringLiteral("[FILE]"));
         },
         [](QCommandLineParser &p, Context &ctx) {
             return planCommand(p.positionalArguments().value(0), clusterOptions(p), ctx);
         }},
        {"apply",
         QT_TRANSLATE_NOOP("mb::ctl::Ctl",
                           "Make the cluster match the topology (and resume an interrupted apply)."),
         "[FILE]",
         [](QCommandLineParser &p) {
             addClusterOptions(p, true);
             p.addPositionalArgument(QStringLiteral("FILE"),
                                     Ctl::tr("New topology document (default: the current one)."),
                                     QStringLiteral("[FILE]"));
         },
         [](QCommandLineParser &p, Context &ctx) {
             return applyCommand(p.positionalArguments().value(0), clusterOptions(p), ctx);
         }},
        {"scale", QT_TRANSLATE_NOOP("mb::ctl::Ctl", "Change a pillar's node count (state: 1, 3 or 5)."),
         "PILLAR COUNT",
         [](QCommandLineParser &p) {
             addClusterOptions(p, true);
             p.addPositionalArgument(QStringLiteral("PILLAR"), Ctl::tr("proxy, worker or state."));
             p.addPositionalArgument(QStringLiteral("COUNT"), Ctl::tr("The new node count."));
         },
         [](QCommandLineParser &p, Context &ctx) {
             return scaleCommand(p.positionalArguments().value(0), p.positionalArguments().value(1),
                                 clusterOptions(p), ctx);
         }},
        {"resize", QT_TRANSLATE_NOOP("mb::ctl::Ctl", "Move a node or a whole pillar to another server plan."),
         "NODE|PILLAR PLAN",
         [](QCommandLineParser &p) {
             addClusterOptions(p, true);
             p.addPositionalArgument(QStringLiteral("TARGET"),
                                     Ctl::tr("A node name, or a pillar (system, proxy, worker, state)."));
             p.addPositionalArgument(QStringLiteral("PLAN"),
                                     Ctl::tr("The new plan (see \"madbasectl plans\")."));
         },
         [](QCommandLineParser &p, Context &ctx) {
             return resizeCommand(p.positionalArguments().value(0), p.positionalArguments().value(1),
                                  clusterOptions(p), ctx);
         }},
        {"providers",
         QT_TRANSLATE_NOOP(
             "mb::ctl::Ctl",
             "\"providers test\": check the Hetzner Cloud token ($HCLOUD_TOKEN or --token-file) "
             "and list the project's servers."),
         "test",
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("test"), Ctl::tr("What to do (test)."));
             p.addOption({QStringLiteral("endpoint"), Ctl::tr("The API's base URL (default: Hetzner's)."),
                          QStringLiteral("URL")});
             p.addOption({QStringLiteral("token-file"), Ctl::tr("A file (mode 0600) holding the API token."),
                          QStringLiteral("FILE")});
         },
         [](QCommandLineParser &p, Context &ctx) {
             if (p.positionalArguments().value(0) != u"test") {
                 ctx.err << QStringLiteral("madbasectl: ") << Ctl::tr("usage: madbasectl providers test")
                         << '\n';
                 return int(ExitUsage);
             }
             return providersTestCommand(p.value(QStringLiteral("endpoint")),
                                         p.value(QStringLiteral("token-file")), ctx);
         }},
        {"status",
         QT_TRANSLATE_NOOP("mb::ctl::Ctl", "Show the cluster's nodes, their health, plan and uptime."), "",
         [](QCommandLineParser &p) { addClusterOptions(p, false); },
         [](QCommandLineParser &p, Context &ctx) { return statusCommand(clusterOptions(p), ctx); }},
        {"check",
         QT_TRANSLATE_NOOP("mb::ctl::Ctl",
                           "Send one request through the gateway to the hello function and show "
                           "every hop it passed (gateway, worker, HAProxy, PostgreSQL, Redis)."),
         "", [](QCommandLineParser &p) { addClusterOptions(p, false); },
         [](QCommandLineParser &p, Context &ctx) { return checkCommand(clusterOptions(p), ctx); }},
        {"metrics",
         QT_TRANSLATE_NOOP("mb::ctl::Ctl",
                           "Query the cluster's metrics (PromQL, at this instant or over --range), e.g. "
                           "madbasectl metrics up."),
         "QUERY",
         [](QCommandLineParser &p) {
             addClusterOptions(p, false);
             p.addPositionalArgument(QStringLiteral("QUERY"),
                                     Ctl::tr("A PromQL query, e.g. 'up' or "
                                             "'rate(madbase_component_restarts_total[5m])'."));
             p.addOption(QCommandLineOption(QStringList{QStringLiteral("range")},
                                            Ctl::tr("A range query over this past span (30m, 1h, 7d)."),
                                            QStringLiteral("SPAN")));
             p.addOption(QCommandLineOption(QStringList{QStringLiteral("step")},
                                            Ctl::tr("The range query's step (default 15s)."),
                                            QStringLiteral("STEP"), QStringLiteral("15s")));
         },
         [](QCommandLineParser &p, Context &ctx) {
             if (p.positionalArguments().size() != 1) {
                 ctx.err << QStringLiteral("madbasectl: ") << Ctl::tr("usage: madbasectl metrics QUERY")
                         << '\n';
                 return int(ExitUsage);
             }
             if (p.isSet(QStringLiteral("range")))
                 return metricsRangeCommand(p.positionalArguments().constFirst(),
                                            p.value(QStringLiteral("range")), p.value(QStringLiteral("step")),
                                            clusterOptions(p), ctx);
             return metricsCommand(p.positionalArguments().constFirst(), clusterOptions(p), ctx);
         }},
        {"logs",
         QT_TRANSLATE_NOOP(
             "mb::ctl::Ctl",
             "Query the cluster's logs (LogQL), e.g. madbasectl logs '{pillar=\"worker\"}' --since 5m."),
         "QUERY",
         [](QCommandLineParser &p) {
             addClusterOptions(p, false);
             p.addPositionalArgument(
                 QStringLiteral("QUERY"),
                 Ctl::tr("A LogQL query, e.g. '{node=\"starter-worker-1\"} |= \"error\"'."));
             p.addOption(QCommandLineOption(QStringList{QStringLiteral("since")},
                                            Ctl::tr("How far back (90s, 10m, 2h, 7d; default 1h)."),
                                            QStringLiteral("SPAN"), QStringLiteral("1h")));
             p.addOption(QCommandLineOption(QStringList{QStringLiteral("limit")},
                                            Ctl::tr("The newest lines to print (default 100, at most 5000)."),
                                            QStringLiteral("N"), QStringLiteral("100")));
             p.addOption(QCommandLineOption(QStringList{QStringLiteral("all")},
                                            Ctl::tr("Every matching line, with no cap.")));
             p.addOption(QCommandLineOption(QStringList{QStringLiteral("follow"), QStringLiteral("f")},
                                            Ctl::tr("Then keep printing new lines as they arrive.")));
         },
         [](QCommandLineParser &p, Context &ctx) {
             if (p.positionalArguments().size() != 1) {
                 ctx.err << QStringLiteral("madbasectl: ") << Ctl::tr("usage: madbasectl logs QUERY") << '\n';
                 return int(ExitUsage);
             }
             LogsOptions logs;
             logs.since = p.value(QStringLiteral("since"));
             bool ok = false;
             logs.limit = p.value(QStringLiteral("limit")).toLongLong(&ok);
             if (!ok)
                 logs.limit = 0;
             logs.all = p.isSet(QStringLiteral("all"));
             logs.follow = p.isSet(QStringLiteral("follow"));
             return logsCommand(p.positionalArguments().constFirst(), logs, clusterOptions(p), ctx);
         }},
        {"events",
         QT_TRANSLATE_NOOP("mb::ctl::Ctl", "Show the cluster's events (with --follow, as they happen)."), "",
         [](QCommandLineParser &p) {
             addClusterOptions(p, false);
             p.addOption(QCommandLineOption(QStringList{QStringLiteral("follow"), QStringLiteral("f")},
                                            Ctl::tr("Keep waiting for new events.")));
             p.addOption(QCommandLineOption(QStringList{QStringLiteral("after")},
                                            Ctl::tr("Only events after this sequence number."),
                                            QStringLiteral("SEQ"), QStringLiteral("0")));
         },
         [](QCommandLineParser &p, Context &ctx) {
             return eventsCommand(p.isSet(QStringLiteral("follow")),
                                  p.value(QStringLiteral("after")).toLongLong(), clusterOptions(p), ctx);
         }},
        {"down", QT_TRANSLATE_NOOP("mb::ctl::Ctl", "Remove every node of the cluster and all its data."), "",
         [](QCommandLineParser &p) { addClusterOptions(p, true); },
         [](QCommandLineParser &p, Context &ctx) { return downCommand(clusterOptions(p), ctx); }},
    };
    return list;
}

QString exitCodeHelp()
{
    return Ctl::tr("Exit codes:\n"
                   "  0  success (for validate: no errors; warnings allowed)\n"
                   "  1  the document is invalid, or the operation failed\n"
                   "  2  bad command line, or a file could not be read\n");
}

QString mainHelp()
{
    QString text = Ctl::tr("Usage: madbasectl [--format text|json] COMMAND [ARGS...]\n\n"
                           "Design, price and check MadBase clusters from the command line.\n\n"
                           "Commands:\n");
    for (const Command &c : commands())
        text +=
            QStringLiteral("  %1%2\n").arg(QString::fromLatin1(c.name).leftJustified(12), Ctl::tr(c.summary));
    text += Ctl::tr("\nOptions:\n"
                    "  --format text|json  Output format (default: text).\n"
                    "  -h, --help          Show this help; \"madbasectl COMMAND --help\" for a command.\n"
                    "  -v, --version       Show the version.\n\n");
    text += exitCodeHelp();
    return text;
}

std::optional<Format> parseFormat(const QString &value)
{
    if (value == u"text")
        return Format::Text;
    if (value == u"json")
        return Format::Json;
    if (value == u"raw")
        return Format::Raw;
    return std::nullopt;
}

int usageError(Context &ctx, const QString &message, const QString &hint)
{
    ctx.err << QStringLiteral("madbasectl: ") << message << '\n' << hint << '\n';
    return ExitUsage;
}

int runCommand(const Command &command, const QStringList &rest, const QString &inheritedFormat, Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Ctl::tr(command.summary));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  Ctl::tr("Show this help."));
    parser.addOption(help);
    parser.addOption(formatOption());
    command.addOptions(parser);

    const QString name = QString::fromLatin1(command.name);
    const QString hint = Ctl::tr("Run \"madbasectl %1 --help\" for usage.").arg(name);
    if (!parser.parse(QStringList{QStringLiteral("madbasectl ") + name} + rest))
        return usageError(ctx, parser.errorText(), hint);
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt names the binary's path in the usage line; show the command as a user types it.
        const qsizetype firstLineEnd = text.indexOf(u'\n');
        text.replace(
            0, firstLineEnd,
            Ctl::tr("Usage: madbasectl %1 [options] %2").arg(name, QString::fromLatin1(command.arguments)));
        ctx.out << text << '\n' << exitCodeHelp();
        return ExitOk;
    }
    const QString formatText =
        parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : inheritedFormat;
    const auto format = parseFormat(formatText);
    if (!format)
        return usageError(ctx, Ctl::tr("unknown format \"%1\": use text, json or raw").arg(formatText), hint);
    ctx.format = *format;

    // "PILLAR COUNT" needs two; "[FILE]" is optional; "FILE..." takes one or more.
    const QStringList positional = parser.positionalArguments();
    const QString arguments = QString::fromLatin1(command.arguments);
    const QStringList words = arguments.split(u' ', Qt::SkipEmptyParts);
    const qsizetype required =
        std::count_if(words.begin(), words.end(), [](const QString &w) { return !w.startsWith(u'['); });
    const bool variadic = arguments.endsWith(QStringLiteral("..."));
    if (positional.size() < required)
        return usageError(ctx, Ctl::tr("%1 needs %2").arg(name, arguments), hint);
    if (!variadic && positional.size() > words.size())
        return usageError(ctx, Ctl::tr("unexpected argument \"%1\"").arg(positional.at(words.size())), hint);
    return command.run(parser, ctx);
}

} // namespace

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = run(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Context ctx{out, err, Format::Text};
    QString format = QStringLiteral("text");
    QStringList rest = arguments.mid(1);
    const QString hint = Ctl::tr("Run \"madbasectl --help\" for usage.");

    // Global options come before the command; the command parses everything after it.
    while (!rest.isEmpty() && rest.front().startsWith(u'-')) {
        const QString option = rest.takeFirst();
        if (option == u"-h" || option == u"--help") {
            out << mainHelp();
            return ExitOk;
        }
        if (option == u"-v" || option == u"--version") {
            out << QStringLiteral("madbasectl %1\n").arg(QStringLiteral(MB_VERSION));
            return ExitOk;
        }
        if (option == u"--format" || option.startsWith(QStringLiteral("--format="))) {
            if (option == u"--format") {
                if (rest.isEmpty())
                    return usageError(ctx, Ctl::tr("--format needs a value: text or json"), hint);
                format = rest.takeFirst();
            } else {
                format = option.mid(9);
            }
            if (!parseFormat(format))
                return usageError(ctx, Ctl::tr("unknown format \"%1\": use text, json or raw").arg(format),
                                  hint);
            continue;
        }
        return usageError(ctx, Ctl::tr("unknown option \"%1\"").arg(option), hint);
    }
    if (rest.isEmpty()) {
        err << mainHelp();
        return ExitUsage;
    }
    const QString name = rest.takeFirst();
    for (const Command &command : commands()) {
        if (name == QString::fromLatin1(command.name))
            return runCommand(command, rest, format, ctx);
    }
    return usageError(ctx, Ctl::tr("unknown command \"%1\"").arg(name), hint);
}

} // namespace mb::ctl
