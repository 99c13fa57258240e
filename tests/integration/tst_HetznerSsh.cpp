// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "providers/hetzner/HetznerProvider.h"
#include "ssh/HostKey.h"
#include "ssh/SshSession.h"
#include "support/HcloudEmulator.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <fstream>
#include <mutex>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace mb;
using namespace mb::providers;
using namespace mb::providers::hetzner;

namespace {

/// Emulated servers live in this range; the emulator guards it with an unreachable route.
constexpr const char *LabRange = "10.197.0.0/16";

#define VERIFY_OK(expr)                                                                                      \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(r_, r_ ? "" : r_.error().describe().c_str());                                               \
    } while (false)

/// errno of a TCP connect from this (the root) namespace to host:port, 0 when it connected.
int connectErrno(const std::string &host, int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    ::inet_pton(AF_INET, host.c_str(), &addr.sin_addr);
    timeval tv{2, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    const int rc = ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    const int err = rc == 0 ? 0 : errno;
    ::close(fd);
    return err;
}

QString ipRoute(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("ip"), args);
    p.waitForFinished(5000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int countIn(const std::string &file, const std::string &text)
{
    std::ifstream in(file);
    int n = 0;
    for (std::string line; std::getline(in, line);)
        n += line.find(text) != std::string::npos ? 1 : 0;
    return n;
}

} // namespace

/// Emulated Hetzner servers backed by network namespaces with sshd, reached over SSH with host
/// keys pinned from creation on; the private zone only through the System node.
class TestHetznerSsh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(::geteuid() == 0, "this test builds network namespaces and must run as root");
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_emulator->start({QStringLiteral("--time-scale"), QStringLiteral("0.01"),
                                    QStringLiteral("--netns-range"), QString::fromLatin1(LabRange)},
                                   &error),
                 qPrintable(error));
        // The guard is in place before any server exists.
        QVERIFY(ipRoute({QStringLiteral("route"), QStringLiteral("show"), QString::fromLatin1(LabRange)})
                    .contains(QStringLiteral("unreachable")));
        m_clientKey = m_dir.filePath(QStringLiteral("cluster_ed25519")).toStdString();
        auto key = ssh::loadOrCreateKeyPair(m_clientKey, "cluster");
        VERIFY_OK(key);
        struct stat st
        {};
        QCOMPARE(::stat(m_clientKey.c_str(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);

        HetznerProviderOptions o;
        o.api.endpoint = m_emulator->endpoint();
        o.api.pollInterval = std::chrono::milliseconds{50};
        o.layout.networkCidr = "10.197.0.0/17";
        o.layout.sshPublicKey = key->publicKey;
        o.userData = [this](const NodeSpec &spec, const std::string &) -> Result<std::string> {
            auto host = ssh::generateEd25519(spec.name);
            if (!host)
                return std::unexpected(host.error());
            std::scoped_lock lock(m_mutex);
            m_hostKeys[spec.name] = host->publicKey;
            return ssh::cloudConfig(*host);
        };
        m_provider = std::make_unique<HetznerProvider>(std::move(o), test::HcloudEmulator::token());
        for (const auto &[pillar, name] : {std::pair{topology::Pillar::System, "lab-system-1"},
                                           std::pair{topology::Pillar::Worker, "lab-worker-1"}}) {
            NodeSpec spec;
            spec.cluster = "lab";
            spec.name = name;
            spec.pillar = pillar;
            spec.plan = "cx23";
            auto node = m_provider->createNode(spec);
            VERIFY_OK(node);
            m_nodes[name] = *node;
        }
        auto servers = m_provider->client().servers("madbase-cluster=lab");
        VERIFY_OK(servers);
        for (const Server &s : *servers)
            if (s.name == "lab-system-1")
                m_systemPublic = s.ipv4;
        QVERIFY(!m_systemPublic.empty());
    }

    void testPrivateNodeIsUnreachableFromTheRootNamespace()
    {
        // The System node's public address answers from here (its sshd may still be starting).
        int err = ECONNREFUSED;
        for (int i = 0; i < 100 && err != 0; ++i, QTest::qWait(50))
            err = connectErrno(m_systemPublic, 22);
        QCOMPARE(err, 0);
        // The worker has no public address, and its private one is not routed here: the guard
        // route answers at once instead of a packet leaving the machine.
        for (const char *node : {"lab-worker-1", "lab-system-1"}) {
            const int e = connectErrno(m_nodes[node].privateAddress, 22);
            QVERIFY2(e == EHOSTUNREACH || e == ENETUNREACH, qPrintable(QString::number(e)));
        }
    }

    void testPinnedSessionRunsCommands()
    {
        auto session = ssh::SshSession::connect(target(m_systemPublic, "lab-system-1"));
        VERIFY_OK(session);
        auto r = (*session)->exec("echo out; echo err >&2; exit 3");
        VERIFY_OK(r);
        QCOMPARE(r->out, std::string("out\n"));
        QCOMPARE(r->err, std::string("err\n"));
        QCOMPARE(r->exitStatus, 3);
        auto input = (*session)->run("cat", "through stdin");
        VERIFY_OK(input);
        QCOMPARE(*input, std::string("through stdin"));
    }

    void testPrivateNodeThroughTheJumpHost()
    {
        auto jump = ssh::SshSession::connect(target(m_systemPublic, "lab-system-1"));
        VERIFY_OK(jump);
        auto inner = (*jump)->jump(target(m_nodes["lab-worker-1"].privateAddress, "lab-worker-1"));
        VERIFY_OK(inner);
        auto addresses = (*inner)->run("ip -o -4 addr show");
        VERIFY_OK(addresses);
        QVERIFY(addresses->find(m_nodes["lab-worker-1"].privateAddress) != std::string::npos);
        QVERIFY2(addresses->find("eth0") == std::string::npos, addresses->c_str()); // no public interface
        auto twice = (*inner)->run("echo second");
        VERIFY_OK(twice);
        QCOMPARE(*twice, std::string("second\n"));
    }

    void testHostKeyMismatchRunsNothing()
    {
        const std::string log = directory("lab-system-1") + "/sshd.log";
        const std::string marker = directory("lab-system-1") + "/root/mismatch-ran";
        const int accepted = countIn(log, "Accepted publickey");
        // The worker's key pinned for the System node: the wrong server.
        ssh::SshTarget wrong = target(m_systemPublic, "lab-system-1");
        wrong.hostKey = m_hostKeys["lab-worker-1"];
        auto session = ssh::SshSession::connect(wrong);
        QVERIFY(!session);
        QCOMPARE(session.error().code, ErrorCode::SshHostKey);
        QVERIFY2(session.error().message.text().find("Nothing was sent or run there") != std::string::npos,
                 session.error().message.text().c_str());
        QVERIFY(session.error().message.text().find(ssh::fingerprint(m_hostKeys["lab-worker-1"])) !=
                std::string::npos);
        // Nothing authenticated and nothing ran; the same steps with the right key do both.
        QTest::qWait(200);
        QCOMPARE(countIn(log, "Accepted publickey"), accepted);
        QVERIFY(!QFile::exists(QString::fromStdString(marker)));
        auto right = ssh::SshSession::connect(target(m_systemPublic, "lab-system-1"));
        VERIFY_OK(right);
        VERIFY_OK((*right)->run("touch /root/mismatch-ran"));
        QVERIFY(QFile::exists(QString::fromStdString(marker)));
        QVERIFY(countIn(log, "Accepted publickey") > accepted);

        // Behind the jump host too: the inner host's key is checked as well.
        ssh::SshTarget wrongInner = target(m_nodes["lab-worker-1"].privateAddress, "lab-worker-1");
        wrongInner.hostKey = m_hostKeys["lab-system-1"];
        auto inner = (*right)->jump(wrongInner);
        QVERIFY(!inner);
        QCOMPARE(inner.error().code, ErrorCode::SshHostKey);
    }

    void testUploadLandsIntactInTheServersOwnDirectory()
    {
        auto jump = ssh::SshSession::connect(target(m_systemPublic, "lab-system-1"));
        VERIFY_OK(jump);
        auto inner = (*jump)->jump(target(m_nodes["lab-worker-1"].privateAddress, "lab-worker-1"));
        VERIFY_OK(inner);
        std::string content(1 << 20, '\0');
        for (std::size_t i = 0; i < content.size(); ++i)
            content[i] = static_cast<char>((i * 2654435761u) >> 13);
        VERIFY_OK((*inner)->upload(content, "/root/package.bin", 0600));
        auto mode = (*inner)->run("stat -c %a /root/package.bin");
        VERIFY_OK(mode);
        QCOMPARE(*mode, std::string("600\n"));
        // On the emulated server, /root is that server's own directory, not this machine's.
        QFile landed(QString::fromStdString(directory("lab-worker-1") + "/root/package.bin"));
        QVERIFY(landed.open(QIODevice::ReadOnly));
        QCOMPARE(landed.readAll().toStdString() == content, true);
        QVERIFY(!QFile::exists(QStringLiteral("/root/package.bin")));
    }

    void testClientKeyOthersMayReadIsRefused()
    {
        const std::string open = m_dir.filePath(QStringLiteral("open_key")).toStdString();
        QVERIFY(QFile::copy(QString::fromStdString(m_clientKey), QString::fromStdString(open)));
        ::chmod(open.c_str(), 0644);
        ssh::SshTarget t = target(m_systemPublic, "lab-system-1");
        t.clientKey = open;
        auto session = ssh::SshSession::connect(t);
        QVERIFY(!session);
        QVERIFY2(session.error().describe().find("open_key") != std::string::npos,
                 session.error().describe().c_str());
    }

    void cleanupTestCase()
    {
        const auto backing = m_emulator->backing();
        for (const auto &[name, node] : m_nodes)
            VERIFY_OK(m_provider->deleteNode("lab", name));
        VERIFY_OK(m_provider->removeCluster("lab"));
        m_provider.reset();
        m_emulator.reset();
        // Every namespace and the guard route are gone with the emulator.
        const QString namespaces = ipRoute({QStringLiteral("netns"), QStringLiteral("list")});
        if (backing.contains("servers"))
            for (const auto &[id, server] : backing["servers"].items())
                QVERIFY2(!namespaces.contains(QString::fromStdString(server.value("namespace", "?"))),
                         qPrintable(namespaces));
        QVERIFY(!ipRoute({QStringLiteral("route"), QStringLiteral("show"), QString::fromLatin1(LabRange)})
                     .contains(QStringLiteral("unreachable")));
    }

private:
    ssh::SshTarget target(const std::string &host, const std::string &node)
    {
        ssh::SshTarget t;
        t.host = host;
        t.hostKey = m_hostKeys[node];
        t.clientKey = m_clientKey;
        t.connectTimeout = std::chrono::seconds{20};
        return t;
    }

    /// The emulated server's own directory (its sshd log, its /root).
    std::string directory(const std::string &node)
    {
        const auto backing = m_emulator->backing();
        if (!backing.is_object() || !backing.contains("servers"))
            return "/nonexistent";
        for (const auto &[id, server] : backing["servers"].items())
            if (server.value("name", std::string()) == node)
                return server.value("directory", std::string());
        return "/nonexistent";
    }

    QTemporaryDir m_dir;
    std::unique_ptr<test::HcloudEmulator> m_emulator = std::make_unique<test::HcloudEmulator>();
    std::unique_ptr<HetznerProvider> m_provider;
    std::string m_clientKey;
    std::string m_systemPublic;
    std::mutex m_mutex;
    std::map<std::string, std::string> m_hostKeys;
    std::map<std::string, NodeInfo> m_nodes;
};

QTEST_GUILESS_MAIN(TestHetznerSsh)
#include "tst_HetznerSsh.moc"
