#pragma once

#include <QStyledItemDelegate>

/// Paints a drain's burn-down (DrainBoardModel::BurnDownRole) as a small sparkline: tasks left
/// as steps over time from the first sample to the last, the area under it lightly filled, the
/// latest value as a dot; red when the drain is stuck (AttentionRole). No axis: the table's
/// Tasks left column carries the number.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
