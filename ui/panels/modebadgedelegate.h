#pragma once

#include <QStyledItemDelegate>

/// Paints a machine's mode (UP / DRAINING / DOWN) as a badge in the theme's mode colour.
class ModeBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
