// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LiveCatalogue.h"

#include "HetznerProjects.h"
#include "common/AtomicFile.h"
#include "common/Background.h"
#include "common/CoreText.h"
#include "common/SecretStore.h"
#include "document/DesignDocument.h"
#include "panels/ClusterInspector.h"
#include "providers/hetzner/HetznerClient.h"
#include "providers/hetzner/ServerTypeMerge.h"
#include "window/MessageBar.h"

#include <QFile>
#include <QPushButton>
#include <QStandardPaths>

#include <nlohmann/json.hpp>

namespace mb::studio {

namespace hz = providers::hetzner;

namespace {

constexpr int CacheVersion = 1;
constexpr qint64 MaxCacheBytes = 8 << 20;

/// The server types as the API answers them (the reader's own format), so the cache is read back
/// by the same strict reader as an answer.
nlohmann::json answerOf(const std::vector<hz::ServerType> &types)
{
    nlohmann::json list = nlohmann::json::array();
    for (const hz::ServerType &t : types) {
        nlohmann::json prices = nlohmann::json::array();
        nlohmann::json locations = nlohmann::json::array();
        for (const hz::ServerTypeLocation &l : t.locations) {
            if (!l.monthlyNet.empty())
                prices.push_back({{"location", l.name},
                                  {"price_monthly", {{"net", l.monthlyNet}}},
                                  {"price_hourly", {{"net", l.hourlyNet.empty() ? "0" : l.hourlyNet}}}});
            locations.push_back(
                {{"name", l.name},
                 {"available", l.available},
                 {"deprecation", l.unavailableAfter.empty()
                                     ? nlohmann::json()
                                     : nlohmann::json{{"unavailable_after", l.unavailableAfter}}}});
        }
        list.push_back({{"id", t.id},
                        {"name", t.name},
                        {"description", t.description},
                        {"cores", t.cores},
                        {"memory", t.memoryGb},
                        {"disk", t.diskGb},
                        {"cpu_type", t.cpuType},
                        {"architecture", t.architecture},
                        {"storage_type", t.storageType},
                        {"prices", prices},
                        {"locations", locations}});
    }
    return list;
}

std::expected<CatalogueSnapshot, QString> snapshotOf(const std::vector<hz::ServerType> &types,
                                                     const QString &project, const QDateTime &fetched)
{
    const std::string takenOn = fetched.toUTC().date().toString(Qt::ISODate).toStdString();
    auto plans = hz::plansFromServerTypes(types, takenOn);
    if (!plans)
        return std::unexpected(app::describe(plans.error()));
    auto catalogue = topology::PlanCatalogue::builtin().withPlans(std::move(*plans), takenOn);
    if (!catalogue)
        return std::unexpected(app::describe(catalogue.error()));
    CatalogueSnapshot snapshot;
    snapshot.catalogue = std::make_shared<const topology::PlanCatalogue>(std::move(*catalogue));
    snapshot.origin.kind = CatalogueOrigin::Kind::Api;
    snapshot.origin.project = project;
    snapshot.origin.fetched = fetched.toUTC();
    snapshot.origin.pricesTaken = QString::fromStdString(takenOn);
    for (const hz::ServerType &t : types) {
        for (const hz::ServerTypeLocation &l : t.locations) {
            if (!l.unavailableAfter.empty())
                snapshot.origin.deprecated[t.name][l.name] = l.unavailableAfter;
        }
    }
    return snapshot;
}

CatalogueSnapshot builtinSnapshot()
{
    CatalogueSnapshot snapshot;
    // The built-in catalogue lives as long as the program; the pointer does not own it.
    snapshot.catalogue = std::shared_ptr<const topology::PlanCatalogue>(std::shared_ptr<void>(),
                                                                        &topology::PlanCatalogue::builtin());
    snapshot.origin.pricesTaken = QString::fromStdString(topology::PlanCatalogue::builtin().pricesTaken());
    return snapshot;
}

/// A fetched catalogue with the API answer it came from, for the cache.
struct Fetched
{
    std::expected<CatalogueSnapshot, QString> snapshot;
    QByteArray serverTypes;
};

Fetched fetchServerTypes(const QString &project, const QString &endpoint, const QString &token)
{
    hz::ApiOptions options;
    if (!endpoint.trimmed().isEmpty())
        options.endpoint = endpoint.trimmed().toStdString();
    options.maxAttempts = 2;
    options.requestTimeout = std::chrono::seconds{20};
    hz::HetznerClient client(options, token.toStdString());
    Fetched result;
    auto types = client.serverTypes();
    if (!types) {
        result.snapshot = std::unexpected(app::describe(types.error()));
        return result;
    }
    result.snapshot = snapshotOf(*types, project, QDateTime::currentDateTimeUtc());
    result.serverTypes = QByteArray::fromStdString(answerOf(*types).dump());
    return result;
}

} // namespace

std::expected<CatalogueSnapshot, QString> loadCatalogueCache(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return std::unexpected(
            CatalogueSnapshot::tr("Cannot read the catalogue cache %1: %2").arg(file, in.errorString()));
    if (in.size() > MaxCacheBytes)
        return std::unexpected(
            CatalogueSnapshot::tr("The catalogue cache %1 is larger than 8 MB.").arg(file));
    const auto root = nlohmann::json::parse(in.readAll().toStdString(), nullptr, false);
    const auto bad = [&file](const char *where) {
        return std::unexpected(
            CatalogueSnapshot::tr("The catalogue cache %1 cannot be used (at %2); it is fetched again "
                                  "at the next refresh.")
                .arg(file, QLatin1String(where)));
    };
    if (!root.is_object() || root.value("version", 0) != CacheVersion)
        return bad("/version");
    if (!root.contains("project") || !root["project"].is_string())
        return bad("/project");
    if (!root.contains("fetched") || !root["fetched"].is_string())
        return bad("/fetched");
    const QDateTime fetched =
        QDateTime::fromString(QString::fromStdString(root["fetched"].get<std::string>()), Qt::ISODate);
    if (!fetched.isValid())
        return bad("/fetched");
    if (!root.contains("server_types") || !root["server_types"].is_array())
        return bad("/server_types");
    std::vector<hz::ServerType> types;
    const nlohmann::json &list = root["server_types"];
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto t = hz::read::serverType(list[i], "/server_types/" + std::to_string(i), "the catalogue cache");
        if (!t)
            return std::unexpected(app::describe(t.error()));
        types.push_back(std::move(*t));
    }
    return snapshotOf(types, QString::fromStdString(root["project"].get<std::string>()), fetched);
}

