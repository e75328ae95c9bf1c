#pragma once

#include "live/drainhistory.h"
#include "machineid.h"

#include <QHash>
#include <QWidget>

#include <optional>
#include <utility>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

/// Burn-down of tasks remaining on draining machines (Qt Charts is used only in ui/charts/): the
/// total over all draining machines, and each selected machine as its own line with its window
/// start marked. The task axis has whole-number ticks only. The legend is a label under the chart
/// that names every line in full (hostname and IP), with its tasks left and ETA.
class DrainChart : public QWidget
{
    Q_OBJECT

public:
    explicit DrainChart(QWidget *parent = nullptr);

    /// At most this many selected machines get their own line (one colour each).
    static constexpr int kMaxLines = 12;

    /// A task axis from 0 for values up to @p maxValue with whole-number ticks: the top of the
    /// axis and the number of ticks (the step is top / (ticks - 1), a whole 1, 2 or 5 × 10ⁿ).
    static std::pair<int, int> integerAxis(int maxValue);
    /// The legend's text (rich text), for tests.
    QString legendText() const;
    /// The lines drawn: the total first, then the selected machines.
    QStringList lineNames() const;
    /// Tasks left on all draining machines, one sample per setHistories() (reset when none drain).
    const DrainHistory &total() const { return m_total; }

    /// The histories to draw from, with each machine's planned window start (ns) when known.
    void setHistories(const QHash<MachineId, DrainHistory> &histories,
                      const QHash<MachineId, qint64> &windowStartsNs);
    bool displaysUtc() const { return m_utc; }
    /// Where the chart plots the instant @p ms: its time axis labels local time, so with @p utc
    /// the instant moves by the local UTC offset.
    static double plotX(qint64 ms, bool utc);
    /// Machines to draw as their own lines besides the total.
    void setSelection(const QList<MachineId> &machines);
    void setDisplayUtc(bool utc);

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
    DrainHistory m_total;
    QHash<MachineId, qint64> m_windowStarts;
    QList<MachineId> m_selection;
    QList<QLineSeries *> m_series;
    bool m_utc = false;
};
