#pragma once

#include <QStyledItemDelegate>

/// Paints a machine's mode (UP / DRAINING / DOWN) as a coloured badge.
class ModeBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor colorOf(int mode);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
