// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "settings/ConnectionTest.h"

#include <QWidget>

#include <expected>
#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace mb::app {
class SecretStore;
struct SshKeyPair;
} // namespace mb::app

namespace mb::studio {

class HetznerServersModel;
class MessageBar;

/**
 * Preferences → Providers: the Hetzner Cloud projects, each with its API token (entered masked,
 * tested, kept in the secret store, never shown again), its API endpoint and its SSH key
 * (generated as ed25519 or imported; the private key 0600, the public key shown to copy).
 *
 * "Test connection" lists the project's servers and the rate budget left; "Save token" stores a
 * token only after the API accepted it, so a wrong one is refused at the field with the API's
 * message. Every API call and key operation runs off the GUI thread. Where the secret store has
 * no keychain, a warning says where tokens go instead.
 */
class ProvidersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersPage)

public:
    /// `store` must outlive the page.
    explicit ProvidersPage(app::SecretStore *store, QWidget *parent = nullptr);

    /// Selects `project` (one of the listed ones).
    void selectProject(const QString &project);
    [[nodiscard]] QString currentProject() const;

    /// Adds the project named in the new-project field and selects it.
    void addProject();
    void removeProject();
    /// Tests the typed token, else the stored one.
    void testConnection();
    /// Tests the typed token and stores it when the API accepts it.
    void saveToken();
    void removeToken();
    void generateKey();
    /// Imports the private key at `file` as the project's key.
    void importKey(const QString &file);

    [[nodiscard]] QListWidget *projectList() const { return m_projects; }
    [[nodiscard]] QLineEdit *newProjectField() const { return m_newProject; }
    [[nodiscard]] QLineEdit *endpointField() const { return m_endpoint; }
    [[nodiscard]] QLineEdit *tokenField() const { return m_token; }
    [[nodiscard]] QPushButton *testButton() const { return m_test; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] QLabel *tokenState() const { return m_tokenState; }
    [[nodiscard]] QLabel *budgetLabel() const { return m_budget; }
    [[nodiscard]] MessageBar *tokenMessage() const { return m_tokenMessage; }
    [[nodiscard]] MessageBar *keychainWarning() const { return m_keychainWarning; }
    [[nodiscard]] HetznerServersModel *serversModel() const { return m_serversModel; }
    [[nodiscard]] QTableView *serversView() const { return m_serversView; }
    [[nodiscard]] QPlainTextEdit *publicKeyView() const { return m_publicKey; }
    [[nodiscard]] QLabel *keyFileLabel() const { return m_keyFile; }

Q_SIGNALS:
    /// A connection test (or the test before a save) answered.
    void connectionTested(const mb::studio::ConnectionReport &report);
    /// The token was stored, removed, or its state read.
    void tokenStateChanged();
    /// A key was generated, imported or loaded, or failed to (`ok` false).
    void keyChanged(bool ok);

private:
    void refreshProject();
    void refreshTokenState();
    void refreshKey();
    void showReport(const ConnectionReport &report);
    void showKeyResult(const QString &project, const std::expected<app::SshKeyPair, QString> &pair);
    void runTest(const QString &token, std::function<void(const ConnectionReport &)> then);
    void setBusy(bool busy);
    void showKeychainWarning();

    app::SecretStore *m_store;
    QListWidget *m_projects;
    QLineEdit *m_newProject;
    QPushButton *m_addProject;
    QPushButton *m_removeProject;
    QLineEdit *m_endpoint;
    QLineEdit *m_token;
    QPushButton *m_save;
    QPushButton *m_test;
    QPushButton *m_removeToken;
    QLabel *m_tokenState;
    MessageBar *m_tokenMessage;
    MessageBar *m_keychainWarning;
    HetznerServersModel *m_serversModel;
    QTableView *m_serversView;
    QLabel *m_budget;
    QLabel *m_keyFile;
    QPushButton *m_generate;
    QPushButton *m_import;
    QPushButton *m_copy;
    QPlainTextEdit *m_publicKey;
    QWidget *m_details;
    bool m_busy = false;
};

} // namespace mb::studio
