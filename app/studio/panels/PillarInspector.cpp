// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "PillarInspector.h"

#include "Format.h"
#include "NodePlansModel.h"
#include "PlanListModel.h"
#include "StudioTypes.h"
#include "canvas/CanvasStyle.h"
#include "document/DesignDocument.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace mb::studio {

using topology::Pillar;

namespace {

/// The largest node count a topology document may hold (parseTopology's range).
constexpr int MaxDocumentCount = 1'000'000;

/// Edits a node's plan with a combo: "pillar plan" (no override) or any plan offered here.
class NodePlanDelegate : public QStyledItemDelegate
{
public:
    NodePlanDelegate(const DesignDocument *document, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_document(document)
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItem(PillarInspector::tr("Pillar plan"), QString());
        const std::string &location = m_document->topology().location;
        for (const auto &plan : m_document->catalogue().plans()) {
            if (plan.offeredIn(location))
                combo->addItem(
                    PillarInspector::tr("%1 — %2").arg(QString::fromStdString(plan.name), planSpecs(plan)),
                    QString::fromStdString(plan.name));
        }
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        const QString current = index.data(NodePlansModel::OverrideRole).toString();
        int row = combo->findData(current);
        if (row < 0) {
            combo->addItem(current, current);
            row = combo->count() - 1;
        }
        combo->setCurrentIndex(row);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }

private:
    const DesignDocument *m_document;
};

QString countNote(Pillar pillar)
{
    switch (pillar) {
    case Pillar::System:
        return PillarInspector::tr(
            "System runs exactly one node. To give it more capacity, choose a bigger plan.");
    case Pillar::Proxy:
        return PillarInspector::tr("1 to 100 nodes behind one floating IP.");
    case Pillar::Worker:
        return PillarInspector::tr("One node or more; functions are spread over all of them.");
    case Pillar::State:
        return PillarInspector::tr("1 node, or 3 or 5 for quorum: an odd number survives a failure.");
    }
    return {};
}

} // namespace

