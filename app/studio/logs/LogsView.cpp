// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "LogsView.h"

#include "LabelBrowser.h"
#include "LogDelegate.h"
#include "LogExporter.h"
#include "LogModel.h"
#include "LogQuery.h"
#include "LogTail.h"
#include "LogVolumeHistogram.h"
#include "LokiDecode.h"
#include "metrics/PromResult.h"
#include "observe/TimeRangeBar.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace mb::studio {

namespace {
constexpr int InitialLines = 5000; // the server's largest page: the newest lines of the range
constexpr qint64 NsPerMs = 1'000'000;
} // namespace

LogsView::LogsView(ClientSource client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new LogModel(LogModel::DefaultCapacity, this))
    , m_matching(new QSortFilterProxyModel(this))
    , m_delegate(new LogDelegate(this))
    , m_tail(new LogTail(client, this))
    , m_exporter(new LogExporter(client, this))
    , m_query(new QLineEdit(this))
    , m_range(new TimeRangeBar(this))
    , m_labels(new LabelBrowser(client, this))
    , m_histogram(new LogVolumeHistogram(this))
    , m_list(new QListView(this))
    , m_details(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_onlyMatching(new QCheckBox(tr("&Only matching lines"), this))
    , m_wrap(new QCheckBox(tr("&Wrap"), this))
    , m_live(new QToolButton(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_exportProgress(new QProgressBar(this))
{
    m_matching->setSourceModel(m_model);
    m_matching->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_query->setPlaceholderText(tr("LogQL, e.g. {node=\"worker-1\"} |= \"error\""));
    m_query->setAccessibleName(tr("LogQL query"));
    m_search->setPlaceholderText(tr("Search in the lines"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_live->setText(tr("&Live"));
    m_live->setCheckable(true);
    m_live->setToolTip(tr("Follow new lines as they come"));
    m_pause->setEnabled(false);
    m_exportProgress->hide();
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setAccessibleName(tr("Log lines"));
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("&Copy"), m_list);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(copy);
    connect(copy, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(selectedText()); });
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Line details"));
    m_details->setPlaceholderText(tr("Select a line to see its labels."));

    auto *runButton = new QPushButton(tr("&Run"), this);
    auto *queryRow = new QHBoxLayout;
    queryRow->addWidget(m_query, 1);
    queryRow->addWidget(runButton);
    queryRow->addWidget(m_range);
    queryRow->addWidget(m_live);
    queryRow->addWidget(m_pause);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_onlyMatching);
    filterRow->addWidget(m_wrap);
    filterRow->addWidget(m_export);
    filterRow->addWidget(m_exportProgress);
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_histogram);
    centreLayout->addLayout(filterRow);
    centreLayout->addWidget(m_list, 1);
    centreLayout->addWidget(m_status);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_labels);
    split->addWidget(centre);
    split->addWidget(m_details);
    split->setStretchFactor(1, 4);
    split->setSizes({220, 800, 260});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(queryRow);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);

    connect(runButton, &QPushButton::clicked, this, &LogsView::run);
    connect(m_query, &QLineEdit::returnPressed, this, &LogsView::run);
    connect(m_range, &TimeRangeBar::rangeChanged, this, &LogsView::run);
    connect(m_range, &TimeRangeBar::refreshRequested, this, [this] {
        if (!isLive())
            run();
    });
    connect(m_labels, &LabelBrowser::selectorChanged, this, &LogsView::setQuery);
    connect(m_histogram, &LogVolumeHistogram::rangePicked, this, [this](qint64 startMs, qint64 endMs) {
        TimeRange range;
        range.lastSeconds = 0;
        range.start = QDateTime::fromMSecsSinceEpoch(startMs);
        range.end = QDateTime::fromMSecsSinceEpoch(endMs);
        setLive(false);
        m_range->setRange(range);
    });
    connect(m_live, &QToolButton::toggled, this, &LogsView::setLive);
    connect(m_pause, &QPushButton::clicked, this, [this] { setPaused(!m_paused); });
    connect(m_search, &QLineEdit::textChanged, this, &LogsView::setSearch);
    connect(m_onlyMatching, &QCheckBox::toggled, this, &LogsView::setOnlyMatching);
    connect(m_wrap, &QCheckBox::toggled, this, [this](bool wrap) {
        m_delegate->setWrap(wrap);
        m_list->setUniformItemSizes(!wrap);
        m_list->setWordWrap(wrap);
        m_list->doItemsLayout();
    });
    connect(m_export, &QPushButton::clicked, this, &LogsView::chooseExportFile);
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_autoScrolling || !isLive())
            return;
        const bool atBottom = value >= m_list->verticalScrollBar()->maximum();
        if (!atBottom && !m_paused)
            setPaused(true);
        else if (atBottom && m_paused)
            setPaused(false);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &LogsView::showDetails);
    connect(m_tail, &LogTail::linesArrived, this, &LogsView::onTailLines);
    connect(m_tail, &LogTail::connectionChanged, this, [this](bool connected, const QString &reason) {
        m_tailReason = connected ? QString() : reason;
        updateStatus();
    });
    connect(m_tail, &LogTail::serverDroppedChanged, this, &LogsView::updateStatus);
    connect(m_model, &LogModel::evictedCountChanged, this, &LogsView::updateStatus);
    connect(m_exporter, &LogExporter::progress, this, [this](double fraction, qint64 lines) {
        m_exportProgress->setValue(int(fraction * 1000));
        m_exportProgress->setFormat(tr("%L1 lines").arg(lines));
    });
    connect(m_exporter, &LogExporter::finished, this,
            [this](bool cancelled, qint64 lines, const QString &error) {
                m_exportProgress->hide();
                m_export->setText(tr("&Export…"));
                m_error->setVisible(!error.isEmpty());
                m_error->setText(error);
                m_status->setText(cancelled         ? tr("Export cancelled; the partial file was removed.")
                                  : error.isEmpty() ? tr("Exported %L1 lines.").arg(lines)
                                                    : m_status->text());
            });
    updateStatus();
}

