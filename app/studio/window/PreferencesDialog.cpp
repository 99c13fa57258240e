// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "PreferencesDialog.h"

#include "common/SecretStore.h"
#include "settings/ProvidersPage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mb::studio {

QString preferredLanguage()
{
    return QSettings().value(QLatin1String(SettingsKey::Language)).toString();
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    const QString systemName = QLocale::system().nativeLanguageName();
    m_language->addItem(
        systemName.isEmpty() ? tr("System default") : tr("System default (%1)").arg(systemName), QString());
    // Each language in its own name, so a person can find theirs whatever the current one is.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Română"), QStringLiteral("ro"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    const int current = m_language->findData(preferredLanguage());
    m_language->setCurrentIndex(current < 0 ? 0 : current);

    auto *note = new QLabel(tr("A new language applies the next time MadBase Studio starts."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *appearance = new QGroupBox(tr("Language"), this);
    auto *form = new QFormLayout(appearance);
    form->addRow(tr("&Interface language:"), m_language);
    form->addRow(QString(), note);

    auto *theme = new QLabel(tr("Colours follow your system's light or dark appearance."), this);
    theme->setWordWrap(true);
    theme->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *general = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(appearance);
    generalLayout->addWidget(theme);
    generalLayout->addStretch(1);
    m_providers = new ProvidersPage(new app::SecretStore(this), this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(general, tr("&General"));
    m_tabs->addTab(m_providers, tr("P&roviders"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void PreferencesDialog::save()
{
    QSettings settings;
    const QString language = m_language->currentData().toString();
    if (language.isEmpty())
        settings.remove(QLatin1String(SettingsKey::Language));
    else
        settings.setValue(QLatin1String(SettingsKey::Language), language);
}

} // namespace mb::studio
