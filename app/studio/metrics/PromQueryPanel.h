// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "PromResult.h"
#include "observe/ObserveApi.h"

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QStringListModel;
class QTableView;
class QToolButton;

namespace mb::studio {

class MetricsChart;
class PromTableModel;

/// The word of PromQL `text` that ends at `cursor` (a metric or label name being typed), and where it starts.
[[nodiscard]] std::pair<qsizetype, QString> wordBefore(const QString &text, qsizetype cursor);

/**
 * The PromQL box: a query with completion of metric and label names (from /v1/metrics/label/
 * __name__/values and /v1/metrics/labels), run over the view's range, answered as a chart or a
 * table. The server's message for a bad query shows at the box; an empty answer says why.
 */
class PromQueryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromQueryPanel)

public:
    explicit PromQueryPanel(ClientSource client, QWidget *parent = nullptr);

    void run(qint64 startMs, qint64 endMs);
    /// Asks the API for the metric and label names to complete.
    void loadCompletions();
    [[nodiscard]] QLineEdit *queryEdit() const { return m_query; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }
    [[nodiscard]] MetricsChart *chart() const { return m_chart; }
    [[nodiscard]] PromTableModel *table() const { return m_table; }
    [[nodiscard]] QStringList completions() const;
    void showTable(bool table);

Q_SIGNALS:
    void runRequested();
    void answered();

private:
    void complete();
    void insertCompletion(const QString &word);

    ClientSource m_client;
    QLineEdit *m_query;
    QLabel *m_error;
    QStackedWidget *m_results;
    MetricsChart *m_chart;
    PromTableModel *m_table;
    QTableView *m_tableView;
    QCompleter *m_completer;
    QStringListModel *m_words;
    QStringList m_metricNames;
    QStringList m_labelNames;
    int m_generation = 0;
};

} // namespace mb::studio