PillarInspector::PillarInspector(DesignDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_plans(new PlanListModel(document->catalogue(), this))
    , m_nodePlans(new NodePlansModel(document, this))
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_countSpin(new QSpinBox(this))
    , m_countCombo(new QComboBox(this))
    , m_countNote(new QLabel(this))
    , m_planCombo(new QComboBox(this))
    , m_planDetails(new QLabel(this))
    , m_deprecation(new QLabel(this))
    , m_useSuccessor(new QPushButton(this))
    , m_pillarCost(new QLabel(this))
    , m_nodes(new QTableView(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() + 3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    auto *header = new QHBoxLayout;
    header->addWidget(m_icon);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);

    m_countSpin->setKeyboardTracking(false);
    m_countSpin->setAccelerated(true);
    m_countNote->setWordWrap(true);
    m_countNote->setForegroundRole(QPalette::PlaceholderText);
    m_planCombo->setModel(m_plans);
    m_planCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_planCombo->setMinimumContentsLength(16);
    m_planCombo->view()->setMinimumWidth(m_planCombo->view()->sizeHintForColumn(0) + 24);
    m_planDetails->setWordWrap(true);
    m_deprecation->setWordWrap(true);
    m_pillarCost->setWordWrap(true);

    auto *shape = new QGroupBox(tr("Shape"), this);
    auto *form = new QFormLayout(shape);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_countSpin);
    countRow->addWidget(m_countCombo);
    countRow->addStretch(1);
    form->addRow(tr("&Nodes:"), countRow);
    form->addRow(QString(), m_countNote);
    form->addRow(tr("&Plan:"), m_planCombo);
    form->addRow(QString(), m_planDetails);
    auto *deprecationRow = new QHBoxLayout;
    deprecationRow->addWidget(m_deprecation, 1);
    deprecationRow->addWidget(m_useSuccessor);
    form->addRow(QString(), deprecationRow);
    form->addRow(tr("Cost:"), m_pillarCost);
    qobject_cast<QLabel *>(form->labelForField(countRow))->setBuddy(m_countSpin);

    auto *nodes = new QGroupBox(tr("Per-node plans"), this);
    auto *nodesLayout = new QVBoxLayout(nodes);
    auto *nodesHint =
        new QLabel(tr("Give single nodes their own plan, for example a bigger database primary. "
                      "Double-click a plan to change it."),
                   nodes);
    nodesHint->setWordWrap(true);
    nodesHint->setForegroundRole(QPalette::PlaceholderText);
    m_nodes->setModel(m_nodePlans);
    m_nodes->setItemDelegateForColumn(NodePlansModel::PlanColumn, new NodePlanDelegate(document, m_nodes));
    m_nodes->verticalHeader()->hide();
    m_nodes->horizontalHeader()->setSectionResizeMode(NodePlansModel::NodeColumn, QHeaderView::Stretch);
    m_nodes->horizontalHeader()->setSectionResizeMode(NodePlansModel::PlanColumn,
                                                      QHeaderView::ResizeToContents);
    m_nodes->horizontalHeader()->setSectionResizeMode(NodePlansModel::PriceColumn,
                                                      QHeaderView::ResizeToContents);
    m_nodes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nodes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_nodes->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_nodes->setMinimumHeight(140);
    m_nodes->setWordWrap(false);
    m_nodes->setTextElideMode(Qt::ElideMiddle);
    nodesLayout->addWidget(nodesHint);
    nodesLayout->addWidget(m_nodes);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(shape);
    layout->addWidget(nodes, 1);

    connect(m_countSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_pillar)
            m_document->setCount(*m_pillar, value);
    });
    connect(m_countCombo, &QComboBox::activated, this, [this] {
        if (m_pillar)
            m_document->setCount(*m_pillar, m_countCombo->currentData().toInt());
    });
    connect(m_planCombo, &QComboBox::activated, this, [this](int row) {
        if (m_pillar)
            m_document->setPlan(
                *m_pillar, m_plans->index(row).data(PlanListModel::PlanNameRole).toString().toStdString());
    });
    connect(m_useSuccessor, &QPushButton::clicked, this, [this] {
        if (!m_pillar || !m_document->hasPillar(*m_pillar))
            return;
        const auto resolution =
            m_document->catalogue().resolve(m_document->topology().pillar(*m_pillar)->plan);
        if (resolution)
            m_document->setPlan(*m_pillar, resolution->plan->name);
    });
    connect(m_document, &DesignDocument::documentReset, this, &PillarInspector::refresh);
    connect(m_document, &DesignDocument::diagnosticsChanged, this, &PillarInspector::refresh);
    connect(m_document, &DesignDocument::catalogueChanged, this,
            [this] { m_plans->setCatalogue(m_document->catalogue(), &m_document->catalogueOrigin()); });
    refresh();
}

void PillarInspector::setPillar(std::optional<Pillar> pillar)
{
    m_pillar = pillar;
    m_nodePlans->setPillar(pillar);
    refresh();
}

void PillarInspector::focusField(Field field, int index)
{
    switch (field) {
    case Field::Count:
        if (m_countCombo->isVisible()) {
            m_countCombo->setFocus(Qt::OtherFocusReason);
        } else {
            m_countSpin->setFocus(Qt::OtherFocusReason);
            m_countSpin->selectAll();
        }
        break;
    case Field::Plan:
        m_planCombo->setFocus(Qt::OtherFocusReason);
        break;
    case Field::NodePlan:
        if (index >= 1 && index <= m_nodePlans->rowCount()) {
            const QModelIndex cell = m_nodePlans->index(index - 1, NodePlansModel::PlanColumn);
            m_nodes->setCurrentIndex(cell);
            m_nodes->scrollTo(cell);
        }
        m_nodes->setFocus(Qt::OtherFocusReason);
        break;
    default:
        break;
    }
}

