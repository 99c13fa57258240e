// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Ctl.h"

#include "CtlOutput.h"
#include "TopologyCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

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
        text.replace(QStringLiteral("madbasectl ") + name + QStringLiteral(" [options]"),
                     QStringLiteral("madbasectl ") + name + QStringLiteral(" [options] ") +
                         QString::fromLatin1(command.arguments));
        ctx.out << text << '\n' << exitCodeHelp();
        return ExitOk;
    }
    const QString formatText =
        parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : inheritedFormat;
    const auto format = parseFormat(formatText);
    if (!format)
        return usageError(ctx, Ctl::tr("unknown format \"%1\": use text or json").arg(formatText), hint);
    ctx.format = *format;

    const QStringList positional = parser.positionalArguments();
    const QString arguments = QString::fromLatin1(command.arguments);
    const qsizetype wanted = arguments.isEmpty() ? 0 : 1;
    const bool variadic = arguments.endsWith(QStringLiteral("..."));
    if (positional.size() < wanted)
        return usageError(ctx, Ctl::tr("%1 needs %2").arg(name, arguments), hint);
    if (!variadic && positional.size() > wanted)
        return usageError(ctx, Ctl::tr("unexpected argument \"%1\"").arg(positional.at(wanted)), hint);
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
                return usageError(ctx, Ctl::tr("unknown format \"%1\": use text or json").arg(format), hint);
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
