#pragma once

#include <QStyledItemDelegate>

/// Paints the drain board's Attention column as a badge in the colour of the machine's
/// DrainBoard::Attention: stuck in red, blocked in the readiness red or amber, draining in the
/// mode colour, drained in green.
class AttentionBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
