// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

/// madbasectl as a user runs it: the real binary, its output and its exit codes.
class TestCtl : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Run ctl(const QStringList &args)
    {
        QProcess p;
        p.setProgram(qEnvironmentVariable("MB_CTL"));
        p.setArguments(args);
        p.setWorkingDirectory(QStringLiteral(MB_SOURCE_DIR));
        p.start();
        if (!p.waitForFinished(30000))
            qFatal("madbasectl did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write test file");
        f.write(content);
        return path;
    }

    static QByteArray example(const char *name, const std::function<void(nlohmann::json &)> &change = {})
    {
        auto doc = mb::test::example(name);
        if (change)
            change(doc);
        return QByteArray::fromStdString(doc.dump(2));
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(qEnvironmentVariable("MB_CTL")), "MB_CTL must name the madbasectl binary");
    }

    void testValidExampleExitsZero()
    {
        const Run r = ctl({QStringLiteral("validate"), QStringLiteral("resources/examples/production.json")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("production.json: valid (0 errors, 0 warnings, 0 infos)")),
                 qPrintable(r.out));
    }

    void testStateCountTwoExitsOneWithCodeMessageAndPointer()
    {
        const QString file =
            write(QStringLiteral("state2.json"),
                  example("production", [](auto &d) { d["pillars"]["state"]["count"] = 2; }));
        const Run r = ctl({QStringLiteral("validate"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("[state-count]")), qPrintable(r.out));
        QVERIFY(
            r.out.contains(QStringLiteral("State needs 1, 3 or 5 nodes: with 2, one failure loses quorum.")));
        QVERIFY(r.out.contains(QStringLiteral("at /pillars/state/count")));
        QVERIFY(QRegularExpression(QRegularExpression::escape(file) +
                                   QStringLiteral(R"(:\d+:\d+: error \[state-count\])"))
                    .match(r.out)
                    .hasMatch());
        QVERIFY(r.out.contains(QStringLiteral("invalid (1 error, 0 warnings, 0 infos)")));
    }

    void testWarningsAloneStillExitZero()
    {
        const QString file =
            write(QStringLiteral("legacy.json"),
                  example("starter", [](auto &d) { d["pillars"]["system"]["plan"] = "CX21"; }));
        const Run r = ctl({QStringLiteral("validate"), file});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("[plan-deprecated]")));
        QVERIFY(r.out.contains(QStringLiteral("\"cx23\"")));
    }

    void testParseErrorExitsOneWithLineAndPointer()
    {
        const QString file = write(QStringLiteral("typo.json"),
                                   example("starter", [](auto &d) { d["pillars"]["worker"]["cuont"] = 3; }));
        const Run r = ctl({QStringLiteral("validate"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(
                     QStringLiteral("[json-unknown-key] Unknown key \"cuont\": did you mean \"count\"?")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("/pillars/worker/cuont")));
    }

    void testJsonFormat()
    {
        const QString file = write(QStringLiteral("state4.json"),
                                   example("starter", [](auto &d) { d["pillars"]["state"]["count"] = 4; }));
        const Run r =
            ctl({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("validate"), file});
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(true), false);
        const QJsonObject d = o.value(QStringLiteral("diagnostics")).toArray().first().toObject();
        QCOMPARE(d.value(QStringLiteral("code")).toString(), QStringLiteral("state-count"));
        QCOMPARE(d.value(QStringLiteral("pointer")).toString(), QStringLiteral("/pillars/state/count"));
        QVERIFY(d.value(QStringLiteral("line")).toInt() > 0);
    }

    void testMissingFileIsIoErrorExitTwo()
    {
        const Run r = ctl({QStringLiteral("validate"), QStringLiteral("/nonexistent/topology.json")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("cannot read /nonexistent/topology.json")), qPrintable(r.err));
    }

    void testUsageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("Usage: madbasectl");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("cost")} << QStringLiteral("cost needs FILE");
        QTest::newRow("extra arg") << QStringList{QStringLiteral("cost"), QStringLiteral("a"),
                                                  QStringLiteral("b")}
                                   << QStringLiteral("unexpected argument \"b\"");
        QTest::newRow("bad format") << QStringList{QStringLiteral("--format=xml"), QStringLiteral("plans")}
                                    << QStringLiteral("unknown format \"xml\"");
        QTest::newRow("bad option") << QStringList{QStringLiteral("plans"), QStringLiteral("--colour")}
                                    << QStringLiteral("Unknown option 'colour'");
        QTest::newRow("bad location")
            << QStringList{QStringLiteral("plans"), QStringLiteral("--location"), QStringLiteral("mars")}
            << QStringLiteral("unknown location \"mars\"");
    }
    void testUsageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = ctl(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void testHelpOnEveryCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("main") << QStringList{QStringLiteral("--help")};
        for (const char *c : {"validate", "cost", "plans"})
            QTest::newRow(c) << QStringList{QString::fromLatin1(c), QStringLiteral("--help")};
    }
    void testHelpOnEveryCommand()
    {
        QFETCH(QStringList, args);
        const Run r = ctl(args);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Exit codes:")));
        QVERIFY(r.out.contains(QStringLiteral("--format")));
    }

    void testVersion()
    {
        const Run r = ctl({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("madbasectl ")));
    }

    void testCostShowsEveryPillarAndTotal()
    {
        const Run r = ctl({QStringLiteral("cost"), QStringLiteral("resources/examples/production.json")});
        QCOMPARE(r.code, 0);
        for (const char *word :
             {"system", "proxy", "worker", "state", "network", "TOTAL", "subtotal", "public IPv4 address",
              "floating IPv4", "3 × cpx22 server", "4 × cpx32 server"})
            QVERIFY2(r.out.contains(QString::fromUtf8(word)), word);
    }

    void testCostJsonAgreesWithTotal()
    {
        const Run r = ctl({QStringLiteral("cost"), QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("resources/examples/max.json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        double sum = 0;
        for (const auto line : o.value(QStringLiteral("lines")).toArray())
            sum += line.toObject().value(QStringLiteral("monthly")).toString().toDouble();
        QCOMPARE(QString::number(sum, 'f', 2),
                 o.value(QStringLiteral("total")).toObject().value(QStringLiteral("monthly")).toString());
    }

    void testCostOfInvalidTopologyWarnsAndExitsOne()
    {
        const QString file = write(QStringLiteral("cost-state2.json"),
                                   example("starter", [](auto &d) { d["pillars"]["state"]["count"] = 2; }));
        const Run r = ctl({QStringLiteral("cost"), file});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("TOTAL")));
        QVERIFY(r.err.contains(QStringLiteral("madbasectl validate")));
    }

    void testPlansInLocation()
    {
        const Run r = ctl({QStringLiteral("plans"), QStringLiteral("--location"), QStringLiteral("ash")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("cpx12")));
        QVERIFY(!r.out.contains(QStringLiteral("\ncx23 ")));
        QVERIFY(r.out.contains(QStringLiteral("cx41 → cx43")));
    }
};

QTEST_GUILESS_MAIN(TestCtl)
#include "tst_Ctl.moc"