std::expected<void, QString> saveCatalogueCache(const QString &file, const QString &project,
                                                const QDateTime &fetched, const QByteArray &serverTypes)
{
    nlohmann::json root{{"version", CacheVersion},
                        {"project", project.toStdString()},
                        {"fetched", fetched.toUTC().toString(Qt::ISODate).toStdString()},
                        {"server_types", nlohmann::json::parse(serverTypes.toStdString(), nullptr, false)}};
    return app::writeFileAtomically(file, QByteArray::fromStdString(root.dump(1)));
}

LiveCatalogue::LiveCatalogue(app::SecretStore *store, QString cacheFile, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_cacheFile(cacheFile.isEmpty() ? defaultCacheFile() : std::move(cacheFile))
    , m_current(builtinSnapshot())
{}

QString LiveCatalogue::defaultCacheFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/madbase/catalogue.json");
}

void LiveCatalogue::loadCache()
{
    if (!QFile::exists(m_cacheFile))
        return;
    app::runThenCallback(
        this, [file = m_cacheFile] { return loadCatalogueCache(file); },
        [this](const std::expected<CatalogueSnapshot, QString> &loaded) {
            // A refresh that finished first is newer than the cache.
            if (!loaded || m_current.origin.kind == CatalogueOrigin::Kind::Api)
                return;
            m_current = *loaded;
            Q_EMIT catalogueChanged();
        });
}

void LiveCatalogue::refresh(const QString &project)
{
    if (m_refreshing)
        return;
    const QStringList projects = project.isEmpty() ? hetznerProjects::names() : QStringList{project};
    if (projects.isEmpty()) {
        Q_EMIT refreshFailed(
            tr("Add a Hetzner project and its token in Preferences → Providers to fetch live "
               "prices."));
        return;
    }
    m_refreshing = true;
    // The first of the projects that has a token.
    auto tryNext = std::make_shared<std::function<void(int)>>();
    *tryNext = [this, projects, tryNext](int i) {
        if (i >= projects.size()) {
            m_refreshing = false;
            Q_EMIT refreshFailed(
                tr("No Hetzner project has a token yet: enter one in Preferences → Providers."));
            return;
        }
        m_store->read(app::secretKey::hetznerToken(projects[i]), this,
                      [this, projects, tryNext, i](const app::SecretResult<std::optional<QString>> &token) {
                          if (token && token->has_value())
                              fetchWith(projects[i], **token);
                          else
                              (*tryNext)(i + 1);
                      });
    };
    (*tryNext)(0);
}

void LiveCatalogue::fetchWith(const QString &project, const QString &token)
{
    const QString endpoint = hetznerProjects::endpoint(project);
    app::runThenCallback(
        this, [project, endpoint, token] { return fetchServerTypes(project, endpoint, token); },
        [this, project](const Fetched &fetched) {
            m_refreshing = false;
            if (!fetched.snapshot) {
                Q_EMIT refreshFailed(fetched.snapshot.error());
                return;
            }
            m_current = *fetched.snapshot;
            const QString file = m_cacheFile;
            const QDateTime when = m_current.origin.fetched;
            const QByteArray types = fetched.serverTypes;
            app::runThenCallback(
                this, [file, project, when, types] { return saveCatalogueCache(file, project, when, types); },
                [this](const std::expected<void, QString> &saved) {
                    if (!saved)
                        Q_EMIT refreshFailed(saved.error());
                });
            Q_EMIT catalogueChanged();
        });
}

LiveCatalogue *bindLiveCatalogue(DesignDocument *document, ClusterInspector *clusterPage,
                                 MessageBar *messages, QObject *owner)
{
    auto *live = new LiveCatalogue(new app::SecretStore(owner), {}, owner);
    QObject::connect(live, &LiveCatalogue::catalogueChanged, document, [live, document, clusterPage] {
        document->setCatalogue(live->current().catalogue, live->current().origin);
        clusterPage->refreshPricesButton()->setEnabled(true);
    });
    QObject::connect(
        live, &LiveCatalogue::refreshFailed, messages, [live, messages, clusterPage](const QString &why) {
            clusterPage->refreshPricesButton()->setEnabled(true);
            messages->showMessage(MessageBar::Kind::Warning,
                                  LiveCatalogue::tr("The prices were not refreshed: %1").arg(why));
        });
    QObject::connect(clusterPage, &ClusterInspector::refreshPricesRequested, live, [live, clusterPage] {
        clusterPage->refreshPricesButton()->setEnabled(false);
        live->refresh();
    });
    live->loadCache();
    return live;
}

} // namespace mb::studio
