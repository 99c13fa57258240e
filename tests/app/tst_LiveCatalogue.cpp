// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "StudioTestSupport.h"
#include "common/SecretStore.h"
#include "document/DesignDocument.h"
#include "panels/ClusterInspector.h"
#include "panels/PillarInspector.h"
#include "panels/PlanListModel.h"
#include "settings/HetznerProjects.h"
#include "settings/LiveCatalogue.h"
#include "support/HcloudEmulator.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>

using namespace mb;
using namespace mb::studio;
using mb::test::HcloudEmulator;
using topology::Pillar;

/// The live catalogue: plans and prices per location fetched from the API emulator, cached with
/// their date, and the Inspector offering only what the chosen location sells.
class TestLiveCatalogue : public QObject
{
    Q_OBJECT

private:
    mb::test::IsolatedSettings m_settings;
    QTemporaryDir m_data;
    HcloudEmulator m_emulator;
    app::SecretStore *m_store = nullptr;
    QString m_cache;

    void refreshed(LiveCatalogue &live, const QString &project = {})
    {
        QSignalSpy changed(&live, &LiveCatalogue::catalogueChanged);
        QSignalSpy failed(&live, &LiveCatalogue::refreshFailed);
        live.refresh(project);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() || !failed.isEmpty(), 20000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
        m_cache = m_data.filePath(QStringLiteral("madbase/catalogue.json"));
        // cpx42 cannot be ordered in hel1; Hetzner announced the end of cx23 in fsn1.
        QString error;
        QVERIFY2(m_emulator.start({QStringLiteral("--unavailable"), QStringLiteral("cpx42@hel1"),
                                   QStringLiteral("--deprecate"),
                                   QStringLiteral("cx23@fsn1=2030-01-01T00:00:00Z")},
                                  &error),
                 qPrintable(error));
        m_store =
            new app::SecretStore({app::SecretStore::Backend::File, {}, QStringLiteral("MadBase")}, this);
        QVERIFY(hetznerProjects::add(QStringLiteral("prod")));
        hetznerProjects::setEndpoint(QStringLiteral("prod"), QString::fromStdString(m_emulator.endpoint()));
        QVERIFY(m_store->writeNow(app::secretKey::hetznerToken(QStringLiteral("prod")),
                                  QString::fromStdString(HcloudEmulator::token())));
    }

