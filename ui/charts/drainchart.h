#pragma once

#include "live/drainhistory.h"
#include "machineid.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

/// Burn-down of tasks remaining on draining machines (Qt Charts is used only in ui/charts/). Shows
/// the selected machines, or the top N by tasks left, with the window start marked and the ETA.
class DrainChart : public QWidget
{
    Q_OBJECT

public:
    explicit DrainChart(QWidget *parent = nullptr);

    static constexpr int kTopN = 6;

    /// The histories to draw from, with each machine's planned window start (ns) when known.
    void setHistories(const QHash<MachineId, DrainHistory> &histories,
                      const QHash<MachineId, qint64> &windowStartsNs);
    /// Machines to show; empty: the top N by tasks left.
    void setSelection(const QList<MachineId> &machines);
    void setDisplayUtc(bool utc);
    bool displaysUtc() const { return m_utc; }
    /// Where the chart plots the instant @p ms: its time axis labels local time, so with @p utc
    /// the instant moves by the local UTC offset.
    static double plotX(qint64 ms, bool utc);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyPalette();

    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_taskAxis;
    QLabel *m_summary;
    QHash<MachineId, DrainHistory> m_histories;
    QHash<MachineId, qint64> m_windowStarts;
    QList<MachineId> m_selection;
    QList<QLineSeries *> m_series;
    bool m_utc = false;
};
