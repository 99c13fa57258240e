// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "providers/local/LocalProvider.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace mb;
using namespace mb::providers::local;

/// A root's own range of node ports (`root/local-ports`), so clusters in different roots never
/// meet on a port.
class TestLocalPortRange : public QObject
{
    Q_OBJECT

    static void writeRange(const QTemporaryDir &dir, const std::string &text)
    {
        std::ofstream(std::filesystem::path(dir.path().toStdString()) / PortRangeFile) << text;
    }

    static int recordedPort(const QTemporaryDir &dir, const std::string &node)
    {
        std::ifstream in(std::filesystem::path(dir.path().toStdString()) / "c1" / "nodes" / node /
                         "node.json");
        std::ostringstream s;
        s << in.rdbuf();
        return nlohmann::json::parse(s.str(), nullptr, false).value("port", 0);
    }

private Q_SLOTS:
    void testWithoutTheFileTheDefaultsHold()
    {
        QTemporaryDir dir;
        const auto range = portRangeOf(dir.path().toStdString(), {20000, 29999});
        QVERIFY(range);
        QCOMPARE(range->first, 20000);
        QCOMPARE(range->last, 29999);
    }

    void testTheFileGivesTheRange()
    {
        QTemporaryDir dir;
        writeRange(dir, "  21000-21041\n");
        const auto range = portRangeOf(dir.path().toStdString(), {20000, 29999});
        QVERIFY2(range, range ? "" : range.error().describe().c_str());
        QCOMPARE(range->first, 21000);
        QCOMPARE(range->last, 21041);
    }

    void testBadContentIsAnErrorNamingTheFile_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("one port") << QStringLiteral("21000");
        QTest::newRow("reversed") << QStringLiteral("21041-21000");
        QTest::newRow("privileged") << QStringLiteral("80-90");
        QTest::newRow("ephemeral") << QStringLiteral("32000-40000");
        QTest::newRow("trailing words") << QStringLiteral("21000-21041 please");
        QTest::newRow("words") << QStringLiteral("low-high");
    }
    void testBadContentIsAnErrorNamingTheFile()
    {
        QFETCH(QString, text);
        QTemporaryDir dir;
        writeRange(dir, text.toStdString());
        const auto range = portRangeOf(dir.path().toStdString(), {20000, 29999});
        QVERIFY(!range);
        const std::string said = range.error().describe();
        QVERIFY2(said.find(PortRangeFile) != std::string::npos, said.c_str());
        QVERIFY2(said.find("FIRST-LAST") != std::string::npos, said.c_str());
    }

    /// The provider hands out ports of the root's range only, and says so when it is used up.
    void testTheProviderAllocatesFromTheRootsRange()
    {
        QTemporaryDir dir;
        writeRange(dir, "23457-23457\n");
        LocalProviderOptions options;
        options.root = dir.path().toStdString();
        options.binDir = "/nonexistent/bin";
        LocalProvider provider(options);
        providers::NodeSpec spec;
        spec.cluster = "c1";
        spec.name = "c1-worker-1";
        spec.plan = "cx23";
        (void)provider.createNode(spec); // no daemon to start here; the record is what counts
        QCOMPARE(recordedPort(dir, "c1-worker-1"), 23457);

        spec.name = "c1-worker-2";
        spec.ordinal = 2;
        const auto second = provider.createNode(spec);
        QVERIFY(!second);
        const std::string said = second.error().describe();
        QVERIFY2(said.find("23457") != std::string::npos, said.c_str());

        writeRange(dir, "nonsense");
        spec.name = "c1-worker-3";
        spec.ordinal = 3;
        const auto third = provider.createNode(spec);
        QVERIFY(!third);
        QVERIFY2(third.error().describe().find(PortRangeFile) != std::string::npos,
                 third.error().describe().c_str());
    }
};

QTEST_GUILESS_MAIN(TestLocalPortRange)
#include "tst_LocalPortRange.moc"
