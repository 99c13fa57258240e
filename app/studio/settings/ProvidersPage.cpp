// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ProvidersPage.h"

#include "HetznerProjects.h"
#include "HetznerServersModel.h"
#include "common/Background.h"
#include "common/SecretStore.h"
#include "common/SshKeyPair.h"
#include "window/MessageBar.h"

#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mb::studio {

ProvidersPage::ProvidersPage(app::SecretStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_projects(new QListWidget(this))
    , m_newProject(new QLineEdit(this))
    , m_addProject(new QPushButton(tr("&Add project"), this))
    , m_removeProject(new QPushButton(tr("Remo&ve project…"), this))
    , m_endpoint(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save token"), this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_removeToken(new QPushButton(tr("Remove to&ken"), this))
    , m_tokenState(new QLabel(this))
    , m_tokenMessage(new MessageBar(this))
    , m_keychainWarning(new MessageBar(this))
    , m_serversModel(new HetznerServersModel(this))
    , m_serversView(new QTableView(this))
    , m_budget(new QLabel(this))
    , m_keyFile(new QLabel(this))
    , m_generate(new QPushButton(tr("&Generate ed25519 key"), this))
    , m_import(new QPushButton(tr("&Import key…"), this))
    , m_copy(new QPushButton(tr("&Copy public key"), this))
    , m_publicKey(new QPlainTextEdit(this))
    , m_details(new QWidget(this))
{
    m_projects->setMaximumHeight(96);
    m_projects->setToolTip(tr("A Hetzner Cloud project; its token works in that project only."));
    m_newProject->setPlaceholderText(tr("new project name, e.g. production"));
    m_endpoint->setPlaceholderText(QStringLiteral("https://api.hetzner.cloud/v1"));
    m_endpoint->setToolTip(
        tr("Leave empty for Hetzner's API; set it to use another endpoint (an emulator)."));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setClearButtonEnabled(true);
    m_token->setToolTip(
        tr("A read & write API token of the project (Hetzner Console → Security → API tokens)."));
    m_tokenState->setWordWrap(true);
    m_budget->setWordWrap(true);
    m_serversView->setModel(m_serversModel);
    m_serversView->verticalHeader()->hide();
    m_serversView->horizontalHeader()->setStretchLastSection(true);
    m_serversView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_serversView->setMinimumHeight(110);
    m_keyFile->setWordWrap(true);
    m_keyFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_publicKey->setReadOnly(true);
    m_publicKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_publicKey->setMaximumHeight(64);
    m_publicKey->setTabChangesFocus(true);
    m_publicKey->setPlaceholderText(tr("No key yet: generate one or import your own."));
    m_keychainWarning->hideMessage();
    m_tokenMessage->hideMessage();

    auto *projectsBox = new QGroupBox(tr("Hetzner Cloud projects"), this);
    auto *projectsLayout = new QVBoxLayout(projectsBox);
    projectsLayout->addWidget(m_projects);
    auto *projectRow = new QHBoxLayout;
    projectRow->addWidget(m_newProject, 1);
    projectRow->addWidget(m_addProject);
    projectRow->addWidget(m_removeProject);
    projectsLayout->addLayout(projectRow);

    auto *tokenBox = new QGroupBox(tr("API token"), m_details);
    auto *tokenForm = new QFormLayout(tokenBox);
    tokenForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    tokenForm->addRow(tr("API &endpoint:"), m_endpoint);
    tokenForm->addRow(tr("&Token:"), m_token);
    auto *tokenButtons = new QHBoxLayout;
    tokenButtons->addWidget(m_save);
    tokenButtons->addWidget(m_test);
    tokenButtons->addWidget(m_removeToken);
    tokenButtons->addStretch(1);
    tokenForm->addRow(QString(), tokenButtons);
    tokenForm->addRow(QString(), m_tokenState);
    tokenForm->addRow(m_tokenMessage);
    tokenForm->addRow(m_serversView);
    tokenForm->addRow(m_budget);

    auto *keyBox = new QGroupBox(tr("SSH key of the project's clusters"), m_details);
    auto *keyLayout = new QVBoxLayout(keyBox);
    keyLayout->addWidget(m_keyFile);
    keyLayout->addWidget(m_publicKey);
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_generate);
    keyButtons->addWidget(m_import);
    keyButtons->addWidget(m_copy);
    keyButtons->addStretch(1);
    keyLayout->addLayout(keyButtons);

    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(tokenBox);
    detailsLayout->addWidget(keyBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_keychainWarning);
    layout->addWidget(projectsBox);
    layout->addWidget(m_details, 1);

    connect(m_addProject, &QPushButton::clicked, this, &ProvidersPage::addProject);
    connect(m_newProject, &QLineEdit::returnPressed, this, &ProvidersPage::addProject);
    connect(m_removeProject, &QPushButton::clicked, this, &ProvidersPage::removeProject);
    connect(m_projects, &QListWidget::currentTextChanged, this, &ProvidersPage::refreshProject);
    connect(m_endpoint, &QLineEdit::editingFinished, this, [this] {
        if (!currentProject().isEmpty())
            hetznerProjects::setEndpoint(currentProject(), m_endpoint->text());
    });
    connect(m_save, &QPushButton::clicked, this, &ProvidersPage::saveToken);
    connect(m_token, &QLineEdit::returnPressed, this, &ProvidersPage::saveToken);
    connect(m_test, &QPushButton::clicked, this, &ProvidersPage::testConnection);
    connect(m_removeToken, &QPushButton::clicked, this, &ProvidersPage::removeToken);
    connect(m_generate, &QPushButton::clicked, this, [this] {
        const QString existing = hetznerProjects::keyFile(currentProject());
        if (!existing.isEmpty() && QFileInfo::exists(existing) &&
            QMessageBox::question(
                this, tr("Replace the SSH key?"),
                tr("Servers that trust only the current key will no longer accept a new one. "
                   "Replace %1?")
                    .arg(existing)) != QMessageBox::Yes)
            return;
        generateKey();
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import a private SSH key"),
                                                          QDir::homePath() + QStringLiteral("/.ssh"));
        if (!file.isEmpty())
            importKey(file);
    });
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_publicKey->toPlainText()); });
    connect(m_store, &app::SecretStore::fallbackEngaged, this, &ProvidersPage::showKeychainWarning);

    for (const QString &name : hetznerProjects::names())
        m_projects->addItem(name);
    if (m_projects->count() > 0)
        m_projects->setCurrentRow(0);
    refreshProject();
}

