#include "charts/drainchart.h"

#include "live/drainboard.h"
#include "theme/timelinetheme.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

void addSamples(QLineSeries *series, const QList<DrainHistory::Sample> &samples, bool utc,
                qint64 &minMs, qint64 &maxMs, int &maxTasks)
{
    // Steps: a count holds until the next sample.
    for (qsizetype i = 0; i < samples.size(); ++i) {
        if (i > 0)
            series->append(DrainChart::plotX(samples[i].atMs, utc), samples[i - 1].tasks);
        series->append(DrainChart::plotX(samples[i].atMs, utc), samples[i].tasks);
        minMs = qMin(minMs, samples[i].atMs);
        maxMs = qMax(maxMs, samples[i].atMs);
        maxTasks = qMax(maxTasks, samples[i].tasks);
    }
}

QString swatch(const QColor &color)
{
    return QStringLiteral("<span style=\"color:%1\">■</span> ").arg(color.name());
}

} // namespace

DrainChart::DrainChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_timeAxis(new QDateTimeAxis(this))
    , m_taskAxis(new QValueAxis(this))
    , m_summary(new QLabel(this))
{
    // Qt Charts' legend elides long names: the label below names every line in full instead.
    m_chart->legend()->hide();
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
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_summary);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMaximumHeight(m_summary->fontMetrics().lineSpacing() * 5 + 8);
    layout->addWidget(scroll);
    applyPalette();
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
    rebuild(); // the total's pen follows the text colour
}

void DrainChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // In a small window the plot keeps the room: the axis titles (the ruler says the time zone)
    // give way to it.
    const bool roomy = m_view->width() >= 420 && m_view->height() >= 200;
    m_timeAxis->setTitleVisible(roomy);
    m_taskAxis->setTitleVisible(roomy);
}

std::pair<int, int> DrainChart::integerAxis(int maxValue)
{
    const int top = qMax(1, maxValue);
    // About four intervals, each a whole 1, 2 or 5 × 10ⁿ.
    const double rough = double(top) / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(qMax(1.0, rough))));
    int step = int(magnitude);
    for (const int m : {1, 2, 5, 10}) {
        if (double(m) * magnitude >= rough) {
            step = qMax(1, int(double(m) * magnitude));
            break;
        }
    }
    const int intervals = (top + step - 1) / step;
    return {intervals * step, intervals + 1};
}

