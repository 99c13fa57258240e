// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
//
// The node template format (files, ports, users, dependencies, placeholders) and the
// supervisor's order, reloads and reports, with real processes.
#include "ComponentSupervisor.h"
#include "Templates.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using namespace mb;
using namespace mb::daemon;

namespace {

Result<QList<ComponentSpec>> read(const char *components)
{
    const std::string text =
        std::string(R"({"version":1,"pillar":"worker","components":)") + components + "}";
    return parseTemplate(text, topology::Pillar::Worker);
}

ComponentSpec shell(const QString &name, const QString &script)
{
    ComponentSpec spec;
    spec.name = name;
    spec.command = QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"), script};
    return spec;
}

} // namespace

class TestComponentTemplates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void testBuiltinTemplatesNameTheirSoftwarePortsAndPackages()
    {
        const auto state = templateComponents(topology::Pillar::State);
        QVERIFY2(state, state ? "" : state.error().describe().c_str());
        QStringList names;
        for (const ComponentSpec &c : *state)
            names << c.name;
        QCOMPARE(names,
                 (QStringList{QStringLiteral("etcd"), QStringLiteral("postgres"), QStringLiteral("redis"),
                              QStringLiteral("sentinel"), QStringLiteral("haproxy"),
                              QStringLiteral("postgres-exporter"), QStringLiteral("redis-exporter")}));
        QCOMPARE(state->at(1).user, QStringLiteral("postgres"));
        QCOMPARE(state->at(1).packages,
                 (QStringList{QStringLiteral("postgresql-15"), QStringLiteral("patroni")}));
        QCOMPARE(state->at(1).dependsOn, QStringList{QStringLiteral("etcd")});
        QCOMPARE(state->at(4).ports.value(QStringLiteral("pgEntry")), 3);
        // Members that join or leave reach every program that knows them by a reload, never a
        // restart; the exporters know only their own node, so nothing of theirs changes.
        for (const ComponentSpec &c : *state) {
            if (c.name.endsWith(u"-exporter")) {
                QVERIFY2(!c.metricsUrl.isEmpty(), qPrintable(c.name));
                continue;
            }
            QVERIFY2(c.reloadSignal != 0, qPrintable(c.name));
        }
        const auto worker = templateComponents(topology::Pillar::Worker);
        QVERIFY(worker && worker->size() == 1 && worker->at(0).command.value(0) == u"/usr/bin/node");
        const auto system = templateComponents(topology::Pillar::System);
        QVERIFY(system && system->size() == 2 && system->at(0).name == u"victoria-metrics");
        // The log store: our own program beside the daemon, behind the node's token, on slot 2.
        QCOMPARE(system->at(1).name, QStringLiteral("log-store"));
        QCOMPARE(system->at(1).command.value(0), QStringLiteral("${binDir}/madbase-logstore"));
        QVERIFY(system->at(1).command.contains(QStringLiteral("${tokenFile}")));
        QCOMPARE(system->at(1).ports.value(QStringLiteral("logs")), 2);
    }

    void testBadTemplateFieldsAreReportedWithTheirJsonPointer_data()
    {
        QTest::addColumn<QByteArray>("components");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("unknown dependency")
            << QByteArray(R"([{"name":"a","command":["x"],"dependsOn":["b"]}])")
            << QStringLiteral("/components/0/dependsOn/0");
        QTest::newRow("port slot out of range")
            << QByteArray(R"([{"name":"a","command":["x"],"ports":{"p":16}}])")
            << QStringLiteral("/components/0/ports/p");
        QTest::newRow("relative file")
            << QByteArray(R"([{"name":"a","command":["x"],"files":[{"path":"f","lines":[]}]}])")
            << QStringLiteral("/components/0/files/0/path");
        QTest::newRow("bad mode")
            << QByteArray(R"([{"name":"a","command":["x"],"files":[{"path":"/f","mode":"999","lines":[]}]}])")
            << QStringLiteral("/components/0/files/0/mode");
        QTest::newRow("unknown reload") << QByteArray(R"([{"name":"a","command":["x"],"reload":"SIGKILL"}])")
                                        << QStringLiteral("/components/0/reload");
        QTest::newRow("unknown key") << QByteArray(R"([{"name":"a","command":["x"],"usr":"postgres"}])")
                                     << QStringLiteral("/components/0/usr");
    }

    void testBadTemplateFieldsAreReportedWithTheirJsonPointer()
    {
        QFETCH(QByteArray, components);
        QFETCH(QString, pointer);
        const auto parsed = read(components.constData());
        QVERIFY(!parsed);
        QCOMPARE(QString::fromStdString(parsed.error().pointer), pointer);
    }

    void testEachLineRepeatsPerItemWithItsFields()
    {
        auto parsed = read(R"([{"name":"a","command":["x"],"files":[{"path":"/d/h.cfg","lines":["listen pg",
            "${each values.members}  server ${item.1} ${item.2} check port ${item.3} id ${index}"]}]}])");
        QVERIFY2(parsed, parsed ? "" : parsed.error().describe().c_str());
        ComponentSpec spec = parsed->front();
        const QMap<QString, QString> values{
            {QStringLiteral("values.members"),
             QStringLiteral("s-1 127.0.0.1:10001 10006,s-2 127.0.0.1:10017 10022")}};
        QVERIFY(expandPlaceholders(spec, values));
        QCOMPARE(spec.files.front().lines,
                 (QStringList{QStringLiteral("listen pg"),
                              QStringLiteral("  server s-1 127.0.0.1:10001 check port 10006 id 1"),
                              QStringLiteral("  server s-2 127.0.0.1:10017 check port 10022 id 2")}));
    }

    void testPlaceholdersExpandAndUnknownOnesNameTheField()
    {
        auto parsed = read(R"([{"name":"a","command":["x","${dataDir}/a","$${literal}"],
            "files":[{"path":"${dataDir}/a.conf","lines":["port ${port.p}","pw ${values.secret}"]}],
            "healthCheck":{"type":"tcp","port":"${port.p}"}}])");
        QVERIFY2(parsed, parsed ? "" : parsed.error().describe().c_str());
        ComponentSpec spec = parsed->front();
        QMap<QString, QString> values{{QStringLiteral("dataDir"), QStringLiteral("/d")},
                                      {QStringLiteral("port.p"), QStringLiteral("10001")}};
        QVERIFY(expandPlaceholders(spec, values));
        QVERIFY(spec.waiting); // ${values.secret} has not arrived yet
        QCOMPARE(spec.command,
                 (QStringList{QStringLiteral("x"), QStringLiteral("/d/a"), QStringLiteral("${literal}")}));
        QCOMPARE(spec.healthCheck.port, 10001);

        spec = parsed->front();
        values.insert(QStringLiteral("values.secret"), QStringLiteral("s3"));
        QVERIFY(expandPlaceholders(spec, values));
        QVERIFY(!spec.waiting);
        QCOMPARE(spec.files.front().lines,
                 (QStringList{QStringLiteral("port 10001"), QStringLiteral("pw s3")}));

        spec = parsed->front();
        spec.files[0].lines[0] = QStringLiteral("port ${port.q}");
        const auto unknown = expandPlaceholders(spec, values);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().pointer, std::string("/components/0/files/0/lines/0"));
        QVERIFY(QString::fromStdString(unknown.error().message.text()).contains(u"port.q"));
    }

    void testValuesWithControlCharactersAreRefusedWithoutShowingThem()
    {
        json::ErrorList errors;
        QMap<QString, QString> out;
        readValues(nlohmann::json{{"ok", "a"}, {"pw", "x\nrequirepass y"}}, "/config/values", out, errors);
        QVERIFY(!errors.empty());
        QCOMPARE(errors.errors().front().pointer, std::string("/config/values/pw"));
        QVERIFY(!QString::fromStdString(errors.errors().front().message.text()).contains(u"requirepass"));
        QCOMPARE(out.value(QStringLiteral("values.ok")), QStringLiteral("a"));
        QVERIFY(!out.contains(QStringLiteral("values.pw")));
    }

    void testComponentPortsAreDistinctBlocksBelowTheEphemeralRange()
    {
        QSet<int> seen;
        for (int daemonPort = 20000; daemonPort < 21423; ++daemonPort) {
            for (int slot = 0; slot < PortSlots; ++slot) {
                const int port = componentPort(daemonPort, slot);
                QVERIFY(port >= 10000 && port < 32768);
                QVERIFY(!seen.contains(port));
                seen.insert(port);
            }
        }
        QCOMPARE(componentPort(20000, PortSlots), 0);
    }

    void testSupervisorStartsInDependencyOrderAndStopsInReverse()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString log = dir.filePath(QStringLiteral("order"));
        const auto logged = [&](const char *name) {
            return QStringLiteral("echo start-%1 >> %2; trap 'echo stop-%1 >> %2; exit 0' TERM; while :; do "
                                  "sleep 0.05; done")
                .arg(QLatin1String(name), log);
        };
        ComponentSpec db = shell(QStringLiteral("db"), logged("db"));
        db.healthCheck.type = HealthCheckSpec::Type::Exec;
        db.healthCheck.command =
            QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("sleep 0.3")};
        db.healthCheck.intervalSeconds = 1;
        ComponentSpec entry = shell(QStringLiteral("entry"), logged("entry"));
        entry.dependsOn = QStringList{QStringLiteral("db")};
        entry.files = {
            ComponentFile{dir.filePath(QStringLiteral("entry.conf")), 0600, {QStringLiteral("secret")}}};

        QNetworkAccessManager network;
        ComponentSupervisor supervisor(&network);
        supervisor.apply({entry, db}); // listed the other way round on purpose
        QTRY_VERIFY_WITH_TIMEOUT(supervisor.allFine(), 10000);
        QFile conf(dir.filePath(QStringLiteral("entry.conf")));
        QVERIFY(conf.exists());
        QCOMPARE(conf.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions{});

        QSignalSpy stopped(&supervisor, &ComponentSupervisor::allStopped);
        supervisor.stopAll();
        QVERIFY(stopped.wait(10000));
        QFile order(log);
        QVERIFY(order.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(order.readAll()).split(u'\n', Qt::SkipEmptyParts),
                 (QStringList{QStringLiteral("start-db"), QStringLiteral("start-entry"),
                              QStringLiteral("stop-entry"), QStringLiteral("stop-db")}));
    }

    void testFileChangeWithReloadSignalReloadsWithoutRestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString conf = dir.filePath(QStringLiteral("app.conf"));
        const QString seen = dir.filePath(QStringLiteral("seen"));
        ComponentSpec app =
            shell(QStringLiteral("app"),
                  QStringLiteral("trap 'cat %1 > %2' HUP; while :; do sleep 0.05; done").arg(conf, seen));
        app.reloadSignal = SIGHUP;
        app.files = {ComponentFile{conf, 0600, {QStringLiteral("one")}}};
        QNetworkAccessManager network;
        ComponentSupervisor supervisor(&network);
        supervisor.apply({app});
        QTRY_VERIFY_WITH_TIMEOUT(supervisor.allFine(), 5000);
        const qint64 pid = supervisor.component(QStringLiteral("app"))->pid();
        QTest::qWait(200); // the shell has set its trap
        app.files[0].lines = QStringList{QStringLiteral("two")};
        supervisor.apply({app});
        QTRY_COMPARE_WITH_TIMEOUT(QFile::exists(seen), true, 5000);
        QFile file(seen);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().trimmed(), QByteArray("two"));
        QCOMPARE(supervisor.component(QStringLiteral("app"))->pid(), pid);
        QCOMPARE(supervisor.component(QStringLiteral("app"))->restarts(), 0);
    }

    void testSecretsInOutputAreRedacted()
    {
        ComponentSpec talker =
            shell(QStringLiteral("talker"), QStringLiteral("echo 'auth failed for s3cr3t-pw'; sleep 30"));
        talker.redact = QStringList{QStringLiteral("s3cr3t-pw")};
        talker.restart = RestartPolicy::Never;
        QNetworkAccessManager network;
        ComponentSupervisor supervisor(&network);
        supervisor.apply({talker});
        const Component *c = supervisor.component(QStringLiteral("talker"));
        QTRY_VERIFY_WITH_TIMEOUT(!c->lastLines().isEmpty(), 5000);
        QCOMPARE(c->lastLines().last(), QStringLiteral("auth failed for ***"));
        QSignalSpy stopped(&supervisor, &ComponentSupervisor::allStopped);
        supervisor.stopAll();
        QVERIFY(stopped.wait(5000));
    }

    void testFailingChecksBeforeTheFirstPassMeanStartingNotUnhealthy()
    {
        // A component still initialising (an initdb) fails its checks for a while: it is starting,
        // not unhealthy, until it passes one or Component::StartGraceMs runs out.
        ComponentSpec slow = shell(QStringLiteral("slow"), QStringLiteral("exec sleep 600"));
        slow.healthCheck.type = HealthCheckSpec::Type::Exec;
        slow.healthCheck.command = {QStringLiteral("/bin/false")};
        slow.healthCheck.intervalSeconds = 1;
        slow.healthCheck.timeoutSeconds = 1;
        slow.healthCheck.failureThreshold = 1;
        ComponentSpec ready = shell(QStringLiteral("ready"), QStringLiteral("exec sleep 600"));
        ready.healthCheck = slow.healthCheck;
        ready.healthCheck.command = {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                     QStringLiteral("test -e \"$0\""),
                                     m_dir.filePath(QStringLiteral("ready"))};
        QNetworkAccessManager network;
        ComponentSupervisor supervisor(&network);
        supervisor.apply({slow, ready});
        QTest::qWait(3500); // three failed checks, each past the threshold
        QCOMPARE(
            supervisor.component(QStringLiteral("slow"))->toJson().value(QStringLiteral("state")).toString(),
            QStringLiteral("starting"));
        QCOMPARE(
            supervisor.component(QStringLiteral("ready"))->toJson().value(QStringLiteral("state")).toString(),
            QStringLiteral("starting"));
        // Once it has passed one, a failing check makes it unhealthy at the threshold.
        QFile flag(m_dir.filePath(QStringLiteral("ready")));
        QVERIFY(flag.open(QIODevice::WriteOnly));
        flag.close();
        QTRY_VERIFY_WITH_TIMEOUT(supervisor.component(QStringLiteral("ready"))->isUp(), 5000);
        QVERIFY(flag.remove());
        QTRY_COMPARE_WITH_TIMEOUT(
            supervisor.component(QStringLiteral("ready"))->toJson().value(QStringLiteral("state")).toString(),
            QStringLiteral("unhealthy"), 5000);
        QSignalSpy stopped(&supervisor, &ComponentSupervisor::allStopped);
        supervisor.stopAll();
        QVERIFY(stopped.wait(5000));
    }

    void testCrashLoopIsBackedOffAndReportedWithLastLines()
    {
        ComponentSpec bad = shell(QStringLiteral("bad"), QStringLiteral("echo cannot bind port 1; exit 3"));
        ComponentSpec good = shell(QStringLiteral("good"), QStringLiteral("while :; do sleep 0.05; done"));
        QNetworkAccessManager network;
        ComponentSupervisor supervisor(&network);
        supervisor.apply({bad, good});
        // 1 s, then 2 s: the third start is at ~3 s, so within 6 s it ran at most 4 times.
        QTRY_VERIFY_WITH_TIMEOUT(supervisor.component(QStringLiteral("bad"))->inCrashLoop(), 8000);
        const Component *c = supervisor.component(QStringLiteral("bad"));
        QVERIFY(c->restarts() <= 3);
        const QJsonObject json = c->toJson();
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("backoff"));
        QCOMPARE(json.value(QStringLiteral("crashLoop")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("detail")).toString(), QStringLiteral("exit code 3"));
        QCOMPARE(json.value(QStringLiteral("lastLines")).toArray().last().toString(),
                 QStringLiteral("cannot bind port 1"));
        QVERIFY(supervisor.component(QStringLiteral("good"))->isUp());
        QSignalSpy stopped(&supervisor, &ComponentSupervisor::allStopped);
        supervisor.stopAll();
        QVERIFY(stopped.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestComponentTemplates)
#include "tst_ComponentTemplates.moc"
