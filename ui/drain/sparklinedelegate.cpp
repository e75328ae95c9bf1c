#include "drain/sparklinedelegate.h"

#include "live/drainboardmodel.h"
#include "theme/timelinetheme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    (widget ? widget->style() : QApplication::style())
        ->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto samples
        = index.data(DrainBoardModel::BurnDownRole).value<QList<DrainHistory::Sample>>();
    if (samples.isEmpty())
        return;
    const QRectF area = QRectF(opt.rect).adjusted(4, 4, -6, -4);
    if (area.width() < 8 || area.height() < 4)
        return;
    const qint64 t0 = samples.constFirst().atMs;
    const qint64 span = qMax<qint64>(1, samples.constLast().atMs - t0);
    int top = 1;
    for (const DrainHistory::Sample &s : samples)
        top = qMax(top, s.tasks);
    const auto pointOf = [&](qint64 at, int tasks) {
        return QPointF(area.left() + area.width() * double(at - t0) / double(span),
                       area.bottom() - area.height() * double(tasks) / double(top));
    };
    QPainterPath line;
    line.moveTo(pointOf(samples.constFirst().atMs, samples.constFirst().tasks));
    for (qsizetype i = 1; i < samples.size(); ++i) {
        // Steps: the count holds until the next sample.
        line.lineTo(pointOf(samples[i].atMs, samples[i - 1].tasks));
        line.lineTo(pointOf(samples[i].atMs, samples[i].tasks));
    }
    const auto attention
        = DrainBoard::Attention(index.data(DrainBoardModel::AttentionRole).toInt());
    const bool stuck = attention == DrainBoard::Attention::Stuck
        || attention == DrainBoard::Attention::StuckAndBlocked;
    const QColor color
        = stuck ? TimelineTheme::color(TimelineTheme::Stuck) : TimelineTheme::seriesColor(0);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath fill = line;
    fill.lineTo(QPointF(fill.currentPosition().x(), area.bottom()));
    fill.lineTo(QPointF(area.left(), area.bottom()));
    fill.closeSubpath();
    QColor pale = color;
    pale.setAlpha(50);
    painter->fillPath(fill, pale);
    painter->setPen(QPen(color, 1.5));
    painter->drawPath(line);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    const QPointF last = pointOf(samples.constLast().atMs, samples.constLast().tasks);
    painter->drawEllipse(last, 2.5, 2.5);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), 140));
    return size;
}
