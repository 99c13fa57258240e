// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LogShipping.h"

#include "DaemonRuntime.h"
#include "LogShipper.h"
#include "Logging.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <cstring>
#include <memory>

namespace mb::daemon {

namespace {

/// Owns the shipper for the runtime; takes the log handler's sink away before it goes.
class ShippingOwner final : public QObject
{
public:
    ShippingOwner(LogShipperOptions options, QObject *parent)
        : QObject(parent)
        , m_shipper(std::make_unique<LogShipper>(std::move(options)))
    {}
    ~ShippingOwner() override { setLogSink({}); }
    [[nodiscard]] LogShipper &shipper() { return *m_shipper; }

private:
    std::unique_ptr<LogShipper> m_shipper;
};

QList<ShippedFile> namedFiles(DaemonRuntime &runtime)
{
    QList<ShippedFile> files;
    const QJsonArray components = runtime.components().toJson();
    for (const QJsonValue &value : components) {
        const QString name = value.toObject().value(QLatin1String("name")).toString();
        if (const Component *component = runtime.components().component(name))
            for (const QString &path : component->spec().logFiles)
                files.append({name, path});
    }
    return files;
}

} // namespace

LogShipper *startLogShipping(DaemonRuntime &runtime, const QByteArray &token)
{
    if (qEnvironmentVariable("MADBASE_LOG_SHIPPING") == u"0")
        return nullptr;
    const DaemonConfig &config = runtime.config();
    LogShipperOptions options;
    options.token = token;
    if (!config.controlPlaneUrl.isEmpty()) {
        QUrl target = config.controlPlaneUrl;
        QString path = target.path();
        if (path.endsWith(u'/'))
            path.chop(1);
        target.setPath(path + QStringLiteral("/v1/agents/logs"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("node"), config.node);
        target.setQuery(query);
        options.target = target;
    } else if (config.pillar == topology::Pillar::System) {
        const QString external =
            runtime.extension(QStringLiteral("system")).value(QLatin1String("lokiUrl")).toString();
        if (!external.isEmpty()) {
            QUrl target(external);
            QString path = target.path();
            if (path.endsWith(u'/'))
                path.chop(1);
            target.setPath(path + QStringLiteral("/loki/api/v1/push"));
            options.target = target;
            options.token.clear(); // the node's token is for its own store only
        } else {
            options.target = QUrl(QStringLiteral("http://%1:%2/loki/api/v1/push")
                                      .arg(config.listenAddress.toString())
                                      .arg(componentPort(config.listenPort, 2)));
        }
    } else {
        return nullptr;
    }
    options.cluster = config.cluster;
    options.pillar = QString::fromUtf8(topology::pillarName(config.pillar));
    options.node = config.node;
    options.spoolDir = config.dataDir + QStringLiteral("/log-buffer");
    auto *owner = new ShippingOwner(std::move(options), &runtime);
    LogShipper *shipper = &owner->shipper();
    setLogSink([shipper](QtMsgType type, const char *category, QByteArrayView line, QByteArrayView body) {
        if (std::strcmp(category, "madbase.component") == 0) {
            QByteArray component;
            QByteArray text;
            if (componentOutput(body, &component, &text)) {
                shipper->enqueue(component, levelOfLine(text), text);
                return;
            }
        }
        shipper->enqueue(std::strcmp(category, "madbase.events") == 0 ? QByteArrayView("control-plane")
                                                                      : QByteArrayView("daemon"),
                         lokiLevel(type), line);
    });
    runtime.addMetricsCollector([shipper](MetricsText &out) { shipper->collectMetrics(out); });
    QObject::connect(&runtime.components(), &ComponentSupervisor::componentStateChanged, owner,
                     [shipper, &runtime] { shipper->setFiles(namedFiles(runtime)); });
    QObject::connect(&runtime, &DaemonRuntime::stopping, owner, [shipper] { shipper->flush(); });
    QObject::connect(&runtime, &DaemonRuntime::stopped, owner, [shipper] { shipper->flush(); });
    shipper->start();
    return shipper;
}

} // namespace mb::daemon
