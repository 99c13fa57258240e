// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "StateDrain.h"

#include <QTest>

using namespace mb;

/// Reading etcd's v3 member list (as its JSON gateway answers) to find the member to remove.
class TestStateDrain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheMemberByItsPeerUrl()
    {
        const std::string answer =
            "{\"header\":{\"cluster_id\":\"1\"},\"members\":["
            "{\"ID\":\"11111\",\"name\":\"c-state-1\",\"peerURLs\":[\"http://127.0.0.1:24108\"]},"
            "{\"ID\":\"22222\",\"name\":\"c-state-2\",\"peerURLs\":[\"http://127.0.0.1:24208\"],"
            "\"isLearner\":true}]}";
        const auto id = controlplane::etcdMemberWithPeer(answer, "http://127.0.0.1:24208");
        QVERIFY(id.has_value());
        QCOMPARE(*id, std::string("22222"));
        const auto none = controlplane::etcdMemberWithPeer(answer, "http://127.0.0.1:24308");
        QVERIFY(none.has_value());
        QVERIFY(none->empty());
    }

    void malformedAnswersAreErrors()
    {
        for (const std::string bad : {"", "[1]", "{\"members\":{}}", "{\"members\":[1]}",
                                      "{\"members\":[{\"ID\":[],\"peerURLs\":[\"http://a:1\"]}]}"}) {
            const auto id = controlplane::etcdMemberWithPeer(bad, "http://a:1");
            QVERIFY2(!id.has_value(), bad.c_str());
            QVERIFY(!id.error().message.text().empty());
        }
    }
};

QTEST_GUILESS_MAIN(TestStateDrain)
#include "tst_StateDrain.moc"
