// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "document/ProblemTarget.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace mb::studio {

class DesignDocument;

/// The inspector page shown when no pillar is selected: the cluster's name, provider,
/// location, network and SSH safelist, and the monthly bill line by line.
class ClusterInspector : public QWidget
{
    Q_OBJECT

public:
    explicit ClusterInspector(DesignDocument *document, QWidget *parent = nullptr);

    /// Focuses the field a problem is about (`index`: safelist entry, or -1).
    void focusField(Field field, int index);

    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QComboBox *providerCombo() const { return m_provider; }
    [[nodiscard]] QComboBox *locationCombo() const { return m_location; }
    [[nodiscard]] QLineEdit *cidrEdit() const { return m_cidr; }
    [[nodiscard]] QListWidget *safelist() const { return m_safelist; }
    [[nodiscard]] QLineEdit *safelistEntry() const { return m_safelistEntry; }
    [[nodiscard]] QLabel *costLabel() const { return m_cost; }
    [[nodiscard]] QPushButton *refreshPricesButton() const { return m_refreshPrices; }

Q_SIGNALS:
    /// The user asked for the live plans and prices from the Hetzner API.
    void refreshPricesRequested();

private:
    void refresh();
    void refreshCost();
    void commitSafelist();
    void addSafelistEntry();
    void removeSafelistEntry();

    DesignDocument *m_document;
    QLineEdit *m_name;
    QComboBox *m_provider;
    QComboBox *m_location;
    QLineEdit *m_cidr;
    QListWidget *m_safelist;
    QLineEdit *m_safelistEntry;
    QPushButton *m_addEntry;
    QPushButton *m_removeEntry;
    QLabel *m_cost;
    QPushButton *m_refreshPrices;
};

} // namespace mb::studio
