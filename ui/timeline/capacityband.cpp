#include "capacityband.h"

#include "timelineviewstate.h"

#include "planning/planningchecks.h"
#include "theme/timelinetheme.h"

#include <QComboBox>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {

constexpr int kTopMargin = 26; // below the zone combo and the legend
constexpr int kBottomMargin = 4;

} // namespace

CapacityBand::CapacityBand(QWidget *parent)
    : QWidget(parent)
    , m_zoneCombo(new QComboBox(this))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_zoneCombo->setToolTip(tr("Whose capacity the band shows"));
    m_zoneCombo->move(2, 2);
    connect(m_zoneCombo, &QComboBox::activated, this, [this](int index) {
        setZone(index <= 0 ? std::nullopt : std::optional<int>(index - 1));
    });
    updateZones();
}

CapacityBand::~CapacityBand() = default;

QSize CapacityBand::sizeHint() const
{
    return {400, 96};
}

void CapacityBand::setViewState(TimelineViewState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (state) {
        connect(state, &TimelineViewState::scaleChanged, this, qOverload<>(&QWidget::update));
        connect(state, &TimelineViewState::timeZoneChanged, this, qOverload<>(&QWidget::update));
    }
    update();
}

void CapacityBand::setChecks(PlanningChecks *checks)
{
    if (m_checks)
        disconnect(m_checks, nullptr, this, nullptr);
    m_checks = checks;
    if (checks)
        connect(checks, &PlanningChecks::changed, this, [this] {
            updateZones();
            rebuild();
        });
    if (checks)
        connect(checks, &PlanningChecks::dragPreviewChanged, this, &CapacityBand::showDragPreview);
    updateZones();
    rebuild();
}

void CapacityBand::setZone(std::optional<int> zone)
{
    m_zone = zone;
    m_zoneCombo->setCurrentIndex(zone ? *zone + 1 : 0);
    rebuild();
}

void CapacityBand::updateZones()
{
    QStringList items {tr("Whole cluster")};
    if (m_checks) {
        for (const QString &zone : m_checks->cluster().zones())
            items.append(tr("Zone %1").arg(zone));
    }
    QStringList current;
    for (int i = 0; i < m_zoneCombo->count(); ++i)
        current.append(m_zoneCombo->itemText(i));
    if (current == items)
        return;
    m_zoneCombo->clear();
    m_zoneCombo->addItems(items);
    if (m_zone && *m_zone + 1 >= items.size())
        m_zone.reset();
    m_zoneCombo->setCurrentIndex(m_zone ? *m_zone + 1 : 0);
    m_zoneCombo->adjustSize();
}

void CapacityBand::rebuild()
{
    // Once per draft or zone change; a repaint only reads the steps.
    if (m_checks)
        m_base = CapacityProfile::build(m_checks->cluster(), m_checks->checker().profile(), m_zone,
                                        m_checks->policy().limits);
    else
        m_base = CapacityProfile();
    showDragPreview();
}

void CapacityBand::showDragPreview()
{
    // Per drag step: one pass over the steps, no rebuild of the draft's profile.
    m_profile = m_checks ? m_checks->withDragPreview(m_base, m_zone) : m_base;
    updateLowShare();
    update();
}

void CapacityBand::updateLowShare()
{
    // Over the whole profile, not the visible range: the scale must not jump while scrolling.
    double lowest = 1;
    auto consider = [&](double value, Measure m) {
        const double total = valueOf(m_profile.total(), m);
        if (total > 0 && std::isfinite(value))
            lowest = std::min(lowest, std::max(0.0, value / total));
    };
    for (int m = 0; m < MeasureCount; ++m) {
        for (const CapacityStep &step : m_profile.steps())
            consider(valueOf(step, Measure(m)), Measure(m));
        consider(valueOf(m_profile.floors(), Measure(m)), Measure(m));
    }
    const double margin = 0.1 * (1 - lowest) + 0.02;
    m_lowShare = std::clamp(std::floor((lowest - margin) * 20) / 20, 0.0, 0.95);
}

double CapacityBand::valueOf(const CapacityStep &step, Measure measure)
{
    switch (measure) {
    case Agents:
        return step.agents;
    case Cpus:
        return step.cpus;
    case Mem:
    case MeasureCount:
        break;
    }
    return step.mem;
}

double CapacityBand::xFor(qint64 ns) const
{
    if (!m_state || ns <= m_state->visibleStartNs())
        return 0;
    if (ns >= m_state->visibleEndNs())
        return width();
    return m_state->scale().xForTime(ns);
}

