// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "NodeDetailsPane.h"

#include "Format.h"
#include "StudioTypes.h"
#include "canvas/CanvasStyle.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedLayout>
#include <QTreeWidget>

namespace mb::studio {

namespace {

QString componentState(const ComponentRow &c)
{
    if (c.state == u"running")
        return NodeDetailsPane::tr("running");
    if (c.state == u"starting")
        return NodeDetailsPane::tr("starting");
    if (c.state == u"waiting")
        return NodeDetailsPane::tr("waiting");
    if (c.state == u"backoff")
        return NodeDetailsPane::tr("restarting");
    if (c.state == u"unhealthy")
        return NodeDetailsPane::tr("unhealthy");
    if (c.state == u"failed")
        return NodeDetailsPane::tr("failed");
    if (c.state == u"stopped")
        return NodeDetailsPane::tr("stopped");
    if (c.state == u"exited")
        return NodeDetailsPane::tr("finished");
    if (c.state == u"absent")
        return NodeDetailsPane::tr("not installed");
    return c.state;
}

QString healthTitle(const QString &health)
{
    if (health == u"healthy")
        return NodeDetailsPane::tr("healthy");
    if (health == u"unhealthy")
        return NodeDetailsPane::tr("unhealthy: missed heartbeats");
    if (health == u"starting")
        return NodeDetailsPane::tr("starting");
    if (health == u"stopped")
        return NodeDetailsPane::tr("stopped");
    return health;
}

QString nodeStatusTitle(const QString &status)
{
    if (status == u"running")
        return NodeDetailsPane::tr("running");
    if (status == u"creating")
        return NodeDetailsPane::tr("creating");
    if (status == u"stopped")
        return NodeDetailsPane::tr("stopped");
    if (status == u"failed")
        return NodeDetailsPane::tr("failed");
    if (status == u"deleting")
        return NodeDetailsPane::tr("deleting");
    return status;
}

} // namespace

NodeDetailsPane::NodeDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_now(QDateTime::currentDateTimeUtc())
    , m_stack(new QStackedLayout(this))
    , m_components(new QTreeWidget)
{
    setObjectName(QStringLiteral("NodeDetailsPane"));
    auto *hint = new QLabel(tr("Select a node to see its details and the software it runs."));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(hint);

    auto *details = new QWidget;
    auto *row = new QHBoxLayout(details);
    row->setContentsMargins(6, 4, 6, 4);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const std::pair<Field, QString> fields[] = {
        {Field::Name, tr("Name:")},   {Field::Pillar, tr("Pillar:")},
        {Field::Plan, tr("Plan:")},   {Field::Address, tr("Address:")},
        {Field::State, tr("State:")}, {Field::LastHeartbeat, tr("Last heartbeat:")},
    };
    for (const auto &[field, label] : fields) {
        auto *value = new QLabel;
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_fields[field] = value;
        form->addRow(label, value);
    }
    QFont bold = m_fields[Field::Name]->font();
    bold.setBold(true);
    m_fields[Field::Name]->setFont(bold);
    row->addLayout(form);
    m_components->setColumnCount(ComponentColumnCount);
    m_components->setHeaderLabels({tr("Component"), tr("State"), tr("Role"), tr("Restarts")});
    m_components->setRootIsDecorated(true);
    m_components->setUniformRowHeights(true);
    m_components->setSelectionMode(QAbstractItemView::NoSelection);
    m_components->setAccessibleName(tr("Components"));
    m_components->header()->setStretchLastSection(false);
    m_components->header()->setSectionResizeMode(ComponentNameColumn, QHeaderView::Stretch);
    for (const int c : {int(ComponentStateColumn), int(ComponentRoleColumn), int(ComponentRestartsColumn)})
        m_components->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    row->addWidget(m_components, 1);
    m_stack->addWidget(details);
    setNode(std::nullopt);
}

void NodeDetailsPane::setNode(const std::optional<NodeRow> &node)
{
    const bool sameComponents =
        node && m_node && node->name == m_node->name && node->components == m_node->components;
    m_node = node;
    m_stack->setCurrentIndex(node ? 1 : 0);
    refreshFields();
    // Rebuilt only when they changed, so a person's scrolling and folding survive the updates.
    if (!sameComponents)
        refreshComponents();
}

void NodeDetailsPane::setNow(const QDateTime &now)
{
    m_now = now;
    refreshFields();
}

QString NodeDetailsPane::fieldText(Field field) const
{
    return m_fields.at(field)->text();
}

void NodeDetailsPane::refreshFields()
{
    if (!m_node) {
        for (const auto &[field, label] : m_fields)
            label->clear();
        return;
    }
    const NodeRow &n = *m_node;
    m_fields[Field::Name]->setText(n.name);
    m_fields[Field::Pillar]->setText(
        tr("%1 (%2)").arg(pillarTitle(n.pillar), zoneTitle(topology::zoneOf(n.pillar))));
    m_fields[Field::Plan]->setText(n.plan);
    m_fields[Field::Address]->setText(n.address);
    QString state = nodeStatusTitle(n.status);
    if (!n.health.isEmpty() && n.status == u"running")
        state = tr("%1, %2").arg(state, healthTitle(n.health));
    m_fields[Field::State]->setText(state);
    QPalette palette = m_fields[Field::State]->palette();
    palette.setColor(QPalette::WindowText, n.countsHealthy() ? CanvasStyle::okColor(this->palette())
                                           : n.health == u"unhealthy" || n.status == u"failed"
                                               ? CanvasStyle::errorColor(this->palette())
                                               : this->palette().color(QPalette::WindowText));
    m_fields[Field::State]->setPalette(palette);
    QString heartbeat = formatAgo(n.lastHeartbeat, m_now);
    if (heartbeat.isEmpty())
        heartbeat = n.pillar == topology::Pillar::System ? tr("none needed: it runs the control plane")
                                                         : tr("none yet");
    m_fields[Field::LastHeartbeat]->setText(heartbeat);
}

void NodeDetailsPane::refreshComponents()
{
    m_components->clear();
    if (!m_node)
        return;
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const ComponentRow &c : m_node->components) {
        auto *item = new QTreeWidgetItem(m_components);
        item->setText(ComponentNameColumn, c.name);
        item->setText(ComponentStateColumn, componentState(c));
        item->setText(ComponentRoleColumn, c.role);
        item->setText(ComponentRestartsColumn, QString::number(c.restarts));
        item->setTextAlignment(ComponentRestartsColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (c.fine())
            continue;
        item->setForeground(ComponentStateColumn, CanvasStyle::errorColor(palette()));
        // Why it does not run, then what it last said: the lines a person reads first.
        QStringList lines;
        if (!c.detail.isEmpty() && (c.lastLines.isEmpty() || c.detail != c.lastLines.last()))
            lines << c.detail;
        for (const QString &line : c.lastLines)
            lines << line;
        for (const QString &line : lines) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(ComponentNameColumn, line);
            child->setToolTip(ComponentNameColumn, line);
            child->setFirstColumnSpanned(true);
            if (line != c.detail)
                child->setFont(ComponentNameColumn, mono);
        }
        item->setExpanded(true);
        if (!lines.isEmpty())
            m_components->scrollToItem(item->child(int(lines.size()) - 1));
    }
    if (m_node->components.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_components);
        item->setText(ComponentNameColumn, tr("No component reported yet."));
        item->setFirstColumnSpanned(true);
        item->setForeground(ComponentNameColumn, palette().color(QPalette::PlaceholderText));
    }
}

} // namespace mb::studio
