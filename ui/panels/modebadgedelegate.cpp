#include "panels/modebadgedelegate.h"

#include "machinemode.h"
#include "planning/machinetablemodel.h"
#include "theme/timelinetheme.h"

#include <QApplication>
#include <QPainter>

void ModeBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QVariant mode = index.data(MachineTableModel::ModeRole);
    if (!mode.isValid() || text.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(opt.font);
    const int w = fm.horizontalAdvance(text) + 12;
    const int h = fm.height() + 2;
    const QRect badge(opt.rect.left() + 4, opt.rect.center().y() - h / 2, w, h);
    painter->setPen(Qt::NoPen);
    painter->setBrush(TimelineTheme::modeColor(MachineMode(mode.toInt())));
    painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
    painter->setPen(TimelineTheme::color(TimelineTheme::ModeBadgeText));
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}
