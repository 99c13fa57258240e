// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <QDialog>

class QComboBox;
class QTabWidget;

namespace mb::studio {

class ProvidersPage;

/// Settings keys shared by the dialog and start-up.
namespace SettingsKey {
inline constexpr auto Language = "ui/language";
inline constexpr auto RecentFiles = "files/recent";
inline constexpr auto WindowGeometry = "window/geometry";
inline constexpr auto WindowState = "window/state";
} // namespace SettingsKey

/// The language Studio should start in: the saved choice ("en", "ro", "de"), or the system's
/// when there is none.
[[nodiscard]] QString preferredLanguage();

/**
 * Preferences: the user-interface language (System, English, Română, Deutsch), stored in
 * QSettings and applied the next time Studio starts (the dialog says so); and the Providers page
 * (Hetzner projects, their tokens and SSH keys), whose changes apply at once.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    [[nodiscard]] QComboBox *languageCombo() const { return m_language; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] ProvidersPage *providersPage() const { return m_providers; }
    /// Writes the choices to QSettings (what OK does).
    void save();

private:
    QComboBox *m_language;
    QTabWidget *m_tabs;
    ProvidersPage *m_providers;
};

} // namespace mb::studio
