#include "charts/drainchart.h"

#include "theme/timelinetheme.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLineSeries>
#include <QPen>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

DrainChart::DrainChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_timeAxis(new QDateTimeAxis(this))
    , m_taskAxis(new QValueAxis(this))
    , m_summary(new QLabel(this))
{
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view->setMinimumHeight(150); // legible at 1024x700, beside the timeline
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_taskAxis, Qt::AlignLeft);
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_timeAxis->setTickCount(5);
    m_timeAxis->setTitleText(tr("Local time"));
    m_taskAxis->setTitleText(tr("Tasks left"));
    m_taskAxis->setLabelFormat(QStringLiteral("%d"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_summary);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMaximumHeight(m_summary->fontMetrics().lineSpacing() * 4 + 8);
    layout->addWidget(scroll);
    applyPalette();
    rebuild();
}

double DrainChart::plotX(qint64 ms, bool utc)
{
    // QDateTimeAxis writes its labels in local time, whatever the range's time spec; for UTC the
    // points move by the local offset, so that the labels read UTC.
    if (!utc)
        return double(ms);
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    return double(ms - QTimeZone::systemTimeZone().offsetFromUtc(at) * 1000LL);
}

void DrainChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void DrainChart::applyPalette()
{
    // Qt Charts paints with its own light theme; the widget's palette (a dark or high-contrast
    // one) decides instead. The series keep their TimelineTheme colours.
    const QPalette p = palette();
    m_chart->setBackgroundBrush(p.base());
    m_view->setBackgroundBrush(p.window());
    QColor grid = p.color(QPalette::Text);
    grid.setAlpha(45);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_taskAxis)}) {
        axis->setLabelsBrush(p.text());
        axis->setTitleBrush(p.text());
        axis->setGridLineColor(grid);
        axis->setLinePenColor(p.color(QPalette::Mid));
    }
    m_chart->legend()->setLabelColor(p.color(QPalette::Text));
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
    m_timeAxis->setTitleText(
        utc ? tr("UTC")
            : tr("Local time (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    rebuild();
}

void DrainChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // In a small window the plot keeps the room: the legend (the summary below names the
    // machines) and the axis titles (the ruler says the time zone) give way to it.
    const bool roomy = m_view->width() >= 420;
    m_chart->legend()->setVisible(roomy && m_view->height() >= 180);
    m_timeAxis->setTitleVisible(roomy && m_view->height() >= 200);
    m_taskAxis->setTitleVisible(roomy && m_view->height() >= 200);
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
    const Qt::TimeSpec spec = m_utc ? Qt::UTC : Qt::LocalTime;
    qint64 minMs = std::numeric_limits<qint64>::max(), maxMs = std::numeric_limits<qint64>::min();
    int maxTasks = 1;
    QStringList etas;
    QList<std::pair<QLineSeries *, qint64>> starts;
    for (const MachineId &id : std::as_const(shown)) {
        const DrainHistory &h = m_histories[id];
        auto *series = new QLineSeries;
        series->setColor(TimelineTheme::seriesColor(int(m_series.size())));
        const QString host = id.hostname.value_or(id.ipOrEmpty());
        series->setName(id.hostname && host.indexOf(QLatin1Char('.')) > 0
                            ? host.left(host.indexOf(QLatin1Char('.')))
                            : host);
        for (const DrainHistory::Sample &s : h.samples()) {
            series->append(plotX(s.atMs, m_utc), s.tasks);
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
            etas << tr("<b>%1</b>: drained").arg(name);
        else if (eta)
            etas << tr("<b>%1</b>: %2 tasks left, ETA %3")
                        .arg(name)
                        .arg(h.tasksLeft())
                        .arg(QDateTime::fromMSecsSinceEpoch(*eta, spec)
                                 .toString(QStringLiteral("HH:mm:ss")));
        else
            etas << tr("<b>%1</b>: %2 tasks left, not going down").arg(name).arg(h.tasksLeft());
        if (const auto start = m_windowStarts.constFind(id); start != m_windowStarts.cend())
            starts.append({series, *start / 1000000});
    }
    if (shown.isEmpty()) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        minMs = now - 60000;
        maxMs = now;
    }
    // Window starts as dashed vertical markers in the series' colour, when they are near enough to
    // the data to keep the burn-down readable; otherwise the summary says when the window starts.
    const qint64 span = qMax<qint64>(maxMs - minMs, 5 * 60000);
    const qint64 dataMin = minMs, dataMax = maxMs;
    for (const auto &[series, startMs] : std::as_const(starts)) {
        if (startMs < dataMin - span || startMs > dataMax + span) {
            const qsizetype at = m_series.indexOf(series);
            etas[at] += tr(", window starts %1")
                            .arg(QDateTime::fromMSecsSinceEpoch(startMs, spec)
                                     .toString(QStringLiteral("MM-dd HH:mm")));
            continue;
        }
        auto *marker = new QLineSeries;
        marker->setName(tr("%1 window start").arg(series->name()));
        QPen pen(series->color());
        pen.setStyle(Qt::DashLine);
        marker->setPen(pen);
        marker->append(plotX(startMs, m_utc), 0);
        marker->append(plotX(startMs, m_utc), maxTasks);
        m_chart->addSeries(marker);
        marker->attachAxis(m_timeAxis);
        marker->attachAxis(m_taskAxis);
        minMs = qMin(minMs, startMs);
        maxMs = qMax(maxMs, startMs);
    }
    m_summary->setText(
        shown.isEmpty()
            ? tr("No machine is draining. Post a schedule to start draining its machines.")
            : etas.join(QStringLiteral("<br>")));
    if (maxMs <= minMs)
        maxMs = minMs + 60000;
    m_timeAxis->setFormat(maxMs - minMs < 30 * 60000 ? QStringLiteral("HH:mm:ss")
                                                     : QStringLiteral("MM-dd HH:mm"));
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(plotX(minMs, m_utc))),
                         QDateTime::fromMSecsSinceEpoch(qint64(plotX(maxMs, m_utc))));
    m_taskAxis->setRange(0, maxTasks);
    m_taskAxis->applyNiceNumbers();
}
