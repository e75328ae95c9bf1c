#pragma once

#include <QWidget>

class QGridLayout;

/// What the timeline's colours, dots and marks mean (View → Legend, Help → Legend): each mark
/// drawn as the timeline draws it, with the same TimelineTheme colours and the widget's palette
/// for the neutral ones, next to a sentence. Redrawn when the palette changes (a dark theme).
class TimelineLegend : public QWidget
{
    Q_OBJECT
public:
    enum class Sample {
        Window,
        Draining,
        Down,
        AddedInDraft,
        MovedInDraft,
        RemovedFromDraft,
        OpenEnded,
        Ready,
        Waiting,
        Blocked,
        Overdue,
        Overrun,
        LimitViolation,
        Current,
        NowLine,
    };
    static constexpr int SampleCount = int(Sample::NowLine) + 1;

    explicit TimelineLegend(QWidget *parent = nullptr);

    /// The sentence for @p sample.
    static QString describe(Sample sample);
    /// @p sample drawn at @p size (logical pixels) with @p palette's neutral colours.
    static QPixmap drawSample(Sample sample, QSize size, const QPalette &palette,
                              qreal devicePixelRatio = 1.0);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QGridLayout *m_grid = nullptr;
};
