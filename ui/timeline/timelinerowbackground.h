#pragma once

#include "timescale.h"

#include <QColor>
#include <QImage>
#include <QTimeZone>

#include <array>

class QPainter;
class QPalette;

/// Row backgrounds with the time grid already drawn in: one strip, one row high and as wide as the
/// viewport, per kind of row. They are rendered again only when the zoom, range, size, time zone
/// or palette change, and a repaint then copies one strip per visible row, which costs far less
/// than filling rows and drawing a hundred grid lines down the whole viewport.
class TimelineRowBackground
{
public:
    enum Kind { Base, Alternate, Header, KindCount };

    /// Renders the strips if any input differs from the last call.
    void update(const TimeScale &scale, const QTimeZone &tz, int width, int rowHeight,
                const QPalette &palette, qreal devicePixelRatio);
    const QImage &strip(Kind kind) const { return m_strips[kind]; }
    /// How many times the strips were rendered (for tests of the cache).
    int renderCount() const { return m_renders; }

    /// The background colour of a row of @p kind.
    static QColor rowColor(Kind kind, const QPalette &palette);
    /// The grid of @p scale as vector lines down @p area (the strips hold the same lines as
    /// pixels): minor lines faint, major ones stronger, both shades of the palette's Mid.
    static void paintGrid(QPainter *p, const TimeScale &scale, const QTimeZone &tz,
                          const QRect &area, const QPalette &palette);

private:
    struct Key
    {
        TimeScale scale;
        QByteArray zone;
        int width = 0;
        int rowHeight = 0;
        QRgb base = 0;
        QRgb alternate = 0;
        QRgb mid = 0;
        qreal dpr = 0;
        friend bool operator==(const Key &, const Key &) = default;
    };

    Key m_key;
    std::array<QImage, KindCount> m_strips;
    int m_renders = 0;
};
