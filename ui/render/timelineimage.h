#pragma once

#include "agent.h"
#include "machineid.h"
#include "maintenancestatus.h"
#include "planning/draftwindow.h"
#include "schedule.h"

#include <QCoreApplication>
#include <QPointF>
#include <QSize>
#include <QString>
#include <QTimeZone>

#include <memory>
#include <optional>

class QPainter;

/// A schedule's timeline as a picture for people who review it without running Slipway (pull
/// requests, tickets): a title and legend, the time ruler, and one row per machine grouped by
/// zone with the window bars, the new / moved / removed marks against a base schedule and the
/// now-line — painted by the timeline's own painters (TimelinePainter, RulerPainter) with a
/// fixed light palette, so the picture reads like the screen and does not depend on the desktop.
/// Needs a QGuiApplication (offscreen is enough); writes PNG or SVG.
class TimelineImage
{
    Q_DECLARE_TR_FUNCTIONS(TimelineImage)

public:
    struct Input
    {
        Schedule schedule; ///< what is drawn
        std::optional<Schedule> base; ///< what it is compared with; none: nothing is marked
        QString baseName; ///< how the summary names the base ("the live schedule", a file)
        QList<Agent> agents; ///< their zones group the rows; other agents are left out
        MaintenanceStatus status; ///< DRAINING and DOWN machines
        qint64 nowNs = 0;
        QTimeZone timeZone = QTimeZone::utc();
        QString title;
        int timelineWidth = 1100; ///< pixels for the time axis, right of the machine names
    };

    /// PNG pictures stop at this many rows (memory); SVG has no limit.
    static constexpr int MaxPngRows = 1200;

    explicit TimelineImage(const Input &input);
    ~TimelineImage();
    TimelineImage(const TimelineImage &) = delete;
    TimelineImage &operator=(const TimelineImage &) = delete;

    /// Why the schedule cannot be drawn (the master's rules refuse it); empty when it can.
    QString error() const { return m_error; }
    QSize size() const;
    void paint(QPainter *p) const;
    /// Writes the picture to @p path, PNG or SVG by its suffix: an error text, empty on success.
    QString write(const QString &path) const;
    /// Whether @p path ends in .png or .svg (any case).
    static bool isSupportedPath(const QString &path);

    int rowCount() const;
    int rowHeight() const { return m_layout.rowHeight; }
    /// Where the time @p ns lies on the row of @p machine, in picture coordinates; nothing when
    /// the machine has no row.
    std::optional<QPointF> pointOf(const MachineId &machine, qint64 ns) const;
    /// The draft window the machine is in (its bar's colour follows it); 0 when none.
    WindowId windowIdOf(const MachineId &machine) const;

private:
    struct Models;
    struct Layout
    {
        int labelWidth = 0;
        int headerHeight = 0;
        int rulerHeight = 0;
        int rowHeight = 0;
    };

    void paintHeader(QPainter *p) const;
    void paintLegend(QPainter *p, int top) const;
    void paintLabels(QPainter *p) const;
    QString summary() const;

    Input m_input;
    std::unique_ptr<Models> m_models;
    QString m_error;
    Layout m_layout;
};
