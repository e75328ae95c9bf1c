#include "timelineviewstate.h"

#include <QDateTime>

TimelineViewState::TimelineViewState(QObject *parent)
    : QObject(parent)
    // Not nowNs(): m_fixedNow is declared after m_scale and is not constructed yet here.
    , m_scale(TimeScale(QDateTime::currentMSecsSinceEpoch() * 1'000'000 - 6 * TimeScale::Hour,
                        double(TimeScale::Minute)))
{ }

void TimelineViewState::setScale(const TimeScale &scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    Q_EMIT scaleChanged();
}

void TimelineViewState::setViewportWidth(int width)
{
    if (width == m_viewportWidth || width <= 0)
        return;
    m_viewportWidth = width;
    Q_EMIT scaleChanged();
}

void TimelineViewState::setUtc(bool utc)
{
    if (utc == m_utc)
        return;
    m_utc = utc;
    Q_EMIT timeZoneChanged(utc);
}

QTimeZone TimelineViewState::timeZone() const
{
    return m_utc ? QTimeZone::utc() : QTimeZone::systemTimeZone();
}

QString TimelineViewState::timeZoneName() const
{
    if (m_utc)
        return tr("UTC");
    const QTimeZone tz = QTimeZone::systemTimeZone();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowNs() / 1'000'000, tz);
    const int offset = tz.offsetFromUtc(now);
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const int minutes = std::abs(offset) / 60;
    const QString utcOffset = tr("UTC%1%2:%3")
                                  .arg(sign)
                                  .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                                  .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("Local time: %1 (%2)").arg(tz.abbreviation(now), utcOffset);
}

void TimelineViewState::setRowHeight(int height)
{
    if (height == m_rowHeight || height <= 0)
        return;
    m_rowHeight = height;
    Q_EMIT rowHeightChanged(height);
}

void TimelineViewState::setHoveredWindow(WindowId id)
{
    if (id == m_hoveredWindow)
        return;
    m_hoveredWindow = id;
    Q_EMIT hoveredWindowChanged(id);
}

qint64 TimelineViewState::nowNs() const
{
    return m_fixedNow ? *m_fixedNow : QDateTime::currentMSecsSinceEpoch() * 1'000'000;
}

void TimelineViewState::zoomBy(double factor, std::optional<double> anchorX)
{
    setScale(m_scale.zoomed(factor, anchorX.value_or(m_viewportWidth / 2.0)));
}

void TimelineViewState::panBy(double dx)
{
    setScale(m_scale.withOrigin(m_scale.timeForX(dx)));
}

void TimelineViewState::showRange(qint64 fromNs, qint64 toNs)
{
    setScale(TimeScale::fitting(fromNs, toNs, m_viewportWidth));
}

void TimelineViewState::centerOn(qint64 ns)
{
    setScale(m_scale.withOrigin(ns - qint64(m_scale.nsPerPixel() * m_viewportWidth / 2)));
}
