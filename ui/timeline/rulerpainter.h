#pragma once

#include "timescale.h"

#include <QFont>
#include <QPalette>
#include <QRect>
#include <QString>
#include <QTimeZone>

class QPainter;

/// Everything one paint of the time ruler needs.
struct RulerPaintContext
{
    TimeScale scale;
    QTimeZone timeZone;
    QString timeZoneName; ///< shown at the right end, always
    qint64 nowNs = 0;
    QSize size; ///< the ruler's width (the timeline's viewport) and height
    QPalette palette;
    QFont font;
};

/// Paints the time ruler: a band of coarse labels (days or months) over the ticks and labels of
/// the zoom, the time zone's name and a marker for now. The ruler widget and the headless
/// timeline picture (TimelineImage) both paint with it, so a picture reads like the screen.
class RulerPainter
{
public:
    explicit RulerPainter(const RulerPaintContext &context);
    void paint(QPainter *p) const;

    /// The height a ruler in @p font needs.
    static int heightFor(const QFont &font);
    /// The label for a major tick at @p ns when major ticks are @p step apart.
    static QString tickLabel(qint64 ns, qint64 step, const QTimeZone &tz);

private:
    void paintCoarseBand(QPainter *p, int height, int right) const;
    void paintTicks(QPainter *p, int top) const;
    int zoneLabelWidth() const;

    const RulerPaintContext &m_ctx;
};
