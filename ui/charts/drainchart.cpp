#include "charts/drainchart.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QTimeZone>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

DrainChart::DrainChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_timeAxis(new QDateTimeAxis(this))
    , m_taskAxis(new QValueAxis(this))
    , m_summary(new QLabel(this))
{
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_taskAxis, Qt::AlignLeft);
    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_timeAxis->setTitleText(tr("Local time"));
    m_taskAxis->setTitleText(tr("Tasks left"));
    m_taskAxis->setLabelFormat(QStringLiteral("%d"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    rebuild();
}

void DrainChart::setHistories(const QHash<MachineId, DrainHistory> &histories,
                              const QHash<MachineId, qint64> &windowStartsNs)
{
    m_histories = histories;
    m_windowStarts = windowStartsNs;
    rebuild();
}

void DrainChart::setSelection(const QList<MachineId> &machines)
{
    m_selection = machines;
    rebuild();
}

void DrainChart::setDisplayUtc(bool utc)
{
    m_utc = utc;
    m_timeAxis->setTitleText(utc ? tr("UTC") : tr("Local time (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    rebuild();
}

void DrainChart::rebuild()
{
    // Which machines: the selected draining ones, else the top N by tasks left.
    QList<MachineId> shown;
    for (const MachineId &id : std::as_const(m_selection)) {
        if (m_histories.contains(id))
            shown.append(id);
    }
    if (shown.isEmpty()) {
        shown = m_histories.keys();
        std::sort(shown.begin(), shown.end(), [this](const MachineId &a, const MachineId &b) {
            const int ta = m_histories[a].tasksLeft(), tb = m_histories[b].tasksLeft();
            return ta != tb ? ta > tb : a.displayName() < b.displayName();
        });
    }
    if (shown.size() > kTopN)
        shown.resize(kTopN);

    m_chart->removeAllSeries();
    m_series.clear();
    qint64 minMs = std::numeric_limits<qint64>::max(), maxMs = std::numeric_limits<qint64>::min();
    int maxTasks = 1;
    QStringList etas;
    QList<std::pair<QLineSeries *, qint64>> starts;
    for (const MachineId &id : std::as_const(shown)) {
        const DrainHistory &h = m_histories[id];
        auto *series = new QLineSeries;
        series->setName(id.hostname.value_or(id.ipOrEmpty()));
        for (const DrainHistory::Sample &s : h.samples()) {
            series->append(double(s.atMs), s.tasks);
            minMs = qMin(minMs, s.atMs);
            maxMs = qMax(maxMs, s.atMs);
            maxTasks = qMax(maxTasks, s.tasks);
        }
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_taskAxis);
        m_series.append(series);
        const std::optional<qint64> eta = h.etaMs();
        const QString name = series->name();
        if (h.tasksLeft() == 0)
            etas << tr("%1: drained").arg(name);
        else if (eta)
            etas << tr("%1: %2 tasks, ETA %3").arg(name).arg(h.tasksLeft())
                        .arg(QDateTime::fromMSecsSinceEpoch(*eta, m_utc ? Qt::UTC : Qt::LocalTime).toString(QStringLiteral("HH:mm:ss")));
        else
            etas << tr("%1: %2 tasks, not draining down").arg(name).arg(h.tasksLeft());
        if (const auto start = m_windowStarts.constFind(id); start != m_windowStarts.cend())
            starts.append({series, *start / 1000000});
    }
    // Window starts as dashed vertical markers in the series' colour, when they are near enough to
    // the data to keep the burn-down readable; otherwise the summary says when the window starts.
    const qint64 span = qMax<qint64>(maxMs - minMs, 5 * 60000);
    for (const auto &[series, startMs] : std::as_const(starts)) {
        if (startMs < minMs - span || startMs > maxMs + span) {
            etas << tr("%1 window starts %2").arg(series->name(),
                QDateTime::fromMSecsSinceEpoch(startMs, m_utc ? Qt::UTC : Qt::LocalTime).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            continue;
        }
        auto *marker = new QLineSeries;
        marker->setName(tr("%1 window start").arg(series->name()));
        QPen pen(series->color());
        pen.setStyle(Qt::DashLine);
        marker->setPen(pen);
        marker->append(double(startMs), 0);
        marker->append(double(startMs), maxTasks);
        m_chart->addSeries(marker);
        marker->attachAxis(m_timeAxis);
        marker->attachAxis(m_taskAxis);
        minMs = qMin(minMs, startMs);
        maxMs = qMax(maxMs, startMs);
    }
    if (shown.isEmpty()) {
        shown = m_histories.keys();
        std::sort(shown.begin(), shown.end(), [this](const MachineId &a, const MachineId &b) {
            const int ta = m_histories[a].tasksLeft(), tb = m_histories[b].tasksLeft();
            return ta != tb ? ta > tb : a.displayName() < b.displayName();
        });
    }
    if (shown.size() > kTopN)
        shown.resize(kTopN);

    m_chart->removeAllSeries();
    m_series.clear();
    qint64 minMs = std::numeric_limits<qint64>::max(), maxMs = std::numeric_limits<qint64>::min();
    int maxTasks = 1;
    QStringList etas;
    QList<std::pair<QLineSeries *, qint64>> starts;
    for (const MachineId &id : std::as_const(shown)) {
        const DrainHistory &h = m_histories[id];
        auto *series = new QLineSeries;
        series->setName(id.hostname.value_or(id.ipOrEmpty()));
        for (const DrainHistory::Sample &s : h.samples()) {
            series->append(double(s.atMs), s.tasks);
            minMs = qMin(minMs, s.atMs);
            maxMs = qMax(maxMs, s.atMs);
            maxTasks = qMax(maxTasks, s.tasks);
        }
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_taskAxis);
        m_series.append(series);
        const std::optional<qint64> eta = h.etaMs();
        const QString name = series->name();
        if (h.tasksLeft() == 0)
            etas << tr("%1: drained").arg(name);
        else if (eta)
            etas << tr("%1: %2 tasks, ETA %3").arg(name).arg(h.tasksLeft())
                        .arg(QDateTime::fromMSecsSinceEpoch(*eta, m_utc ? Qt::UTC : Qt::LocalTime).toString(QStringLiteral("HH:mm:ss")));
        else
            etas << tr("%1: %2 tasks, not draining down").arg(name).arg(h.tasksLeft());
        if (const auto start = m_windowStarts.constFind(id); start != m_windowStarts.cend()) {
            // The planned window start, as a dashed vertical marker in the series' colour.
            const qint64 startMs = *start / 1000000;
            auto *marker = new QLineSeries;
            marker->setName(tr("%1 window start").arg(name));
            QPen pen(series->color());
            pen.setStyle(Qt::DashLine);
            marker->setPen(pen);
            marker->append(double(startMs), 0);
            marker->append(double(startMs), maxTasks);
            m_chart->addSeries(marker);
            marker->attachAxis(m_timeAxis);
            marker->attachAxis(m_taskAxis);
            minMs = qMin(minMs, startMs);
            maxMs = qMax(maxMs, startMs);
        }
    }
    if (shown.isEmpty()) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        minMs = now - 60000;
        maxMs = now;
        m_summary->setText(tr("No machine is draining. Post a schedule to start draining its machines."));
    } else {
        m_summary->setText(etas.join(QStringLiteral(" · ")));
    }
    if (maxMs <= minMs)
        maxMs = minMs + 60000;
    const Qt::TimeSpec spec = m_utc ? Qt::UTC : Qt::LocalTime;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(minMs, spec), QDateTime::fromMSecsSinceEpoch(maxMs, spec));
    m_taskAxis->setRange(0, maxTasks);
    m_taskAxis->applyNiceNumbers();
}
