#pragma once

#include <QStyledItemDelegate>

/// Colours the cells of the inverse-offer answers matrix (InverseOfferModel) by what they hold,
/// through TimelineTheme: accepted, declined, or tasks there and no answer yet.
class AnswerCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