LogsView::~LogsView() = default;

void LogsView::setCluster(const QString &cluster)
{
    m_cluster = cluster;
    m_labels->setCluster(cluster);
    if (m_query->text().isEmpty() && !cluster.isEmpty())
        m_query->setText(buildSelector({}, cluster));
}

void LogsView::openNode(const QString &node)
{
    setQuery(nodeSelector(m_cluster, node));
    run();
    setLive(true);
}

void LogsView::setQuery(const QString &query)
{
    m_query->setText(query);
}

QString LogsView::query() const
{
    return m_query->text().trimmed();
}

void LogsView::run()
{
    const QString logQuery = query();
    if (logQuery.isEmpty())
        return;
    const int generation = ++m_generation;
    const auto [startMs, endMs] = m_range->range().resolve(QDateTime::currentMSecsSinceEpoch());
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("query"), logQuery);
    params.addQueryItem(QStringLiteral("start"), QString::number(startMs * NsPerMs));
    params.addQueryItem(QStringLiteral("end"), QString::number(endMs * NsPerMs));
    params.addQueryItem(QStringLiteral("limit"), QString::number(InitialLines));
    params.addQueryItem(QStringLiteral("direction"), QStringLiteral("backward"));
    fetchDecoded<LokiLines>(
        m_client(), QStringLiteral("/v1/logs/query_range"), params, this,
        [](const app::RawReply &reply) { return LokiDecoder().decode(reply); },
        [this, generation](const LokiLines &lines) {
            if (generation != m_generation)
                return;
            m_error->setVisible(lines.failure.failed());
            m_error->setText(lines.failure.message);
            m_model->clear();
            m_held.clear();
            m_heldDropped = 0;
            m_newestNs = lines.lines.isEmpty() ? 0 : lines.lines.last().timestampNs;
            appendFollowing(lines.lines);
            updateStatus();
            if (isLive())
                m_tail->start(query(), m_newestNs > 0 ? m_newestNs + 1
                                                      : QDateTime::currentMSecsSinceEpoch() * NsPerMs);
            Q_EMIT loaded();
        });
    loadVolume(startMs, endMs);
    m_labels->reload(startMs * NsPerMs, endMs * NsPerMs);
}

void LogsView::loadVolume(qint64 startMs, qint64 endMs)
{
    const qint64 step = volumeStep((endMs - startMs) / 1000);
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("query"), volumeQuery(query(), step));
    params.addQueryItem(QStringLiteral("start"), QString::number(startMs * NsPerMs));
    params.addQueryItem(QStringLiteral("end"), QString::number(endMs * NsPerMs));
    params.addQueryItem(QStringLiteral("step"), QString::number(step));
    const int generation = m_generation;
    fetchDecoded<PromResult>(m_client(), QStringLiteral("/v1/logs/query_range"), params, this,
                             decodePromResult,
                             [this, generation, startMs, endMs, step](const PromResult &result) {
                                 if (generation != m_generation)
                                     return;
                                 if (result.failure.failed())
                                     m_histogram->setMessage(result.failure.message);
                                 else if (result.empty())
                                     m_histogram->setMessage(tr("No lines in this range."));
                                 else
                                     m_histogram->setVolume(result.series, startMs, endMs, step * 1000);
                             });
}

