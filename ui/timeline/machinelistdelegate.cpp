#include "machinelistdelegate.h"

#include "planning/zonegroupmodel.h"

#include <QPainter>

MachineListDelegate::MachineListDelegate(int rowHeight, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_rowHeight(rowHeight)
{ }

QSize MachineListDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(m_rowHeight);
    return size;
}

void MachineListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    if (!index.data(ZoneGroupModel::GroupHeaderRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Header rows are spanned over all columns by the list.
    const QRect band = option.rect;
    painter->fillRect(band, option.palette.color(QPalette::AlternateBase).darker(106));
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(band.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      index.data(Qt::DisplayRole).toString());
}
