#include "timelinerowbackground.h"

#include <QPainter>
#include <QPalette>

#include <cmath>

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

void TimelineRowBackground::update(const TimeScale &scale, const QTimeZone &tz, int width,
                                   int rowHeight, const QPalette &palette, qreal devicePixelRatio)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor alternate = palette.color(QPalette::AlternateBase);
    const QColor mid = palette.color(QPalette::Mid);
    const Key key {scale,      tz.id(),         width,     rowHeight,
                   base.rgb(), alternate.rgb(), mid.rgb(), devicePixelRatio};
    if (key == m_key && !m_strips[Base].isNull())
        return;
    m_key = key;
    ++m_renders;

    // Grid lines in opaque colours mixed with each background, so the strips stay opaque (RGB32)
    // and copying them is a plain memory copy.
    const TimeScale::TickSteps steps = scale.tickSteps();
    const qint64 from = scale.timeForX(-1);
    const qint64 to = scale.timeForX(width + 1);
    const QList<qint64> minor
        = steps.minor > 0 ? TimeScale::tickTimes(from, to, steps.minor, tz) : QList<qint64>();
    const QList<qint64> major = TimeScale::tickTimes(from, to, steps.major, tz);
    const std::array<QColor, KindCount> backgrounds
        = {rowColor(Base, palette), rowColor(Alternate, palette), rowColor(Header, palette)};
    for (int kind = 0; kind < KindCount; ++kind) {
        QImage &image = m_strips[kind];
        const QSize size(std::max(1, int(std::ceil(width * devicePixelRatio))),
                         std::max(1, int(std::ceil(rowHeight * devicePixelRatio))));
        if (image.size() != size)
            image = QImage(size, QImage::Format_RGB32);
        image.setDevicePixelRatio(devicePixelRatio);
        const QColor background = backgrounds[kind];
        image.fill(background);
        QPainter p(&image);
        const QColor minorColor = mix(background, mid, 0.2);
        const QColor majorColor = mix(background, mid, 0.5);
        for (qint64 t : minor)
            p.fillRect(QRectF(std::round(scale.xForTime(t)), 0, 1, rowHeight), minorColor);
        for (qint64 t : major)
            p.fillRect(QRectF(std::round(scale.xForTime(t)), 0, 1, rowHeight), majorColor);
    }
}

QColor TimelineRowBackground::rowColor(Kind kind, const QPalette &palette)
{
    switch (kind) {
    case Base:
        return palette.color(QPalette::Base);
    case Alternate:
        return palette.color(QPalette::AlternateBase);
    case Header:
    case KindCount:
        break;
    }
    return palette.color(QPalette::AlternateBase).darker(106);
}

void TimelineRowBackground::paintGrid(QPainter *p, const TimeScale &scale, const QTimeZone &tz,
                                      const QRect &area, const QPalette &palette)
{
    const TimeScale::TickSteps steps = scale.tickSteps();
    const qint64 from = scale.timeForX(area.left() - 1);
    const qint64 to = scale.timeForX(area.right() + 1);
    QColor minor = palette.color(QPalette::Mid);
    QColor major = minor;
    minor.setAlphaF(0.2f);
    major.setAlphaF(0.5f);
    if (steps.minor > 0) {
        for (qint64 t : TimeScale::tickTimes(from, to, steps.minor, tz))
            p->fillRect(QRectF(std::round(scale.xForTime(t)), area.top(), 1, area.height()), minor);
    }
    for (qint64 t : TimeScale::tickTimes(from, to, steps.major, tz))
        p->fillRect(QRectF(std::round(scale.xForTime(t)), area.top(), 1, area.height()), major);
}