    void testRefreshFetchesPlansPerLocationAndCachesThem()
    {
        LiveCatalogue live(m_store, m_cache);
        QCOMPARE(live.current().origin.kind, CatalogueOrigin::Kind::Builtin);
        refreshed(live);
        const CatalogueSnapshot &now = live.current();
        QCOMPARE(now.origin.kind, CatalogueOrigin::Kind::Api);
        QCOMPARE(now.origin.project, QStringLiteral("prod"));
        QVERIFY(qAbs(now.origin.fetched.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        const topology::ServerPlan *cpx42 = now.catalogue->plan("cpx42");
        QVERIFY(cpx42);
        QVERIFY(cpx42->offeredIn("fsn1"));
        QVERIFY(!cpx42->offeredIn("hel1"));
        QVERIFY(topology::PlanCatalogue::builtin().plan("cpx42")->offeredIn("hel1"));
        QCOMPARE(now.origin.deprecatedIn("cx23", "fsn1").value_or(QString()),
                 QStringLiteral("2030-01-01T00:00:00Z"));
        QVERIFY(!now.origin.deprecatedIn("cx23", "nbg1"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_cache), 10000); // written after the catalogue changed

        // The next start reads the cache: the same plans, the same origin, without the API.
        LiveCatalogue next(m_store, m_cache);
        QSignalSpy loaded(&next, &LiveCatalogue::catalogueChanged);
        next.loadCache();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(next.current().origin.project, QStringLiteral("prod"));
        QCOMPARE(next.current().origin.fetched.toSecsSinceEpoch(), now.origin.fetched.toSecsSinceEpoch());
        QCOMPARE(next.current().catalogue->plans().size(), now.catalogue->plans().size());
        QVERIFY(!next.current().catalogue->plan("cpx42")->offeredIn("hel1"));
        QVERIFY(next.current().origin.deprecatedIn("cx23", "fsn1").has_value());
    }

    void testInspectorOffersOnlyThePlansOfTheLocation()
    {
        LiveCatalogue live(m_store, m_cache);
        refreshed(live);
        DesignDocument document;
        document.reset(mb::test::exampleTopology("starter"), QString());
        PillarInspector page(&document);
        ClusterInspector cluster(&document);
        QAbstractItemModelTester tester(page.planListModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        document.setCatalogue(live.current().catalogue, live.current().origin);
        page.setPillar(Pillar::Worker);

        QVERIFY(document.setLocation("hel1"));
        PlanListModel *plans = page.planListModel();
        QCOMPARE(plans->rowOf("cpx42"), -1);
        QVERIFY(plans->rowOf("cpx32") >= 0);
        for (int row = 0; row < page.planCombo()->count(); ++row)
            QVERIFY(page.planCombo()->itemData(row, PlanListModel::PlanNameRole).toString() != u"cpx42");

        QVERIFY(document.setLocation("fsn1"));
        QVERIFY(plans->rowOf("cpx42") >= 0);
        const QModelIndex cx23 = plans->index(plans->rowOf("cx23"));
        QVERIFY(cx23.data(PlanListModel::DeprecatedRole).toBool());
        QVERIFY2(cx23.data().toString().contains(QLatin1String("deprecated, sold until 2030-01-01")),
                 qPrintable(cx23.data().toString()));
        QVERIFY(!plans->index(plans->rowOf("cpx42")).data(PlanListModel::DeprecatedRole).toBool());

        // The cost panel says where its prices come from and when they were taken.
        const QString cost = cluster.costLabel()->text();
        QVERIFY2(
            cost.contains(QLatin1String("Hetzner API (project prod)")) &&
                cost.contains(live.current().origin.fetched.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            qPrintable(cost));

        // A design whose plan the location does not sell shows it flagged, and it is a problem.
        QVERIFY(document.setPlan(Pillar::Worker, "cpx42"));
        QVERIFY(document.setLocation("hel1"));
        QCOMPARE(plans->rowOf("cpx42"), 0);
        QVERIFY(plans->index(0).data().toString().contains(QLatin1String("not offered in hel1")));
        QVERIFY(std::any_of(document.diagnostics().begin(), document.diagnostics().end(), [](const auto &d) {
            return d.severity == topology::Severity::Error && d.pointer.find("/pillars/worker") == 0;
        }));
    }

    void testBuiltinCostSaysItIsTheBuiltinList()
    {
        DesignDocument document;
        document.reset(mb::test::exampleTopology("starter"), QString());
        ClusterInspector cluster(&document);
        QVERIFY2(cluster.costLabel()->text().contains(QLatin1String("built into Studio")),
                 qPrintable(cluster.costLabel()->text()));
    }

    void testABrokenCacheIsRefusedWithWhere()
    {
        const QString broken = m_data.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version":1,"project":"prod","fetched":"2026-12-01T10:00:00Z",)"
                   R"("server_types":[{"id":1,"name":"cx23","cores":"two"}]})");
        file.close();
        const auto loaded = loadCatalogueCache(broken);
        QVERIFY(!loaded.has_value());
        QVERIFY2(loaded.error().contains(QLatin1String("/server_types/0")), qPrintable(loaded.error()));
        // And a live catalogue over it stays on the built-in one.
        LiveCatalogue live(m_store, broken);
        live.loadCache();
        QTest::qWait(300);
        QCOMPARE(live.current().origin.kind, CatalogueOrigin::Kind::Builtin);
    }

    void testRefreshWithoutATokenSaysWhere()
    {
        QVERIFY(hetznerProjects::add(QStringLiteral("empty")));
        LiveCatalogue live(m_store, m_data.filePath(QStringLiteral("other.json")));
        QSignalSpy failed(&live, &LiveCatalogue::refreshFailed);
        live.refresh(QStringLiteral("empty"));
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("Preferences")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(live.current().origin.kind, CatalogueOrigin::Kind::Builtin);
    }
};

QTEST_MAIN(TestLiveCatalogue)
#include "tst_LiveCatalogue.moc"
