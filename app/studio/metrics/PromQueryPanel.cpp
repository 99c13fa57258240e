// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "PromQueryPanel.h"

#include "Dashboards.h"
#include "MetricsChart.h"
#include "MetricsDashboard.h"
#include "MetricsStep.h"
#include "PromTableModel.h"

#include <QAbstractItemView>
#include <QButtonGroup>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace mb::studio {

std::pair<qsizetype, QString> wordBefore(const QString &text, qsizetype cursor)
{
    qsizetype start = std::clamp<qsizetype>(cursor, 0, text.size());
    const auto isWord = [](QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u':'; };
    while (start > 0 && isWord(text.at(start - 1)))
        --start;
    return {start, text.mid(start, cursor - start)};
}

PromQueryPanel::PromQueryPanel(ClientSource client, QWidget *parent)
    : QWidget(parent)
    , m_client(std::move(client))
    , m_query(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_results(new QStackedWidget(this))
    , m_chart(new MetricsChart(QString(), MetricUnit::Plain, this))
    , m_table(new PromTableModel(this))
    , m_tableView(new QTableView(this))
    , m_completer(new QCompleter(this))
    , m_words(new QStringListModel(this))
{
    m_query->setPlaceholderText(tr("PromQL, e.g. rate(node_network_receive_bytes_total[1m])"));
    m_query->setAccessibleName(tr("PromQL query"));
    m_query->setClearButtonEnabled(true);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_completer->setModel(m_words);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(m_query);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_tableView->setModel(m_table);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->verticalHeader()->hide();
    m_results->addWidget(m_chart);
    m_results->addWidget(m_tableView);

    auto *run = new QPushButton(tr("&Run"), this);
    auto *asChart = new QToolButton(this);
    asChart->setText(tr("Chart"));
    asChart->setCheckable(true);
    asChart->setChecked(true);
    auto *asTable = new QToolButton(this);
    asTable->setText(tr("Table"));
    asTable->setCheckable(true);
    auto *group = new QButtonGroup(this);
    group->addButton(asChart);
    group->addButton(asTable);
    group->setExclusive(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_query, 1);
    row->addWidget(run);
    row->addWidget(asChart);
    row->addWidget(asTable);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(m_results, 1);

    connect(run, &QPushButton::clicked, this, &PromQueryPanel::runRequested);
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        if (!m_completer->popup()->isVisible())
            Q_EMIT runRequested();
    });
    connect(m_query, &QLineEdit::textEdited, this, &PromQueryPanel::complete);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &PromQueryPanel::insertCompletion);
    connect(asTable, &QToolButton::toggled, this, &PromQueryPanel::showTable);
}

void PromQueryPanel::showTable(bool table)
{
    m_results->setCurrentIndex(table ? 1 : 0);
}

QStringList PromQueryPanel::completions() const
{
    return m_words->stringList();
}

void PromQueryPanel::loadCompletions()
{
    const auto update = [this] {
        QStringList words = m_metricNames + m_labelNames;
        words.removeDuplicates();
        words.sort();
        m_words->setStringList(words);
    };
    fetchDecoded<QStringList>(
        m_client(), QStringLiteral("/v1/metrics/label/__name__/values"), {}, this,
        [](const app::RawReply &r) { return decodeStringList(r.body); },
        [this, update](QStringList names) {
            m_metricNames = std::move(names);
            update();
        });
    fetchDecoded<QStringList>(
        m_client(), QStringLiteral("/v1/metrics/labels"), {}, this,
        [](const app::RawReply &r) { return decodeStringList(r.body); },
        [this, update](QStringList names) {
            m_labelNames = std::move(names);
            update();
        });
}

void PromQueryPanel::complete()
{
    const auto [start, word] = wordBefore(m_query->text(), m_query->cursorPosition());
    if (word.size() < 2) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(word);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    const int x = m_query->fontMetrics().horizontalAdvance(m_query->text().left(start));
    m_completer->complete(QRect(x, 0, m_completer->popup()->sizeHintForColumn(0) + 24, m_query->height()));
}

void PromQueryPanel::insertCompletion(const QString &word)
{
    const QString text = m_query->text();
    const qsizetype cursor = m_query->cursorPosition();
    const auto [start, typed] = wordBefore(text, cursor);
    m_query->setText(text.left(start) + word + text.mid(cursor));
    m_query->setCursorPosition(int(start + word.size()));
}

void PromQueryPanel::run(qint64 startMs, qint64 endMs)
{
    const QString expr = m_query->text().trimmed();
    if (expr.isEmpty())
        return;
    const int generation = ++m_generation;
    const qint64 step =
        chooseStep((endMs - startMs) / 1000, std::max(100, int(m_chart->chart()->plotArea().width())));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("query"), expr);
    query.addQueryItem(QStringLiteral("start"), QString::number(startMs / 1000));
    query.addQueryItem(QStringLiteral("end"), QString::number(endMs / 1000));
    query.addQueryItem(QStringLiteral("step"), QString::number(step));
    fetchDecoded<PromResult>(
        m_client(), QStringLiteral("/v1/metrics/query_range"), query, this, decodePromResult,
        [this, generation, expr, startMs, endMs, step](const PromResult &result) {
            if (generation != m_generation)
                return;
            m_error->setVisible(result.failure.failed());
            m_error->setText(result.failure.message);
            m_table->setResult(result.series);
            if (result.failure.failed()) {
                m_chart->setNoData(noDataText(result.failure, false));
                Q_EMIT answered();
                return;
            }
            QList<ChartLine> lines;
            for (const PromSeries &s : result.series)
                lines.append({s.displayName(), s.points});
            if (!result.empty()) {
                m_chart->setLines(lines, startMs, endMs, step * 1000);
                Q_EMIT answered();
                return;
            }
            QUrlQuery probe;
            probe.addQueryItem(QStringLiteral("query"), existenceProbe(expr));
            fetchDecoded<PromResult>(m_client(), QStringLiteral("/v1/metrics/query"), probe, this,
                                     decodePromResult, [this, generation](const PromResult &answer) {
                                         if (generation != m_generation)
                                             return;
                                         m_chart->setNoData(noDataText(answer.failure, !answer.empty()));
                                         Q_EMIT answered();
                                     });
        });
}

} // namespace mb::studio
