// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "document/CatalogueOrigin.h"
#include "topology/PlanCatalogue.h"

#include <QObject>
#include <QString>

#include <expected>
#include <memory>

namespace mb::app {
class SecretStore;
}

namespace mb::studio {

class ClusterInspector;
class DesignDocument;
class MessageBar;

/// A catalogue and where it came from.
struct CatalogueSnapshot
{
    std::shared_ptr<const topology::PlanCatalogue> catalogue;
    CatalogueOrigin origin;

    Q_DECLARE_TR_FUNCTIONS(CatalogueSnapshot)
};

/// Reads and writes the cache file (JSON: when, which project, the server types as fetched).
[[nodiscard]] std::expected<CatalogueSnapshot, QString> loadCatalogueCache(const QString &file);
[[nodiscard]] std::expected<void, QString> saveCatalogueCache(const QString &file, const QString &project,
                                                              const QDateTime &fetched,
                                                              const QByteArray &serverTypes);

/**
 * The plan catalogue Studio designs with: the built-in one until a Hetzner project's live one is
 * fetched (refresh(): `GET /server_types`, all pages, made the plans of the built-in catalogue by
 * providers/hetzner/ServerTypeMerge.h, so a plan is offered where it has a price, is available and
 * is not past its `unavailable_after`; the plans Hetzner deprecated are noted) or found in the cache
 * (`$XDG_DATA_HOME/madbase/catalogue.json`, read at start). GUI thread; fetching runs on the thread pool.
 */
class LiveCatalogue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveCatalogue)

public:
    /// `store` (for the project's token) must outlive this.
    explicit LiveCatalogue(app::SecretStore *store, QString cacheFile = {}, QObject *parent = nullptr);

    [[nodiscard]] static QString defaultCacheFile();

    /// Reads the cache; the built-in catalogue stays when there is none or it cannot be read.
    void loadCache();
    /// Fetches `project`'s catalogue (empty: the first project with a token) and caches it.
    void refresh(const QString &project = {});
    [[nodiscard]] bool refreshing() const { return m_refreshing; }

    [[nodiscard]] const CatalogueSnapshot &current() const { return m_current; }

Q_SIGNALS:
    void catalogueChanged();
    void refreshFailed(const QString &reason);

private:
    void fetchWith(const QString &project, const QString &token);

    app::SecretStore *m_store;
    QString m_cacheFile;
    CatalogueSnapshot m_current;
    bool m_refreshing = false;
};

/**
 * Makes `document` design with the live catalogue: the cache at once, a refresh when the cluster
 * page's button asks for one (its failure shown in `messages`). The catalogue and its secret store
 * are children of `owner`.
 */
LiveCatalogue *bindLiveCatalogue(DesignDocument *document, ClusterInspector *clusterPage,
                                 MessageBar *messages, QObject *owner);

} // namespace mb::studio