void DrainChart::setHistories(const QHash<MachineId, DrainHistory> &histories,
                              const QHash<MachineId, qint64> &windowStartsNs)
{
    m_histories = histories;
    m_windowStarts = windowStartsNs;
    const std::optional<DrainHistory::Sample> now = DrainBoard::totalNow(histories);
    if (!now)
        m_total = DrainHistory();
    else if (m_total.samples().isEmpty() || now->atMs > m_total.samples().constLast().atMs)
        m_total.record(now->atMs, now->tasks);
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

QString DrainChart::legendText() const
{
    return m_summary->text();
}

QStringList DrainChart::lineNames() const
{
    QStringList names;
    for (const QLineSeries *s : m_series)
        names << s->name();
    return names;
}

void DrainChart::rebuild()
{
    QList<MachineId> shown;
    for (const MachineId &id : std::as_const(m_selection)) {
        if (m_histories.contains(id))
            shown.append(id);
    }
    const qsizetype notDrawn = qMax<qsizetype>(0, shown.size() - kMaxLines);
    if (notDrawn > 0)
        shown.resize(kMaxLines);

    m_chart->removeAllSeries();
    m_series.clear();
    const Qt::TimeSpec spec = m_utc ? Qt::UTC : Qt::LocalTime;
    const auto clock = [spec](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, spec).toString(QStringLiteral("HH:mm:ss"));
    };
    qint64 minMs = std::numeric_limits<qint64>::max(), maxMs = std::numeric_limits<qint64>::min();
    int maxTasks = 1;
    QStringList legend;

    const QList<DrainHistory::Sample> &total = m_total.samples();
    if (!total.isEmpty()) {
        auto *series = new QLineSeries;
        series->setName(tr("All draining machines"));
        QPen pen(palette().color(QPalette::WindowText), 2.5);
        series->setPen(pen);
        addSamples(series, total, m_utc, minMs, maxMs, maxTasks);
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_taskAxis);
        m_series.append(series);
        legend << swatch(pen.color())
                + tr("<b>All %n draining machine(s)</b>: %1 task(s) left", nullptr,
                     int(m_histories.size()))
                      .arg(total.constLast().tasks);
    }
    for (const MachineId &id : std::as_const(shown)) {
        const DrainHistory &h = m_histories[id];
        auto *series = new QLineSeries;
        const QColor color = TimelineTheme::seriesColor(int(m_series.size()) - 1);
        series->setPen(QPen(color, 1.5));
        series->setName(id.displayName());
        addSamples(series, h.samples(), m_utc, minMs, maxMs, maxTasks);
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_taskAxis);
        m_series.append(series);
        const QString name = id.displayName().toHtmlEscaped();
        const std::optional<qint64> eta = h.etaMs();
        QString line;
        if (h.tasksLeft() == 0)
            line = tr("<b>%1</b>: drained").arg(name);
        else if (eta)
            line = tr("<b>%1</b>: %2 task(s) left, ETA %3")
                       .arg(name)
                       .arg(h.tasksLeft())
                       .arg(clock(*eta));
        else
            line = tr("<b>%1</b>: %2 task(s) left, not falling").arg(name).arg(h.tasksLeft());
        // The window start as a dashed line in the machine's colour when near the data,
        // otherwise in words.
        if (const auto start = m_windowStarts.constFind(id); start != m_windowStarts.cend()) {
            const qint64 startMs = *start / 1000000;
            const qint64 first = h.samples().constFirst().atMs;
            if (qAbs(startMs - first)
                <= qMax<qint64>(5 * 60000, h.samples().constLast().atMs - first)) {
                auto *marker = new QLineSeries;
                QPen dashed(color, 1);
                dashed.setStyle(Qt::DashLine);
                marker->setPen(dashed);
                marker->append(plotX(startMs, m_utc), 0);
                marker->append(plotX(startMs, m_utc), h.samples().constFirst().tasks);
                m_chart->addSeries(marker);
                marker->attachAxis(m_timeAxis);
                marker->attachAxis(m_taskAxis);
                minMs = qMin(minMs, startMs);
                maxMs = qMax(maxMs, startMs);
                line += tr(" (dashed: window start)");
            } else {
                line += tr(", window starts %1")
                            .arg(QDateTime::fromMSecsSinceEpoch(startMs, spec)
                                     .toString(QStringLiteral("MM-dd HH:mm")));
            }
        }
        legend << swatch(color) + line;
    }
    if (notDrawn > 0)
        legend << tr("%n more selected machine(s) not drawn; select fewer to see them", nullptr,
                     int(notDrawn));
    if (m_histories.isEmpty())
        legend = QStringList {
            tr("No machine is draining. Post a schedule to start draining its machines.")};
    else if (shown.isEmpty())
        legend << tr("Select machines to draw them as their own lines.");
    m_summary->setText(legend.join(QStringLiteral("<br>")));

    if (minMs > maxMs) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        minMs = now - 60000;
        maxMs = now;
    }
    if (maxMs <= minMs)
        maxMs = minMs + 60000;
    m_timeAxis->setFormat(maxMs - minMs < 30 * 60000 ? QStringLiteral("HH:mm:ss")
                                                     : QStringLiteral("MM-dd HH:mm"));
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(plotX(minMs, m_utc))),
                         QDateTime::fromMSecsSinceEpoch(qint64(plotX(maxMs, m_utc))));
    const auto [top, ticks] = integerAxis(maxTasks);
    m_taskAxis->setRange(0, top);
    m_taskAxis->setTickCount(ticks);
    m_taskAxis->setMinorTickCount(0);
}