void PillarInspector::refresh()
{
    if (!m_pillar || !m_document->hasPillar(*m_pillar))
        return;
    const Pillar p = *m_pillar;
    const auto &t = m_document->topology();
    const topology::PillarSpec &spec = *t.pillar(p);
    const auto &catalogue = m_document->catalogue();

    m_icon->setPixmap(CanvasStyle::pillarIcon(p).pixmap(QSize(40, 40), devicePixelRatioF()));
    m_title->setText(pillarTitle(p));
    m_subtitle->setText(tr("%1 · %2").arg(pillarTagline(p), zoneTitle(topology::zoneOf(p))));

    const bool isState = p == Pillar::State;
    m_countSpin->setVisible(!isState);
    m_countCombo->setVisible(isState);
    if (isState) {
        const QSignalBlocker block(m_countCombo);
        m_countCombo->clear();
        for (const int n : {1, 3, 5})
            m_countCombo->addItem(QString::number(n), n);
        if (!topology::countAllowed(p, spec.count))
            m_countCombo->addItem(tr("%1 (not allowed)").arg(spec.count), spec.count);
        m_countCombo->setCurrentIndex(m_countCombo->findData(spec.count));
    } else {
        const QSignalBlocker block(m_countSpin);
        const int max = std::min(topology::maxCount(p), MaxDocumentCount);
        m_countSpin->setRange(std::min(1, spec.count), std::max(max, spec.count));
        m_countSpin->setValue(spec.count);
        m_countSpin->setEnabled(p != Pillar::System || spec.count != 1);
    }
    m_countNote->setText(countNote(p));

    m_plans->setLocation(t.location);
    m_plans->setRequestedPlan(spec.plan);
    {
        const QSignalBlocker block(m_planCombo);
        m_planCombo->setCurrentIndex(m_plans->rowOf(spec.plan));
    }
    const auto resolution = catalogue.resolve(spec.plan);
    if (resolution) {
        const topology::ServerPlan &plan = *resolution->plan;
        const auto price = plan.prices.find(t.location);
        const QString perNode =
            price == plan.prices.end()
                ? tr("not offered in %1").arg(QString::fromStdString(t.location))
                : tr("%1 per node").arg(formatMonthly(price->second.monthly, catalogue.currency()));
        m_planDetails->setText(
            tr("%1\n%2\n%3").arg(planSpecs(plan), QString::fromStdString(plan.description), perNode));
    } else {
        m_planDetails->setText(tr("This plan is not in the catalogue; choose one from the list."));
    }
    const bool deprecated = resolution && !resolution->legacyChain.empty();
    const auto until = m_document->catalogueOrigin().deprecatedIn(spec.plan, t.location);
    m_deprecation->setVisible(deprecated || until);
    m_useSuccessor->setVisible(deprecated);
    if (until && !deprecated)
        m_deprecation->setText(
            tr("Hetzner deprecated %1 in %2: it can be ordered until %3. Choose another plan "
               "for new nodes.")
                .arg(QString::fromStdString(spec.plan), QString::fromStdString(t.location), until->left(10)));
    if (deprecated) {
        const topology::LegacyPlan *legacy = resolution->legacyChain.front();
        m_deprecation->setText(tr("%1 is deprecated and no longer sold after %2; its successor is %3.")
                                   .arg(QString::fromStdString(spec.plan),
                                        QString::fromStdString(legacy->unavailableAfter),
                                        QString::fromStdString(resolution->plan->name)));
        m_useSuccessor->setText(tr("Use %1").arg(QString::fromStdString(resolution->plan->name)));
    }
    const QString monthly = formatMonthly(m_document->cost().pillarTotal(p).monthly, catalogue.currency());
    m_pillarCost->setText(topology::zoneOf(p) == topology::Zone::Public
                              ? tr("%1, public IPv4 addresses included").arg(monthly)
                              : monthly);
}

} // namespace mb::studio
