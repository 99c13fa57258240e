// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ScrapeConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mb;

namespace {

providers::NodeInfo node(const std::string &name, topology::Pillar pillar, const std::string &address,
                         providers::NodeState state = providers::NodeState::Running)
{
    providers::NodeInfo n;
    n.name = name;
    n.pillar = pillar;
    n.address = address;
    n.state = state;
    return n;
}

QJsonObject jobNamed(const QJsonArray &jobs, const QString &name)
{
    for (const QJsonValue &j : jobs)
        if (j.toObject().value(QStringLiteral("job_name")).toString() == name)
            return j.toObject();
    return {};
}

} // namespace

class TestScrapeConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testEveryRunningDaemonAndComponentEndpointIsAJobWithItsLabels()
    {
        controlplane::ScrapeInputs in;
        in.cluster = "demo";
        in.nodes = {node("demo-system-1", topology::Pillar::System, "127.0.0.1:20000"),
                    node("demo-worker-1", topology::Pillar::Worker, "127.0.0.1:20002"),
                    node("demo-worker-2", topology::Pillar::Worker, "127.0.0.1:20003",
                         providers::NodeState::Stopped)};
        in.token = [](const std::string &n) { return "token-of-" + n; };
        in.components = [](const std::string &n) {
            if (n != "demo-worker-1")
                return QJsonArray{};
            return QJsonArray{
                QJsonObject{{QStringLiteral("name"), QStringLiteral("runtime")},
                            {QStringLiteral("metrics"), QStringLiteral("http://127.0.0.1:10021/metrics")}},
                // A heartbeat cannot send the scraper elsewhere, nor over another scheme.
                QJsonObject{{QStringLiteral("name"), QStringLiteral("elsewhere")},
                            {QStringLiteral("metrics"), QStringLiteral("http://192.0.2.1:9100/metrics")}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("file")},
                            {QStringLiteral("metrics"), QStringLiteral("file:///etc/passwd")}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("none")}}};
        };
        in.intervalSeconds = 10;
        const QByteArray text = controlplane::renderScrapeConfig(in);
        QJsonParseError error{};
        const QJsonObject config = QJsonDocument::fromJson(text, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(config.value(QStringLiteral("global"))
                     .toObject()
                     .value(QStringLiteral("scrape_interval"))
                     .toString(),
                 QStringLiteral("10s"));
        const QJsonArray jobs = config.value(QStringLiteral("scrape_configs")).toArray();
        QCOMPARE(jobs.size(), 3); // two daemons and the runtime; nothing of the stopped node

        const QJsonObject worker = jobNamed(jobs, QStringLiteral("demo-worker-1"));
        QCOMPARE(worker.value(QStringLiteral("bearer_token")).toString(),
                 QStringLiteral("token-of-demo-worker-1"));
        QCOMPARE(worker.value(QStringLiteral("metrics_path")).toString(), QStringLiteral("/metrics"));
        const QJsonObject target = worker.value(QStringLiteral("static_configs")).toArray().at(0).toObject();
        QCOMPARE(target.value(QStringLiteral("targets")).toArray().at(0).toString(),
                 QStringLiteral("127.0.0.1:20002"));
        const QJsonObject labels = target.value(QStringLiteral("labels")).toObject();
        QCOMPARE(labels.value(QStringLiteral("cluster")).toString(), QStringLiteral("demo"));
        QCOMPARE(labels.value(QStringLiteral("pillar")).toString(), QStringLiteral("worker"));
        QCOMPARE(labels.value(QStringLiteral("node")).toString(), QStringLiteral("demo-worker-1"));
        QCOMPARE(labels.value(QStringLiteral("zone")).toString(), QStringLiteral("private"));
        QCOMPARE(labels.value(QStringLiteral("component")).toString(), QStringLiteral("daemon"));

        const QJsonObject runtime = jobNamed(jobs, QStringLiteral("demo-worker-1/runtime"));
        QVERIFY(!runtime.contains(QStringLiteral("bearer_token"))); // a node's token goes to its daemon only
        QCOMPARE(runtime.value(QStringLiteral("static_configs"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("labels"))
                     .toObject()
                     .value(QStringLiteral("component"))
                     .toString(),
                 QStringLiteral("runtime"));
        QCOMPARE(jobNamed(jobs, QStringLiteral("demo-system-1"))
                     .value(QStringLiteral("static_configs"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("labels"))
                     .toObject()
                     .value(QStringLiteral("zone"))
                     .toString(),
                 QStringLiteral("public"));
        QVERIFY(jobNamed(jobs, QStringLiteral("demo-worker-2")).isEmpty());
        QVERIFY(jobNamed(jobs, QStringLiteral("demo-worker-1/elsewhere")).isEmpty());
        QVERIFY(jobNamed(jobs, QStringLiteral("demo-worker-1/file")).isEmpty());
    }

    void testNoNodesIsAValidConfigWithoutTargets()
    {
        controlplane::ScrapeInputs in;
        in.cluster = "demo";
        const QJsonObject config = QJsonDocument::fromJson(controlplane::renderScrapeConfig(in)).object();
        QVERIFY(config.contains(QStringLiteral("global")));
        QCOMPARE(config.value(QStringLiteral("scrape_configs")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestScrapeConfig)
#include "tst_ScrapeConfig.moc"
