#include "drain/attentionbadgedelegate.h"

#include "live/drainboardmodel.h"
#include "theme/timelinetheme.h"

#include <QApplication>
#include <QPainter>

namespace {

QColor colorOf(DrainBoard::Attention attention)
{
    switch (attention) {
    case DrainBoard::Attention::StuckAndBlocked:
    case DrainBoard::Attention::Stuck:
        return TimelineTheme::color(TimelineTheme::Stuck);
    case DrainBoard::Attention::Blocked:
        return TimelineTheme::color(TimelineTheme::ReadinessWaiting);
    case DrainBoard::Attention::Draining:
        return TimelineTheme::color(TimelineTheme::ModeDraining);
    case DrainBoard::Attention::Drained:
        return TimelineTheme::color(TimelineTheme::ReadinessReady);
    }
    return QColor(Qt::gray);
}

} // namespace

void AttentionBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    (widget ? widget->style() : QApplication::style())
        ->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;
    const QFontMetrics fm(opt.font);
    const int h = fm.height() + 2;
    const int room = opt.rect.width() - 8;
    const QString shown = fm.elidedText(text, Qt::ElideRight, room - 12);
    const QRect badge(opt.rect.left() + 4, opt.rect.center().y() - h / 2,
                      fm.horizontalAdvance(shown) + 12, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(
        colorOf(DrainBoard::Attention(index.data(DrainBoardModel::AttentionRole).toInt())));
    painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
    painter->setPen(TimelineTheme::color(TimelineTheme::ModeBadgeText));
    painter->drawText(badge, Qt::AlignCenter, shown);
    painter->restore();
}