void LogsView::setLive(bool live)
{
    if (m_live->isChecked() != live) {
        const QSignalBlocker block(m_live);
        m_live->setChecked(live);
    }
    m_pause->setEnabled(live);
    if (live && !m_tail->isRunning()) {
        m_tail->start(query(),
                      m_newestNs > 0 ? m_newestNs + 1 : QDateTime::currentMSecsSinceEpoch() * NsPerMs);
    } else if (!live) {
        m_tail->stop();
        setPaused(false);
    }
    updateStatus();
}

bool LogsView::isLive() const
{
    return m_live->isChecked();
}

void LogsView::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    if (!paused && !m_held.isEmpty()) {
        QList<LogLine> held;
        held.swap(m_held);
        appendFollowing(held);
    }
    updateStatus();
}

void LogsView::onTailLines(const QList<LogLine> &lines)
{
    if (m_paused) {
        m_held.append(lines);
        const qsizetype over = m_held.size() - m_model->capacity();
        if (over > 0) {
            m_held.remove(0, over);
            m_heldDropped += over;
        }
        updateStatus();
        return;
    }
    appendFollowing(lines);
}

void LogsView::appendFollowing(const QList<LogLine> &lines)
{
    if (lines.isEmpty())
        return;
    m_autoScrolling = true;
    m_model->appendLines(lines);
    m_newestNs = std::max(m_newestNs, lines.last().timestampNs);
    if (!m_paused)
        m_list->scrollToBottom();
    m_autoScrolling = false;
    updateStatus();
}

qint64 LogsView::droppedCount() const
{
    return m_model->evictedCount() + m_heldDropped;
}

void LogsView::setOnlyMatching(bool only)
{
    if (m_onlyMatching->isChecked() != only)
        m_onlyMatching->setChecked(only);
    m_matching->setFilterFixedString(only ? m_search->text() : QString());
    m_list->setModel(only ? static_cast<QAbstractItemModel *>(m_matching) : m_model);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &LogsView::showDetails,
            Qt::UniqueConnection);
    updateStatus();
}

void LogsView::setSearch(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    m_delegate->setSearch(text);
    if (m_onlyMatching->isChecked())
        m_matching->setFilterFixedString(text);
    m_list->viewport()->update();
    updateStatus();
}

void LogsView::updateStatus()
{
    QStringList parts;
    parts.append(tr("%L1 lines shown").arg(m_list->model()->rowCount()));
    if (droppedCount() > 0)
        parts.append(
            tr("%L1 dropped from the window (it keeps %L2)").arg(droppedCount()).arg(m_model->capacity()));
    if (m_tail->serverDropped() > 0)
        parts.append(tr("%L1 dropped by the server").arg(m_tail->serverDropped()));
    if (isLive()) {
        if (!m_tailReason.isEmpty())
            parts.append(m_tailReason);
        else if (m_paused)
            parts.append(tr("paused: %L1 new lines held; scroll to the end or Resume").arg(m_held.size()));
        else
            parts.append(m_tail->isConnected() ? tr("following") : tr("connecting…"));
    }
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void LogsView::showDetails()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid()) {
        m_details->clear();
        return;
    }
    const QVariantMap labels = index.data(LogModel::LabelsRole).toMap();
    const qint64 ns = index.data(LogModel::TimestampRole).toLongLong();
    QString text = tr("Time: %1 (%2 ns)\n")
                       .arg(QDateTime::fromMSecsSinceEpoch(ns / NsPerMs).toString(Qt::ISODateWithMs))
                       .arg(ns);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        text += it.key() + QStringLiteral(": ") + it.value().toString() + u'\n';
    text += u'\n' + index.data(Qt::DisplayRole).toString();
    m_details->setPlainText(text);
}

QString LogsView::selectedText() const
{
    QModelIndexList rows = m_list->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QByteArray out;
    for (const QModelIndex &index : std::as_const(rows)) {
        const QModelIndex source = m_list->model() == m_matching ? m_matching->mapToSource(index) : index;
        out += exportLine(m_model->lineAt(source.row()));
    }
    return QString::fromUtf8(out);
}

void LogsView::chooseExportFile()
{
    if (m_exporter->isRunning()) {
        m_exporter->cancel();
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export all matching lines"), QStringLiteral("logs.txt"),
                                     tr("Text files (*.txt *.log);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

void LogsView::exportTo(const QString &path)
{
    const auto [startMs, endMs] = m_range->range().resolve(QDateTime::currentMSecsSinceEpoch());
    m_exportProgress->setRange(0, 1000);
    m_exportProgress->setValue(0);
    m_exportProgress->show();
    m_export->setText(tr("Cancel e&xport"));
    m_exporter->start(query(), startMs * NsPerMs, endMs * NsPerMs + 1, path);
}

} // namespace mb::studio
