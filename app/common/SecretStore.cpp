// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "SecretStore.h"

#include "Background.h"
#include "SecretFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QPointer>
#include <QStandardPaths>

#include <qt6keychain/keychain.h>

namespace mb::app {

namespace secretKey {
QString hetznerToken(const QString &project)
{
    return QStringLiteral("hetzner/%1/token").arg(project);
}

QString clusterApiToken(const QString &cluster)
{
    return QStringLiteral("cluster/%1/api-token").arg(cluster);
}
} // namespace secretKey

namespace {

/// File work on the thread pool, answered on `owner`'s thread unless `context` is gone.
template <typename T>
void runFileWork(QObject *owner, QObject *context, std::function<T()> work,
                 std::function<void(const T &)> done)
{
    const QPointer<QObject> guard(context);
    runThenCallback(owner, std::move(work), [guard, done = std::move(done)](const T &result) {
        if (guard)
            done(result);
    });
}

QString keychainReason(const QKeychain::Job &job)
{
    const QString detail = job.errorString();
    return detail.isEmpty() ? SecretStore::tr("the keychain gave no reason") : detail;
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : SecretStore(Options{}, parent)
{}

SecretStore::SecretStore(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_file(m_options.fallbackFile.isEmpty() ? defaultFallbackFile() : m_options.fallbackFile)
{
    if (m_options.backend == Backend::File) {
        m_fallback = true;
        m_fallbackReason = SecretStore::tr("the keychain is switched off for this store");
    }
}

QString SecretStore::defaultFallbackFile()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/madbase/secrets.json");
}

void SecretStore::engageFallback(const QString &reason)
{
    if (m_fallback)
        return;
    m_fallback = true;
    m_fallbackReason = reason;
    Q_EMIT fallbackEngaged(reason);
}

void SecretStore::startJob(QKeychain::Job *job, const QString &key, QObject *context,
                           std::function<void(QKeychain::Job &)> finished)
{
    job->setAutoDelete(true);
    job->setKey(key);
    const QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, guard, finished = std::move(finished)] {
        if (guard)
            finished(*job);
    });
    job->start();
}

void SecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    const QString path = m_file;
    auto fromFile = [this, key, path, context, done] {
        runFileWork<SecretResult<std::optional<QString>>>(
            this, context, [path, key] { return SecretFile(path).read(key); }, done);
    };
    if (m_fallback) {
        fromFile();
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_options.service, this);
    startJob(job, key, context, [this, job, done, fromFile](QKeychain::Job &) {
        if (job->error() == QKeychain::NoError) {
            done(std::optional<QString>(job->textData()));
            return;
        }
        // Not found may still be in the file, stored while no keychain answered.
        if (job->error() != QKeychain::EntryNotFound)
            engageFallback(keychainReason(*job));
        fromFile();
    });
}

void SecretStore::write(const QString &key, const QString &value, QObject *context, DoneCallback done)
{
    if (value.isEmpty()) {
        const QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, done] {
                if (guard)
                    done(std::unexpected(SecretStore::tr("An empty secret cannot be stored.")));
            },
            Qt::QueuedConnection);
        return;
    }
    const QString path = m_file;
    auto toFile = [this, key, value, path, context, done] {
        runFileWork<SecretResult<void>>(
            this, context, [path, key, value] { return SecretFile(path).write(key, value); }, done);
    };
    if (m_fallback) {
        toFile();
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_options.service, this);
    job->setTextData(value);
    startJob(job, key, context, [this, key, path, context, done, toFile](QKeychain::Job &finished) {
        if (finished.error() != QKeychain::NoError) {
            engageFallback(keychainReason(finished));
            toFile();
            return;
        }
        // The keychain has it now: a copy left in the file from a time without one goes.
        runFileWork<SecretResult<void>>(
            this, context, [path, key] { return SecretFile(path).remove(key); }, done);
    });
}

void SecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    const QString path = m_file;
    auto fromFile = [this, key, path, context, done] {
        runFileWork<SecretResult<void>>(
            this, context, [path, key] { return SecretFile(path).remove(key); }, done);
    };
    if (m_fallback) {
        fromFile();
        return;
    }
    startJob(new QKeychain::DeletePasswordJob(m_options.service, this), key, context,
             [this, done, fromFile](QKeychain::Job &finished) {
                 const QKeychain::Error error = finished.error();
                 if (error == QKeychain::CouldNotDeleteEntry) {
                     done(std::unexpected(SecretStore::tr("The keychain did not delete the secret: %1")
                                              .arg(keychainReason(finished))));
                     return;
                 }
                 if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
                     engageFallback(keychainReason(finished));
                 fromFile();
             });
}

namespace {
/// Runs an asynchronous store call in a local event loop until it answers.
template <typename T, typename Start> T waitFor(Start start)
{
    T result;
    QEventLoop loop;
    start(&loop, [&](const T &answer) {
        result = answer;
        loop.quit();
    });
    loop.exec();
    return result;
}
} // namespace

SecretResult<std::optional<QString>> SecretStore::readNow(const QString &key)
{
    return waitFor<SecretResult<std::optional<QString>>>(
        [&](QObject *context, ReadCallback done) { read(key, context, std::move(done)); });
}

SecretResult<void> SecretStore::writeNow(const QString &key, const QString &value)
{
    return waitFor<SecretResult<void>>(
        [&](QObject *context, DoneCallback done) { write(key, value, context, std::move(done)); });
}

SecretResult<void> SecretStore::removeNow(const QString &key)
{
    return waitFor<SecretResult<void>>(
        [&](QObject *context, DoneCallback done) { remove(key, context, std::move(done)); });
}

SecretResult<std::optional<QString>> hetznerToken(SecretStore &store, const QString &project)
{
    const QString fromEnvironment = qEnvironmentVariable("HCLOUD_TOKEN");
    if (!fromEnvironment.isEmpty())
        return std::optional<QString>(fromEnvironment);
    return store.readNow(secretKey::hetznerToken(project));
}

} // namespace mb::app
