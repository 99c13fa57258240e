// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "LogLine.h"
#include "observe/ObserveApi.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QToolButton;

namespace mb::studio {

class LabelBrowser;
class LogDelegate;
class LogExporter;
class LogModel;
class LogTail;
class LogVolumeHistogram;
class TimeRangeBar;

/**
 * The log explorer of Operate: a LogQL box with a label browser, a time range, the log-volume
 * histogram (also a range picker), the lines in a bounded model shown by a virtualized list, the
 * selected line's labels, export of every matching line, and the live tail.
 *
 * Following the tail keeps the newest line in view; scrolling up (or Pause) holds new lines back
 * without losing them until Resume; lines pushed out of the window are counted on screen.
 */
class LogsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogsView)

public:
    explicit LogsView(ClientSource client, QWidget *parent = nullptr);
    ~LogsView() override;

    void setCluster(const QString &cluster);
    /// Shows `node`'s lines and follows them.
    void openNode(const QString &node);
    void setQuery(const QString &query);
    [[nodiscard]] QString query() const;
    /// Runs the query over the range: the newest lines, the histogram, the labels.
    void run();
    /// Starts or stops the live tail of the query.
    void setLive(bool live);
    [[nodiscard]] bool isLive() const;
    /// Holds new tail lines back (the view stays still) or lets them in.
    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const { return m_paused; }
    /// Lines pushed out of the window (the model's evictions and, while paused, held lines that did not fit).
    [[nodiscard]] qint64 droppedCount() const;
    void setOnlyMatching(bool only);
    void setSearch(const QString &text);
    /// Writes every line of the query over the range to `path` (see LogExporter).
    void exportTo(const QString &path);

    [[nodiscard]] LogModel *model() const { return m_model; }
    [[nodiscard]] QListView *list() const { return m_list; }
    [[nodiscard]] LogTail *tail() const { return m_tail; }
    [[nodiscard]] LogExporter *exporter() const { return m_exporter; }
    [[nodiscard]] LabelBrowser *labelBrowser() const { return m_labels; }
    [[nodiscard]] LogVolumeHistogram *histogram() const { return m_histogram; }
    [[nodiscard]] TimeRangeBar *rangeBar() const { return m_range; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }
    [[nodiscard]] QPlainTextEdit *details() const { return m_details; }
    /// The text a copy of the selected lines puts on the clipboard.
    [[nodiscard]] QString selectedText() const;

Q_SIGNALS:
    /// A run's lines are in the model.
    void loaded();

private:
    void onTailLines(const QList<LogLine> &lines);
    void appendFollowing(const QList<LogLine> &lines);
    void updateStatus();
    void showDetails();
    void loadVolume(qint64 startMs, qint64 endMs);
    void chooseExportFile();

    ClientSource m_client;
    QString m_cluster;
    LogModel *m_model;
    QSortFilterProxyModel *m_matching;
    LogDelegate *m_delegate;
    LogTail *m_tail;
    LogExporter *m_exporter;
    QLineEdit *m_query;
    TimeRangeBar *m_range;
    LabelBrowser *m_labels;
    LogVolumeHistogram *m_histogram;
    QListView *m_list;
    QPlainTextEdit *m_details;
    QLabel *m_status;
    QLabel *m_error;
    QLineEdit *m_search;
    QCheckBox *m_onlyMatching;
    QCheckBox *m_wrap;
    QToolButton *m_live;
    QPushButton *m_pause;
    QPushButton *m_export;
    QProgressBar *m_exportProgress;
    QList<LogLine> m_held; ///< tail lines held back while paused
    qint64 m_heldDropped = 0;
    qint64 m_newestNs = 0;
    bool m_paused = false;
    bool m_autoScrolling = false;
    int m_generation = 0;
    QString m_tailReason;
};

} // namespace mb::studio