QString ProvidersPage::currentProject() const
{
    const QListWidgetItem *item = m_projects->currentItem();
    return item ? item->text() : QString();
}

void ProvidersPage::selectProject(const QString &project)
{
    const auto found = m_projects->findItems(project, Qt::MatchExactly);
    if (!found.isEmpty())
        m_projects->setCurrentItem(found.first());
}

void ProvidersPage::showKeychainWarning()
{
    if (!m_store->fallbackInUse())
        return;
    m_keychainWarning->showMessage(
        MessageBar::Kind::Warning,
        tr("No keychain answered (%1). Tokens are kept in %2, readable by you only.")
            .arg(m_store->fallbackReason(), m_store->fallbackFile()));
}

void ProvidersPage::addProject()
{
    const QString name = m_newProject->text().trimmed();
    if (!hetznerProjects::isValidName(name)) {
        m_tokenMessage->showMessage(MessageBar::Kind::Error,
                                    tr("“%1” is not a project name: use letters, digits, '-', '_' and '.', "
                                       "at most 63 characters.")
                                        .arg(name));
        m_newProject->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (hetznerProjects::add(name)) {
        m_projects->clear();
        for (const QString &n : hetznerProjects::names())
            m_projects->addItem(n);
    }
    m_newProject->clear();
    selectProject(name);
    m_token->setFocus(Qt::OtherFocusReason);
}

void ProvidersPage::removeProject()
{
    const QString project = currentProject();
    if (project.isEmpty())
        return;
    if (QMessageBox::question(
            this, tr("Remove the project?"),
            tr("Forget %1 and remove its token from the keychain? Its servers are not touched.")
                .arg(project)) != QMessageBox::Yes)
        return;
    m_store->remove(app::secretKey::hetznerToken(project), this, [](const app::SecretResult<void> &) {});
    hetznerProjects::remove(project);
    delete m_projects->currentItem();
    refreshProject();
}

void ProvidersPage::refreshProject()
{
    const QString project = currentProject();
    m_details->setEnabled(!project.isEmpty());
    m_removeProject->setEnabled(!project.isEmpty());
    m_token->clear();
    m_tokenMessage->hideMessage();
    m_serversModel->setServers({});
    m_budget->clear();
    m_endpoint->setText(project.isEmpty() ? QString() : hetznerProjects::endpoint(project));
    refreshTokenState();
    refreshKey();
}

void ProvidersPage::refreshTokenState()
{
    const QString project = currentProject();
    if (project.isEmpty()) {
        m_tokenState->setText(tr("Add a project to enter its token."));
        return;
    }
    m_store->read(app::secretKey::hetznerToken(project), this,
                  [this, project](const app::SecretResult<std::optional<QString>> &token) {
                      if (project != currentProject())
                          return;
                      if (!token)
                          m_tokenState->setText(tr("The stored token cannot be read: %1").arg(token.error()));
                      else if (!token->has_value())
                          m_tokenState->setText(tr("No token stored for %1.").arg(project));
                      else if (m_store->fallbackInUse())
                          m_tokenState->setText(tr("A token is stored in %1.").arg(m_store->fallbackFile()));
                      else
                          m_tokenState->setText(tr("A token is stored in the keychain."));
                      m_token->setPlaceholderText(token && token->has_value()
                                                      ? tr("stored — type a new one to replace it")
                                                      : tr("paste the project's API token"));
                      m_removeToken->setEnabled(token && token->has_value());
                      showKeychainWarning();
                      Q_EMIT tokenStateChanged();
                  });
}

void ProvidersPage::setBusy(bool busy)
{
    m_busy = busy;
    m_save->setEnabled(!busy);
    m_test->setEnabled(!busy);
    m_projects->setEnabled(!busy);
    if (busy)
        m_tokenMessage->showMessage(MessageBar::Kind::Information, tr("Asking the Hetzner API…"));
}

void ProvidersPage::runTest(const QString &token, std::function<void(const ConnectionReport &)> then)
{
    setBusy(true);
    const QString endpoint = m_endpoint->text();
    app::runThenCallback(
        this, [endpoint, token] { return testHetznerConnection(endpoint, token); },
        [this, then = std::move(then)](const ConnectionReport &report) {
            setBusy(false);
            showReport(report);
            then(report);
            Q_EMIT connectionTested(report);
        });
}

void ProvidersPage::showReport(const ConnectionReport &report)
{
    m_tokenMessage->showMessage(report.ok() ? MessageBar::Kind::Positive : MessageBar::Kind::Error,
                                report.message);
    m_serversModel->setServers(report.ok() ? report.servers : QList<HetznerServerRow>());
    if (report.limit > 0)
        m_budget->setText(
            tr("API budget: %1 of %2 requests left this hour.").arg(report.remaining).arg(report.limit));
    else
        m_budget->clear();
    if (!report.ok())
        m_token->setFocus(Qt::OtherFocusReason);
}

void ProvidersPage::testConnection()
{
    if (m_busy || currentProject().isEmpty())
        return;
    hetznerProjects::setEndpoint(currentProject(), m_endpoint->text());
    const QString typed = m_token->text().trimmed();
    if (!typed.isEmpty()) {
        runTest(typed, [](const ConnectionReport &) {});
        return;
    }
    m_store->read(app::secretKey::hetznerToken(currentProject()), this,
                  [this](const app::SecretResult<std::optional<QString>> &stored) {
                      if (!stored) {
                          m_tokenMessage->showMessage(MessageBar::Kind::Error, stored.error());
                          return;
                      }
                      runTest(stored->value_or(QString()), [](const ConnectionReport &) {});
                  });
}

void ProvidersPage::saveToken()
{
    const QString project = currentProject();
    const QString typed = m_token->text().trimmed();
    if (m_busy || project.isEmpty())
        return;
    if (typed.isEmpty()) {
        m_tokenMessage->showMessage(MessageBar::Kind::Error, tr("Paste the project's API token first."));
        m_token->setFocus(Qt::OtherFocusReason);
        return;
    }
    hetznerProjects::setEndpoint(project, m_endpoint->text());
    runTest(typed, [this, project, typed](const ConnectionReport &report) {
        // Only a token the API accepted is kept; a refused one stays in the field to correct.
        if (!report.ok())
            return;
        m_store->write(app::secretKey::hetznerToken(project), typed, this,
                       [this, report](const app::SecretResult<void> &written) {
                           if (!written) {
                               m_tokenMessage->showMessage(MessageBar::Kind::Error, written.error());
                               return;
                           }
                           m_token->clear();
                           m_tokenMessage->showMessage(MessageBar::Kind::Positive,
                                                       tr("Token saved. %1").arg(report.message));
                           refreshTokenState();
                       });
    });
}

void ProvidersPage::removeToken()
{
    const QString project = currentProject();
    if (project.isEmpty())
        return;
    m_store->remove(app::secretKey::hetznerToken(project), this,
                    [this](const app::SecretResult<void> &removed) {
                        if (!removed)
                            m_tokenMessage->showMessage(MessageBar::Kind::Error, removed.error());
                        else
                            m_tokenMessage->showMessage(MessageBar::Kind::Information, tr("Token removed."));
                        m_serversModel->setServers({});
                        m_budget->clear();
                        refreshTokenState();
                    });
}

void ProvidersPage::refreshKey()
{
    const QString project = currentProject();
    const QString file = project.isEmpty() ? QString() : hetznerProjects::keyFile(project);
    m_publicKey->clear();
    m_copy->setEnabled(false);
    if (file.isEmpty()) {
        m_keyFile->setText(project.isEmpty() ? QString() : tr("No SSH key yet."));
        m_generate->setText(tr("&Generate ed25519 key"));
        return;
    }
    m_generate->setText(tr("Re&place with a new key…"));
    app::runThenCallback(
        this, [file] { return app::SshKeyPair::load(file); },
        [this, project](const std::expected<app::SshKeyPair, QString> &pair) {
            showKeyResult(project, pair);
        });
}

void ProvidersPage::showKeyResult(const QString &project, const std::expected<app::SshKeyPair, QString> &pair)
{
    if (project != currentProject())
        return;
    if (!pair) {
        m_keyFile->setText(pair.error());
        m_publicKey->clear();
        m_copy->setEnabled(false);
        Q_EMIT keyChanged(false);
        return;
    }
    m_keyFile->setText(
        tr("Private key: %1 (readable by you only) · %2").arg(pair->privateKeyFile, pair->fingerprint));
    m_publicKey->setPlainText(pair->publicKey);
    m_copy->setEnabled(true);
    m_generate->setText(tr("Re&place with a new key…"));
    Q_EMIT keyChanged(true);
}

void ProvidersPage::generateKey()
{
    const QString project = currentProject();
    if (project.isEmpty())
        return;
    const QString file = app::SshKeyPair::defaultKeyFile(project);
    m_keyFile->setText(tr("Generating…"));
    app::runThenCallback(
        this,
        [file, project] { return app::SshKeyPair::generate(file, QStringLiteral("madbase-") + project); },
        [this, project](const std::expected<app::SshKeyPair, QString> &pair) {
            if (pair)
                hetznerProjects::setKeyFile(project, pair->privateKeyFile);
            showKeyResult(project, pair);
        });
}

void ProvidersPage::importKey(const QString &source)
{
    const QString project = currentProject();
    if (project.isEmpty())
        return;
    const QString file = app::SshKeyPair::defaultKeyFile(project);
    app::runThenCallback(
        this,
        [source, file, project] {
            return app::SshKeyPair::import(source, file, QStringLiteral("madbase-") + project);
        },
        [this, project](const std::expected<app::SshKeyPair, QString> &pair) {
            if (pair)
                hetznerProjects::setKeyFile(project, pair->privateKeyFile);
            showKeyResult(project, pair);
        });
}

} // namespace mb::studio
