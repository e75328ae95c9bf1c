#pragma once

#include <QStyledItemDelegate>

/// Draws the machine list beside the timeline: rows exactly as tall as the timeline's rows (so the
/// two line up) and zone header rows in bold on a band.
class MachineListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MachineListDelegate(int rowHeight, QObject *parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_rowHeight;
};
