// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "ClusterInspector.h"

#include "Format.h"
#include "StudioTypes.h"
#include "common/CoreText.h"
#include "document/DesignDocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace mb::studio {

ClusterInspector::ClusterInspector(DesignDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_name(new QLineEdit(this))
    , m_provider(new QComboBox(this))
    , m_location(new QComboBox(this))
    , m_cidr(new QLineEdit(this))
    , m_safelist(new QListWidget(this))
    , m_safelistEntry(new QLineEdit(this))
    , m_addEntry(new QPushButton(tr("Add"), this))
    , m_removeEntry(new QPushButton(tr("Remove"), this))
    , m_cost(new QLabel(this))
    , m_refreshPrices(new QPushButton(tr("Refresh &prices from Hetzner"), this))
{
    m_name->setPlaceholderText(tr("lower-case letters, digits and -"));
    m_name->setToolTip(tr("Prefixes every node's host name, so it must be a DNS label."));
    m_provider->addItem(providerTitle("local"), QStringLiteral("local"));
    m_provider->addItem(providerTitle("hetzner"), QStringLiteral("hetzner"));
    for (const auto &l : m_document->catalogue().locations())
        m_location->addItem(tr("%1 — %2, %3")
                                .arg(QString::fromStdString(l.name), QString::fromStdString(l.city),
                                     QString::fromStdString(l.country)),
                            QString::fromStdString(l.name));
    m_cidr->setPlaceholderText(QStringLiteral("10.0.0.0/16"));
    m_cidr->setToolTip(tr("The private network every node joins (RFC 1918, at least a /24)."));
    m_safelist->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_safelist->setMaximumHeight(110);
    m_safelist->setToolTip(tr("Networks allowed to reach SSH on the public nodes. Double-click to edit."));
    m_safelistEntry->setPlaceholderText(tr("203.0.113.0/24"));
    m_cost->setWordWrap(true);
    m_cost->setTextFormat(Qt::RichText);
    m_cost->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *cluster = new QGroupBox(tr("Cluster"), this);
    auto *form = new QFormLayout(cluster);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Network:"), m_cidr);

    auto *ssh = new QGroupBox(tr("SSH safelist"), this);
    auto *sshLayout = new QVBoxLayout(ssh);
    sshLayout->addWidget(m_safelist);
    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(m_safelistEntry, 1);
    entryRow->addWidget(m_addEntry);
    entryRow->addWidget(m_removeEntry);
    sshLayout->addLayout(entryRow);

    auto *costBox = new QGroupBox(tr("Monthly cost"), this);
    auto *costLayout = new QVBoxLayout(costBox);
    costLayout->addWidget(m_cost);
    costLayout->addWidget(m_refreshPrices, 0, Qt::AlignLeft);
    connect(m_refreshPrices, &QPushButton::clicked, this, &ClusterInspector::refreshPricesRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(cluster);
    layout->addWidget(ssh);
    layout->addWidget(costBox);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::editingFinished, this,
            [this] { m_document->setName(m_name->text().trimmed().toStdString()); });
    connect(m_provider, &QComboBox::activated, this,
            [this] { m_document->setProvider(m_provider->currentData().toString().toStdString()); });
    connect(m_location, &QComboBox::activated, this,
            [this] { m_document->setLocation(m_location->currentData().toString().toStdString()); });
    connect(m_cidr, &QLineEdit::editingFinished, this,
            [this] { m_document->setNetworkCidr(m_cidr->text().trimmed().toStdString()); });
    connect(m_safelist, &QListWidget::itemChanged, this, &ClusterInspector::commitSafelist);
    connect(m_safelistEntry, &QLineEdit::returnPressed, this, &ClusterInspector::addSafelistEntry);
    connect(m_addEntry, &QPushButton::clicked, this, &ClusterInspector::addSafelistEntry);
    connect(m_removeEntry, &QPushButton::clicked, this, &ClusterInspector::removeSafelistEntry);
    connect(m_safelist, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeEntry->setEnabled(row >= 0); });
    connect(m_document, &DesignDocument::documentReset, this, &ClusterInspector::refresh);
    connect(m_document, &DesignDocument::clusterChanged, this, &ClusterInspector::refresh);
    connect(m_document, &DesignDocument::diagnosticsChanged, this, &ClusterInspector::refreshCost);
    refresh();
}

