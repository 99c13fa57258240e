// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "DaemonConfig.h"
#include "Templates.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mb;
using namespace mb::daemon;

/// The daemon config file: a valid one read field by field, and every kind of bad input.
class TestDaemonConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content, QFile::Permissions mode = {})
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write a test file");
        f.write(content);
        f.close();
        if (mode)
            f.setPermissions(mode);
        return path;
    }

    QByteArray validText() const
    {
        return QByteArrayLiteral(
            "{\n"
            "  \"version\": 1,\n"
            "  \"cluster\": \"starter\",\n"
            "  \"node\": \"starter-worker-1\",\n"
            "  \"pillar\": \"worker\",\n"
            "  \"plan\": \"cx23\",\n"
            "  \"listen\": {\"address\": \"127.0.0.1\", \"port\": 24101},\n"
            "  \"tokenFile\": \"/etc/madbase/agent.token\",\n"
            "  \"controlPlane\": {\"url\": \"http://127.0.0.1:24100\"},\n"
            "  \"dataDir\": \"/var/lib/madbase/starter-worker-1\",\n"
            "  \"heartbeatSeconds\": 2,\n"
            "  \"log\": {\"level\": \"debug\", \"file\": \"daemon.log\"},\n"
            "  \"components\": [{\"name\": \"deno\", \"command\": [\"/usr/bin/deno\", "
            "\"run\", \"${dataDir}/main.ts\"],\n"
            "                  \"env\": {\"PORT\": \"8000\"}, \"restart\": \"on-failure\",\n"
            "                  \"healthCheck\": {\"type\": \"tcp\", \"port\": 8000, "
            "\"intervalSeconds\": 3}}],\n"
            "  \"extensions\": {\"system\": {\"apiPort\": 24100}}\n"
            "}\n");
    }

    static std::string_view view(const QByteArray &text)
    {
        return {text.constData(), static_cast<std::size_t>(text.size())};
    }

    static QByteArray withReplaced(QByteArray text, const char *from, const char *to)
    {
        if (!text.contains(from))
            qFatal("fixture text lacks the part to replace");
        return text.replace(from, to);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void testValidConfigReadsEveryField()
    {
        const QByteArray text = validText();
        const auto config = parseDaemonConfig(view(text));
        QVERIFY(config);
        QCOMPARE(config->cluster, QStringLiteral("starter"));
        QCOMPARE(config->node, QStringLiteral("starter-worker-1"));
        QCOMPARE(config->pillar, topology::Pillar::Worker);
        QCOMPARE(config->plan, QStringLiteral("cx23"));
        QCOMPARE(config->listenAddress, QHostAddress(QStringLiteral("127.0.0.1")));
        QCOMPARE(config->listenPort, quint16(24101));
        QCOMPARE(config->controlPlaneUrl, QUrl(QStringLiteral("http://127.0.0.1:24100")));
        QCOMPARE(config->heartbeatSeconds, 2);
        QCOMPARE(config->logLevel, QStringLiteral("debug"));
        QCOMPARE(config->logFile, QStringLiteral("/var/lib/madbase/starter-worker-1/daemon.log"));
        QCOMPARE(config->components.size(), 1);
        const ComponentSpec &deno = config->components.front();
        QCOMPARE(deno.command.value(2), QStringLiteral("${dataDir}/main.ts"));
        QCOMPARE(deno.env.value(QStringLiteral("PORT")), QStringLiteral("8000"));
        QCOMPARE(deno.restart, RestartPolicy::OnFailure);
        QCOMPARE(deno.healthCheck.type, HealthCheckSpec::Type::Tcp);
        QCOMPARE(deno.healthCheck.port, 8000);
        QCOMPARE(deno.healthCheck.intervalSeconds, 3);
        QCOMPARE(config->extensions.value(QStringLiteral("system"))
                     .toObject()
                     .value(QStringLiteral("apiPort"))
                     .toInt(),
                 24100);
    }

    void testControlPlaneIsOptional()
    {
        const QByteArray text =
            withReplaced(validText(), "  \"controlPlane\": {\"url\": \"http://127.0.0.1:24100\"},\n", "");
        const auto config = parseDaemonConfig(view(text));
        QVERIFY(config);
        QVERIFY(config->controlPlaneUrl.isEmpty());
    }

    void testMissingFileIsOneNotFoundError()
    {
        const auto config = loadDaemonConfig(m_dir.filePath(QStringLiteral("nope.json")));
        QVERIFY(!config);
        QCOMPARE(config.error().size(), std::size_t(1));
        QCOMPARE(config.error().front().code, ErrorCode::IoNotFound);
        QVERIFY(QString::fromStdString(config.error().front().message.text())
                    .contains(QStringLiteral("nope.json")));
    }

    void testBadJsonReportsItsLine()
    {
        const QByteArray text = withReplaced(validText(), "\"plan\": \"cx23\",", "\"plan\": \"cx23\",,");
        const auto config = parseDaemonConfig(view(text));
        QVERIFY(!config);
        QCOMPARE(config.error().front().code, ErrorCode::JsonSyntax);
        QCOMPARE(config.error().front().line, 6);
    }

    void testUnknownKeyReportsPointerLineAndSuggestion()
    {
        const QByteArray text = withReplaced(validText(), "\"address\"", "\"adress\"");
        const auto config = parseDaemonConfig(view(text));
        QVERIFY(!config);
        const auto &errors = config.error();
        const auto unknown = std::find_if(errors.begin(), errors.end(),
                                          [](const Error &e) { return e.code == ErrorCode::JsonUnknownKey; });
        QVERIFY(unknown != errors.end());
        QCOMPARE(unknown->pointer, std::string("/listen/adress"));
        QCOMPARE(unknown->line, 7);
        QVERIFY(unknown->message.text().find("did you mean \"address\"") != std::string::npos);
        // The missing address is reported too, in the same pass.
        QVERIFY(std::any_of(errors.begin(), errors.end(), [](const Error &e) {
            return e.code == ErrorCode::JsonMissingKey && e.pointer == "/listen/address";
        }));
    }

    void testBadValuesAreRefusedWithPointers_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("relative dataDir") << QByteArray("\"/var/lib/madbase/starter-worker-1\"")
                                          << QByteArray("\"data\"") << QStringLiteral("/dataDir");
        QTest::newRow("unknown pillar") << QByteArray("\"pillar\": \"worker\"")
                                        << QByteArray("\"pillar\": \"db\"") << QStringLiteral("/pillar");
        QTest::newRow("host name as address")
            << QByteArray("\"127.0.0.1\", \"port\"") << QByteArray("\"localhost\", \"port\"")
            << QStringLiteral("/listen/address");
        QTest::newRow("port out of range")
            << QByteArray("24101") << QByteArray("70000") << QStringLiteral("/listen/port");
        QTest::newRow("ftp control plane") << QByteArray("http://127.0.0.1:24100") << QByteArray("ftp://x")
                                           << QStringLiteral("/controlPlane/url");
        QTest::newRow("zero heartbeat")
            << QByteArray("\"heartbeatSeconds\": 2") << QByteArray("\"heartbeatSeconds\": 0")
            << QStringLiteral("/heartbeatSeconds");
        QTest::newRow("restart policy") << QByteArray("\"on-failure\"") << QByteArray("\"sometimes\"")
                                        << QStringLiteral("/components/0/restart");
        QTest::newRow("health check type")
            << QByteArray("\"type\": \"tcp\"") << QByteArray("\"type\": \"udp\"")
            << QStringLiteral("/components/0/healthCheck/type");
        QTest::newRow("node name") << QByteArray("\"starter-worker-1\",") << QByteArray("\"Worker One\",")
                                   << QStringLiteral("/node");
        QTest::newRow("version 2") << QByteArray("\"version\": 1") << QByteArray("\"version\": 2")
                                   << QStringLiteral("/version");
    }

    void testBadValuesAreRefusedWithPointers()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, pointer);
        const QByteArray text = withReplaced(validText(), from.constData(), to.constData());
        const auto config = parseDaemonConfig(view(text));
        QVERIFY(!config);
        const auto &errors = config.error();
        QVERIFY2(
            std::any_of(errors.begin(), errors.end(),
                        [&](const Error &e) { return e.pointer == pointer.toStdString() && e.line > 0; }),
            qPrintable(describeConfigError(QStringLiteral("cfg"), errors.front())));
    }

    void testTokenFileReadableByOthersIsRefused()
    {
        const QString path =
            write(QStringLiteral("open.token"), "0123456789abcdef0123456789abcdef\n",
                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        const auto token = readTokenFile(path);
        QVERIFY(!token);
        const QString message = QString::fromStdString(token.error().message.text());
        QVERIFY2(message.contains(QStringLiteral("0644")) && message.contains(QStringLiteral("chmod 600")),
                 qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("0123456789abcdef"))); // never the secret
    }

    void testTokenFileWithMode0600IsReadAndTrimmed()
    {
        const QString path = write(QStringLiteral("good.token"), "0123456789abcdef0123456789abcdef\n",
                                   QFile::ReadOwner | QFile::WriteOwner);
        const auto token = readTokenFile(path);
        QVERIFY(token);
        QCOMPARE(*token, QByteArray("0123456789abcdef0123456789abcdef"));
    }

    void testShortOrMissingTokenIsRefused()
    {
        const QString path =
            write(QStringLiteral("short.token"), "abc\n", QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(!readTokenFile(path));
        QCOMPARE(readTokenFile(m_dir.filePath(QStringLiteral("absent.token"))).error().code,
                 ErrorCode::IoNotFound);
    }

    void testConfigComponentReplacesTemplateEntryAndEnabledFalseRemovesIt()
    {
        ComponentSpec a;
        a.name = QStringLiteral("a");
        a.command = QStringList{QStringLiteral("/bin/true")};
        ComponentSpec b = a;
        b.name = QStringLiteral("b");
        ComponentSpec a2 = a;
        a2.command = QStringList{QStringLiteral("/bin/false")};
        ComponentSpec bOff = b;
        bOff.enabled = false;
        ComponentSpec c = a;
        c.name = QStringLiteral("c");
        const auto merged = mergeComponents({a, b}, {a2, bOff, c});
        QCOMPARE(merged.size(), 2);
        QCOMPARE(merged[0].command, QStringList{QStringLiteral("/bin/false")});
        QCOMPARE(merged[1].name, QStringLiteral("c"));
        ComponentSpec templated = a;
        templated.command = QStringList{QStringLiteral("${dataDir}/bin"), QStringLiteral("--node=${node}")};
        QVERIFY(expandPlaceholders(templated, {{QStringLiteral("dataDir"), QStringLiteral("/d")},
                                               {QStringLiteral("node"), QStringLiteral("n1")}}));
        QCOMPARE(templated.command, (QStringList{QStringLiteral("/d/bin"), QStringLiteral("--node=n1")}));
    }

    void testEveryBuiltinTemplateParsesAndNamesItsPillar()
    {
        for (const auto pillar : topology::AllPillars) {
            const auto components = templateComponents(pillar);
            QVERIFY2(components, components ? "" : components.error().describe().c_str());
        }
        const auto wrong = parseTemplate(templateText(topology::Pillar::State), topology::Pillar::Worker);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().pointer, std::string("/pillar"));
    }

    void testCheckConfigExitsOneWithTheErrorLineAndZeroWhenValid()
    {
        const QString token = write(QStringLiteral("cli.token"), "0123456789abcdef0123456789abcdef\n",
                                    QFile::ReadOwner | QFile::WriteOwner);
        QByteArray text = withReplaced(validText(), "/etc/madbase/agent.token", token.toUtf8().constData());
        const QString good = write(QStringLiteral("good.json"), text);
        const QString bad =
            write(QStringLiteral("bad.json"), withReplaced(text, "\"address\"", "\"adress\""));
        const auto run = [](const QString &config, QString *err) {
            QProcess p;
            p.start(qEnvironmentVariable("MB_WORKER"),
                    {QStringLiteral("--check-config"), QStringLiteral("--config"), config});
            if (!p.waitForFinished(10000))
                return -1;
            *err = QString::fromUtf8(p.readAllStandardError());
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        QString err;
        QCOMPARE(run(good, &err), 0);
        QCOMPARE(run(bad, &err), 1);
        QVERIFY2(err.contains(bad + QStringLiteral(":7:")) && err.contains(QStringLiteral("/listen/adress")),
                 qPrintable(err));
        // A config for another pillar is refused by this pillar's daemon.
        const QString state = write(QStringLiteral("state.json"),
                                    withReplaced(text, "\"pillar\": \"worker\"", "\"pillar\": \"state\""));
        QCOMPARE(run(state, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("state pillar")), qPrintable(err));
        // So is a token file others can read, without ever printing the token.
        QFile::setPermissions(token, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        QCOMPARE(run(good, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("chmod 600")) &&
                     !err.contains(QStringLiteral("0123456789abcdef")),
                 qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestDaemonConfig)
#include "tst_DaemonConfig.moc"
