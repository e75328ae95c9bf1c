#pragma once

#include "planning/draftwindow.h"
#include "unavailability.h"

#include <QList>
#include <QPoint>
#include <QTimeZone>

/// The timeline's mouse interaction as a small state machine. A press records what the drag would
/// do (its intent); past a few pixels of movement the drag starts and every move recomputes the
/// preview. Nothing here touches a model: the view commits the preview on release.
class TimelineDrag
{
public:
    enum class Mode { Idle, Pressed, Creating, Moving, ResizingStart, ResizingEnd, Panning };

    struct Press
    {
        Mode intent = Mode::Idle;
        QPoint pos;
        qint64 timeNs = 0;
        int row = -1;
        WindowId window = 0;
        Unavailability original; ///< the window's times (Moving, Resizing*)
        QList<int> rows; ///< rows a new window would cover (Creating)
    };

    /// Pixels the mouse must travel before a press becomes a drag.
    static constexpr int Threshold = 3;

    Mode mode() const { return m_mode; }
    Mode intent() const { return m_press.intent; }
    const Press &press() const { return m_press; }
    bool isDragging() const { return m_mode != Mode::Idle && m_mode != Mode::Pressed; }
    bool isEditing() const { return isDragging() && m_mode != Mode::Panning; }
    const Unavailability &preview() const { return m_preview; }

    void start(const Press &press);
    /// Moves to @p pos, at time @p timeNs; @p step 0 means no snapping. Returns true when the
    /// preview or the mode changed.
    bool moveTo(QPoint pos, qint64 timeNs, qint64 step, const QTimeZone &tz);
    void reset();

    /// The times a drag of kind @p mode shows when the mouse went from @p pressNs to @p nowNs.
    /// Snapped to @p step in @p tz unless @p step is 0; never shorter than one step (or a minute).
    static Unavailability previewFor(Mode mode, const Unavailability &original, qint64 pressNs,
                                     qint64 nowNs, qint64 step, const QTimeZone &tz);

private:
    Mode m_mode = Mode::Idle;
    Press m_press;
    Unavailability m_preview;
};