std::pair<qsizetype, qsizetype> CapacityBand::visibleSteps() const
{
    if (!m_state || m_profile.steps().isEmpty())
        return {0, -1};
    return {m_profile.indexAt(m_state->visibleStartNs()),
            m_profile.indexAt(m_state->visibleEndNs())};
}

double CapacityBand::yFor(Measure measure, double value) const
{
    const double total = valueOf(m_profile.total(), measure);
    const double share = total > 0 ? value / total : 0.0;
    const double scaled = std::clamp((share - m_lowShare) / (1 - m_lowShare), 0.0, 1.0);
    const double span = height() - kTopMargin - kBottomMargin;
    return height() - kBottomMargin - scaled * span;
}

QList<std::pair<double, double>> CapacityBand::belowFloorRanges() const
{
    QList<std::pair<double, double>> ranges;
    const auto [first, last] = visibleSteps();
    const QList<CapacityStep> &steps = m_profile.steps();
    for (qsizetype i = first; i <= last; ++i) {
        if (!m_profile.breaksFloor(steps[i]))
            continue;
        const double from = xFor(steps[i].startNs);
        const double to = i + 1 < steps.size() ? xFor(steps[i + 1].startNs) : width();
        if (!ranges.isEmpty() && ranges.last().second >= from)
            ranges.last().second = to;
        else
            ranges.append({from, to});
    }
    return ranges;
}

void CapacityBand::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.fillRect(event->rect(), palette().color(QPalette::Base));
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(0, 0, width(), 0);
    for (const auto &[from, to] : belowFloorRanges())
        p.fillRect(QRectF(from, 1, to - from, height() - 1),
                   TimelineTheme::color(TimelineTheme::BelowFloor));
    paintLines(p);
    paintLegend(p);
}

void CapacityBand::paintLines(QPainter &p) const
{
    const auto [first, last] = visibleSteps();
    const QList<CapacityStep> &steps = m_profile.steps();
    for (int m = 0; m < MeasureCount; ++m) {
        const auto measure = Measure(m);
        const QColor color = TimelineTheme::seriesColor(m);
        QPainterPath path;
        for (qsizetype i = first; i <= last; ++i) {
            const double x0 = xFor(steps[i].startNs);
            const double x1 = i + 1 < steps.size() ? xFor(steps[i + 1].startNs) : width();
            const double y = yFor(measure, valueOf(steps[i], measure));
            if (i == first)
                path.moveTo(x0, y);
            else
                path.lineTo(x0, y);
            path.lineTo(x1, y);
        }
        p.setPen(QPen(color, 1.5));
        p.drawPath(path);
        const double floor = valueOf(m_profile.floors(), measure);
        if (std::isfinite(floor)) {
            p.setPen(QPen(color, 1, Qt::DashLine));
            p.drawLine(QPointF(0, yFor(measure, floor)), QPointF(width(), yFor(measure, floor)));
        }
    }
}

void CapacityBand::paintLegend(QPainter &p) const
{
    // Right-aligned: each measure in its colour with its total.
    const CapacityStep &total = m_profile.total();
    QStringList names {tr("agents %1").arg(total.agents), tr("CPUs %1").arg(total.cpus, 0, 'f', 0),
                       tr("memory %1 GB").arg(total.mem / 1024, 0, 'f', 0)};
    const QFontMetrics fm = fontMetrics();
    // Where the band is narrow (a small window), the names without totals, so that the legend
    // stays clear of the zone combo.
    const auto widthOf = [&fm](const QStringList &texts) {
        int w = 12 * int(texts.size() - 1);
        for (const QString &t : texts)
            w += fm.horizontalAdvance(t);
        return w;
    };
    const int room = width() - 6 - (m_zoneCombo->geometry().right() + 8);
    if (widthOf(names) > room)
        names = QStringList {tr("agents"), tr("CPUs"), tr("memory")};
    if (widthOf(names) > room)
        names = QStringList {QString(), QString(), QString()};
    int x = width() - 6;
    for (int m = MeasureCount - 1; m >= 0; --m) {
        x -= fm.horizontalAdvance(names[m]);
        p.setPen(TimelineTheme::seriesColor(m));
        p.drawText(x, fm.ascent() + 4, names[m]);
        x -= 12;
    }
    // The scale in the bottom-right corner, out of the way of the lines near the top.
    p.setPen(palette().color(QPalette::PlaceholderText));
    const QString scale = tr("scale %1–100%").arg(m_lowShare * 100, 0, 'f', 0);
    p.drawText(width() - 6 - fm.horizontalAdvance(scale), height() - kBottomMargin - fm.descent(),
               scale);
}
