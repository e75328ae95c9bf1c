#pragma once

#include "timescale.h"

#include "planning/draftwindow.h"

#include <QObject>
#include <QTimeZone>

#include <optional>

/// What the timeline, the ruler and the toolbar share: the visible time range and zoom, the time
/// zone shown, the row height and the window under the mouse. They all listen to this one object
/// and never talk to each other.
class TimelineViewState : public QObject
{
    Q_OBJECT
public:
    explicit TimelineViewState(QObject *parent = nullptr);

    TimeScale scale() const { return m_scale; }
    void setScale(const TimeScale &scale);
    /// Width in pixels of the area the scale is drawn across (the timeline's viewport).
    int viewportWidth() const { return m_viewportWidth; }
    void setViewportWidth(int width);
    qint64 visibleStartNs() const { return m_scale.originNs(); }
    qint64 visibleEndNs() const { return m_scale.timeForX(m_viewportWidth); }

    void setUtc(bool utc);
    QTimeZone timeZone() const;
    /// "UTC", or the local zone's abbreviation and offset, e.g. "Local time: CET (UTC+01:00)".
    QString timeZoneName() const;

    int rowHeight() const { return m_rowHeight; }
    void setRowHeight(int height);

    WindowId hoveredWindow() const { return m_hoveredWindow; }
    void setHoveredWindow(WindowId id);

    /// The current time; tests and benchmarks pin it.
    qint64 nowNs() const;
    void setFixedNow(std::optional<qint64> nowNs) { m_fixedNow = nowNs; }

    void zoomBy(double factor, std::optional<double> anchorX = std::nullopt);
    void zoomIn() { zoomBy(1.5); }
    void zoomOut() { zoomBy(1 / 1.5); }
    void panBy(double dx);
    void showRange(qint64 fromNs, qint64 toNs);
    void centerOn(qint64 ns);

Q_SIGNALS:
    void scaleChanged();
    void timeZoneChanged(bool utc);
    void rowHeightChanged(int height);
    void hoveredWindowChanged(WindowId id);

private:
    TimeScale m_scale;
    int m_viewportWidth = 1000;
    bool m_utc = false;
    int m_rowHeight = 22;
    WindowId m_hoveredWindow = 0;
    std::optional<qint64> m_fixedNow;
};
