#include "panels/answercelldelegate.h"

#include "live/inverseoffermodel.h"
#include "theme/timelinetheme.h"

void AnswerCellDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant answer = index.data(InverseOfferModel::AnswerRole);
    if (!answer.isValid())
        return;
    const bool hasAnswer = index.data(InverseOfferModel::AgeMsRole).toLongLong() >= 0;
    const QColor background = TimelineTheme::answerColor(answer.toInt(), hasAnswer);
    if (!background.isValid())
        return;
    option->backgroundBrush = background;
    // The pale cell colours are light in every palette: keep the text dark on them.
    option->palette.setColor(QPalette::Text, Qt::black);
}
