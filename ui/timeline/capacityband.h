#pragma once

#include "planning/capacityprofile.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class PlanningChecks;
class QComboBox;
class TimelineViewState;

/// The capacity band under the timeline (issue 13): what is left up over time given the draft —
/// agents, CPUs and memory, each as a share of its total — for the whole cluster or one zone
/// (the combo), the policy's floors as dashed lines and the stretches below a floor shaded. It
/// shares the timeline's TimelineViewState, so it scrolls and zooms with it, and paints only the
/// steps in the visible time range (a binary search for the first one).
class CapacityBand : public QWidget
{
    Q_OBJECT
public:
    enum Measure { Agents, Cpus, Mem, MeasureCount };

    explicit CapacityBand(QWidget *parent = nullptr);
    ~CapacityBand() override;

    void setViewState(TimelineViewState *state);
    void setChecks(PlanningChecks *checks);
    /// nullopt: the whole cluster; otherwise a zone index of the checks' cluster.
    void setZone(std::optional<int> zone);
    std::optional<int> zone() const { return m_zone; }
    QComboBox *zoneCombo() const { return m_zoneCombo; }
    /// What is shown: the draft's profile, while a window is dragged with the drag applied.
    const CapacityProfile &profile() const { return m_profile; }

    /// The steps a repaint visits: [first, last] of profile().steps() over the visible range.
    std::pair<qsizetype, qsizetype> visibleSteps() const;
    /// The share of the total at the bottom of the band: a little below the lowest share any
    /// measure or floor reaches, in steps of 5% (dips of a few machines stay visible).
    double lowShare() const { return m_lowShare; }
    /// The y of @p value of @p measure (lowShare() at the bottom margin, the total at the top).
    double yFor(Measure measure, double value) const;
    /// The x ranges, within the viewport, in which some floor is broken.
    QList<std::pair<double, double>> belowFloorRanges() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void rebuild();
    void showDragPreview();
    void updateZones();
    static double valueOf(const CapacityStep &step, Measure measure);
    double xFor(qint64 ns) const;
    void updateLowShare();
    void paintLines(QPainter &p) const;
    void paintLegend(QPainter &p) const;

    QPointer<TimelineViewState> m_state;
    QPointer<PlanningChecks> m_checks;
    std::optional<int> m_zone;
    CapacityProfile m_base; ///< the draft's
    CapacityProfile m_profile; ///< shown: m_base, or with the dragged window moved
    double m_lowShare = 0;
    QComboBox *m_zoneCombo;
};