void ClusterInspector::focusField(Field field, int index)
{
    switch (field) {
    case Field::Name:
        m_name->setFocus(Qt::OtherFocusReason);
        m_name->selectAll();
        break;
    case Field::Provider:
        m_provider->setFocus(Qt::OtherFocusReason);
        break;
    case Field::Location:
        m_location->setFocus(Qt::OtherFocusReason);
        break;
    case Field::NetworkCidr:
        m_cidr->setFocus(Qt::OtherFocusReason);
        m_cidr->selectAll();
        break;
    case Field::SshSafelist:
        if (index >= 0 && index < m_safelist->count()) {
            m_safelist->setCurrentRow(index);
            m_safelist->setFocus(Qt::OtherFocusReason);
        } else {
            m_safelistEntry->setFocus(Qt::OtherFocusReason);
        }
        break;
    default:
        break;
    }
}

void ClusterInspector::refresh()
{
    const auto &t = m_document->topology();
    const QString name = QString::fromStdString(t.name);
    if (m_name->text() != name)
        m_name->setText(name);
    const auto select = [](QComboBox *combo, const std::string &value) {
        const QSignalBlocker block(combo);
        int row = combo->findData(QString::fromStdString(value));
        if (row < 0) {
            // Show what the document says even when it is not a choice we offer.
            combo->addItem(QString::fromStdString(value), QString::fromStdString(value));
            row = combo->count() - 1;
        }
        combo->setCurrentIndex(row);
    };
    select(m_provider, t.provider);
    select(m_location, t.location);
    const QString cidr = QString::fromStdString(t.networkCidr);
    if (m_cidr->text() != cidr)
        m_cidr->setText(cidr);
    {
        const QSignalBlocker block(m_safelist);
        const int row = m_safelist->currentRow();
        m_safelist->clear();
        for (const std::string &entry : t.sshSafelist) {
            auto *item = new QListWidgetItem(QString::fromStdString(entry), m_safelist);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
        m_safelist->setCurrentRow(std::min(row, m_safelist->count() - 1));
    }
    m_removeEntry->setEnabled(m_safelist->currentRow() >= 0);
    refreshCost();
}

void ClusterInspector::refreshCost()
{
    const auto &cost = m_document->cost();
    const std::string &currency = cost.currency;
    QString html = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='1'>");
    for (const auto &line : cost.lines) {
        if (line.total.monthly == 0 && line.kind == topology::CostLine::Kind::PrivateNetwork)
            continue;
        const QString who = line.pillar ? pillarTitle(*line.pillar) + QStringLiteral(": ") : QString();
        html += QStringLiteral("<tr><td>%1%2</td><td align='right'>%3</td></tr>")
                    .arg(who.toHtmlEscaped(), app::translated(line.label).toHtmlEscaped(),
                         formatMoney(line.total.monthly, currency).toHtmlEscaped());
    }
    html += QStringLiteral("<tr><td><b>%1</b></td><td align='right'><b>%2</b></td></tr></table>")
                .arg(tr("Total per month").toHtmlEscaped(),
                     formatMoney(cost.total.monthly, currency).toHtmlEscaped());
    QString notes;
    if (!cost.unpriced.empty()) {
        QStringList unpriced;
        for (const std::string &u : cost.unpriced)
            unpriced << QString::fromStdString(u);
        notes += tr("Not priced (not offered here): %1.").arg(unpriced.join(QStringLiteral(", ")));
    }
    if (m_document->topology().provider == "local")
        notes += (notes.isEmpty() ? QString() : QStringLiteral("<br>")) +
                 tr("The local provider runs on this machine at no cost; these are the Hetzner prices for "
                    "the same design.")
                     .toHtmlEscaped();
    notes += (notes.isEmpty() ? QString() : QStringLiteral("<br>")) +
             m_document->catalogueOrigin().describe().toHtmlEscaped();
    m_cost->setText(html + QStringLiteral("<p><small>%1</small></p>").arg(notes));
}

void ClusterInspector::commitSafelist()
{
    std::vector<std::string> entries;
    for (int i = 0; i < m_safelist->count(); ++i) {
        const QString text = m_safelist->item(i)->text().trimmed();
        if (!text.isEmpty())
            entries.push_back(text.toStdString());
    }
    if (!m_document->setSshSafelist(entries))
        refresh(); // an emptied entry disappears even when nothing else changed
}

void ClusterInspector::addSafelistEntry()
{
    const QString text = m_safelistEntry->text().trimmed();
    if (text.isEmpty())
        return;
    auto entries = m_document->topology().sshSafelist;
    entries.push_back(text.toStdString());
    if (m_document->setSshSafelist(entries))
        m_safelistEntry->clear();
}

void ClusterInspector::removeSafelistEntry()
{
    const int row = m_safelist->currentRow();
    auto entries = m_document->topology().sshSafelist;
    if (row < 0 || row >= static_cast<int>(entries.size()))
        return;
    entries.erase(entries.begin() + row);
    m_document->setSshSafelist(entries);
}

} // namespace mb::studio
