// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "MetricsView.h"

#include "MetricsDashboard.h"
#include "PromQueryPanel.h"
#include "StudioTypes.h"
#include "observe/TimeRangeBar.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mb::studio {

namespace {
QString scopeKey(const DashboardScope &scope)
{
    return QString::number(int(scope.kind)) + u'/' + scope.name;
}
} // namespace

MetricsView::MetricsView(ClientSource client, QWidget *parent)
    : QWidget(parent)
    , m_scopeBox(new QComboBox(this))
    , m_range(new TimeRangeBar(this))
    , m_tabs(new QTabWidget(this))
    , m_dashboard(new MetricsDashboard(client, this))
    , m_query(new PromQueryPanel(client, this))
{
    m_scopeBox->setAccessibleName(tr("Dashboard"));
    m_scopeBox->setMinimumContentsLength(18);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_dashboard);
    scroll->setWidgetResizable(true);
    m_tabs->addTab(scroll, tr("&Dashboard"));
    m_tabs->addTab(m_query, tr("&Query"));

    auto *label = new QLabel(tr("&Show:"), this);
    label->setBuddy(m_scopeBox);
    auto *bar = new QHBoxLayout;
    bar->addWidget(label);
    bar->addWidget(m_scopeBox);
    bar->addStretch(1);
    bar->addWidget(m_range);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    m_tabs->setFocusPolicy(Qt::StrongFocus);

    fillScopes();
    connect(m_scopeBox, &QComboBox::activated, this, &MetricsView::scopePicked);
    connect(m_range, &TimeRangeBar::rangeChanged, this, &MetricsView::refresh);
    connect(m_range, &TimeRangeBar::refreshRequested, this, &MetricsView::refresh);
    connect(m_query, &PromQueryPanel::runRequested, this, &MetricsView::refresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1 && m_query->completions().isEmpty())
            m_query->loadCompletions();
    });
}

void MetricsView::setCluster(const QString &cluster)
{
    if (cluster == m_cluster)
        return;
    m_cluster = cluster;
    DashboardScope scope = m_dashboard->scope();
    scope.cluster = cluster;
    m_dashboard->setScope(scope);
}

void MetricsView::setNodes(const QList<NodeRow> &nodes)
{
    QStringList before, after;
    for (const NodeRow &n : m_nodes)
        before.append(n.name);
    for (const NodeRow &n : nodes)
        after.append(n.name);
    m_nodes = nodes;
    if (before != after)
        fillScopes();
}

void MetricsView::fillScopes()
{
    const QString current = scopeKey(m_dashboard->scope());
    const QSignalBlocker block(m_scopeBox);
    m_scopeBox->clear();
    const auto add = [this](const QString &text, DashboardScope::Kind kind, const QString &name,
                            const QString &pillar) {
        DashboardScope scope{kind, m_cluster, name, pillar};
        m_scopeBox->addItem(text, scopeKey(scope));
        m_scopeBox->setItemData(m_scopeBox->count() - 1, pillar, Qt::UserRole + 1);
    };
    add(tr("Cluster"), DashboardScope::Kind::Cluster, {}, {});
    for (const topology::Pillar pillar : {topology::Pillar::System, topology::Pillar::Proxy,
                                          topology::Pillar::Worker, topology::Pillar::State}) {
        const QString id = pillarKey(pillar);
        add(tr("Pillar: %1").arg(pillarTitle(pillar)), DashboardScope::Kind::Pillar, id, id);
    }
    for (const NodeRow &node : std::as_const(m_nodes)) {
        const QString pillar = pillarKey(node.pillar);
        add(tr("Node: %1").arg(node.name), DashboardScope::Kind::Node, node.name, pillar);
    }
    const int index = m_scopeBox->findData(current);
    m_scopeBox->setCurrentIndex(std::max(index, 0));
}

void MetricsView::scopePicked()
{
    const QString key = m_scopeBox->currentData().toString();
    const qsizetype slash = key.indexOf(u'/');
    DashboardScope scope;
    scope.kind = DashboardScope::Kind(key.left(slash).toInt());
    scope.name = key.mid(slash + 1);
    scope.pillar = m_scopeBox->currentData(Qt::UserRole + 1).toString();
    scope.cluster = m_cluster;
    openScope(scope);
}

void MetricsView::openScope(const DashboardScope &scope)
{
    DashboardScope s = scope;
    if (s.cluster.isEmpty())
        s.cluster = m_cluster;
    m_dashboard->setScope(s);
    fillScopes();
    m_tabs->setCurrentIndex(0);
    refresh();
}

void MetricsView::refresh()
{
    const auto [start, end] = m_range->range().resolve(QDateTime::currentMSecsSinceEpoch());
    if (m_tabs->currentIndex() == 1)
        m_query->run(start, end);
    else
        m_dashboard->refresh(start, end);
}

} // namespace mb::studio
