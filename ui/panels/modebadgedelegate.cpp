#include "panels/modebadgedelegate.h"

#include "live/agentdrain.h"
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
    // Agent draining is a separate state: a second badge after the mode, where it fits.
    const auto drain = AgentDrain::State(index.data(MachineTableModel::AgentDrainRole).toInt());
    const QString drainText = AgentDrain::name(drain);
    const int left = badge.right() + 4;
    const int room = opt.rect.right() - 2 - left;
    if (!drainText.isEmpty() && room > h) {
        const QString shown = fm.elidedText(drainText, Qt::ElideRight, room - 12);
        const QRect mark(left, badge.top(), fm.horizontalAdvance(shown) + 12, h);
        painter->setBrush(TimelineTheme::agentDrainColor(drain));
        painter->setPen(Qt::NoPen);
        painter->drawRoundedRect(mark, h / 2.0, h / 2.0);
        painter->setPen(TimelineTheme::color(TimelineTheme::ModeBadgeText));
        painter->drawText(mark, Qt::AlignCenter, shown);
    }
    painter->restore();
}
