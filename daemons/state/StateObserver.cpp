// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "StateObserver.h"

#include "Component.h"
#include "ComponentSupervisor.h"
#include "DaemonRuntime.h"
#include "providers/local/LocalPorts.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>

namespace mb::state {

namespace {

constexpr int PollMs = 2000;
constexpr int TimeoutMs = 1500;
// Port slots of resources/templates/state.json.
constexpr int RedisSlot = 2;
constexpr int PatroniSlot = 6;
constexpr int EtcdSlot = 7;

QJsonObject jsonOf(QNetworkReply *reply)
{
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QString bytes(qint64 n)
{
    return n < 1024 * 1024 ? QStringLiteral("%1 B").arg(n) : QStringLiteral("%1 MiB").arg(n / (1024 * 1024));
}

} // namespace

StateObserver::StateObserver(daemon::DaemonRuntime &runtime, QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
{
    connect(&runtime, &daemon::DaemonRuntime::desiredConfigChanged, this,
            [this](int, const QJsonObject &desired) {
                const QJsonObject values = desired.value(QLatin1String("values")).toObject();
                if (values.contains(QLatin1String("redisPassword")))
                    m_redisPassword = values.value(QLatin1String("redisPassword")).toString();
            });
    runtime.addHealthCheck(QStringLiteral("pillar"), [this](QString *detail) {
        const QString text = problems();
        if (detail)
            *detail = text;
        return text.isEmpty();
    });
    m_timer.setInterval(PollMs);
    connect(&m_timer, &QTimer::timeout, this, &StateObserver::poll);
    m_timer.start();
}

QString StateObserver::problems() const
{
    QStringList out;
    for (const QString &p : {m_etcdProblem, m_patroniProblem, m_redisProblem})
        if (!p.isEmpty())
            out << p;
    return out.join(QStringLiteral("; "));
}

QString StateObserver::base(int slot) const
{
    return QStringLiteral("http://%1:%2")
        .arg(m_runtime.config().listenAddress.toString())
        .arg(providers::local::componentPort(m_runtime.serverPort(), slot));
}

QNetworkReply *StateObserver::get(const QString &url)
{
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(TimeoutMs);
    return m_runtime.network().get(request);
}

void StateObserver::poll()
{
    if (m_runtime.serverPort() == 0)
        return;
    QNetworkReply *cluster = get(base(PatroniSlot) + QStringLiteral("/cluster"));
    connect(cluster, &QNetworkReply::finished, this, [this, cluster] {
        cluster->deleteLater();
        if (cluster->error() == QNetworkReply::NoError)
            observePatroni(jsonOf(cluster).value(QLatin1String("members")).toArray());
        else
            m_patroniProblem = tr("Patroni on this node does not answer");
    });
    QNetworkRequest list{QUrl(base(EtcdSlot) + QStringLiteral("/v3/cluster/member/list"))};
    list.setTransferTimeout(TimeoutMs);
    list.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *members = m_runtime.network().post(list, QByteArrayLiteral("{}"));
    connect(members, &QNetworkReply::finished, this, [this, members] {
        members->deleteLater();
        if (members->error() == QNetworkReply::NoError) {
            observeEtcd(jsonOf(members).value(QLatin1String("members")).toArray());
        } else {
            m_etcdMembers = 0;
            m_etcdProblem = tr("etcd on this node has no quorum or does not answer");
            publish();
        }
    });
    if (m_redisPassword.isEmpty())
        return;
    auto *socket = new QTcpSocket(this);
    auto *buffer = new QByteArray;
    connect(socket, &QTcpSocket::connected, socket, [this, socket] {
        socket->write("AUTH " + m_redisPassword.toUtf8() + "\r\nINFO replication\r\nQUIT\r\n");
    });
    connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer] { *buffer += socket->readAll(); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket, buffer] {
        observeRedis(*buffer);
        delete buffer;
        socket->deleteLater();
    });
    connect(socket, &QTcpSocket::errorOccurred, socket, [socket] { socket->abort(); });
    QTimer::singleShot(TimeoutMs, socket, [socket] { socket->abort(); });
    socket->connectToHost(
        m_runtime.config().listenAddress,
        static_cast<quint16>(providers::local::componentPort(m_runtime.serverPort(), RedisSlot)));
}

void StateObserver::observePatroni(const QJsonArray &members)
{
    const QString self = m_runtime.config().node;
    QStringList down;
    bool leader = false;
    for (const QJsonValue &v : members) {
        const QJsonObject m = v.toObject();
        const QString name = m.value(QLatin1String("name")).toString();
        const QString role = m.value(QLatin1String("role")).toString();
        const bool running = m.value(QLatin1String("state")).toString() == QLatin1String("running");
        leader = leader || (role == QLatin1String("leader") && running);
        if (!running)
            down << name;
        if (name != self)
            continue;
        const QString shown = role == QLatin1String("leader")         ? QStringLiteral("leader")
                              : role == QLatin1String("sync_standby") ? QStringLiteral("sync-replica")
                                                                      : QStringLiteral("replica");
        const qint64 lag = m.value(QLatin1String("lag")).toInteger(-1);
        QJsonObject facts{{QStringLiteral("role"), shown}, {QStringLiteral("members"), members.size()}};
        if (lag >= 0)
            facts.insert(QStringLiteral("lagBytes"), lag);
        if (daemon::Component *c = m_runtime.components().component(QStringLiteral("postgres")))
            c->setObserved(shown, lag >= 0 ? tr("lag %1").arg(bytes(lag)) : QString(), facts);
    }
    if (!leader)
        m_patroniProblem = tr("PostgreSQL has no leader (writes are refused)");
    else if (!down.isEmpty())
        m_patroniProblem = tr("PostgreSQL member %1 is down").arg(down.join(QStringLiteral(", ")));
    else
        m_patroniProblem.clear();
}

void StateObserver::observeEtcd(const QJsonArray &members)
{
    m_etcdMembers = static_cast<int>(members.size());
    m_etcdHealthy = 0;
    m_etcdAnswers = m_etcdMembers;
    for (const QJsonValue &v : members) {
        const QString url = v.toObject().value(QLatin1String("clientURLs")).toArray().at(0).toString();
        if (url.isEmpty()) {
            --m_etcdAnswers; // added, not started yet
            continue;
        }
        QNetworkReply *health = get(url + QStringLiteral("/health"));
        connect(health, &QNetworkReply::finished, this, [this, health] {
            health->deleteLater();
            if (health->error() == QNetworkReply::NoError &&
                jsonOf(health).value(QLatin1String("health")).toString() == QLatin1String("true"))
                ++m_etcdHealthy;
            if (--m_etcdAnswers == 0)
                publish();
        });
    }
    if (m_etcdAnswers == 0)
        publish();
}

void StateObserver::observeRedis(const QByteArray &info)
{
    daemon::Component *c = m_runtime.components().component(QStringLiteral("redis"));
    if (!info.contains("role:")) {
        m_redisProblem = c && c->isUp() ? tr("Redis on this node does not answer") : QString();
        return;
    }
    const bool master = info.contains("role:master");
    const auto field = [&](QByteArrayView key) {
        const qsizetype at = info.indexOf(key);
        return at < 0 ? QByteArray() : info.mid(at + key.size(), info.indexOf('\r', at) - at - key.size());
    };
    const QString replicas = QString::fromLatin1(field("connected_slaves:"));
    const bool linkUp = field("master_link_status:") == "up";
    if (c)
        c->setObserved(
            master ? QStringLiteral("master") : QStringLiteral("replica"),
            master   ? tr("%1 replicas").arg(replicas)
            : linkUp ? tr("link up")
                     : tr("link down"),
            {{QStringLiteral("role"), master ? QStringLiteral("master") : QStringLiteral("replica")}});
    m_redisProblem = !master && !linkUp ? tr("Redis replica has lost its master") : QString();
}

void StateObserver::publish()
{
    const int quorum = m_etcdMembers / 2 + 1;
    if (m_etcdMembers > 0 && m_etcdHealthy < quorum)
        m_etcdProblem = tr("etcd: %1 of %2 members healthy, no quorum").arg(m_etcdHealthy).arg(m_etcdMembers);
    else if (m_etcdMembers > 0 && m_etcdHealthy < m_etcdMembers)
        m_etcdProblem = (m_etcdHealthy - 1 < quorum
                             ? tr("etcd: %1 of %2 members healthy, one more failure loses the quorum")
                             : tr("etcd: %1 of %2 members healthy"))
                            .arg(m_etcdHealthy)
                            .arg(m_etcdMembers);
    else if (m_etcdMembers > 0)
        m_etcdProblem.clear();
    if (daemon::Component *c = m_runtime.components().component(QStringLiteral("etcd")))
        c->setObserved(
            QStringLiteral("member"),
            m_etcdProblem.isEmpty() ? tr("%1 of %2 healthy").arg(m_etcdHealthy).arg(m_etcdMembers)
                                    : m_etcdProblem,
            {{QStringLiteral("members"), m_etcdMembers}, {QStringLiteral("healthy"), m_etcdHealthy}});
}

} // namespace mb::state
