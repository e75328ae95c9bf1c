#pragma once

#include <QPointer>
#include <QTimeZone>
#include <QWidget>

class TimelineViewState;

/// The time ruler above the timeline: a band of coarse labels (days or months) over the ticks and
/// labels of the current zoom, the name of the time zone shown, and a marker for now (painted by
/// RulerPainter). Wheel zooms, dragging pans; it reads and writes only the shared
/// TimelineViewState.
class TimelineRuler : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineRuler(QWidget *parent = nullptr);

    void setViewState(TimelineViewState *state);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

    /// The label for a major tick at @p ns when major ticks are @p step apart.
    static QString tickLabel(qint64 ns, qint64 step, const QTimeZone &tz);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    QPointer<TimelineViewState> m_state;
    int m_dragX = -1;
};
